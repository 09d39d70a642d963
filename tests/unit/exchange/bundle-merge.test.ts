import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDocument, trashDocuments, updateDocument } from '../../../electron/engine/documents/documents-service';
import { applyBundleFrom, exportBundle, previewBundle } from '../../../electron/engine/exchange/bundle-service';
import { notesOfDocument } from '../../../electron/engine/documents/notes-service';
import { listTags } from '../../../electron/engine/tags/tags-service';
import { setDocumentTags } from '../../../electron/engine/documents/documents-service';
import { flattenTagPaths } from './tag-paths';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { addExchangeDocuments } from './exchange-fixtures';

let mine: ReturnType<typeof withTempLibrary>;
let theirs: ReturnType<typeof withTempLibrary>;
let outFolder: string;

beforeEach(() => {
  theirs = withTempLibrary();
  mine = withTempLibrary();
  outFolder = makeTempFolder('casebook-bundles-');
});
afterEach(() => {
  theirs.cleanup();
  mine.cleanup();
  fs.rmSync(outFolder, { recursive: true, force: true });
});

function originalBytes(library: typeof mine.library, id: string): Buffer {
  const record = getDocument(library, id);
  if (!record.original) throw new Error('no original');
  const stored = library.db.prepare('SELECT stored_path FROM originals WHERE sha256 = ?').get(record.original.sha256) as { stored_path: string };
  return library.originals.read(stored.stored_path);
}

