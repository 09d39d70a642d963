// Drafts through the desktop door: the real main-process IPC wiring and the real engine on a
// temporary library, with `electron` replaced by the recording stub of tests/unit/main.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../shared/model/document';
import type { CitingDraft, DraftRecord, DraftSaveResult, DraftVersion, DraftVersionSummary, QuoteResult } from '../../shared/model/draft';
import type { ImportResult } from '../../shared/model/import';
import { richTextToPlainText } from '../../shared/model/rich-text';
import { startDesktopForTest, type DesktopForTest } from '../unit/main/desktop-harness';
import { CASE_TEXT, POLICY_TEXT, rangeOf } from '../unit/drafts/draft-fixtures';

vi.mock('electron', () => import('../unit/main/electron-stub'));

let desktop: DesktopForTest;
vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-drafts-ipc-');
});

afterAll(() => desktop?.close());

describe('drafts over IPC', () => {
  it('quotes, autosaves, versions and restores a draft, and lists it under 被引用', async () => {
    const upload = (name: string, text: string) => ({ name, contentBase64: Buffer.from(text).toString('base64') });
    const [first, second] = await desktop.call<ImportResult[]>('import.upload', { files: [upload('案例.txt', CASE_TEXT), upload('方案.txt', POLICY_TEXT)] });
    const caseDoc = await desktop.call<DocumentRecord>('documents.get', { id: first?.id });
    const policyDoc = await desktop.call<DocumentRecord>('documents.get', { id: second?.id });

    const created = await desktop.call<DraftRecord>('drafts.create', { title: '支部书记培训讲义' });
    await desktop.call<QuoteResult>('drafts.quote', { documentId: caseDoc.id, ...rangeOf(caseDoc.text, '吸纳了51家企业党组织'), draftId: created.id });
    await desktop.call<QuoteResult>('drafts.quote', { documentId: policyDoc.id, ...rangeOf(policyDoc.text, '红色工地创建率达到70%以上'), draftId: created.id });
    const draft = await desktop.call<DraftRecord>('drafts.get', { id: created.id });
    expect(draft.citations.map((citation) => citation.documentId)).toEqual([caseDoc.id, policyDoc.id]);

    const version = await desktop.call<DraftVersionSummary>('drafts.saveVersion', { id: created.id });
    const saved = await desktop.call<DraftSaveResult>('drafts.save', {
      id: created.id,
      title: '讲义（修改）',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '全部删掉重写' }] }] },
      baseRevision: draft.revision,
    });
    expect(saved).toMatchObject({ title: '讲义（修改）', citations: [], conflict: false });
    expect(await desktop.call<CitingDraft[]>('drafts.citing', { documentId: caseDoc.id })).toEqual([]);

    const opened = await desktop.call<DraftVersion>('drafts.version', { id: created.id, versionId: version.id });
    expect(richTextToPlainText(opened.content)).toBe('吸纳了51家企业党组织[1]\n\n红色工地创建率达到70%以上[2]');
    const restored = await desktop.call<DraftRecord>('drafts.restoreVersion', { id: created.id, versionId: version.id });
    expect(restored.citations).toHaveLength(2);
    expect((await desktop.call<CitingDraft[]>('drafts.citing', { documentId: caseDoc.id }))[0]).toMatchObject({ draftId: created.id, citationCount: 1 });

    expect(await desktop.call('drafts.trash', { ids: [created.id] })).toEqual({ count: 1, undoId: expect.any(String) });
    expect(await desktop.call('drafts.purge', { ids: [created.id] })).toEqual({ count: 1 });
  });

  it('refuses bad requests with a Chinese message', async () => {
    const result = await desktop.envelope('drafts.save', { id: 'x', content: { type: 'doc', content: 'not a list' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const missing = await desktop.envelope('drafts.get', { id: 'nosuchdraft' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
