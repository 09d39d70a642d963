import { z } from 'zod';
import { SCORE_MAX, SCORE_MIN } from '../../model/selection';
import type { ReviewResultExport, ReviewWorkspaceDetail, ReviewWorkspaceOpened, ReviewWorkspaceSummary, WorkspaceAttachment } from '../../model/review-workspace';
import { archiveSourceSchema } from './exchange-schemas';
import { method, documentId, empty } from './common';

const workspaceId = z.string().trim().min(1, '缺少评审编号').max(64);

export const reviewWorkspaceMethods = {
  // 评审工作台 (shared/model/review-workspace.ts; electron/engine/review-workspace/)
  /** Opens a 评审包 a reviewer was sent: checked whole, kept apart from the library's documents. */
  'reviewWorkspaces.open': method<ReviewWorkspaceOpened>()(z.object({ source: archiveSourceSchema }).strict()),
  'reviewWorkspaces.list': method<ReviewWorkspaceSummary[]>()(empty),
  'reviewWorkspaces.get': method<ReviewWorkspaceDetail>()(z.object({ id: workspaceId }).strict()),
  /** The reviewer's scores for one case, as typed (autosaved); empty scores, notes and comment clear it. */
  'reviewWorkspaces.saveScores': method<ReviewWorkspaceDetail>()(
    z
      .object({
        id: workspaceId,
        documentId,
        scores: z.record(
          z.string().min(1).max(40),
          z.number().min(SCORE_MIN, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`).max(SCORE_MAX, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`),
        ),
        comment: z.string().trim().max(5000, '评语最多 5000 个字').default(''),
        notes: z.record(z.string().min(1).max(40), z.string().trim().max(500, '每项评分说明最多 500 个字')).default({}),
      })
      .strict(),
  ),
  /** A case's original from the package (PDF or image), checked against the package's checksum. */
  'reviewWorkspaces.attachment': method<WorkspaceAttachment>()(z.object({ id: workspaceId, documentId }).strict()),
  /** 导出评分结果: the scores signed for the bureau, written to exactly `out` or sent back as bytes. */
  'reviewWorkspaces.exportResult': method<ReviewResultExport>()(
    z.object({ id: workspaceId, out: z.string().trim().min(1, '请指定文件').max(4096).optional() }).strict(),
  ),
  /** Closes a workspace: its package and scores leave this computer's list (an exported result file stays). */
  'reviewWorkspaces.remove': method<{ ok: true }>()(z.object({ id: workspaceId }).strict()),
} as const;