describe('bundle round trip between two libraries', () => {
  it('carries documents with their ids, texts, originals byte for byte, tags and notes; a second import adds nothing', async () => {
    const ids = await addExchangeDocuments(theirs.library);
    const out = path.join(outFolder, '给县局的资料 第3批.包');
    const written = exportBundle(theirs.library, { documentIds: ids, collectionIds: [], draftIds: [], out });
    expect(written).toMatchObject({ path: out, documents: 3, contentBase64: null });
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readdirSync(outFolder)).toEqual([path.basename(out)]);

    const plan = await previewBundle(mine.library, { path: out });
    expect(plan.counts).toEqual({ new: 3, duplicate: 0, conflict: 0 });
    expect(plan.newTags).toEqual(expect.arrayContaining(['地区/温州']));
    expect(plan.newTags).not.toContain('主题'); // already in the default taxonomy of every library

    const first = await applyBundleFrom(mine.library, { path: out }, 'mine', {});
    expect(first.results.map((result) => [result.status, result.id])).toEqual(ids.map((id) => ['imported', id]));
    for (const id of ids) {
      const a = getDocument(theirs.library, id);
      const b = getDocument(mine.library, id);
      expect(b.text).toBe(a.text);
      expect(b.title).toBe(a.title);
      expect(b.date).toBe(a.date);
      expect(b.fieldOrigins).toEqual(a.fieldOrigins);
      expect(b.tags).toEqual(a.tags);
      expect(b.createdAt).toBe(a.createdAt);
      expect(originalBytes(mine.library, id).equals(originalBytes(theirs.library, id))).toBe(true);
      expect(notesOfDocument(mine.library, id).map((note) => [note.id, note.body])).toEqual(notesOfDocument(theirs.library, id).map((note) => [note.id, note.body]));
    }
    expect(mine.library.search.query({ query: '党建联盟', sort: 'relevance', offset: 0, limit: 10 }).hits.map((hit) => hit.id)).toContain(ids[0]);

    const second = await applyBundleFrom(mine.library, { path: out }, 'theirs', {});
    expect(second.results.map((result) => [result.status, result.duplicateOf])).toEqual(ids.map((id) => ['duplicate', id]));
    expect((mine.library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(3);
  });

  it('finds a document imported separately in both libraries as a duplicate, not a new copy', async () => {
    await addExchangeDocuments(mine.library);
    const ids = await addExchangeDocuments(theirs.library);
    const out = path.join(outFolder, 'same.casebook');
    exportBundle(theirs.library, { documentIds: ids, collectionIds: [], draftIds: [], out });
    const plan = await previewBundle(mine.library, { path: out });
    expect(plan.counts).toEqual({ new: 0, duplicate: 3, conflict: 0 });
    const applied = await applyBundleFrom(mine.library, { path: out }, 'mine', {});
    expect(applied.results.every((result) => result.status === 'duplicate' && result.duplicateOf !== null && !ids.includes(result.duplicateOf))).toBe(true);
  });

  it('offers keep-mine, take-theirs and keep-both for changed documents, and merges tags by path', async () => {
    const ids = await addExchangeDocuments(theirs.library);
    const first = path.join(outFolder, 'first.casebook');
    exportBundle(theirs.library, { documentIds: ids, collectionIds: [], draftIds: [], out: first });
    await applyBundleFrom(mine.library, { path: first }, 'mine', {});
    const [keepMine, takeTheirs, keepBoth] = ids as [string, string, string];

    // Both sides edit: the colleague corrects dates and titles, this library adds its own region and tags.
    updateDocument(theirs.library, keepMine, { title: '鹿城区红色工地党建联盟实施方案（修订）' });
    updateDocument(theirs.library, takeTheirs, { region: '浙江省温州市龙湾区' });
    updateDocument(theirs.library, keepBoth, { date: '2023-06-03' });
    setDocumentTags(theirs.library, takeTheirs, ['年度/2024'], []);
    updateDocument(mine.library, keepMine, { region: '浙江省温州市鹿城区五马街道' });
    updateDocument(mine.library, takeTheirs, { region: '浙江省温州市瓯海区' });
    setDocumentTags(mine.library, takeTheirs, ['本库/重点'], []);

    const second = path.join(outFolder, 'second.casebook');
    exportBundle(theirs.library, { documentIds: ids, collectionIds: [], draftIds: [], out: second });
    const plan = await previewBundle(mine.library, { path: second });
    expect(plan.counts).toEqual({ new: 0, duplicate: 0, conflict: 3 });
    expect(plan.items.find((item) => item.id === takeTheirs)?.differences).toEqual(['地区']);
    expect(plan.items.find((item) => item.id === keepMine)?.differences).toEqual(['标题', '地区']);

    const applied = await applyBundleFrom(mine.library, { path: second }, 'mine', { [takeTheirs]: 'theirs', [keepBoth]: 'both' });
    const byId = new Map(applied.results.map((result) => [result.id ?? result.duplicateOf, result]));
    expect(byId.get(keepMine)?.status).toBe('duplicate');
    expect(byId.get(takeTheirs)?.status).toBe('imported');

    expect(getDocument(mine.library, keepMine).title).toBe('鹿城区红色工地党建联盟实施方案');
    expect(getDocument(mine.library, keepMine).region).toBe('浙江省温州市鹿城区五马街道');
    const taken = getDocument(mine.library, takeTheirs);
    expect(taken.region).toBe('浙江省温州市龙湾区');
    expect(taken.tags).toEqual(expect.arrayContaining(['主题/党员先锋', '年度/2024', '本库/重点']));
    const copy = applied.results.find((result) => result.status === 'imported' && result.id !== takeTheirs);
    expect(copy?.id).toBeTruthy();
    expect(copy?.id).not.toBe(keepBoth);
    expect(getDocument(mine.library, copy?.id ?? '').date).toBe('2023-06-03');
    expect(getDocument(mine.library, keepBoth).date).toBe('2023-06-02');
    expect(notesOfDocument(mine.library, copy?.id ?? '').map((note) => note.body)).toEqual(['注意核对会议日期。']);

    // Tags merged by path: each path once in the tree.
    const paths = flattenTagPaths(listTags(mine.library));
    expect(paths.filter((tag) => tag === '主题/党员先锋')).toHaveLength(1);
    expect(paths).toEqual(expect.arrayContaining(['年度/2024', '本库/重点']));
  });

  it('keeps a document the receiver put in the 回收站 there, and exports as bytes when no file is named', async () => {
    const ids = await addExchangeDocuments(theirs.library);
    const exported = exportBundle(theirs.library, { documentIds: ids.slice(0, 1), collectionIds: [], draftIds: [] });
    expect(exported.path).toBeNull();
    expect(exported.fileName).toMatch(/\.casebook$/);
    const source = { fileName: exported.fileName, contentBase64: exported.contentBase64 ?? '' };
    await applyBundleFrom(mine.library, source, 'mine', {});
    trashDocuments(mine.library, ids.slice(0, 1));
    const again = await applyBundleFrom(mine.library, source, 'mine', {});
    expect(again.results[0]?.status).toBe('duplicate');
    expect(getDocument(mine.library, ids[0] ?? '').deletedAt).not.toBeNull();
  });
});
