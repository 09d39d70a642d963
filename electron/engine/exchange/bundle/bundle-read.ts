import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CasebookError } from '../../../../shared/api/errors';
import { MAX_DOCUMENT_CHARS } from '../../../../shared/model/document';
import { looksLikeZip, refused, ZipReader } from '../../archive/zip-reader';
import { sha256 } from '../../core/ids';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  MANIFEST_NAME,
  bundleDocumentSchema,
  bundleRecordSchema,
  documentEntryName,
  manifestSchema,
  originalEntryName,
  MAX_DOCUMENT_ENTRY_BYTES,
  type BundleDocument,
  type BundleDocumentHead,
  type BundleManifest,
  type BundleRecord,
} from './bundle-format';
import { RECORD_KINDS } from './bundle-families';

/** A bundle that passed every check: its parts parsed, its originals still to be read from the archive. */
export interface OpenedBundle {
  reader: ZipReader;
  manifest: BundleManifest;
  /** Checked, without their texts: `document(head)` reads one whole when it is stored. */
  documents: BundleDocumentHead[];
  document(head: BundleDocumentHead): BundleDocument;
  /** 专辑 and 草稿 records, by type. */
  records: Map<string, BundleRecord[]>;
  close(): void;
}

const BACKUP_FORMAT = 'casebook-backup';

function parseJson<T>(bytes: Buffer, schema: z.ZodType<T>, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw refused('交换包', `中的${what}无法读取`, String(error));
  }
  const result = schema.safeParse(value);
  if (!result.success) throw refused('交换包', `中的${what}内容有误`, JSON.stringify(result.error.issues).slice(0, 1000));
  return result.data;
}

/** One document entry parsed and checked: its schema, its name, its text against its checksum. */
function checkedDocument(bytes: Buffer, entry: string): BundleDocument {
  const document = parseJson(bytes, bundleDocumentSchema, `资料“${path.posix.basename(entry)}”`);
  if (entry !== documentEntryName(document.id)) throw refused('交换包', '中的资料编号与文件名不符', entry);
  if (sha256(document.text) !== document.textSha256) throw refused('交换包', `中的资料《${document.meta.title.slice(0, 40)}》正文校验和不符`, 'text sha');
  return document;
}

