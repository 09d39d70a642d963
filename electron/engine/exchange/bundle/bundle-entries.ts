import path from 'node:path';
import type { z } from 'zod';
import { refused, ZipReader } from '../../archive/zip-reader';
import { sha256 } from '../../core/ids';
import type { StoredSignature } from '../../duplicates/signatures-repo';
import { signatureOfText } from '../../duplicates/text-signature';
import { BUNDLE_LIMITS, bundleDocumentSchema, bundleRecordSchema, documentEntryName, originalEntryName, type BundleDocument, type BundleDocumentHead, type BundleRecord } from './bundle-format';
import { RECORD_KINDS } from './bundle-families';

/**
 * The part of reading a 交换包 that touches its untrusted bytes: unpacking entries, checking their
 * SHA-256, parsing and checking their JSON. Pure (no library), so it runs in a parse worker
 * (workers/parse-pool.ts, served by import/file-reading-worker.ts) and a bundle of large documents
 * never blocks the engine's thread or sits in its memory.
 */

/** One entry as the manifest lists it. */
export interface ListedEntry {
  path: string;
  size: number;
  sha256: string;
}

/** A slice of a bundle's entries to unpack and check; `withText` answers documents' texts too (when they are stored). */
export interface BundleEntriesTask {
  bundleFile: string;
  entries: ListedEntry[];
  withText: boolean;
}

export type CheckedEntry =
  | { path: string; part: 'original' }
  | { path: string; part: 'document'; head: BundleDocumentHead; text: string | null; signature: StoredSignature | null }
  | { path: string; part: 'record'; type: string; record: BundleRecord };

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
    return { path: expected.path, part: 'document', head, text: withText ? text : null, signature: withText ? signatureOfText(text) : null };
  }
  const kind = RECORD_KINDS.find((candidate) => expected.path.startsWith(`${candidate.family.folder}/`));
  if (!kind) throw refused('交换包', `中有不认识的文件“${expected.path.slice(0, 80)}”`, `unknown ${expected.path}`);
  const record = parseJson(bytes, bundleRecordSchema, `${kind.type === 'collection' ? '专辑' : '草稿'}`);
  if (expected.path !== kind.entryName(record.id)) throw refused('交换包', '中的编号与文件名不符', expected.path);
  return { path: expected.path, part: 'record', type: kind.type, record };
}

/** Unpacks and checks a slice of entries, in order; the first bad one refuses the whole bundle. */
export function readBundleEntries(task: BundleEntriesTask): CheckedEntry[] {
  const reader = ZipReader.open(task.bundleFile, '交换包', BUNDLE_LIMITS);
  try {
    return task.entries.map((entry) => checkEntry(reader, entry, task.withText));
  } finally {
    reader.close();
  }
}
