import fs from 'node:fs';
import path from 'node:path';
import { CasebookError, ERROR_CODES, type ErrorCode } from '../../../../shared/api/errors';
import { MAX_DOCUMENT_CHARS } from '../../../../shared/model/document';
import { looksLikeZip, refused, ZipReader } from '../../archive/zip-reader';
import type { StoredSignature } from '../../duplicates/signatures-repo';
import { PARSE_TIMEOUT_MS, parsePool } from '../../workers/parse-pool';
import { WorkerTaskFailure } from '../../workers/worker-pool';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  MANIFEST_NAME,
  documentEntryName,
  originalEntryName,
  MAX_DOCUMENT_ENTRY_BYTES,
  type BundleDocument,
  type BundleDocumentHead,
  type BundleManifest,
  type BundleRecord,
} from './bundle-format';
import type { TokenizedFields } from '../../search/engine';
import { BACKUP_FORMAT, MAX_MANIFEST_BYTES, type BundleEntriesTask, type CheckedEntry, type ListedEntry } from './bundle-entries';

/**
 * A document read again to be stored: its whole text, and beside it the text's 查重 signature and, for a
 * large one, its search tokens (bundle-entries.ts tokensAhead).
 */
export type StoredBundleDocument = BundleDocument & { signature: StoredSignature | null; tokens: TokenizedFields | null };

/** A bundle that passed every check: its parts parsed, its originals still to be read from the archive. */
export interface OpenedBundle {
  reader: ZipReader;
  manifest: BundleManifest;
  /** Checked, without their texts: `document(head)` reads one whole, in a parse worker, when it is stored. */
  documents: BundleDocumentHead[];
  document(head: BundleDocumentHead): Promise<StoredBundleDocument>;
  /** 专辑 and 草稿 records, by type. */
  records: Map<string, BundleRecord[]>;
  close(): void;
}

/** Entries unpacked and checked per parse-worker task: few enough that the engine answers between tasks. */
const SLICE_BYTES = 32 * 1024 * 1024;
const SLICE_ENTRIES = 200;

/** What a parse worker's failure means for the user: its own refusal, or an entry too costly to read. */
function workerRefusal(failure: WorkerTaskFailure, entries: ListedEntry[]): CasebookError {
  const thrown = failure.thrown;
  if (failure.kind === 'threw' && thrown?.name === 'CasebookError' && ERROR_CODES.includes(thrown.code as ErrorCode)) {
    return new CasebookError(thrown.code as ErrorCode, thrown.message, thrown.detail);
  }
  const names = entries.map((entry) => entry.path).join(', ').slice(0, 500);
  if (failure.kind === 'threw') console.error('读取交换包时出现程序错误：', thrown?.detail ?? failure.message);
  const why = failure.kind === 'timeout' ? `超过 ${PARSE_TIMEOUT_MS / 1000} 秒仍未读完` : failure.kind === 'memory' ? '读取它需要的内存超出上限' : '读取时出错退出';
  return refused('交换包', `中的内容过于复杂，已停止解析（${why}）`, `${failure.kind}: ${failure.message}: ${names}`);
}

/** Unpacks and checks entries in a parse worker: the engine's thread only waits, answering other requests meanwhile. */
async function inWorker<T>(task: BundleEntriesTask, entries: ListedEntry[]): Promise<T> {
  try {
    return await parsePool().run<T>(task);
  } catch (error) {
    throw error instanceof WorkerTaskFailure ? workerRefusal(error, entries) : error;
  }
}

function checkInWorker(file: string, entries: ListedEntry[], withText: boolean): Promise<CheckedEntry[]> {
  return inWorker<CheckedEntry[]>({ bundleFile: file, entries, withText }, entries);
}

/** The manifest's entries in slices of at most SLICE_BYTES unpacked (a larger entry alone) and SLICE_ENTRIES entries. */
function slices(entries: readonly ListedEntry[]): ListedEntry[][] {
  const out: ListedEntry[][] = [];
  let current: ListedEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (current.length > 0 && (bytes + entry.size > SLICE_BYTES || current.length >= SLICE_ENTRIES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The directory's entries against the manifest: exactly the listed ones, each of its listed size. */
function checkListing(reader: ZipReader, manifest: BundleManifest): Map<string, ListedEntry> {
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
    if (expected.path.startsWith('documents/') && expected.size > MAX_DOCUMENT_ENTRY_BYTES) {
      throw refused('交换包', `中的资料“${path.posix.basename(expected.path).slice(0, 80)}”过大（${Math.round(expected.size / 1024 / 1024)} MB），其正文超过一份资料可有的 ${MAX_DOCUMENT_CHARS / 10_000} 万字`, `entry ${expected.size} bytes`);
    }
  }
  return listed;
}

/**
 * Opens a bundle and checks all of it before anything is written: size and ZIP structure, entry
 * names, the manifest's format and version, that the manifest lists exactly the entries present,
 * every entry's size and SHA-256, and every part's content. The entries are unpacked and parsed in
 * a parse worker, a slice at a time, and only the documents' heads come back (their texts stay in
 * the archive until each is stored), so a bundle of large documents neither blocks the engine nor
 * fills its memory.
 */
export async function openBundle(file: string): Promise<OpenedBundle> {
  const reader = ZipReader.open(file, '交换包', BUNDLE_LIMITS);
  try {
    // Parsed in a worker too: a manifest may be tens of MB.
    const manifest = await inWorker<BundleManifest>({ bundleFile: file, manifest: true }, [{ path: MANIFEST_NAME, size: reader.entry(MANIFEST_NAME)?.size ?? 0, sha256: '' }]);
    const listed = checkListing(reader, manifest);
    const documents: BundleDocumentHead[] = [];
    const records = new Map<string, BundleRecord[]>();
    for (const slice of slices(manifest.entries)) {
      for (const checked of await checkInWorker(file, slice, false)) {
        if (checked.part === 'document') {
          const head = checked.head;
          if (head.original && !listed.has(originalEntryName(head.original.sha256))) {
            throw refused('交换包', `缺少资料《${head.meta.title.slice(0, 40)}》的原始文件`, 'missing original');
          }
          documents.push(head);
        } else if (checked.part === 'record') {
          records.set(checked.type, [...(records.get(checked.type) ?? []), checked.record]);
        }
      }
    }
    const document = async (head: BundleDocumentHead): Promise<StoredBundleDocument> => {
      const entry = listed.get(documentEntryName(head.id));
      if (!entry) throw refused('交换包', `中缺少资料“${head.id}”`, 'document not listed');
      const [checked] = await checkInWorker(file, [entry], true);
      if (checked?.part !== 'document' || checked.text === null) throw refused('交换包', `中的文件“${entry.path}”在导入过程中被改动`, 'changed while importing');
      return { ...checked.head, text: checked.text, signature: checked.signature, tokens: checked.tokens };
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
      const manifest = reader.entry(MANIFEST_NAME);
      if (!manifest || manifest.size > MAX_MANIFEST_BYTES) return false;
      const raw = JSON.parse(reader.read(MANIFEST_NAME).bytes.toString('utf8')) as { format?: unknown };
      return raw.format === BUNDLE_FORMAT || raw.format === BACKUP_FORMAT;
    } finally {
      reader.close();
    }
  } catch {
    return false;
  }
}
