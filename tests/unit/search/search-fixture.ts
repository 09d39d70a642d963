import Database from 'better-sqlite3';
import { migration001Core } from '../../../electron/engine/db/migrations/001-core';
import { migration002SearchIndex } from '../../../electron/engine/db/migrations/002-search-index';
import { createSearchEngine, type IndexableDocument, type SearchEngine } from '../../../electron/engine/search/engine/index';
import type { SearchResponse } from '../../../shared/model/search';

/** An in-memory library with migrations 001 + 002 and a search engine over it. */
export interface Library {
  db: Database.Database;
  engine: SearchEngine;
  /** Inserts (or replaces) a document row, its tags, and indexes it in one transaction. */
  put(doc: Partial<IndexableDocument> & { id: string }): IndexableDocument;
  trash(id: string): void;
  restore(id: string): void;
  purge(id: string): void;
  search(query: string, options?: { sort?: 'relevance' | 'date'; offset?: number; limit?: number }): SearchResponse;
  /** Ids of the hits of a search, in order (first page of up to 500). */
  ids(query: string, sort?: 'relevance' | 'date'): string[];
}

export function openLibrary(): Library {
  const db = new Database(':memory:');
  db.exec(migration001Core);
  db.exec(migration002SearchIndex);
  const engine = createSearchEngine(db);
  const now = '2024-01-01T00:00:00.000Z';
  let nextSeq = 1;
  const seqs = new Map<string, number>();

  const upsert = db.prepare(`INSERT OR REPLACE INTO documents (seq, id, kind, title, text, text_sha256, issuer,
    doc_number, date, source, region, year, organization, project, practice_name, created_at, updated_at, deleted_at)
    VALUES (@seq, @id, @kind, @title, @text, '', @issuer, @docNumber, @date, @source, @region, @year, @organization,
    @project, @practiceName, @now, @now, @deletedAt)`);

  function tagId(path: string): number {
    const found = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE path = ?').get(path);
    if (found) return found.id;
    return Number(db.prepare('INSERT INTO tags (path, created_at) VALUES (?, ?)').run(path, now).lastInsertRowid);
  }

  const current = new Map<number, IndexableDocument>();
  function load(id: string): IndexableDocument {
    const seq = seqs.get(id);
    const doc = seq === undefined ? undefined : current.get(seq);
    if (!doc) throw new Error(`no document ${id}`);
    return doc;
  }

  function write(doc: IndexableDocument): void {
    // The rows as a repository writes them; the engine's triggers put them in the index.
    db.transaction(() =>
      engine.duringWrite(() => {
        const { tags: _tags, deleted, ...row } = doc;
        upsert.run({ ...row, now, deletedAt: deleted ? now : null });
        db.prepare('DELETE FROM document_tags WHERE document_seq = ?').run(doc.seq);
        for (const tag of doc.tags) db.prepare('INSERT INTO document_tags VALUES (?, ?)').run(doc.seq, tagId(tag));
      }),
    )();
    current.set(doc.seq, doc);
  }

  const library: Library = {
    db,
    engine,
    put(partial) {
      const seq = seqs.get(partial.id) ?? nextSeq++;
      seqs.set(partial.id, seq);
      const doc: IndexableDocument = {
        kind: 'case', title: '无题', text: '', date: null, year: null, region: null, issuer: null,
        docNumber: null, source: null, organization: null, project: null, practiceName: null, tags: [],
        deleted: false, ...partial, seq,
      };
      write(doc);
      return doc;
    },
    trash(id) {
      write({ ...load(id), deleted: true });
    },
    restore(id) {
      write({ ...load(id), deleted: false });
    },
    purge(id) {
      const doc = load(id);
      db.transaction(() => engine.duringWrite(() => db.prepare('DELETE FROM documents WHERE seq = ?').run(doc.seq)))();
      current.delete(doc.seq);
      seqs.delete(id);
    },
    search(query, options = {}) {
      return engine.query({ query, sort: options.sort ?? 'relevance', offset: options.offset ?? 0, limit: options.limit ?? 50 });
    },
    ids(query, sort = 'relevance') {
      return library.search(query, { sort, limit: 500 }).hits.map((hit) => hit.id);
    },
  };
  return library;
}

/** A snippet with its marks made visible: 【…】 around each highlighted span. */
export function marked(snippet: string): string {
  return snippet.replace(/\u0001/g, '【').replace(/\u0002/g, '】');
}
