import path from 'node:path';
import type { z } from 'zod';
import { CasebookError } from '../../../../shared/api/errors';
import { refused, ZipReader } from '../../archive/zip-reader';
import { sha256 } from '../../core/ids';
import type { StoredSignature } from '../../duplicates/signatures-repo';
import { signatureOfText } from '../../duplicates/text-signature';
import { TOKENIZE_AHEAD_MIN_CHARS, tokenizeAhead, type TokenizedFields } from '../../search/engine';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  bundleDocumentSchema,
  bundleRecordSchema,
  documentEntryName,
  MANIFEST_NAME,
  manifestSchema,
  originalEntryName,
  type BundleDocument,
  type BundleDocumentHead,
  type BundleManifest,
  type BundleRecord,
} from './bundle-format';
import { RECORD_KINDS } from './bundle-families';

/**
 * The part of reading a 交换包 that touches its untrusted bytes: unpacking entries, checking their
 * SHA-256, parsing and checking their JSON (the manifest's too). Pure (no library), so it runs in a parse worker
 * (workers/parse-pool.ts, served by import/file-reading-worker.ts) and a bundle of large documents
 * never blocks the engine's thread or sits in its memory.
 */

/** One entry as the manifest lists it. */
export interface ListedEntry {
  path: string;
  size: number;
  sha256: string;
}

/**
 * Work on a bundle for a parse worker: its manifest read and checked, or a slice of its entries
 * unpacked and checked (`withText`: documents' texts too, when they are stored).
 */
export type BundleEntriesTask = { bundleFile: string; manifest: true } | { bundleFile: string; entries: ListedEntry[]; withText: boolean };

export type CheckedEntry =
  | { path: string; part: 'original' }
  | { path: string; part: 'document'; head: BundleDocumentHead; text: string | null; signature: StoredSignature | null; tokens: TokenizedFields | null }
  | { path: string; part: 'record'; type: string; record: BundleRecord };

export const BACKUP_FORMAT = 'casebook-backup';
/** A manifest lists at most BUNDLE_LIMITS.maxEntries entries of a few hundred bytes each: far below this. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export function isBundleEntriesTask(task: unknown): task is BundleEntriesTask {
  return typeof task === 'object' && task !== null && 'bundleFile' in task;
}

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

function checkEntry(reader: ZipReader, expected: ListedEntry, withText: boolean): CheckedEntry {
  const isJson = expected.path.endsWith('.json');
  const { bytes, sha256: actual } = isJson ? reader.read(expected.path) : { bytes: null, sha256: reader.stream(expected.path, () => {}) };
  if (actual !== expected.sha256) {
    // Read again to be stored: it was checked when the bundle was opened, so it changed since.
    if (withText) throw refused('交换包', `中的文件“${expected.path.slice(0, 80)}”在导入过程中被改动`, 'changed while importing');
    throw refused('交换包', `中的文件“${expected.path.slice(0, 80)}”校验和不符（文件已损坏或被改动）`, `sha256 ${actual} != ${expected.sha256}`);
  }
  if (expected.path.startsWith('originals/')) {
    if (expected.path !== originalEntryName(expected.sha256)) throw refused('交换包', `中的原始文件“${expected.path.slice(0, 80)}”与其内容不符`, 'original name mismatch');
    return { path: expected.path, part: 'original' };
  }
  if (!bytes) throw refused('交换包', `中有不认识的文件“${expected.path.slice(0, 80)}”`, `unknown ${expected.path}`);
  if (expected.path.startsWith('documents/')) {
    const { text, ...rest } = checkedDocument(bytes, expected.path);
    const head: BundleDocumentHead = { ...rest, textLength: text.length };
    if (!withText) return { path: expected.path, part: 'document', head, text: null, signature: null, tokens: null };
    return { path: expected.path, part: 'document', head, text, signature: signatureOfText(text), tokens: tokensAhead(rest, text) };
  }
  const kind = RECORD_KINDS.find((candidate) => expected.path.startsWith(`${candidate.family.folder}/`));
  if (!kind) throw refused('交换包', `中有不认识的文件“${expected.path.slice(0, 80)}”`, `unknown ${expected.path}`);
  const record = parseJson(bytes, bundleRecordSchema, `${kind.type === 'collection' ? '专辑' : '草稿'}`);
  if (expected.path !== kind.entryName(record.id)) throw refused('交换包', '中的编号与文件名不符', expected.path);
  return { path: expected.path, part: 'record', type: kind.type, record };
}

/**
 * A large document's search tokens, made here rather than in the write that stores it (which would
 * hold the library's write lock for them): its fields as the bundle gives them, which is what a new
 * document gets. A document stored otherwise (merged tags, an update) is tokenised in its write.
 */
function tokensAhead(document: Omit<BundleDocument, 'text'>, text: string): TokenizedFields | null {
  if (text.length < TOKENIZE_AHEAD_MIN_CHARS) return null;
  const { meta } = document;
  return tokenizeAhead({ ...meta, practiceName: meta.practiceName ?? null, text, tags: document.tags });
}

/** The manifest, read and checked: its format and version first, so a backup or another ZIP gets its own answer. */
export function readManifest(reader: ZipReader): BundleManifest {
  const entry = reader.entry(MANIFEST_NAME);
  if (!entry) throw new CasebookError('IMPORT_FAILED', '这个压缩文件不是案例库交换包（缺少清单 manifest.json），已拒绝导入。', 'no manifest');
  if (entry.size > MAX_MANIFEST_BYTES) throw refused('交换包', `的清单（manifest.json）过大（${Math.round(entry.size / 1024 / 1024)} MB）`, `manifest ${entry.size} bytes`);
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

/** Reads the manifest, or unpacks and checks a slice of entries in order (the first bad one refuses the whole bundle). */
export function readBundleEntries(task: BundleEntriesTask): BundleManifest | CheckedEntry[] {
  const reader = ZipReader.open(task.bundleFile, '交换包', BUNDLE_LIMITS);
  try {
    if ('manifest' in task) return readManifest(reader);
    return task.entries.map((entry) => checkEntry(reader, entry, task.withText));
  } finally {
    reader.close();
  }
}
