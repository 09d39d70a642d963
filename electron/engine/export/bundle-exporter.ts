import type { ExportTarget } from '../../../shared/model/export';
import { BUNDLE_FILE_EXTENSION } from '../../../shared/model/bundle';
import { writeBundle, type BundleSelection } from '../exchange/bundle/bundle-export';
import type { Library } from '../core/library';
import { withTemporaryTarget } from '../exchange/archive-source';
import { findCollectionRow } from '../collections/collections-repo';
import { findDocumentRow } from '../documents/documents-repo';
import { findDraftRow } from '../drafts/drafts-repo';
import { safeFileBase } from './export-items';
import type { ExporterModule } from './exporter';

/** One document, a collection or a draft as a bundle selection (a collection or draft brings the documents it uses). */
export function bundleSelectionOf(target: ExportTarget): BundleSelection {
  if ('documents' in target) return { documentIds: target.documents, collectionIds: [], draftIds: [] };
  if ('collection' in target) return { documentIds: [], collectionIds: [target.collection], draftIds: [] };
  return { documentIds: [], collectionIds: [], draftIds: [target.draft] };
}

/** 交换包 plus what it holds: the collection's or draft's name, the single document's title, or the date. */
function fileBaseOf(library: Library, target: ExportTarget): string {
  let name: string | undefined;
  if ('collection' in target) name = findCollectionRow(library.db, target.collection)?.name;
  else if ('draft' in target) name = findDraftRow(library.db, target.draft)?.title;
  else if (target.documents.length === 1) name = findDocumentRow(library.db, target.documents[0] ?? '')?.title;
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return safeFileBase(name ? `交换包-${name}` : `案例库交换包-${stamp}`);
}

function items(written: { documents: number; collections: number; drafts: number }): number {
  return written.documents + written.collections + written.drafts;
}

/**
 * The `bundle` export format: a 交换包 another library imports (see electron/engine/exchange/bundle/). It carries
 * data, not a layout, so templates and cover options do not apply; it writes its file itself.
 */
export const bundleExporter: ExporterModule = {
  format: 'bundle',
  label: '交换包（可导入其他案例库）',
  extension: BUNDLE_FILE_EXTENSION,
  mimeType: 'application/zip',
  laidOut: false,

  toFile(input, file) {
    const written = writeBundle(input.library, bundleSelectionOf(input.target), file);
    return Promise.resolve({ fileBase: fileBaseOf(input.library, input.target), items: items(written) });
  },

  toBytes(input) {
    const fileBase = fileBaseOf(input.library, input.target);
    const { value, bytes } = withTemporaryTarget(`${fileBase}${BUNDLE_FILE_EXTENSION}`, (file) => writeBundle(input.library, bundleSelectionOf(input.target), file));
    return Promise.resolve({ fileBase, items: items(value), bytes });
  },
};
