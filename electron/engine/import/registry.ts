import path from 'node:path';
import { docxImporter } from './formats/docx-importer';
import { htmlImporter } from './formats/html-importer';
import { imageImporter } from './formats/image-importer';
import { markdownImporter } from './formats/markdown-importer';
import { mhtmlImporter } from './formats/mhtml-importer';
import { pdfImporter } from './formats/pdf-importer';
import { textImporter } from './formats/text-importer';
import { BUNDLE_FILE_EXTENSION } from '../../../shared/model/bundle';
import type { Importer } from './importer';

/** Every format module, registered once with its metadata. */
export const IMPORTERS: readonly Importer[] = [textImporter, markdownImporter, htmlImporter, mhtmlImporter, docxImporter, pdfImporter, imageImporter];

/** What the import reads: every format module's endings, and the 交换包's (recognised by content, whatever its name). */
export const SUPPORTED_EXTENSIONS = [...IMPORTERS.flatMap((importer) => importer.extensions), BUNDLE_FILE_EXTENSION];

export function importerForFile(fileName: string): Importer | undefined {
  const extension = path.extname(fileName).toLowerCase();
  return IMPORTERS.find((importer) => importer.extensions.includes(extension));
}
