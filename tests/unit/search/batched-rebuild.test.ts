import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/engine/db/open-database';
import { createSearchEngine, type SearchEngine } from '../../../electron/engine/search/engine/index';
import { makeTempFolder } from '../../helpers/temp-library';

/**
 * The rebuild in short transactions (batched-rebuild.ts): another connection (the app while the
 * command line rebuilds) writes between its batches, and the index ends exactly as a full rebuild
 * would make it; a rebuild stopped half-way is resumed from its persisted cursor.
 */

interface Connection {
  db: Database.Database;
  engine: SearchEngine;
}

const folders: string[] = [];
const open: Database.Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function connect(file: string): Connection {
  const db = openDatabase(file);
  open.push(db);
  return { db, engine: createSearchEngine(db) };
}

function newLibraryFile(): string {
  const folder = makeTempFolder('casebook-batched-rebuild-');
  folders.push(folder);
  return path.join(folder, 'casebook.db');
}

const NOW = '2024-01-01T00:00:00.000Z';

/** Writes a document (and its tags) as a repository would: one IMMEDIATE transaction, the index following. */
function put(c: Connection, doc: { id: string; title: string; text: string; tags?: string[]; deleted?: boolean }): void {
  c.db
    .transaction(() =>
      c.engine.duringWrite(() => {
        c.db
          .prepare(
            `INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at, deleted_at)
             VALUES (?, 'case', ?, ?, '', ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET title = excluded.title, text = excluded.text, deleted_at = excluded.deleted_at`,
          )
          .run(doc.id, doc.title, doc.text, NOW, NOW, doc.deleted ? NOW : null);
        const seq = c.db.prepare<[string], number>('SELECT seq FROM documents WHERE id = ?').pluck().get(doc.id);
        c.db.prepare('DELETE FROM document_tags WHERE document_seq = ?').run(seq);
        for (const tag of doc.tags ?? []) {
          c.db.prepare('INSERT OR IGNORE INTO tags (path, created_at) VALUES (?, ?)').run(tag, NOW);
          c.db.prepare('INSERT INTO document_tags SELECT ?, id FROM tags WHERE path = ?').run(seq, tag);
        }
      }),
    )
    .immediate();
}

function purge(c: Connection, id: string): void {
  c.db.transaction(() => c.engine.duringWrite(() => c.db.prepare('DELETE FROM documents WHERE id = ?').run(id))).immediate();
}

function seed(c: Connection, count: number): void {
  for (let i = 0; i < count; i++) put(c, { id: `d${i}`, title: `简报${i}`, text: `第${i}篇：普通的工作内容，党建联建。` });
}

const QUERIES = ['党建联建', '普通', '改写后的内容', '新增的资料', '标签:主题/清廉', '回收站里的', '简报7', '简报120', '被删除的'];

/** What the index answers, and the rows it holds: compared with a full rebuild's. */
function snapshot(c: Connection): unknown {
  const ids = (query: string) =>
    c.engine
      .query({ query, sort: 'relevance', offset: 0, limit: 1000 })
      .hits.map((hit) => hit.id)
      .sort();
  return {
    answers: QUERIES.map((query) => [query, ids(query)]),
    rows: c.db.prepare('SELECT * FROM search_docs ORDER BY seq').all(),
    sizes: c.db.prepare('SELECT id FROM document_fts_docsize ORDER BY id').pluck().all(),
  };
}

