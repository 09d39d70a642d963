import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { backupKeepAndList, backupOnQuit, createBackup, listBackups, restoreFrom } from '../../../electron/engine/exchange/backup-service';
import { createCollectionFolder } from '../../../electron/engine/collections/collection-folders-service';
import { addCollectionItems, setItemCommentary } from '../../../electron/engine/collections/collection-items-service';
import { addCollectionSection } from '../../../electron/engine/collections/collection-sections-service';
import { createCollection } from '../../../electron/engine/collections/collections-service';
import { getDocument, trashDocuments, updateDocument } from '../../../electron/engine/documents/documents-service';
import { quoteIntoDraft } from '../../../electron/engine/drafts/draft-quote-service';
import { listDraftVersions, restoreDraftVersion, saveDraftVersion } from '../../../electron/engine/drafts/draft-versions-service';
import { getDraft, saveDraft } from '../../../electron/engine/drafts/drafts-service';
import { editNote, notesOfDocument } from '../../../electron/engine/documents/notes-service';
import { CasebookError } from '../../../shared/api/errors';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { libraryOptions, makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { addExchangeDocuments, folderFingerprint, parseEntry, rewriteZip } from './exchange-fixtures';

let original: ReturnType<typeof withTempLibrary>;
let scratch: string;
const opened: Library[] = [];

beforeEach(() => {
  original = withTempLibrary();
  scratch = makeTempFolder('casebook-backups-');
});
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
  original.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function newLibrary(name: string): Library {
  const library = openLibrary(libraryOptions(path.join(scratch, name)));
  opened.push(library);
  return library;
}

const paragraph = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * A 专辑 filed in a folder, with two sections, documents, an excerpt, the draft and 编者按; and a
 * 草稿 that quotes a document and has a version history (manual, automatic and a restore).
 */
function addCollectionAndDraft(library: Library, ids: string[]): { collectionId: string; draftId: string } {
  const [first = '', second = ''] = ids;
  const quoteText = '首批吸纳18家企业党组织';
  const start = getDocument(library, first).text.indexOf(quoteText);
  const { draft } = quoteIntoDraft(library, { documentId: first, start, end: start + quoteText.length, newTitle: '党建联建宣传稿' });
  saveDraftVersion(library, draft.id, '初稿');
  const edited = getDraft(library, draft.id);
  saveDraft(library, { id: draft.id, title: '党建联建宣传稿（修改）', content: { type: 'doc', content: [...edited.content.content, ...paragraph('联盟成立一年来，工地安全事故明显减少。').content] }, baseRevision: edited.revision });
  const [firstVersion] = listDraftVersions(library, draft.id).filter((version) => version.label === '初稿');
  restoreDraftVersion(library, draft.id, firstVersion?.id ?? 0);

  const { folderId } = createCollectionFolder(library, { name: '支部书记培训' });
  const collection = createCollection(library, { name: '第三讲 党建联建', folderId, coverTitle: '党建联建', description: '培训材料' });
  const { sectionId: one } = addCollectionSection(library, { collectionId: collection.id, title: '一、联盟怎么建' });
  const { sectionId: two } = addCollectionSection(library, { collectionId: collection.id, title: '二、党员怎么带头' });
  const secondText = getDocument(library, second).text;
  const excerpt = secondText.indexOf('项目临时党支部');
  const { collection: filled } = addCollectionItems(library, collection.id, [{ kind: 'document', documentId: first }], { sectionId: one });
  addCollectionItems(
    library,
    collection.id,
    [
      { kind: 'excerpt', documentId: second, start: excerpt, end: excerpt + 20 },
      { kind: 'draft', draftId: draft.id },
    ],
    { sectionId: two },
  );
  setItemCommentary(library, collection.id, filled.items[0]?.id ?? '', paragraph('编者按：联盟的组织方式值得各区借鉴。'));
  return { collectionId: collection.id, draftId: draft.id };
}

/**
 * Every user-visible table, row by row (search tables are rebuilt, so they are compared by a query).
 * The FTS tables and their shadow tables (document_fts_data…) are matched with GLOB, where `_` is
 * literal: `LIKE '%fts%'` also matched 草稿's own table, draf·ts.
 */
function tableDump(library: Library): Record<string, unknown[]> {
  const tables = (
    library.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*'")
      .all() as { name: string }[]
  )
    .map((row) => row.name)
    .filter((name) => !['search_docs', 'search_index_state'].includes(name))
    .sort();
  return Object.fromEntries(tables.map((table) => [table, library.db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]));
}

function originalsOf(library: Library): Record<string, string> {
  const fingerprint = folderFingerprint(library.folder);
  return Object.fromEntries(Object.entries(fingerprint).filter(([file]) => file.startsWith('originals')));
}

describe('backup and restore', () => {
  it('restores a library equal to the original, after edits and trash', async () => {
    const ids = await addExchangeDocuments(original.library);
    updateDocument(original.library, ids[0] ?? '', { title: '鹿城区红色工地党建联盟实施方案（2024年修订）', region: '浙江省温州市鹿城区' });
    trashDocuments(original.library, [ids[2] ?? '']);
    const [note] = notesOfDocument(original.library, ids[0] ?? '');
    editNote(original.library, note?.id ?? '', '培训第三讲开篇，配合现场照片使用。');
    addCollectionAndDraft(original.library, ids);

    const file = path.join(scratch, '周五备份.bak');
    const backup = createBackup(original.library, { out: file });
    expect(backup).toMatchObject({ path: file, documents: 3, originals: 3, contentBase64: null });

    const restored = newLibrary('restored');
    const result = restoreFrom(restored, { path: file });
    expect(result).toMatchObject({ documents: 2, trashed: 1, originals: 3, notes: 2 });

    const before = tableDump(original.library);
    // The comparison below covers every part of a library, none of them empty.
    for (const table of ['collection_folders', 'collections', 'collection_sections', 'collection_items', 'drafts', 'draft_versions', 'draft_citations']) {
      expect(before[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
    expect(before.collection_items).toHaveLength(3);
    expect(before.collection_items?.some((row) => (row as { commentary_text: string }).commentary_text.includes('编者按'))).toBe(true);
    expect(before.draft_versions?.length).toBeGreaterThanOrEqual(3);
    expect(tableDump(restored)).toEqual(before);
    expect(originalsOf(restored)).toEqual(originalsOf(original.library));
    const query = { query: '党建联盟', sort: 'relevance', offset: 0, limit: 10 } as const;
    expect(restored.search.query(query).hits.map((hit) => hit.id)).toEqual(original.library.search.query(query).hits.map((hit) => hit.id));
    expect(fs.readdirSync(restored.folder).filter((name) => name.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses to restore over a library that already has documents', async () => {
    await addExchangeDocuments(original.library);
    const file = path.join(scratch, 'b.casebook-backup');
    createBackup(original.library, { out: file });
    const busy = newLibrary('busy');
    await addExchangeDocuments(busy);
    busy.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = folderFingerprint(busy.folder);
    expect(() => restoreFrom(busy, { path: file })).toThrow(/只能恢复到新的或空的资料库/);
    expect(folderFingerprint(busy.folder)).toEqual(before);
  });

  it('refuses a damaged backup and leaves the empty library as it was', async () => {
    await addExchangeDocuments(original.library);
    const file = path.join(scratch, 'c.casebook-backup');
    createBackup(original.library, { out: file });
    const damaged = rewriteZip(file, path.join(scratch, 'damaged.casebook-backup'), (entries) => {
      const name = Object.keys(entries).find((entry) => entry.startsWith('originals/'));
      if (name) entries[name] = new Uint8Array((entries[name] ?? new Uint8Array()).length).fill(65);
    });
    const newer = rewriteZip(file, path.join(scratch, 'newer.casebook-backup'), (entries) => {
      entries['manifest.json'] = Buffer.from(JSON.stringify({ ...parseEntry<Record<string, unknown>>(entries['manifest.json']), schemaVersion: 999 }));
    });
    const empty = newLibrary('empty');
    empty.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = folderFingerprint(empty.folder);
    expect(() => restoreFrom(empty, { path: damaged })).toThrow(/校验和不符/);
    expect(() => restoreFrom(empty, { path: newer })).toThrow(/来自更新版本的案例库/);
    const error = (() => {
      try {
        restoreFrom(empty, { path: path.join(scratch, 'missing.casebook-backup') });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CasebookError);
    expect(folderFingerprint(empty.folder)).toEqual(before);
  });

  it('keeps the last N backups in the backups folder and leaves other files there alone', async () => {
    await addExchangeDocuments(original.library);
    backupKeepAndList(original.library, 3);
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(createBackup(original.library).fileName);
    const list = listBackups(original.library);
    expect(list.keep).toBe(3);
    expect(list.backups.map((backup) => backup.fileName)).toEqual(made.slice(2).reverse());
    fs.writeFileSync(path.join(list.folder, '手工备份.zip'), 'keep me');
    backupKeepAndList(original.library, 1);
    expect(listBackups(original.library).backups.map((backup) => backup.fileName)).toEqual([made[4]]);
    expect(fs.existsSync(path.join(list.folder, '手工备份.zip'))).toBe(true);
  });

  it('makes a backup on quit only when something changed since the last one', async () => {
    expect(backupOnQuit(original.library)).toBeNull(); // nothing in the library yet
    const ids = await addExchangeDocuments(original.library);
    const first = backupOnQuit(original.library);
    expect(first?.documents).toBe(3);
    expect(backupOnQuit(original.library)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    updateDocument(original.library, ids[1] ?? '', { region: '浙江省温州市龙湾区' });
    expect(backupOnQuit(original.library)?.fileName).not.toBe(first?.fileName);
    expect(listBackups(original.library).backups).toHaveLength(2);
  });
});
