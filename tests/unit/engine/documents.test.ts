import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import {
  documentHistory,
  getDocument,
  listDocuments,
  purgeDocuments,
  restoreDocuments,
  setDocumentTags,
  trashDocuments,
  updateDocument,
} from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { addNote, editNote, notesOfDocument, removeNote } from '../../../electron/engine/documents/notes-service';
import { deleteTag, listTags, renameTag } from '../../../electron/engine/tags/tags-service';
import { CasebookError } from '../../../shared/api/errors';
import { withTempLibrary } from '../../helpers/temp-library';

let context: ReturnType<typeof withTempLibrary>;
let library: Library;
const listRequest = { trashed: false, sort: 'updated', order: 'desc', offset: 0, limit: 100 } as const;

async function addText(title: string, body: string, kind?: 'policy' | 'case' | 'practice' | 'news'): Promise<string> {
  const result = await importBytes(library, `${title}.txt`, Buffer.from(`${title}\n\n${body}\n`), { kind });
  if (!result.id) throw new Error(result.error ?? 'import failed');
  return result.id;
}

beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
});
afterEach(() => context.cleanup());

describe('documents', () => {
  it('records who changed which field and keeps the correction as the user’s', async () => {
    const id = await addText('安置房项目临时党支部工作法', '项目临时党支部联合建设、施工、监理单位开展党建联建。', 'practice');
    updateDocument(library, id, { region: '浙江省温州市鹿城区', date: '2023-09-12' });
    const record = getDocument(library, id);
    expect(record.region).toBe('浙江省温州市鹿城区');
    expect(record.fieldOrigins.region).toBe('user');
    const history = documentHistory(library, id);
    expect(history.map((entry) => [entry.field, entry.oldValue, entry.newValue, entry.actor])).toEqual(
      expect.arrayContaining([
        ['region', null, '浙江省温州市鹿城区', '测试员'],
        ['date', null, '2023-09-12', '测试员'],
      ]),
    );
  });

  it('does not record a change that changes nothing', async () => {
    const id = await addText('结对共建工作简报', '结对共建，共促发展。', 'news');
    updateDocument(library, id, { kind: 'news' });
    expect(documentHistory(library, id)).toEqual([]);
  });

  it('moves documents to the trash and back, hiding them from the list meanwhile', async () => {
    const id = await addText('清廉工地建设推进会召开', '推进会部署清廉工地建设。', 'news');
    expect(trashDocuments(library, [id]).count).toBe(1);
    expect(listDocuments(library, listRequest).items.map((item) => item.id)).not.toContain(id);
    expect(listDocuments(library, { ...listRequest, trashed: true }).items.map((item) => item.id)).toEqual([id]);
    expect(restoreDocuments(library, [id]).count).toBe(1);
    expect(listDocuments(library, listRequest).items.map((item) => item.id)).toContain(id);
  });

  it('deletes for good only what is in the trash', async () => {
    const id = await addText('流动党员管理办法（试行）', '流动党员实行双重管理。', 'policy');
    await expect(purgeDocuments(library, [id])).rejects.toThrowError(CasebookError);
    expect(getDocument(library, id).title).toBe('流动党员管理办法（试行）');
    trashDocuments(library, [id]);
    await purgeDocuments(library, [id]);
    expect(() => getDocument(library, id)).toThrowError(/找不到/);
  });

  it('empties a large 回收站 in short steps: a document restored in another window meanwhile stays', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 60; n += 1) ids.push(await addText(`第${n + 1}期支部学习简报`, `项目党支部第${n + 1}次主题党日活动纪实。`, 'news'));
    trashDocuments(library, ids);
    const purging = purgeDocuments(library, ids);
    // The first step has run; the write lock is free until the next one, and another window writes.
    expect(restoreDocuments(library, [ids[59] as string]).count).toBe(1);
    expect((await purging).count).toBe(59);
    expect(listDocuments(library, { ...listRequest, trashed: true }).items).toEqual([]);
    expect(listDocuments(library, listRequest).items.map((item) => item.id)).toContain(ids[59]);
  });

  it('deletes each step’s originals with it, so the same file imported again meanwhile keeps its own', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 30; n += 1) ids.push(await addText(`第${n + 1}期工地夜校简报`, `第${n + 1}期夜校讲授安全生产知识。`, 'news'));
    const storedFile = (id: string) =>
      library.originals.absolute(
        library.db.prepare<[string], string>('SELECT o.stored_path FROM documents d JOIN originals o ON o.sha256 = d.original_sha256 WHERE d.id = ?').pluck().get(id) ?? '',
      );
    const firstFile = storedFile(ids[0] as string);
    trashDocuments(library, ids);
    const purging = purgeDocuments(library, ids);
    // The first step has committed: its files are gone already, not at the end of the whole purge.
    expect(fs.existsSync(firstFile)).toBe(false);
    const again = await addText('第1期工地夜校简报', '第1期夜校讲授安全生产知识。', 'news');
    expect((await purging).count).toBe(30);
    expect(fs.existsSync(storedFile(again))).toBe(true);
  });

  it('reports an unknown id as NOT_FOUND in Chinese', () => {
    try {
      getDocument(library, 'nosuchdoc');
      expect.unreachable();
    } catch (error) {
      expect((error as CasebookError).code).toBe('NOT_FOUND');
      expect((error as CasebookError).message).toContain('nosuchdoc');
    }
  });
});