function readManifest(reader: ZipReader): BundleManifest {
  if (!reader.has(MANIFEST_NAME)) throw new CasebookError('IMPORT_FAILED', '这个压缩文件不是案例库交换包（缺少清单 manifest.json），已拒绝导入。', 'no manifest');
  let raw: unknown;
  try {
    raw = JSON.parse(reader.read(MANIFEST_NAME).bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw refused('交换包', '的清单（manifest.json）无法读取', String(error));
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === BACKUP_FORMAT) {
    throw new CasebookError('IMPORT_FAILED', '这是案例库的备份文件，不是交换包。请用“从备份恢复”把它恢复到一个新的空资料库（命令行：casebook restore）。', 'backup given to import');
  }
  if (format !== BUNDLE_FORMAT) throw new CasebookError('IMPORT_FAILED', '这个压缩文件不是案例库交换包，已拒绝导入。', `format ${String(format)}`);
  const version = (raw as { version?: unknown }).version;
  if (version !== BUNDLE_VERSION) {
    throw refused('交换包', `的格式版本（${String(version).slice(0, 20)}）不受这个版本的案例库支持，请升级案例库后再导入`, `version ${String(version)}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw refused('交换包', '的清单（manifest.json）内容有误', JSON.stringify(parsed.error.issues).slice(0, 1000));
  return parsed.data;
}

/**
 * Opens a bundle and checks all of it before anything is written: size and ZIP structure, entry
 * names, the manifest's format and version, that the manifest lists exactly the entries present,
 * every entry's size and SHA-256, and every part's content.
 */
export function openBundle(file: string): OpenedBundle {
  const reader = ZipReader.open(file, '交换包', BUNDLE_LIMITS);
  try {
    const manifest = readManifest(reader);
    const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
    if (listed.size !== manifest.entries.length) throw refused('交换包', '的清单中有重复的条目', 'duplicate manifest paths');
    for (const entry of reader.entries) {
      if (entry.name === MANIFEST_NAME) continue;
      const expected = listed.get(entry.name);
      if (!expected) throw refused('交换包', `中有清单之外的文件“${entry.name.slice(0, 80)}”`, `unlisted ${entry.name}`);
      if (expected.size !== entry.size) throw refused('交换包', `中的文件“${entry.name.slice(0, 80)}”大小与清单不符`, `size ${entry.size} != ${expected.size}`);
    }
    for (const expected of manifest.entries) {
      if (!reader.has(expected.path)) throw refused('交换包', `不完整：缺少“${expected.path.slice(0, 80)}”`, `missing ${expected.path}`);
    }

    const documents: BundleDocumentHead[] = [];
    const records = new Map<string, BundleRecord[]>();
    for (const expected of manifest.entries) {
      const isJson = expected.path.endsWith('.json');
      if (expected.path.startsWith('documents/') && expected.size > MAX_DOCUMENT_ENTRY_BYTES) {
        throw refused('交换包', `中的资料“${path.posix.basename(expected.path).slice(0, 80)}”过大（${Math.round(expected.size / 1024 / 1024)} MB），其正文超过一份资料可有的 ${MAX_DOCUMENT_CHARS / 10_000} 万字`, `entry ${expected.size} bytes`);
      }
      const { bytes, sha256: actual } = isJson ? reader.read(expected.path) : { bytes: null, sha256: reader.stream(expected.path, () => {}) };
      if (actual !== expected.sha256) throw refused('交换包', `中的文件“${expected.path.slice(0, 80)}”校验和不符（文件已损坏或被改动）`, `sha256 ${actual} != ${expected.sha256}`);
      if (expected.path.startsWith('originals/')) {
        if (expected.path !== originalEntryName(expected.sha256)) throw refused('交换包', `中的原始文件“${expected.path.slice(0, 80)}”与其内容不符`, 'original name mismatch');
        continue;
      }
      if (!bytes) throw refused('交换包', `中有不认识的文件“${expected.path.slice(0, 80)}”`, `unknown ${expected.path}`);
      if (expected.path.startsWith('documents/')) {
        const { text, ...head } = checkedDocument(bytes, expected.path);
        if (head.original && !listed.has(originalEntryName(head.original.sha256))) {
          throw refused('交换包', `缺少资料《${head.meta.title.slice(0, 40)}》的原始文件`, 'missing original');
        }
        documents.push({ ...head, textLength: text.length });
        continue;
      }
      const kind = RECORD_KINDS.find((candidate) => expected.path.startsWith(`${candidate.family.folder}/`));
      if (!kind) throw refused('交换包', `中有不认识的文件“${expected.path.slice(0, 80)}”`, `unknown ${expected.path}`);
      const record = parseJson(bytes, bundleRecordSchema, `${kind.type === 'collection' ? '专辑' : '草稿'}`);
      if (expected.path !== kind.entryName(record.id)) throw refused('交换包', '中的编号与文件名不符', expected.path);
      records.set(kind.type, [...(records.get(kind.type) ?? []), record]);
    }
    const document = (head: BundleDocumentHead): BundleDocument => {
      const entry = documentEntryName(head.id);
      const { bytes, sha256: actual } = reader.read(entry);
      if (actual !== listed.get(entry)?.sha256) throw refused('交换包', `中的文件“${entry}”在导入过程中被改动`, 'changed while importing');
      return checkedDocument(bytes, entry);
    };
    return { reader, manifest, documents, document, records, close: () => reader.close() };
  } catch (error) {
    reader.close();
    throw error;
  }
}

/** Reads the first bytes: a bundle (or a damaged one) is a ZIP that is not a Word file. */
export function mayBeBundle(file: string, displayName: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4);
    const n = fs.readSync(fd, head, 0, 4, 0);
    if (!looksLikeZip(head.subarray(0, n))) return false;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  if (path.extname(displayName).toLowerCase() !== '.docx') return true;
  // A .docx that is really a bundle (renamed): only when it carries a Casebook manifest.
  try {
    const reader = ZipReader.open(file, '交换包', BUNDLE_LIMITS);
    try {
      if (!reader.has(MANIFEST_NAME)) return false;
      const raw = JSON.parse(reader.read(MANIFEST_NAME).bytes.toString('utf8')) as { format?: unknown };
      return raw.format === BUNDLE_FORMAT || raw.format === BACKUP_FORMAT;
    } finally {
      reader.close();
    }
  } catch {
    return false;
  }
}
