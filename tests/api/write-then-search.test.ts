import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { libraryOptions, makeTempFolder } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// Every write that changes what search reads (text, title, metadata, tags, trash state), made
// through the contract as a door makes it, is found by the next search through the contract. The
// index follows writes by construction (search/engine/index-upkeep.ts); these tests fail if any of
// its refreshes goes missing.

let folder: string;
let host: LibraryHost;
const { call } = dispatchCalls(() => host);

beforeEach(() => {
  folder = makeTempFolder('casebook-write-search-');
  host = new LibraryHost(libraryOptions(folder));
});

afterEach(() => {
  host.close();
  fs.rmSync(folder, { recursive: true, force: true });
});


/** The ids a search finds, answered by the index (a stale index would answer by reading every document, with a notice). */
async function found(query: string): Promise<string[]> {
  const response = await call('search.query', { query, limit: 100 });
  expect(response.notice ?? '', `“${query}” was not answered by the index`).not.toMatch(/检索索引尚未就绪/);
  return response.hits.map((hit) => hit.id).sort();
}

/** Imports one text file written for the test and returns its id. */
async function importText(name: string, text: string): Promise<string> {
  const file = path.join(folder, '..', `${path.basename(folder)}-${name}`);
  fs.writeFileSync(file, text);
  try {
    const [result] = await call('import.files', { paths: [file] });
    if (!result?.id) throw new Error(`not imported: ${JSON.stringify(result)}`);
    return result.id;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const NOTICE = `关于开展“红色工地”擂台赛的通知

各县（市、区）住建局：
为推动临时党支部建设，决定在全市开展“红色工地”擂台赛，请各地认真组织。

温州市住房和城乡建设局
2024年3月5日
`;

const PRACTICE = `“候鸟党员”驿站的做法

我们在安置房项目设立流动党员驿站，每月开展一次组织生活，吸纳流动党员五十余名。
`;

describe('a write through the contract is found by the next search', () => {
  it('import: a new document is searchable at once', async () => {
    const id = await importText('notice.txt', NOTICE);
    expect(await found('擂台赛')).toEqual([id]);
  });

  it('documents.update: the new title, region and issuer are searched, the old title no longer', async () => {
    const id = await importText('practice.txt', PRACTICE);
    await call('documents.update', { id, patch: { title: '流动党员之家建设纪实', region: '浙江省金华市义乌市', issuer: '义乌市建设局' } });
    expect(await found('流动党员之家')).toEqual([id]);
    expect(await found('候鸟党员 驿站的做法')).not.toContain(id);
    expect(await found('党员 region:义乌')).toEqual([id]);
    expect(await found('issuer:义乌市建设局')).toEqual([id]);
  });

  it('documents.setTags: a tag put on is found by tag:, a tag taken off no longer', async () => {
    const id = await importText('practice.txt', PRACTICE);
    await call('documents.setTags', { id, add: ['资料用途/擂台样板'] });
    expect(await found('tag:资料用途/擂台样板')).toEqual([id]);
    // A tag's words are searched too, like the document's own words.
    expect(await found('擂台样板')).toEqual([id]);
    await call('documents.setTags', { id, remove: ['资料用途/擂台样板'] });
    expect(await found('tag:资料用途/擂台样板')).toEqual([]);
    expect(await found('擂台样板')).toEqual([]);
  });

  it('tags.rename and tags.delete: documents follow their tag', async () => {
    const id = await importText('practice.txt', PRACTICE);
    await call('documents.setTags', { id, add: ['驿站/试点'] });
    await call('tags.rename', { path: '驿站', newPath: '学习驿站' });
    expect(await found('tag:学习驿站/试点')).toEqual([id]);
    expect(await found('tag:驿站/试点')).toEqual([]);
    expect(await found('学习驿站')).toEqual([id]);
    await call('tags.delete', { path: '学习驿站' });
    expect(await found('tag:学习驿站')).toEqual([]);
    expect(await found('学习驿站')).toEqual([]);
    // The tag's name is also searched as a word: it is gone from the document's searchable fields.
    expect(await found('试点')).toEqual([]);
  });

  it('documents.trash, restore and purge: a trashed document is not found, a restored one is', async () => {
    const id = await importText('notice.txt', NOTICE);
    await call('documents.trash', { ids: [id] });
    expect(await found('擂台赛')).toEqual([]);
    await call('documents.restore', { ids: [id] });
    expect(await found('擂台赛')).toEqual([id]);
    await call('documents.trash', { ids: [id] });
    await call('documents.purge', { ids: [id] });
    // The index holds no row for a purged document: a fresh engine finds it consistent, no rebuild.
    host.close();
    host = new LibraryHost(libraryOptions(folder));
    expect((await call('search.status', {})).status).toBe('ready');
  });

  it('documents.applySuggestion and tagRules.applyToLibrary: tags added by rules are searched', async () => {
    const id = await importText('practice.txt', PRACTICE);
    const rule = await call('tagRules.create', { tagPath: '主题/流动党员管理', match: 'any', pattern: '流动党员', fields: 'both', enabled: true, autoApply: false });
    await call('tagRules.applyToLibrary', { ruleId: rule.id });
    expect(await found('tag:主题/流动党员管理')).toEqual([id]);

    // The quoted “候鸟党员” is offered as a term; adopting it makes it a tag.
    const { terms } = await call('documents.suggestions', { id });
    const term = terms.find((item) => item.term === '候鸟党员');
    if (!term) throw new Error(`no term suggestion: ${JSON.stringify(terms)}`);
    await call('documents.applySuggestion', { id, suggestionId: term.id });
    expect(await found(`tag:${term.tagPath}`)).toEqual([id]);
  });

  it('documents.reread: text read again in another encoding is searched in its new form', async () => {
    const file = path.join(folder, '..', `${path.basename(folder)}-gbk.txt`);
    // GB18030 bytes of a short notice, read first as the detector guesses, then as the user says.
    const { default: iconv } = await import('iconv-lite');
    fs.writeFileSync(file, iconv.encode('工地夜校开学了\n\n农民工夜校第一课讲安全生产。', 'gb18030'));
    const [result] = await call('import.files', { paths: [file], encoding: 'big5' });
    fs.rmSync(file, { force: true });
    const id = result?.id ?? '';
    expect(await found('农民工夜校')).toEqual([]);
    await call('documents.reread', { id, encoding: 'gb18030' });
    expect(await found('农民工夜校')).toEqual([id]);
  });

  it('duplicates.resolve (merge): the copy goes to the 回收站, its tags are searched on the kept one', async () => {
    const first = await importText('first.txt', `${PRACTICE}\n驿站配有书架和医药箱，方便党员学习和休息。`);
    const second = await importText('second.txt', `${PRACTICE}\n驿站配有书架和医药箱，方便党员学习和休息！`);
    await call('documents.setTags', { id: second, add: ['资料用途/培训'] });
    const { items } = await call('duplicates.list', {});
    const pair = items.find((item) => [item.left.id, item.right.id].sort().join() === [first, second].sort().join());
    if (!pair) throw new Error('the two copies were not linked as near duplicates');
    await call('duplicates.resolve', { pairId: pair.id, action: 'merge', keepId: first });
    expect(await found('tag:资料用途/培训')).toEqual([first]);
    expect(await found('医药箱')).toEqual([first]);
  });

  it('library.loadSample and backup.restore: every document they bring is searchable', async () => {
    await call('library.loadSample', {});
    const sampleHits = await found('临时党支部');
    expect(sampleHits.length).toBeGreaterThan(10);
    const backup = await call('backup.create', {});

    const restoredFolder = makeTempFolder('casebook-write-search-restored-');
    const restored = new LibraryHost(libraryOptions(restoredFolder));
    try {
      const envelope = await dispatch(restored, 'backup.restore', { source: { path: backup.path } });
      expect(envelope.ok).toBe(true);
      const search = await dispatch(restored, 'search.query', { query: '临时党支部', limit: 100 });
      if (!search.ok) throw new Error(search.error.message);
      expect((search.result as ResponseOf<'search.query'>).hits.map((hit) => hit.id).sort()).toEqual(sampleHits);
    } finally {
      restored.close();
      fs.rmSync(restoredFolder, { recursive: true, force: true });
    }
  });
});
