import path from 'node:path';
import { isCasebookError } from '../../../shared/api/errors';
import { BUNDLE_FILE_EXTENSION, type BundleApplyResult, type BundleExportResult, type BundlePlan, type ConflictChoice } from '../../../shared/model/bundle';
import { failedImport, type ImportResult } from '../../../shared/model/import';
import { applyBundle } from './bundle/bundle-apply';
import { writeBundle, type BundleSelection } from './bundle/bundle-export';
import { planBundle } from './bundle/bundle-plan';
import { openBundle } from './bundle/bundle-read';
import type { Library } from '../core/library';
import { withSourceAsync, withTemporaryTarget, type ArchiveSource } from './archive-source';

export interface BundleExportRequest extends BundleSelection {
  /** Write exactly this file; without it the bundle comes back as bytes. */
  out?: string | undefined;
}

function defaultFileName(): string {
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return `案例库交换包-${stamp}${BUNDLE_FILE_EXTENSION}`;
}

export function exportBundle(library: Library, request: BundleExportRequest): BundleExportResult {
  if (request.out) {
    const written = writeBundle(library, request, request.out);
    return { ...written, fileName: path.basename(written.path), contentBase64: null };
  }
  const fileName = defaultFileName();
  const { value, bytes } = withTemporaryTarget(fileName, (target) => writeBundle(library, request, target));
  return { ...value, path: null, fileName, contentBase64: bytes.toString('base64') };
}

/** What importing would do, after checking the whole bundle (in a parse worker); nothing is written. */
export async function previewBundle(library: Library, source: ArchiveSource): Promise<BundlePlan> {
  return withSourceAsync(source, async ({ file, displayName }) => {
    const bundle = await openBundle(file);
    try {
      return planBundle(library, bundle, path.basename(displayName));
    } finally {
      bundle.close();
    }
  });
}

export async function applyBundleFrom(
  library: Library,
  source: ArchiveSource,
  onConflict: ConflictChoice,
  choices: Record<string, ConflictChoice>,
  shownName?: string,
): Promise<BundleApplyResult> {
  return withSourceAsync(source, async ({ file, displayName }) => {
    const bundle = await openBundle(file);
    try {
      return await applyBundle(library, bundle, { fileName: shownName ?? displayName, onConflict, choices });
    } finally {
      bundle.close();
    }
  });
}

/** A bundle met by `import`: one report line per document; a refused bundle is one failed line and changes nothing. */
export async function importBundleAsFiles(library: Library, source: ArchiveSource, displayName: string, onConflict: ConflictChoice): Promise<ImportResult[]> {
  try {
    const { results } = await applyBundleFrom(library, source, onConflict, {}, displayName);
    return results.length > 0 ? results : [failedImport(displayName, '交换包中没有资料、专辑或草稿。')];
  } catch (error) {
    if (!isCasebookError(error)) console.error(`导入交换包“${displayName}”时出现程序错误：`, error);
    return [failedImport(displayName, isCasebookError(error) ? error.message : '交换包无法读取。')];
  }
}
