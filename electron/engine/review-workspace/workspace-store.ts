import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CasebookError } from '../../../shared/api/errors';
import type { WorkspaceCaseScores } from '../../../shared/model/review-workspace';
import type { Library } from '../core/library';
import { writeFileAtomically } from '../export/export-service';

/**
 * Where a reviewer's 评审工作台 lives: a folder per package under the library folder, beside the
 * database but outside it, so the cases never mix with the library's documents:
 *   review-workspaces/<packageId>/package.cbreview   the package as received (checked before it is kept)
 *   review-workspaces/<packageId>/state.json         what the reviewer typed, written whole on each save
 */
export const WORKSPACES_FOLDER = 'review-workspaces';
const PACKAGE_FILE = 'package.cbreview';
const STATE_FILE = 'state.json';

const scoresSchema = z.object({
  scores: z.record(z.string(), z.number()),
  notes: z.record(z.string(), z.string()),
  comment: z.string(),
});

const stateSchema = z.object({
  openedAt: z.string(),
  updatedAt: z.string(),
  exportedAt: z.string().nullable(),
  cases: z.record(z.string(), scoresSchema),
});
export type WorkspaceState = z.infer<typeof stateSchema>;

export function workspacesRoot(library: Library): string {
  return path.join(library.folder, WORKSPACES_FOLDER);
}

function folderOf(library: Library, id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new CasebookError('NOT_FOUND', '找不到这个评审（编号有误）。', `bad workspace id ${id}`);
  return path.join(workspacesRoot(library), id);
}

export function packageFileOf(library: Library, id: string): string {
  return path.join(folderOf(library, id), PACKAGE_FILE);
}

export function workspaceExists(library: Library, id: string): boolean {
  return fs.existsSync(packageFileOf(library, id)) && fs.existsSync(path.join(folderOf(library, id), STATE_FILE));
}

export function workspaceIds(library: Library): string[] {
  const root = workspacesRoot(library);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && workspaceExists(library, entry.name))
    .map((entry) => entry.name);
}

export function readState(library: Library, id: string): WorkspaceState {
  const file = path.join(folderOf(library, id), STATE_FILE);
  if (!fs.existsSync(file)) throw new CasebookError('NOT_FOUND', '找不到这个评审，可能已被关闭。', `no state ${file}`);
  const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new CasebookError('INTERNAL', '这个评审的评分记录无法读取（文件已损坏）。', JSON.stringify(parsed.error.issues).slice(0, 500));
  return parsed.data;
}

export function writeState(library: Library, id: string, state: WorkspaceState): void {
  writeFileAtomically(path.join(folderOf(library, id), STATE_FILE), Buffer.from(`${JSON.stringify(state, null, 2)}\n`, 'utf8'));
}

/** Keeps the checked package file: copied beside, then renamed over an older one, so a kill leaves one whole. */
export function keepPackage(library: Library, id: string, checkedFile: string): void {
  const folder = folderOf(library, id);
  fs.mkdirSync(folder, { recursive: true });
  writeFileAtomically(path.join(folder, PACKAGE_FILE), fs.readFileSync(checkedFile));
}

export function removeWorkspaceFolder(library: Library, id: string): void {
  fs.rmSync(folderOf(library, id), { recursive: true, force: true });
}

export function isEmptyScores(entry: WorkspaceCaseScores): boolean {
  return Object.keys(entry.scores).length === 0 && Object.keys(entry.notes).length === 0 && entry.comment.length === 0;
}
