import fs from 'node:fs';
import { blankImportResult, failedImport, type ImportResult } from '../../../../shared/model/import';
import { CasebookError } from '../../../../shared/api/errors';
import type { ReviewResultPreview } from '../../../../shared/model/selection';
import type { Library } from '../../core/library';
import { nowIso, sha256 } from '../../core/ids';
import { findDocumentRow } from '../../documents/documents-repo';
import { criteriaOf, parseJson, reviewersOf } from '../round-detail';
import { findRoundRow, findSubmission, reviewsOfRound, touchRound, upsertReview } from '../selection-repo';
import { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION, resultFileSchema, signatureMatches, type ResultFile } from './review-package-format';
import { findPackageRow, markReturned } from './review-package-repo';

/**
 * 评分结果 files coming back from reviewers: recognised by content (UTF-8 JSON whose `format` says so,
 * whatever the file is called), verified whole before anything is written (round, reviewer, package,
 * signature, every case and criterion), then merged as that reviewer's scores in one transaction.
 */

const HEAD_BYTES = 4096;

/** Whether these first bytes are a 评分结果 file (JSON naming the format near its start). */
export function looksLikeReviewResult(head: Buffer): boolean {
  const text = head.subarray(0, HEAD_BYTES).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') && new RegExp(`"format"\\s*:\\s*"${RESULT_FORMAT}"`).test(text);
}