describe('tags', () => {
  it('starts a new library with the default taxonomy', () => {
    const roots = listTags(library).map((node) => node.name);
    expect(roots).toEqual(expect.arrayContaining(['一强一优五提升', '主题']));
  });

  it('creates parents, filters the list by a tag and its sub-tags, and counts documents', async () => {
    const a = await addText('党建联盟凝聚建设合力', '党建联盟吸纳了51家企业党组织。', 'case');
    const b = await addText('工地夜校提升工人技能', '工地夜校累计培训农民工800余人次。', 'practice');
    setDocumentTags(library, a, ['培训课程/2025 春季班/第三讲'], []);
    setDocumentTags(library, b, ['培训课程/2025 春季班'], []);
    const byParent = listDocuments(library, { ...listRequest, tag: '培训课程' }).items.map((item) => item.id);
    expect(byParent.sort()).toEqual([a, b].sort());
    expect(listDocuments(library, { ...listRequest, tag: '培训课程/2025 春季班/第三讲' }).items.map((item) => item.id)).toEqual([a]);
    const node = listTags(library).find((tag) => tag.path === '培训课程');
    expect(node?.children[0]?.count).toBe(1);
  });

  it('renames a tag with its sub-tags on every document, and refuses a move into itself', async () => {
    const id = await addText('红领筑建品牌实践', '以“红领筑建”品牌引领项目建设。', 'practice');
    setDocumentTags(library, id, ['品牌/红领筑建'], []);
    renameTag(library, '品牌', '党建品牌');
    expect(getDocument(library, id).tags).toEqual(['党建品牌/红领筑建']);
    expect(() => renameTag(library, '党建品牌', '党建品牌/旧')).toThrowError(/下级/);
    deleteTag(library, '党建品牌');
    expect(getDocument(library, id).tags).toEqual([]);
  });
});

describe('notes', () => {
  it('adds, edits and deletes notes on a document', async () => {
    const id = await addText('“136党建链”工作法', '一个支部、三方联动、六项机制。', 'practice');
    const note = addNote(library, id, '可作为第三讲的案例');
    editNote(library, note.id, '第三讲案例，重点讲三方联动');
    expect(notesOfDocument(library, id).map((item) => item.body)).toEqual(['第三讲案例，重点讲三方联动']);
    removeNote(library, note.id);
    expect(notesOfDocument(library, id)).toEqual([]);
  });
});
