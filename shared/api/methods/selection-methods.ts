import { z } from 'zod';
import { type BookletResult, REVIEW_PACKAGE_FORMATS, type ReviewPackageResult, type ReviewResultPreview, type RoundDetail, type RoundSummary, SCORE_MAX, SCORE_MIN, SELECTION_STAGES, reviewerName, roundPatchSchema, roundSettingsSchema } from '../../model/selection';
import { method, documentId, documentIds, empty, roundId } from './common';
import { archiveSourceSchema } from './exchange-schemas';

export const selectionMethods = {
  // 十大典型案例评选 (shared/model/selection.ts; electron/engine/selection/)
  'rounds.list': method<RoundSummary[]>()(empty),
  'rounds.get': method<RoundDetail>()(z.object({ id: roundId }).strict()),
  'rounds.create': method<RoundDetail>()(roundSettingsSchema),
  /** Changes the settings; a reviewer taken out loses their scores in this round. */
  'rounds.update': method<RoundDetail>()(z.object({ id: roundId, patch: roundPatchSchema }).strict()),
  /** Deletes the round with its scores and stage history; the case documents stay in the library. */
  'rounds.delete': method<{ ok: true }>()(z.object({ id: roundId }).strict()),
  /** 添加申报: case documents enter the round at 收到; ones already in it are skipped. */
  'rounds.addSubmissions': method<RoundDetail & { added: number; skipped: number }>()(z.object({ roundId, documentIds }).strict()),
  'rounds.removeSubmission': method<RoundDetail>()(z.object({ roundId, documentId }).strict()),
  /** 收到 → 初审 → 入围 → 入选 / 未入选; 未入选 needs a reason. */
  'rounds.moveStage': method<RoundDetail>()(
    z
      .object({
        roundId,
        documentId,
        stage: z.enum(SELECTION_STAGES),
        reason: z.string().trim().max(500, '理由最多 500 个字').optional(),
      })
      .strict(),
  ),
  /** One reviewer's scores (0–100 per criterion key) and comment for one case. */
  'rounds.saveScores': method<RoundDetail>()(
    z
      .object({
        roundId,
        documentId,
        reviewer: reviewerName,
        scores: z.record(
          z.string().min(1).max(40),
          z.number().min(SCORE_MIN, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`).max(SCORE_MAX, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`),
        ),
        comment: z.string().trim().max(5000, '评语最多 5000 个字').default(''),
        /** Criterion key → a short note on it; an empty note removes it. */
        notes: z.record(z.string().min(1).max(40), z.string().trim().max(500, '每项评分说明最多 500 个字')).default({}),
      })
      .strict(),
  ),
  /**
   * 生成评审包: one file for one reviewer with the rubric and the cases at the round's current stage;
   * 盲评 removes unit and person names; a reviewer's `unit` withholds that unit's cases (回避).
   * `format`: 'package' the .cbreview ZIP (default), 'html' one self-contained offline page the
   * reviewer opens in any browser. Written to exactly `out`, or sent back as bytes without it.
   */
  'rounds.package': method<ReviewPackageResult>()(
    z
      .object({
        roundId,
        reviewer: reviewerName,
        blind: z.boolean().default(false),
        unit: z.string().trim().max(200, '单位名称最多 200 个字').optional(),
        format: z.enum(REVIEW_PACKAGE_FORMATS).default('package'),
        out: z.string().trim().min(1, '请指定文件').max(4096).optional(),
      })
      .strict(),
  ),
  /**
   * What importing a returned 评分结果 file would change, without changing anything: a second return
   * lists what differs from the first, so the window asks before the import replaces it.
   */
  'rounds.previewResult': method<ReviewResultPreview>()(z.object({ source: archiveSourceSchema }).strict()),
  /** 生成汇编: the 入选 cases, in rank order or the order given, become a collection. */
  'rounds.makeBooklet': method<BookletResult>()(
    z
      .object({
        roundId,
        name: z.string().trim().min(1, '专辑名称不能为空').max(200).optional(),
        order: z.array(documentId).max(500).optional(),
      })
      .strict(),
  ),
} as const;