/** The first bytes of a file, enough to recognise a 评分结果 or an offline review page; null when unreadable. */
export function fileHead(fsPath: string | Buffer): Buffer | null {
  let fd: number | null = null;
  try {
    fd = fs.openSync(fsPath, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const n = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, n);
  } catch {
    return null;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export function fileLooksLikeReviewResult(fsPath: string | Buffer): boolean {
  const head = fileHead(fsPath);
  return head !== null && looksLikeReviewResult(head);
}

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(`评分结果文件${reason}，已拒绝导入，资料库没有任何改动。`);
}

function parseResult(bytes: Buffer): { raw: Record<string, unknown>; result: ResultFile } {
  if (bytes.length > MAX_RESULT_BYTES) refuse('太大');
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    refuse('无法读取（不是完整的 JSON，可能没有复制完整）');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) refuse('内容有误');
  const record = raw as Record<string, unknown>;
  if (record.version !== RESULT_VERSION) refuse(`的格式版本（${String(record.version).slice(0, 20)}）不受这个版本的案例库支持`);
  const parsed = resultFileSchema.safeParse(raw);
  if (!parsed.success) refuse('内容有误（缺少或多出字段，或分数不在 0–100 之间）');
  return { raw: record, result: parsed.data };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Imports one 评分结果 file: one report line for its reviewer. Never throws. */
export function importReviewResult(library: Library, shownName: string, bytes: Buffer): ImportResult {
  try {
    return mergeResult(library, shownName, bytes);
  } catch (error) {
    if (error instanceof Refusal) return failedImport(shownName, error.message);
    console.error(`导入评分结果“${shownName}”时出现程序错误：`, error);
    return failedImport(shownName, '评分结果文件无法导入（程序错误），资料库没有任何改动。');
  }
}

/** Everything a merge would do, checked whole; nothing written. Throws Refusal with the reason. */
function planResult(library: Library, bytes: Buffer) {
  const { raw, result } = parseResult(bytes);
  const round = findRoundRow(library.db, result.roundId);
  if (!round) refuse('属于另一个评选活动（这个资料库中没有它的评选）');
  const label = `评分结果：${result.reviewer}（${round.name}）`;
  if (!reviewersOf(round).includes(result.reviewer)) refuse(`中的评审人“${result.reviewer}”不在评选“${round.name}”的评审人名单中`);
  const pack = findPackageRow(library.db, round.id, result.reviewer);
  if (!pack || pack.package_id !== result.packageId) refuse(`不是这个评选发给“${result.reviewer}”的评审包的结果（可能来自另一个评选或另一份评审包）`);
  if (!signatureMatches(pack.secret, raw)) refuse('校验失败（文件内容已被改动或损坏）');

  const sent = new Set(parseJson<string[]>(pack.documents, []));
  const abstained = new Set(parseJson<string[]>(pack.abstained, []));
  const criteria = criteriaOf(round);
  const keys = new Set(criteria.map((criterion) => criterion.key));
  const nameOf = (key: string) => criteria.find((criterion) => criterion.key === key)?.name ?? key;
  const seen = new Set<string>();
  const warnings: string[] = [];
  const entries = result.scores.flatMap((entry) => {
    if (seen.has(entry.documentId)) refuse(`中案例“${entry.documentId}”出现了两次`);
    seen.add(entry.documentId);
    if (abstained.has(entry.documentId)) refuse(`中有“${result.reviewer}”应回避的案例`);
    if (!sent.has(entry.documentId)) refuse('中有评审包之外的案例');
    for (const key of [...Object.keys(entry.scores), ...Object.keys(entry.notes)]) {
      if (!keys.has(key)) refuse('中的评分项与评选现在的评分标准不符（评分标准在发出评审包后被修改过），请重新生成评审包');
    }
    const document = findDocumentRow(library.db, entry.documentId);
    const submission = document ? findSubmission(library.db, round.id, document.seq) : undefined;
    if (!document || !submission) {
      warnings.push(`案例“${entry.documentId}”已不在这个评选中，它的评分未导入`);
      return [];
    }
    return [{ entry, document, submission }];
  });

  const previous = new Map(
    reviewsOfRound(library.db, round.id)
      .filter((row) => row.reviewer === result.reviewer)
      .map((row) => [row.submission_id, row]),
  );
  const changes: string[] = [];
  /** Changes to scores someone typed in before this reviewer's first return. */
  const overwritten: string[] = [];
  let differs = false;
  for (const { entry, document, submission } of entries) {
    const before = previous.get(submission.id);
    const oldScores = parseJson<Record<string, number>>(before?.scores ?? '{}', {});
    const oldNotes = parseJson<Record<string, string>>(before?.notes ?? '{}', {});
    const rounded = Object.fromEntries(Object.entries(entry.scores).map(([key, value]) => [key, Math.round(value * 10) / 10]));
    const parts: string[] = [];
    const replaced: string[] = [];
    for (const criterion of criteria) {
      const was = oldScores[criterion.key];
      const now = rounded[criterion.key];
      if (was === now) continue;
      parts.push(`${nameOf(criterion.key)} ${was ?? '—'} → ${now ?? '—'}`);
      if (was !== undefined) replaced.push(`${nameOf(criterion.key)} ${was} → ${now ?? '—'}`);
    }
    const noteChanged = !same(Object.fromEntries(Object.entries(oldNotes).filter(([key]) => keys.has(key))), Object.fromEntries(Object.entries(entry.notes).filter(([, note]) => note.length > 0)));
    if ((before?.comment ?? '') !== entry.comment) parts.push('评语已修改');
    if (noteChanged) parts.push('评分说明已修改');
    if (parts.length > 0) {
      differs = true;
      changes.push(`《${document.title.slice(0, 40)}》${parts.join('，')}`);
      if (replaced.length > 0) overwritten.push(`《${document.title.slice(0, 40)}》${replaced.join('，')}`);
    }
  }
  const fileSha = sha256(bytes);
  const returnedBefore = pack.returned_at !== null;
  const duplicate = returnedBefore && (pack.returned_sha256 === fileSha || !differs);
  return { round, result, label, keys, entries, previous, changes, overwritten, warnings, fileSha, returnedBefore, duplicate };
}

function mergeResult(library: Library, shownName: string, bytes: Buffer): ImportResult {
  const { round, result, label, keys, entries, previous, changes, overwritten, warnings, fileSha, returnedBefore, duplicate } = planResult(library, bytes);
  if (duplicate) return { ...blankImportResult(shownName, 'duplicate'), title: label };

  library.write(() => {
    const now = nowIso();
    for (const { entry, submission } of entries) {
      const before = previous.get(submission.id);
      // Scores of criteria no longer in the rubric stay in the row, as saveScores keeps them.
      const outside = <T>(json: string | undefined) => Object.fromEntries(Object.entries(parseJson<Record<string, T>>(json ?? '{}', {})).filter(([key]) => !keys.has(key)));
      const scores = { ...outside<number>(before?.scores), ...Object.fromEntries(Object.entries(entry.scores).map(([key, value]) => [key, Math.round(value * 10) / 10])) };
      const notes = { ...outside<string>(before?.notes), ...Object.fromEntries(Object.entries(entry.notes).filter(([, note]) => note.length > 0)) };
      upsertReview(library.db, { submission_id: submission.id, reviewer: result.reviewer, scores: JSON.stringify(scores), comment: entry.comment, notes: JSON.stringify(notes), updated_at: now });
    }
    markReturned(library.db, round.id, result.reviewer, fileSha, now);
    touchRound(library.db, round.id, now);
  });
  if (returnedBefore) warnings.unshift(`${result.reviewer}再次交回评分，已按新结果更新：${changes.join('；')}`);
  else if (overwritten.length > 0) warnings.unshift(`已用${result.reviewer}交回的评分替换此前在案例库中录入的评分：${overwritten.join('；')}`);
  return { ...blankImportResult(shownName, 'imported'), title: `${label} ${entries.length} 件`, warnings };
}

/**
 * What importing this 评分结果 file would do, without doing it: whose return it is, and for a second
 * return the changes from the first, so the window can ask before the new scores replace the old.
 */
export function previewReviewResult(library: Library, bytes: Buffer): ReviewResultPreview {
  try {
    const plan = planResult(library, bytes);
    return {
      ok: true,
      roundId: plan.round.id,
      roundName: plan.round.name,
      reviewer: plan.result.reviewer,
      caseCount: plan.entries.length,
      secondReturn: plan.returnedBefore,
      unchanged: plan.duplicate,
      changes: plan.returnedBefore ? plan.changes : [],
      replacesTypedScores: plan.returnedBefore ? [] : plan.overwritten,
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}

/** The bytes of a 评分结果 named by path or sent from the window, refused past the size a result can have. */
export function readResultSource(source: { path: string } | { fileName: string; contentBase64: string }): Buffer {
  if ('contentBase64' in source) return Buffer.from(source.contentBase64, 'base64');
  const stat = fs.statSync(source.path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CasebookError('NOT_FOUND', `找不到文件“${source.path}”（可能已被移动或删除）。`, `missing ${source.path}`);
  if (stat.size > MAX_RESULT_BYTES) throw new CasebookError('BAD_REQUEST', '评分结果文件太大。', `size ${stat.size}`);
  return fs.readFileSync(source.path);
}
