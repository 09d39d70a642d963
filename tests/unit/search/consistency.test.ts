import { writeWithoutIndex } from '../../helpers/write-without-index';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../electron/engine/search/engine/index';
import { openLibrary, type Library } from './search-fixture';

function seeded(): Library {
  const lib = openLibrary();
  lib.put({ id: 'a', title: '安置房项目简报', text: '临时党支部开展党建联建。', tags: ['主题/党建联建'] });
  lib.put({ id: 'b', title: '清廉工地', text: '推进清廉工地建设，农民工权益保障。' });
  lib.put({ id: 'c', title: '红色工地', text: '把支部建在项目上，党建联建成效明显。' });
  return lib;
}

describe('the index follows every write', () => {
  it('finds a document as soon as it is added', () => {
    const lib = seeded();
    expect(lib.ids('温州龙湾')).toEqual([]);
    lib.put({ id: 'd', title: '新增', text: '温州龙湾区的项目。' });
    expect(lib.ids('温州龙湾')).toEqual(['d']);
  });

  it('forgets old words and learns new ones on update', () => {
    const lib = seeded();
    lib.put({ id: 'b', title: '清廉工地', text: '改写后的正文：欠薪治理。' });
    expect(lib.ids('农民工权益')).toEqual([]);
    expect(lib.ids('欠薪治理')).toEqual(['b']);
  });

  it('hides trashed documents and shows them again when restored', () => {
    const lib = seeded();
    lib.trash('a');
    expect(lib.ids('党建联建')).toEqual(['c']);
    expect(lib.ids('kind:case')).not.toContain('a');
    expect(lib.engine.suggest('安置房', 10).map((s) => s.documentId)).not.toContain('a');
    lib.restore('a');
    expect(lib.ids('党建联建').sort()).toEqual(['a', 'c']);
    expect(lib.engine.suggest('安置房', 10).map((s) => s.documentId)).toContain('a');
  });

  it('forgets a purged document entirely', () => {
    const lib = seeded();
    lib.purge('c');
    expect(lib.ids('把支部建在项目上')).toEqual([]);
    expect(lib.engine.indexStatus()).toBe('ready');
  });

  it('rolls back with the transaction that made the write', () => {
    const lib = seeded();
    lib.put({ id: 'a', title: '安置房项目简报', text: '临时党支部开展党建联建。', tags: ['主题/党建联建'] });
    expect(lib.engine.suggest('安置房', 5).map((s) => s.documentId)).toContain('a');
    expect(() =>
      lib.db.transaction(() =>
        lib.engine.duringWrite(() => {
          lib.db.prepare("UPDATE documents SET title = '回滚的标题', text = '回滚的内容' WHERE id = 'a'").run();
          lib.engine.duringWrite(() => undefined); // an inner write flushes nothing: the outer one does
          throw new Error('abort');
        }),
      )(),
    ).toThrow('abort');
    expect(lib.ids('回滚的内容')).toEqual([]);
    expect(lib.ids('党建联建').sort()).toEqual(['a', 'c']);
    expect(lib.engine.suggest('回滚的标题', 5)).toEqual([]);
    expect(lib.engine.suggest('安置房', 5).map((s) => s.documentId)).toContain('a');
  });
});

describe('rebuild', () => {
  it('rebuilds the same answers from the documents table, with progress', () => {
    const lib = seeded();
    const before = ['党建联建', '清廉', 'tag:党建联建', '工地 -清廉'].map((q) => lib.ids(q));
    lib.db.exec('DELETE FROM document_fts; DELETE FROM document_fields_fts; DELETE FROM search_docs;');
    expect(lib.engine.indexStatus()).toBe('stale');
    const progress: [number, number][] = [];
    expect(lib.engine.rebuild((done, total) => progress.push([done, total]))).toBe(3);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(['党建联建', '清廉', 'tag:党建联建', '工地 -清廉'].map((q) => lib.ids(q))).toEqual(before);
    expect(lib.engine.indexStatus()).toBe('ready');
  });

  it('rebuilds in the background while queries are answered by scanning', async () => {
    const lib = seeded();
    for (let i = 0; i < 1200; i++) lib.put({ id: `n${i}`, title: `简报${i}`, text: i === 700 ? '独有的词语' : '普通内容' });
    const seen: string[] = [];
    const running = lib.engine.rebuildInBackground(() => {
      if (lib.engine.indexStatus() !== 'rebuilding') return;
      const response = lib.search('独有的词语');
      seen.push(`${response.hits.map((h) => h.id).join()}|${response.notice ?? ''}`);
    });
    expect(await running).toBe(1203);
    expect(seen.length).toBeGreaterThan(1);
    for (const entry of seen) expect(entry).toMatch(/^n700\|.*逐篇查找/);
    expect(lib.ids('独有的词语')).toEqual(['n700']);
    expect(lib.engine.indexStatus()).toBe('ready');
  });

  it('notices an index built by another tokenizer version and answers by scanning', () => {
    const lib = seeded();
    lib.db.prepare("UPDATE search_index_state SET value = '0' WHERE key = 'tokenizer'").run();
    const fresh = createSearchEngine(lib.db);
    expect(fresh.indexStatus()).toBe('stale');
    const response = fresh.query({ query: '党建联建', sort: 'relevance', offset: 0, limit: 10 });
    expect(response.hits.map((h) => h.id).sort()).toEqual(['a', 'c']);
    expect(response.notice).toMatch(/逐篇查找/);
  });

  it('notices a missing index table, answers by scanning and rebuilds it', () => {
    const lib = seeded();
    lib.db.exec('DROP TABLE document_fts');
    const broken = createSearchEngine(lib.db);
    expect(broken.indexStatus()).toBe('missing');
    expect(broken.query({ query: '清廉', sort: 'relevance', offset: 0, limit: 10 }).hits.map((h) => h.id)).toEqual(['b']);
    broken.rebuild();
    expect(broken.indexStatus()).toBe('ready');
    expect(broken.query({ query: '清廉', sort: 'relevance', offset: 0, limit: 10 }).notice).toBeNull();
  });

  it('falls back to scanning when the index cannot be read', () => {
    const lib = seeded();
    expect(lib.engine.indexStatus()).toBe('ready');
    lib.db.exec('DROP TABLE search_docs');
    const response = lib.search('党建联建');
    expect(response.hits.map((h) => h.id).sort()).toEqual(['a', 'c']);
    expect(response.notice).toMatch(/逐篇查找/);
    expect(lib.engine.indexStatus()).toBe('stale');
  });

  it('notices documents written without the index', () => {
    const lib = seeded();
    writeWithoutIndex(lib.db, () =>
      lib.db.prepare(`INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at)
        VALUES ('z', 'news', '漏建索引', '正文', '', 'now', 'now')`).run(),
    );
    expect(createSearchEngine(lib.db).indexStatus()).toBe('stale');
  });
});
