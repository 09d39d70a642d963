import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { documentHistory, getDocument, listDocuments, restoreDocuments, setDocumentTags, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { checkDuplicates, listDuplicates, resolveDuplicate } from '../../../electron/engine/duplicates/duplicates-service';
import { addNote, notesOfDocument } from '../../../electron/engine/documents/notes-service';
import type { DuplicatePair } from '../../../shared/model/duplicates';
import { withTempLibrary } from '../../helpers/temp-library';
import { captureError } from '../../helpers/capture-error';
import { FIXTURE, importFixture } from './near-duplicate-fixtures';

let context: ReturnType<typeof withTempLibrary>;
let library: Library;
let older: string;
let newer: string;
let pair: DuplicatePair;

beforeEach(async () => {
  context = withTempLibrary();
  library = context.library;
  older = (await importFixture(library, FIXTURE.siteA)).id;
  newer = (await importFixture(library, FIXTURE.edited)).id;
  const [first] = listDuplicates(library, { status: 'pending', offset: 0, limit: 10 }).items;
  if (!first) throw new Error('expected a pair');
  pair = first;
});
afterEach(() => context.cleanup());

const live = () => listDocuments(library, { trashed: false, sort: 'created', order: 'asc', offset: 0, limit: 100 }).items.map((doc) => doc.id);
const trashed = () => listDocuments(library, { trashed: true, sort: 'created', order: 'asc', offset: 0, limit: 100 }).items.map((doc) => doc.id);

describe('resolving a pair of near duplicates', () => {
  it('lists the pair with the older document on the left and where the texts part', () => {
    expect(pair).toMatchObject({ status: 'pending', left: { id: older }, right: { id: newer }, keptId: null, resolvedAt: null });
    expect(pair.preview.kind).toBe('difference');
    expect(pair.preview.left).toContain('11月20日');
    expect(pair.preview.right).toContain('12月18日');
  });

  it('保留两份: both stay, the pair leaves the pending list and stays in the full one', () => {
    const resolved = resolveDuplicate(library, { pairId: pair.id, action: 'keepBoth' });
    expect(resolved).toMatchObject({ status: 'kept', keptId: null, resolvedBy: '测试员' });
    expect(listDuplicates(library, { status: 'pending', offset: 0, limit: 10 })).toMatchObject({ total: 0, pendingCount: 0 });
    expect(listDuplicates(library, { status: 'all', offset: 0, limit: 10 }).items.map((item) => item.status)).toEqual(['kept']);
    expect(live()).toEqual([older, newer]);
    // Still similar: the reader's 相似资料 shows it, with what was decided.
    expect(checkDuplicates(library, older)).toMatchObject([{ document: { id: newer }, pairId: pair.id, status: 'kept' }]);
  });

  it('合并 (keep the right one): copies tags and notes over, moves the other to the 回收站 and records both', () => {
    setDocumentTags(library, older, ['主题/党建联建', '资料用途/宣传素材'], []);
    setDocumentTags(library, newer, ['主题/党建联建'], []);
    addNote(library, older, '可作为第三讲的案例。');
    const resolved = resolveDuplicate(library, { pairId: pair.id, action: 'merge', keepId: newer });
    expect(resolved).toMatchObject({ status: 'merged', keptId: newer, right: { id: newer, deletedAt: null } });
    expect(resolved.left.deletedAt).not.toBeNull();

    expect(live()).toEqual([newer]);
    expect(trashed()).toEqual([older]);
    const kept = getDocument(library, newer);
    expect(kept.tags).toEqual(expect.arrayContaining(['主题/党建联建', '资料用途/宣传素材']));
    expect(notesOfDocument(library, newer).map((note) => note.body)).toEqual([`（合并自《${pair.left.title}》的备注）\n可作为第三讲的案例。`]);
    // The trashed one keeps its own tags and notes: restoring it loses nothing.
    expect(getDocument(library, older).tags).toEqual(expect.arrayContaining(['主题/党建联建', '资料用途/宣传素材']));
    expect(notesOfDocument(library, older)).toHaveLength(1);

    const history = documentHistory(library, newer);
    const merged = history.find((entry) => entry.field === 'mergedFrom');
    expect(merged?.newValue).toContain(older);
    expect(merged?.newValue).toContain(`相似度 ${Math.round(pair.similarity * 100)}%`);
    // Tag rules may have tagged the documents at import too; the merge's own entry is the newest.
    expect(history.find((entry) => entry.field === 'tags')?.newValue).toContain('资料用途/宣传素材');
    expect(documentHistory(library, older).map((entry) => entry.field)).toEqual(expect.arrayContaining(['mergedInto', 'deletedAt']));

    expect(listDuplicates(library, { status: 'pending', offset: 0, limit: 10 }).pendingCount).toBe(0);
    restoreDocuments(library, [older]);
    expect(live()).toEqual([older, newer]);
    expect(listDuplicates(library, { status: 'pending', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('合并 without keepId keeps the document that was in the library first', () => {
    expect(resolveDuplicate(library, { pairId: pair.id, action: 'merge' })).toMatchObject({ status: 'merged', keptId: older });
    expect(trashed()).toEqual([newer]);
  });

  it('refuses a pair already settled, an unknown pair, a keepId from elsewhere and a trashed document', async () => {
    const third = (await importFixture(library, FIXTURE.otherStory)).id;
    expect(captureError(() => resolveDuplicate(library, { pairId: pair.id, action: 'merge', keepId: third })).code).toBe('BAD_REQUEST');
    expect(captureError(() => resolveDuplicate(library, { pairId: 999, action: 'keepBoth' })).code).toBe('NOT_FOUND');
    trashDocuments(library, [newer]);
    const trashedError = captureError(() => resolveDuplicate(library, { pairId: pair.id, action: 'merge' }));
    expect(trashedError.code).toBe('CONFLICT');
    expect(trashedError.message).toContain('回收站');
    restoreDocuments(library, [newer]);
    resolveDuplicate(library, { pairId: pair.id, action: 'keepBoth' });
    const again = captureError(() => resolveDuplicate(library, { pairId: pair.id, action: 'merge' }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('保留两份');
    expect(live()).toEqual([older, newer, third]);
  });
});
