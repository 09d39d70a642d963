import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/api/errors';
import { richTextToPlainText, type RichTextDoc } from '../../../shared/model/rich-text';
import type { Library } from '../../../electron/engine/core/library';
import { getDocument, purgeDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { quoteIntoDraft } from '../../../electron/engine/drafts/draft-quote-service';
import { getDraftVersion, listDraftVersions, restoreDraftVersion, saveDraftVersion } from '../../../electron/engine/drafts/draft-versions-service';
import {
  AUTO_VERSION_CHAR_DELTA,
  createDraft,
  draftsCitingDocument,
  getDraft,
  listDrafts,
  purgeDrafts,
  restoreDrafts,
  saveDraft,
  trashDrafts,
} from '../../../electron/engine/drafts/drafts-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { importSources, rangeOf } from './draft-fixtures';

function paragraphs(...texts: string[]): RichTextDoc {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

let library: Library;
let cleanup: () => void;
beforeEach(() => {
  ({ library, cleanup } = withTempLibrary());
});
afterEach(() => cleanup());

describe('drafts: write, save, trash', () => {
  it('creates an untitled draft, autosaves text and title, lists newest first', async () => {
    const first = createDraft(library, {});
    expect(first.title).toBe('未命名草稿');
    expect(first.revision).toBe(1);
    const second = createDraft(library, { title: '  宣传稿：红色工地  ' });
    expect(second.title).toBe('宣传稿：红色工地');
    await new Promise((resolve) => setTimeout(resolve, 5));

    const saved = saveDraft(library, { id: first.id, title: '支部书记培训讲义', content: paragraphs('第一讲 党建联建', '各支部要……'), baseRevision: 1 });
    expect(saved).toMatchObject({ revision: 2, title: '支部书记培训讲义', conflict: false });
    const reopened = getDraft(library, first.id);
    expect(reopened.content).toEqual(paragraphs('第一讲 党建联建', '各支部要……'));
    expect(reopened.excerpt).toBe('第一讲 党建联建 各支部要……');
    expect(listDrafts(library, { trashed: false, offset: 0, limit: 10 }).items.map((item) => item.title)).toEqual(['支部书记培训讲义', '宣传稿：红色工地']);
  });

  it('keeps the text a stale window would overwrite as a version', () => {
    const draft = createDraft(library, { content: paragraphs('原稿') });
    saveDraft(library, { id: draft.id, content: paragraphs('窗口甲的修改'), baseRevision: 1 });
    const stale = saveDraft(library, { id: draft.id, content: paragraphs('窗口乙的修改'), baseRevision: 1 });
    expect(stale.conflict).toBe(true);
    expect(richTextToPlainText(getDraft(library, draft.id).content)).toBe('窗口乙的修改');
    const kept = listDraftVersions(library, draft.id).find((version) => version.reason === 'conflict');
    expect(kept).toBeDefined();
    expect(richTextToPlainText(getDraftVersion(library, draft.id, kept!.id).content)).toBe('窗口甲的修改');
  });

  it('goes to the 回收站 and back; only trashed drafts can be purged', () => {
    const draft = createDraft(library, { title: '待删草稿' });
    expect(() => purgeDrafts(library, [draft.id])).toThrow(/不在回收站中/);
    expect(trashDrafts(library, [draft.id])).toEqual({ count: 1 });
    expect(listDrafts(library, { trashed: false, offset: 0, limit: 10 }).total).toBe(0);
    expect(listDrafts(library, { trashed: true, offset: 0, limit: 10 }).items[0]?.title).toBe('待删草稿');
    expect(restoreDrafts(library, [draft.id])).toEqual({ count: 1 });
    expect(getDraft(library, draft.id).deletedAt).toBeNull();
    trashDrafts(library, [draft.id]);
    expect(purgeDrafts(library, [draft.id])).toEqual({ count: 1 });
    expect(() => getDraft(library, draft.id)).toThrow(CasebookError);
  });

  it('refuses bad content with a Chinese message and changes nothing', () => {
    const draft = createDraft(library, { content: paragraphs('保留的内容') });
    expect(() => saveDraft(library, { id: draft.id, content: { type: 'paragraph' } })).toThrow(CasebookError);
    let deep: Record<string, unknown> = { type: 'text', text: '深' };
    for (let level = 0; level < 100; level += 1) deep = { type: 'blockquote', content: [deep] };
    expect(() => saveDraft(library, { id: draft.id, content: { type: 'doc', content: [deep] } })).toThrow(/层级太深/);
    const huge = 'data:image/png;base64,' + 'A'.repeat(8 * 1024 * 1024);
    expect(() => saveDraft(library, { id: draft.id, content: { type: 'doc', content: [{ type: 'image', attrs: { src: huge } }] } })).toThrow(/MB 的图片/);
    expect(getDraft(library, draft.id)).toMatchObject({ revision: 1, excerpt: '保留的内容' });
  });
});

describe('draft versions', () => {
  it('snapshots on a size cadence and on demand, restores without destroying the current text', () => {
    const draft = createDraft(library, { title: '讲义' });
    const long = '红'.repeat(AUTO_VERSION_CHAR_DELTA + 10);
    const save = saveDraft(library, { id: draft.id, content: paragraphs(long) });
    expect(save.versionCreated).toBe(true);
    // A small edit right after does not snapshot again.
    expect(saveDraft(library, { id: draft.id, content: paragraphs(long, '小改') }).versionCreated).toBe(false);
    const manual = saveDraftVersion(library, draft.id, '交稿前');
    expect(manual).toMatchObject({ reason: 'manual', label: '交稿前' });

    // A small rewrite (no cadence snapshot), then restore the first snapshot.
    saveDraft(library, { id: draft.id, content: paragraphs(long.slice(0, 100), '全部重写的新稿') });
    library.db.prepare("UPDATE draft_versions SET created_at = ?").run(new Date().toISOString());
    const first = listDraftVersions(library, draft.id).filter((version) => version.reason === 'auto').at(-1)!;
    const restored = restoreDraftVersion(library, draft.id, first.id);
    expect(richTextToPlainText(restored.content) === long).toBe(true);

    const versions = listDraftVersions(library, draft.id);
    expect(versions[0]).toMatchObject({ reason: 'restore', label: `恢复自版本 ${first.id}` });
    const before = versions.find((version) => version.reason === 'before_restore')!;
    expect(richTextToPlainText(getDraftVersion(library, draft.id, before.id).content)).toContain('全部重写的新稿');
    // Nothing was removed: the manual version and the original snapshot are still there.
    expect(versions.map((version) => version.reason).sort()).toEqual(['auto', 'before_restore', 'manual', 'restore']);
  });

  it('snapshots on the time cadence', () => {
    const draft = createDraft(library, { content: paragraphs('初稿') });
    expect(saveDraft(library, { id: draft.id, content: paragraphs('初稿二') }).versionCreated).toBe(false);
    library.db.prepare("UPDATE drafts SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(draft.id);
    expect(saveDraft(library, { id: draft.id, content: paragraphs('初稿三') }).versionCreated).toBe(true);
  });
});

describe('citations', () => {
  it('quotes passages from two documents as numbered citations linked to the source', async () => {
    const { caseId, policyId } = await importSources(library);
    const caseText = getDocument(library, caseId).text;
    const policyText = getDocument(library, policyId).text;
    const figure = rangeOf(caseText, '吸纳了51家企业党组织，覆盖职工3万余人');
    const first = quoteIntoDraft(library, { documentId: caseId, ...figure, newTitle: '宣传稿' });
    expect(first.created).toBe(true);
    // A named practice is a short selection.
    const practice = rangeOf(caseText, '“六有一好”');
    quoteIntoDraft(library, { documentId: caseId, start: practice.start, end: practice.end, draftId: first.draft.id });
    const target = rangeOf(policyText, '红色工地创建率达到70%以上。');
    // Whitespace around a selection (here the paragraph break after it) is not quoted.
    quoteIntoDraft(library, { documentId: policyId, start: target.start, end: target.end + 2, draftId: first.draft.id });

    const draft = getDraft(library, first.draft.id);
    expect(draft.citations.map((citation) => [citation.number, citation.quote, citation.status])).toEqual([
      [1, '吸纳了51家企业党组织，覆盖职工3万余人', 'ok'],
      [2, '“六有一好”', 'ok'],
      [3, '红色工地创建率达到70%以上。', 'ok'],
    ]);
    expect(draft.citations[0]).toMatchObject({ documentId: caseId, start: figure.start, end: figure.end, title: getDocument(library, caseId).title });
    expect(caseText.slice(draft.citations[1]!.start, draft.citations[1]!.end)).toBe('“六有一好”');
    expect(richTextToPlainText(draft.content)).toBe('吸纳了51家企业党组织，覆盖职工3万余人[1]\n\n“六有一好”[2]\n\n' + draft.citations[2]!.quote + '[3]');
    expect(draftsCitingDocument(library, caseId)).toEqual([expect.objectContaining({ draftId: draft.id, title: '宣传稿', citationCount: 2 })]);

    // The user deletes the first quote: numbering follows the text.
    const kept = { ...draft.content, content: draft.content.content.slice(1) };
    const saved = saveDraft(library, { id: draft.id, content: kept });
    expect(saved.citations.map((citation) => [citation.number, citation.quote])).toEqual([
      [1, '“六有一好”'],
      [2, draft.citations[2]!.quote],
    ]);

    // A source in the 回收站 shows as such, a purged one as missing with its quoting-time title.
    trashDocuments(library, [policyId]);
    expect(getDraft(library, draft.id).citations[1]!.status).toBe('trashed');
    await purgeDocuments(library, [policyId]);
    expect(getDraft(library, draft.id).citations[1]).toMatchObject({ status: 'missing', title: '关于深化红色工地建设的实施方案' });
  });

  it('refuses a quote outside the text and leaves the draft as it was', async () => {
    const { caseId } = await importSources(library);
    const draft = createDraft(library, { content: paragraphs('正文') });
    expect(() => quoteIntoDraft(library, { documentId: caseId, start: 5, end: 999_999, draftId: draft.id })).toThrow(/超出了这份资料的正文/);
    expect(() => quoteIntoDraft(library, { documentId: caseId, start: 0, end: 0, draftId: draft.id })).toThrow(CasebookError);
    expect(getDraft(library, draft.id).revision).toBe(1);
  });
});
