import { CasebookError } from '../../../shared/api/errors';
import { DOCUMENT_META_FIELDS, type DocumentMetaField, type DocumentRecord, type FieldOrigin } from '../../../shared/model/document';
import { metaFromRow, META_COLUMNS, updateDocumentColumns, type DocumentRow } from '../documents/documents-repo';
import { recordHistory, type HistoryChange } from '../documents/history-repo';
import { indexAndLink } from '../duplicates/near-duplicate-index';
import { replaceRemovedBlocks } from '../documents/removed-blocks-service';
import type { FileReading } from './file-reading';
import { readFileInWorker } from './file-reading-pool';
import { importerForFile } from './registry';
import { nowIso, sha256 } from '../core/ids';
import type { Library } from '../core/library';
import { getDocument, requireDocumentRow } from '../documents/documents-service';

export function originalBytes(library: Library, row: DocumentRow): Buffer {
  const stored = library.db.prepare('SELECT stored_path FROM originals WHERE sha256 = ?').get(row.original_sha256) as { stored_path: string } | undefined;
  if (!stored) throw new CasebookError('NOT_FOUND', '这份资料的原始文件不在资料库中，无法重新读取。', `original ${row.original_sha256 ?? 'none'}`);
  return library.originals.read(stored.stored_path);
}

function shown(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Reads a text document's original file again in the encoding the user chose, when the detected one
 * gave 乱码. The text and every field the user has not corrected follow the new reading; the user's
 * corrections and tags stay. The original file itself is never touched.
 */
export async function rereadWithEncoding(library: Library, id: string, encoding: string): Promise<DocumentRecord> {
  const row = requireDocumentRow(library, id);
  const importer = row.original_name ? importerForFile(row.original_name) : undefined;
  if (row.encoding === null || !importer) {
    throw new CasebookError('BAD_REQUEST', '只有文本、Markdown 和网页资料可以更换文字编码；Word 和 PDF 文件自带编码。', `document ${id} has no text encoding`);
  }
  const filled = await readFileInWorker({
    fileName: row.original_name ?? '',
    bytes: originalBytes(library, row),
    encodingOverride: encoding,
    resourcesFolder: library.options.resourcesFolder,
  });

  return applyReading(library, id, filled, {
    textChange: (current) => ({ oldValue: `正文（${current.encoding ?? '未知编码'}）`, newValue: `正文（${filled.encoding ?? encoding}）` }),
    encoding: true,
  });
}

export interface ApplyReadingOptions {
  /** How the edit history names the text's change (the encoding it was read in, 文字识别…). */
  textChange: (current: DocumentRow) => { oldValue: string; newValue: string };
  /** The new reading's encoding replaces the stored one (a re-read in another encoding). */
  encoding: boolean;
}

/**
 * Stores a new reading of a document's original (another encoding, or the text recognition read
 * from a scan): the text and every field the user has not corrected follow it; the user's
 * corrections, tags and restored lines stay; the change is in the history, the index and 查重.
 */
export function applyReading(library: Library, id: string, filled: FileReading, options: ApplyReadingOptions): DocumentRecord {
  return library.write(() => {
    const current = requireDocumentRow(library, id);
    const before = metaFromRow(current);
    const origins = JSON.parse(current.field_origins) as Partial<Record<DocumentMetaField, FieldOrigin>>;
    const columns: Record<string, unknown> = {};
    const changes: HistoryChange[] = [];
    const changed = new Set<DocumentMetaField>();
    for (const field of DOCUMENT_META_FIELDS) {
      if (origins[field] === 'user' || filled.meta[field] === before[field]) continue;
      changed.add(field);
      columns[META_COLUMNS[field]] = filled.meta[field];
      changes.push({ field, oldValue: shown(before[field]), newValue: shown(filled.meta[field]) });
      const origin = filled.fieldOrigins[field];
      if (origin) origins[field] = origin;
      else delete origins[field];
    }
    // The new reading's doubts about the values it changed. A value it leaves as it was keeps its mark
    // as it was (one the user confirmed stays confirmed), and the user's own values are never in doubt.
    const wasToConfirm = JSON.parse(current.to_confirm) as DocumentMetaField[];
    columns.to_confirm = JSON.stringify(filled.toConfirm.filter((field) => origins[field] !== 'user' && (changed.has(field) || wasToConfirm.includes(field))));
    // The lines the user put back after the first reading go back into the new one too.
    const text = replaceRemovedBlocks(library, current.seq, filled.text, filled.removed);
    if (text !== current.text) {
      columns.text = text;
      columns.text_sha256 = sha256(text);
      changes.push({ field: 'text', ...options.textChange(current) });
    }
    if (options.encoding && filled.encoding !== current.encoding) {
      columns.encoding = filled.encoding;
      changes.push({ field: 'encoding', oldValue: current.encoding, newValue: filled.encoding });
    }
    if (changes.length > 0) {
      const now = nowIso();
      columns.field_origins = JSON.stringify(origins);
      updateDocumentColumns(library.db, current.seq, columns, now);
      recordHistory(library.db, current.seq, changes, library.actor, now);
      const docNumber = (columns.doc_number as string | null | undefined) ?? before.docNumber;
      indexAndLink(library.db, { seq: current.seq, text, docNumber, live: current.deleted_at === null }, now);
    }
    return getDocument(library, id);
  });
}
