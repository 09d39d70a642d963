import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import { SCORE_MAX, SCORE_MIN, STAGE_LABELS, type ReviewPackageFormat, type SelectionStage } from '../../../../shared/model/selection';
import { findDocumentRowBySeq, type DocumentRow } from '../../documents/documents-repo';
import { originalStoredPath } from '../../documents/originals-repo';
import type { Library } from '../../core/library';
import { newId, nowIso, sha256 } from '../../core/ids';
import { criteriaOf, requireRoundRow, reviewersOf } from '../round-detail';
import { submissionsOfRound, type SubmissionRow } from '../selection-repo';
import { blindCase, sameUnit } from './blind-review';
import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES, attachmentEntryName, type PackageInfo, type PackageSubmission } from './review-package-format';
import { findPackageRow, upsertPackageRow } from './review-package-repo';

/**
 * What goes to one reviewer, whatever file carries it (the 评审包 ZIP or the offline HTML page): the
 * cases at the round's current stage, 盲评 applied, 回避 withheld, and the reviewer's package id and
 * secret (made the first time and kept, so a result signed for an earlier package still verifies).
 */

export interface PackageRequest {
  roundId: string;
  reviewer: string;
  blind: boolean;
  /** The reviewer's own unit: cases from it are withheld (回避). */
  unit?: string | undefined;
  /** Which file: the 评审包 ZIP (default) or one self-contained offline HTML page. */
  format?: ReviewPackageFormat | undefined;
  /** Write exactly this file; without it the file comes back as bytes. */
  out?: string | undefined;
}

export interface PackageContents {
  info: PackageInfo;
  /** In the order of info.submissions. */
  submissions: PackageSubmission[];
  /** Attachment entry name → the original's file in the library. */
  attachmentFiles: Map<string, string>;
  abstained: { documentId: string; title: string }[];
  reviewerUnit: string | null;
  createdAt: string;
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

/** The case's original, when it is a PDF or an image small enough to send and the package is not 盲评. */
function attachmentOf(library: Library, document: DocumentRow, blind: boolean): { attachment: NonNullable<PackageSubmission['attachment']>; file: string } | null {
  if (blind || document.original_sha256 === null || document.original_name === null) return null;
  const extension = path.extname(document.original_name).toLowerCase();
  const mediaType = ATTACHMENT_MEDIA_TYPES[extension];
  if (!mediaType) return null;
  const stored = originalStoredPath(library.db, document.original_sha256);
  if (stored === undefined) return null;
  const file = library.originals.absolute(stored);
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined || size > MAX_ATTACHMENT_BYTES) return null;
  return { attachment: { entry: attachmentEntryName(document.id, extension), name: document.original_name, mediaType, size }, file };
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

/** Selects and prepares what the reviewer is sent; writes nothing. */
export function packageContents(library: Library, request: PackageRequest): PackageContents {
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

  const existing = findPackageRow(library.db, round.id, request.reviewer);
  const info: PackageInfo = {
    roundId: round.id,
    roundName: round.name,
    year: round.year,
    reviewer: request.reviewer,
    packageId: existing?.package_id ?? newId(16),
    secret: existing?.secret ?? randomBytes(32).toString('hex'),
    blind: request.blind,
    stage,
    criteria: criteriaOf(round).map(({ key, name, weight, description }) => ({ key, name, weight, description })),
    scoreRange: { min: SCORE_MIN, max: SCORE_MAX },
    submissions: included.map((document) => document.id),
    abstainedCount: abstained.length,
  };
  const attachmentFiles = new Map<string, string>();
  const submissionsSent = included.map((document) => {
    const submission = packageSubmission(document, request.blind);
    const attached = attachmentOf(library, document, request.blind);
    if (!attached) return submission;
    attachmentFiles.set(attached.attachment.entry, attached.file);
    return { ...submission, attachment: attached.attachment };
  });
  return {
    info,
    submissions: submissionsSent,
    attachmentFiles,
    abstained: abstained.map((document) => ({ documentId: document.id, title: document.title })),
    reviewerUnit: unit,
    createdAt: nowIso(),
  };
}

/** Recorded once the file exists: the round knows who was sent what, and who abstained from which case. */
export function recordPackageSent(library: Library, contents: PackageContents): void {
  const { info } = contents;
  library.write(() =>
    upsertPackageRow(library.db, {
      round_id: info.roundId,
      reviewer: info.reviewer,
      package_id: info.packageId,
      secret: info.secret,
      blind: info.blind ? 1 : 0,
      reviewer_unit: contents.reviewerUnit,
      stage: info.stage,
      documents: JSON.stringify(info.submissions),
      abstained: JSON.stringify(contents.abstained.map((item) => item.documentId)),
      packaged_at: contents.createdAt,
    }),
  );
}
