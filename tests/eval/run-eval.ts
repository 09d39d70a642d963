import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { findLabelledFolders, readLabelledFolder } from './expected-labels';
import { addScores, emptyScore, scoreImports, type ImportedFile, type Score } from './score-import';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const EVAL_ROOT = path.join(REPO_ROOT, 'tests/fixtures/eval');

/** Imports every labelled file of one folder (name order) into a scratch library and scores it. */
export async function evaluateFolder(folder: string): Promise<Score> {
  const labelled = readLabelledFolder(folder);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-eval-'));
  const host = new LibraryHost({ folder: scratch, createIfMissing: true, resourcesFolder: path.join(REPO_ROOT, 'resources'), actor: '评测', appVersion: 'eval' });
  const call = async <M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> => {
    const envelope = await dispatch(host, method, request);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result as ResponseOf<M>;
  };
  try {
    const imported: ImportedFile[] = [];
    const ids = new Map<string, string>();
    for (const [file] of labelled.files) {
      const [result] = await call('import.files', { paths: [path.join(folder, file)] });
      if (!result) throw new Error(`${file}: the import answered nothing`);
      const id = result.id ?? result.duplicateOf ?? null;
      if (id) ids.set(file, id);
      const record = result.status === 'imported' && result.id ? await call('documents.get', { id: result.id }) : null;
      imported.push({ file, result, record });
    }
    const labels = new Map(labelled.files);
    return scoreImports(
      imported,
      (file) => labels.get(file) ?? (() => { throw new Error(`no labels for ${file}`); })(),
      (file) => ids.get(file) ?? null,
      (file) => labelled.body(file),
    );
  } finally {
    host.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every labelled folder at or below root, added up. */
export async function evaluateTree(root: string): Promise<Score> {
  const total = emptyScore();
  for (const folder of findLabelledFolders(root)) addScores(total, await evaluateFolder(folder));
  return total;
}