describe('rebuilding the index in short transactions', () => {
  it('keeps every write another connection makes between batches, as a full rebuild would index it', async () => {
    const file = newLibraryFile();
    const rebuilder = connect(file);
    const app = connect(file);
    seed(rebuilder, 150);
    let step = 0;
    let batches = 0;
    // One document per transaction, so documents tokenised ahead are changed before they are written.
    const indexed = await rebuilder.engine.rebuildInBackground(undefined, {
      fresh: true,
      holdBudgetMs: 0,
      onCommit: () => {
        batches += 1;
        step += 1;
        // Behind the cursor, ahead of it (already tokenised), new, trashed, tagged and purged documents.
        if (step === 3) put(app, { id: 'd1', title: '简报1', text: '改写后的内容（已过游标）' });
        if (step === 5) put(app, { id: 'd40', title: '简报40', text: '改写后的内容（已读入待写）' });
        if (step === 7) put(app, { id: 'n1', title: '新增的资料', text: '新增的资料一' });
        if (step === 9) put(app, { id: 'd60', title: '简报60', text: '回收站里的资料', deleted: true });
        if (step === 11) put(app, { id: 'd8', title: '简报8', text: '清廉', tags: ['主题/清廉'] });
        if (step === 13) put(app, { id: 'd90', title: '简报90', text: '清廉工地', tags: ['主题/清廉'] });
        if (step === 15) purge(app, 'd2');
        if (step === 17) {
          put(app, { id: 'x1', title: '被删除的', text: '被删除的资料' });
          purge(app, 'x1');
        }
        if (step === 19) purge(app, 'd100');
        if (step === 60) put(app, { id: 'n2', title: '新增的资料', text: '新增的资料二' });
      },
    });
    expect(batches).toBeGreaterThan(100);
    expect(indexed).toBe(150 + 2 - 2);
    expect(rebuilder.engine.indexStatus()).toBe('ready');
    expect(rebuilder.engine.rebuildPending()).toBe(false);
    // The other connection notices the finished rebuild and uses the index again.
    expect(app.engine.currentStatus()).toBe('ready');

    const after = snapshot(rebuilder);
    expect(snapshot(app)).toEqual(after);
    expect(rebuilder.engine.query({ query: '改写后的内容', sort: 'relevance', offset: 0, limit: 10 }).hits.map((h) => h.id).sort()).toEqual(['d1', 'd40']);
    rebuilder.engine.rebuild();
    expect(snapshot(rebuilder)).toEqual(after);
  });

  it('leaves a marker while unfinished: a stopped rebuild is seen by every connection and resumed, not restarted', async () => {
    const file = newLibraryFile();
    const first = connect(file);
    seed(first, 120);
    let written = 0;
    await expect(
      first.engine.rebuildInBackground(undefined, {
        fresh: true,
        holdBudgetMs: 0,
        onCommit: (batch) => {
          written += batch.written;
          if (batch.done >= 60) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(written).toBe(60);

    // As the next process to open the library finds it.
    const next = connect(file);
    expect(next.engine.rebuildPending()).toBe(true);
    expect(next.engine.indexStatus()).toBe('stale');
    const scanned = next.engine.query({ query: '简报99', sort: 'relevance', offset: 0, limit: 10 });
    expect(scanned.hits.map((h) => h.id)).toEqual(['d99']);
    expect(scanned.notice).toMatch(/逐篇查找/);
    put(next, { id: 'd110', title: '简报110', text: '改写后的内容' });

    let resumed = 0;
    expect(await next.engine.rebuildInBackground(undefined, { onCommit: (batch) => (resumed += batch.written) })).toBe(120);
    expect(resumed).toBe(60);
    expect(next.engine.indexStatus()).toBe('ready');
    const after = snapshot(next);
    next.engine.rebuild();
    expect(snapshot(next)).toEqual(after);
  });

  it('is joined by a second rebuilder: both finish, sharing the cursor, and the index is complete', async () => {
    const file = newLibraryFile();
    const a = connect(file);
    const b = connect(file);
    seed(a, 200);
    const runs = [
      a.engine.rebuildInBackground(undefined, { fresh: true, holdBudgetMs: 0 }),
      b.engine.rebuildInBackground(undefined, { holdBudgetMs: 0 }),
    ];
    expect(await Promise.all(runs)).toEqual([200, 200]);
    expect(a.engine.indexStatus()).toBe('ready');
    const after = snapshot(a);
    a.engine.rebuild();
    expect(snapshot(a)).toEqual(after);
  });

  it('trashes and restores many documents by their flag alone, leaving the index as a full rebuild makes it', () => {
    const c = connect(newLibraryFile());
    seed(c, 60);
    const setTrashed = (where: string, deletedAt: string | null) =>
      c.db.transaction(() => c.engine.duringWrite(() => c.db.prepare(`UPDATE documents SET deleted_at = ? WHERE ${where}`).run(deletedAt))).immediate();
    setTrashed('seq % 2 = 0', NOW);
    setTrashed('seq % 4 = 0', null);
    // d1 is seq 2 (trashed), d3 seq 4 (trashed, then restored), d2 seq 3 (never trashed).
    const hits = c.engine.query({ query: '党建联建', sort: 'relevance', offset: 0, limit: 100 }).hits.map((h) => h.id);
    expect(hits).toHaveLength(45);
    expect(hits).not.toContain('d1');
    expect(hits).toEqual(expect.arrayContaining(['d2', 'd3']));
    expect(c.engine.indexStatus()).toBe('ready');
    const after = snapshot(c);
    c.engine.rebuild();
    expect(snapshot(c)).toEqual(after);
  });
});
