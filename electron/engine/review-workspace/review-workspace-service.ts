import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import {
  weightedTotal,
  type ReviewResultExport,
  type ReviewWorkspaceDetail,
  type ReviewWorkspaceOpened,
  type ReviewWorkspaceSummary,
  type WorkspaceAttachment,
  type WorkspaceCaseScores,
} from '../../../shared/model/review-workspace';
import type { Library } from '../core/library';
import { nowIso } from '../core/ids';
import { withSource, type ArchiveSource } from '../exchange/archive-source';
import { checkOutFile, writeFileAtomically } from '../export/export-service';
import { makeResultFile, type UnsignedResult } from '../selection/review-package/review-package-format';
import { openReviewPackage, readPackageAttachment, type OpenedPackage } from '../selection/review-package/review-package-read';
import { isEmptyScores, keepPackage, packageFileOf, readState, removeWorkspaceFolder, workspaceExists, workspaceIds, writeState, type WorkspaceState } from './workspace-store';

/**
 * 评审工作台: a reviewer opens the 评审包 they were sent, scores each case (saved as typed) and exports
 * the signed 评分结果 file for the bureau. The package is checked whole before it is kept; a newer
 * package for the same reviewer of the same round (same package id) replaces it and keeps the scores.
 */

/** Packages are checked (every entry's checksum) once per version of the file, not on every read. */
const checkedPackages = new Map<string, OpenedPackage>();

function openedPackage(library: Library, id: string): OpenedPackage {
  const file = packageFileOf(library, id);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new CasebookError('NOT_FOUND', '找不到这个评审，可能已被关闭。', `no package ${file}`);
  const key = `${file}\n${stat.mtimeMs}\n${stat.size}`;
  const cached = checkedPackages.get(key);
  if (cached) return cached;
  const opened = openReviewPackage(file);
  for (const old of checkedPackages.keys()) if (old.startsWith(`${file}\n`)) checkedPackages.delete(old);
  checkedPackages.set(key, opened);
  return opened;
}

function isComplete(opened: OpenedPackage, entry: WorkspaceCaseScores | undefined): boolean {
  return entry !== undefined && opened.info.criteria.every((criterion) => typeof entry.scores[criterion.key] === 'number');
}

function summaryOf(opened: OpenedPackage, state: WorkspaceState): ReviewWorkspaceSummary {
  const { info } = opened;
  return {
    id: info.packageId,
    roundName: info.roundName,
    year: info.year,
    reviewer: info.reviewer,
    blind: info.blind,
    stage: info.stage,
    caseCount: info.submissions.length,
    scoredCount: info.submissions.filter((id) => isComplete(opened, state.cases[id])).length,
    openedAt: state.openedAt,
    updatedAt: state.updatedAt,
    exportedAt: state.exportedAt,
  };
}

function detailOf(opened: OpenedPackage, state: WorkspaceState): ReviewWorkspaceDetail {
  const { info } = opened;
  return {
    ...summaryOf(opened, state),
    criteria: info.criteria,
    scoreRange: info.scoreRange,
    abstainedCount: info.abstainedCount,
    cases: opened.submissions.map((submission) => {
      const entry = state.cases[submission.id] ?? { scores: {}, notes: {}, comment: '' };
      const { textSha256: _checked, attachment, ...shown } = submission;
      return {
        ...shown,
        ...entry,
        attachment: attachment ? { name: attachment.name, mediaType: attachment.mediaType, size: attachment.size } : null,
        total: weightedTotal(info.criteria, entry.scores),
      };
    }),
  };
}

export function openReviewWorkspace(library: Library, source: ArchiveSource): ReviewWorkspaceOpened {
  return withSource(source, (resolved) => {
    const opened = openReviewPackage(resolved.file);
    const id = opened.info.packageId;
    const reopened = workspaceExists(library, id);
    const now = nowIso();
    const state: WorkspaceState = reopened ? { ...readState(library, id), updatedAt: now } : { openedAt: now, updatedAt: now, exportedAt: null, cases: {} };
    keepPackage(library, id, resolved.file);
    writeState(library, id, state);
    return { ...detailOf(openedPackage(library, id), state), reopened };
  });
}

