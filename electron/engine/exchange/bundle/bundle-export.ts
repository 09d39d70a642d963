import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import { metaFromRow, type DocumentRow } from '../../documents/documents-repo';
import { listNotes } from '../../documents/notes-repo';
import { originalStoredPath } from '../../documents/originals-repo';
import { tagsOfDocument } from '../../tags/tags-repo';
import type { Library } from '../../core/library';
import { requireDocumentRow } from '../../documents/documents-service';
import { nowIso } from '../../core/ids';
import { ZipWriter } from '../../archive/zip-writer';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_NAME,
  documentEntryName,
  libraryId,
  originalEntryName,
  type BundleDocument,
  type BundleManifest,
} from './bundle-format';
import { RECORD_KINDS } from './bundle-families';
import type { CollectedRecord } from './bundle-records';

export interface BundleSelection {
  documentIds: string[];
  collectionIds: string[];
  draftIds: string[];
}

export interface WrittenBundle {
  path: string;
  size: number;
  documents: number;
  collections: number;
  drafts: number;
}

/** Originals that deflate well; Word, PDF and images are stored as they are. */
const TEXTUAL = /\.(txt|text|md|markdown|html?|xhtml|shtml|mhtml?|json|xml|csv)$/i;

function bundleDocument(library: Library, row: DocumentRow): BundleDocument {
  return {
    id: row.id,
    meta: metaFromRow(row),
    text: row.text,
    textSha256: row.text_sha256,
    original:
      row.original_sha256 === null
        ? null
        : { sha256: row.original_sha256, fileName: row.original_name ?? '', size: row.original_size ?? 0, encoding: row.encoding },
    fieldOrigins: JSON.parse(row.field_origins) as BundleDocument['fieldOrigins'],
    tags: tagsOfDocument(library.db, row.seq),
    notes: listNotes(library.db, row.seq).map((note) => ({ id: note.id, body: note.body, createdAt: note.createdAt, updatedAt: note.updatedAt })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function storedPathOf(library: Library, sha256: string): string {
  const storedPath = originalStoredPath(library.db, sha256);
  if (storedPath === undefined) throw new CasebookError('INTERNAL', '资料库中缺少一份原始文件的记录。', `original ${sha256}`);
  return storedPath;
}

/**
 * Writes the selected documents (and the documents the selected collections and drafts cite) with
 * their originals, tags and notes into `target`, exactly that file, replacing it only when complete.
 */
export function writeBundle(library: Library, selection: BundleSelection, target: string): WrittenBundle {
  // Collections first: the drafts they list travel with them.
  const draftIds = new Set(selection.draftIds);
  const records = RECORD_KINDS.map((kind) => ({ kind, records: [] as CollectedRecord[] }));
  for (const entry of records.filter(({ kind }) => kind.type === 'collection')) {
    entry.records = entry.kind.collect(library, selection.collectionIds);
    for (const record of entry.records) for (const id of record.draftIds) draftIds.add(id);
  }
  for (const entry of records.filter(({ kind }) => kind.type === 'draft')) entry.records = entry.kind.collect(library, [...draftIds]);
  for (const { kind, records: list } of records) {
    const asked = kind.type === 'collection' ? selection.collectionIds : selection.draftIds;
    const missing = asked.find((id) => !list.some((record) => record.id === id));
    if (missing) throw new CasebookError('NOT_FOUND', `找不到编号为“${missing}”的${kind.type === 'collection' ? '专辑' : '草稿'}，它可能已被彻底删除。`, `${kind.type} ${missing}`);
  }
  const documentIds = new Set(selection.documentIds);
  for (const { records: list } of records) for (const record of list) for (const id of record.documentIds) documentIds.add(id);
  if (documentIds.size === 0 && records.every(({ records: list }) => list.length === 0)) {
    throw new CasebookError('BAD_REQUEST', '请至少选择一份资料、一个专辑或一篇草稿。', 'empty bundle');
  }
  const rows = [...documentIds].map((id) => requireDocumentRow(library, id));
  const sourceId = libraryId(library);

  const writer = new ZipWriter(path.resolve(target));
  try {
    const originals = new Set<string>();
    for (const row of rows) {
      const document = bundleDocument(library, row);
      writer.add(documentEntryName(row.id), Buffer.from(JSON.stringify(document), 'utf8'), true);
      if (document.original && !originals.has(document.original.sha256)) {
        originals.add(document.original.sha256);
        const stored = storedPathOf(library, document.original.sha256);
        const file = library.originals.absolute(stored);
        if (!fs.existsSync(file)) {
          throw new CasebookError('CONFLICT', `“${row.title}”的原始文件在资料库文件夹中找不到了，无法导出。`, `missing ${stored}`);
        }
        writer.addFile(originalEntryName(document.original.sha256), file, TEXTUAL.test(stored));
      }
    }
    for (const { kind, records: list } of records) {
      for (const { documentIds: _cited, draftIds: _drafts, ...record } of list) writer.add(kind.entryName(record.id), Buffer.from(JSON.stringify(record), 'utf8'), true);
    }
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      libraryId: sourceId,
      createdAt: nowIso(),
      appVersion: library.options.appVersion.slice(0, 40),
      counts: {
        documents: rows.length,
        collections: records.find(({ kind }) => kind.type === 'collection')?.records.length ?? 0,
        drafts: records.find(({ kind }) => kind.type === 'draft')?.records.length ?? 0,
      },
      entries: [...writer.entries],
    };
    writer.add(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), true);
    const written = writer.finish();
    return { path: written.path, size: written.size, documents: rows.length, collections: manifest.counts.collections, drafts: manifest.counts.drafts };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
