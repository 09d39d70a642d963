import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import { SCORE_MAX, SCORE_MIN, STAGE_LABELS, type ReviewPackageResult, type SelectionStage } from '../../../../shared/model/selection';
import { findDocumentRowBySeq, type DocumentRow } from '../../documents/documents-repo';
import { ZipWriter } from '../../archive/zip-writer';
import type { Library } from '../../core/library';
import { newId, nowIso, sha256 } from '../../core/ids';
import { criteriaOf, requireRoundRow, reviewersOf } from '../round-detail';
import { submissionsOfRound, type SubmissionRow } from '../selection-repo';
import { blindCase, sameUnit } from './blind-review';
import {
  MANIFEST_NAME,
  PACKAGE_FILE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_INFO_NAME,
  PACKAGE_VERSION,
  submissionEntryName,
  type PackageInfo,
  type PackageManifest,
  type PackageSubmission,
} from './review-package-format';
import { findPackageRow, upsertPackageRow } from './review-package-repo';

export interface PackageRequest {
  roundId: string;
  reviewer: string;
  blind: boolean;
  /** The reviewer's own unit: cases from it are withheld (回避). */
  unit?: string | undefined;
  /** Write exactly this file; without it the package comes back as bytes. */
  out?: string | undefined;
}

const ORDER: readonly SelectionStage[] = ['received', 'screening', 'shortlisted'];

/**
 * The round's current stage: the furthest any case still in the running has reached (入选 counts as
 * 入围, the list it was chosen from). A package holds the cases at that stage or beyond.
 */
export function currentStage(submissions: readonly SubmissionRow[]): SelectionStage | null {
  let furthest = -1;
  for (const submission of submissions) {
    if (submission.stage === 'rejected') continue;
    furthest = Math.max(furthest, submission.stage === 'selected' ? 2 : ORDER.indexOf(submission.stage));
  }
  return furthest < 0 ? null : (ORDER[furthest] ?? null);
}

function packageSubmission(document: DocumentRow, blind: boolean): PackageSubmission {
  const seen = {
    title: document.title,
    text: document.text,
    practiceName: document.practice_name,
    project: document.project,
  };
  const shown = blind
    ? blindCase({ ...seen, organization: document.organization, author: document.author, source: document.source, issuer: document.issuer })
    : seen;
  return {
    id: document.id,
    title: shown.title,
    region: document.region,
    year: document.year,
    date: document.date,
    practiceName: shown.practiceName,
    project: shown.project,
    organization: blind ? null : document.organization,
    author: blind ? null : document.author,
    source: blind ? null : document.source,
    text: shown.text,
    textSha256: sha256(shown.text),
  };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

export function defaultPackageFileName(roundName: string, reviewer: string): string {
  const safe = (value: string) => value.replace(/[\\/:*?"<>|\s]+/g, '');
  return `评审包-${safe(roundName).slice(0, 40)}-${safe(reviewer)}${PACKAGE_FILE_EXTENSION}`;
}

/**
 * 生成评审包: one file for one reviewer with the rubric and the cases at the round's current stage
 * (盲评: names removed; 回避: cases of the reviewer's own unit withheld, recorded in the round). The
 * reviewer's package row (id, secret) is made the first time and kept, so a result signed for an
 * earlier package of the same reviewer still verifies.
 */
export function makeReviewPackage(library: Library, request: PackageRequest): ReviewPackageResult {
  const round = requireRoundRow(library, request.roundId);
  if (!reviewersOf(round).includes(request.reviewer)) {
    throw new CasebookError('BAD_REQUEST', `“${request.reviewer}”不是这个评选的评审人，请先在评选设置中添加。`, `reviewer ${request.reviewer}`);
  }
  const submissions = submissionsOfRound(library.db, round.id);
  const stage = currentStage(submissions);
  if (stage === null) throw new CasebookError('CONFLICT', '这个评选还没有待评审的案例，无法生成评审包。', `round ${round.id} has no case in the running`);
  const unit = request.unit?.trim() || null;
  const included: DocumentRow[] = [];
  const abstained: DocumentRow[] = [];
  for (const submission of submissions) {
    if (submission.stage === 'rejected') continue;
    if (submission.stage !== 'selected' && ORDER.indexOf(submission.stage) < ORDER.indexOf(stage)) continue;
    const document = findDocumentRowBySeq(library.db, submission.document_seq);
    if (!document || document.deleted_at !== null) continue;
    (sameUnit(unit, document.organization) ? abstained : included).push(document);
  }
  if (included.length === 0) {
    throw new CasebookError('CONFLICT', `“${STAGE_LABELS[stage]}”阶段的案例都需要“${request.reviewer}”回避，评审包中没有可评的案例。`, 'all abstained');
  }

  const now = nowIso();
  const existing = findPackageRow(library.db, round.id, request.reviewer);
  const packageId = existing?.package_id ?? newId(16);
  const secret = existing?.secret ?? randomBytes(32).toString('hex');
  const info: PackageInfo = {
    roundId: round.id,
    roundName: round.name,
    year: round.year,
    reviewer: request.reviewer,
    packageId,
    secret,
    blind: request.blind,
    stage,
    criteria: criteriaOf(round).map(({ key, name, weight, description }) => ({ key, name, weight, description })),
    scoreRange: { min: SCORE_MIN, max: SCORE_MAX },
    submissions: included.map((document) => document.id),
    abstainedCount: abstained.length,
  };

  const write = (target: string) => {
    const zip = new ZipWriter(target);
    try {
      zip.add(PACKAGE_INFO_NAME, json(info), false);
      for (const document of included) zip.add(submissionEntryName(document.id), json(packageSubmission(document, request.blind)), false);
      const manifest: PackageManifest = { format: PACKAGE_FORMAT, version: PACKAGE_VERSION, createdAt: now, entries: [...zip.entries] };
      zip.add(MANIFEST_NAME, json(manifest), false);
      return zip.finish();
    } catch (error) {
      zip.abort();
      throw error;
    }
  };

  const fileName = request.out ? path.basename(request.out) : defaultPackageFileName(round.name, request.reviewer);
  let written: { path: string | null; size: number; contentBase64: string | null };
  if (request.out) {
    const done = write(path.resolve(request.out));
    written = { path: done.path, size: done.size, contentBase64: null };
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-review-'));
    try {
      const done = write(path.join(folder, 'package.bin'));
      written = { path: null, size: done.size, contentBase64: fs.readFileSync(done.path).toString('base64') };
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  // Recorded once the file exists: the round knows who was sent what, and who abstained from which case.
  library.write(() =>
    upsertPackageRow(library.db, {
      round_id: round.id,
      reviewer: request.reviewer,
      package_id: packageId,
      secret,
      blind: request.blind ? 1 : 0,
      reviewer_unit: unit,
      stage,
      documents: JSON.stringify(info.submissions),
      abstained: JSON.stringify(abstained.map((document) => document.id)),
      packaged_at: now,
    }),
  );
  return {
    ...written,
    fileName,
    reviewer: request.reviewer,
    blind: request.blind,
    count: included.length,
    stage,
    abstained: abstained.map((document) => ({ documentId: document.id, title: document.title })),
  };
}