export function listReviewWorkspaces(library: Library): ReviewWorkspaceSummary[] {
  return workspaceIds(library)
    .flatMap((id) => {
      try {
        return [summaryOf(openedPackage(library, id), readState(library, id))];
      } catch (error) {
        // One damaged folder must not hide the others; it is reported when opened.
        console.error(`评审工作台“${id}”无法读取：`, error);
        return [];
      }
    })
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

export function getReviewWorkspace(library: Library, id: string): ReviewWorkspaceDetail {
  return detailOf(openedPackage(library, id), readState(library, id));
}

export interface WorkspaceScoresRequest extends WorkspaceCaseScores {
  id: string;
  documentId: string;
}

export function saveWorkspaceScores(library: Library, request: WorkspaceScoresRequest): ReviewWorkspaceDetail {
  const opened = openedPackage(library, request.id);
  const { info } = opened;
  if (!info.submissions.includes(request.documentId)) throw new CasebookError('NOT_FOUND', '这个案例不在评审包中。', `case ${request.documentId}`);
  const keys = new Set(info.criteria.map((criterion) => criterion.key));
  for (const key of [...Object.keys(request.scores), ...Object.keys(request.notes)]) {
    if (!keys.has(key)) throw new CasebookError('BAD_REQUEST', '评分项与评审包的评分标准不符。', `criterion ${key}`);
  }
  for (const value of Object.values(request.scores)) {
    if (value < info.scoreRange.min || value > info.scoreRange.max) throw new CasebookError('BAD_REQUEST', `分数应在 ${info.scoreRange.min}–${info.scoreRange.max} 之间。`, `score ${value}`);
  }
  const entry: WorkspaceCaseScores = {
    scores: Object.fromEntries(Object.entries(request.scores).map(([key, value]) => [key, Math.round(value * 10) / 10])),
    notes: Object.fromEntries(Object.entries(request.notes).filter(([, note]) => note.length > 0)),
    comment: request.comment,
  };
  const state = readState(library, request.id);
  const cases = { ...state.cases };
  if (isEmptyScores(entry)) delete cases[request.documentId];
  else cases[request.documentId] = entry;
  const next: WorkspaceState = { ...state, cases, updatedAt: nowIso() };
  writeState(library, request.id, next);
  return detailOf(opened, next);
}

export function resultFileName(roundName: string, reviewer: string): string {
  const safe = (value: string) => value.replace(/[\\/:*?"<>|\s]+/g, '');
  return `评分结果-${safe(reviewer)}-${safe(roundName).slice(0, 40)}.json`;
}

export function exportWorkspaceResult(library: Library, id: string, out?: string): ReviewResultExport {
  const opened = openedPackage(library, id);
  const { info } = opened;
  const state = readState(library, id);
  const scores: UnsignedResult['scores'] = info.submissions.flatMap((documentId) => {
    const entry = state.cases[documentId];
    return entry && !isEmptyScores(entry) ? [{ documentId, scores: entry.scores, comment: entry.comment, notes: entry.notes }] : [];
  });
  if (scores.length === 0) throw new CasebookError('CONFLICT', '还没有为任何案例评分，没有可导出的评分结果。', 'nothing scored');
  const now = nowIso();
  const bytes = Buffer.from(makeResultFile(info, scores, now), 'utf8');
  const fileName = out ? path.basename(out) : resultFileName(info.roundName, info.reviewer);
  if (out) writeFileAtomically(checkOutFile(path.resolve(out)), bytes);
  writeState(library, id, { ...state, exportedAt: now });
  return {
    fileName,
    path: out ? path.resolve(out) : null,
    contentBase64: out ? null : bytes.toString('base64'),
    size: bytes.length,
    caseCount: scores.length,
    completeCount: info.submissions.filter((documentId) => isComplete(opened, state.cases[documentId])).length,
    total: info.submissions.length,
  };
}

export function workspaceAttachment(library: Library, id: string, documentId: string): WorkspaceAttachment {
  const attachment = openedPackage(library, id).submissions.find((submission) => submission.id === documentId)?.attachment;
  if (!attachment) throw new CasebookError('NOT_FOUND', '这个案例在评审包中没有原件。', `no attachment for ${documentId}`);
  const bytes = readPackageAttachment(packageFileOf(library, id), attachment.entry);
  return { fileName: attachment.name, mediaType: attachment.mediaType, contentBase64: bytes.toString('base64') };
}

export function removeReviewWorkspace(library: Library, id: string): { ok: true } {
  if (!workspaceExists(library, id)) throw new CasebookError('NOT_FOUND', '找不到这个评审，可能已被关闭。', `workspace ${id}`);
  removeWorkspaceFolder(library, id);
  return { ok: true };
}
