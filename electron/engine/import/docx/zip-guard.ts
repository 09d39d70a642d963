import { Inflate } from 'fflate';
import { CasebookError } from '../../../../shared/api/errors';

/** Limits for a Word file's contents once unpacked; a real document is far below them. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;
/** Deflate tops out near 1032:1; text-heavy Word XML is 5–30:1. Beyond this on a large total, it is a bomb. */
const MAX_RATIO = 200;
const LARGE_TOTAL = 20 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const damaged = (detail: string): CasebookError =>
  new CasebookError('IMPORT_FAILED', '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。请重新获取或在 Word 中重新保存后再导入。', detail);
const bomb = (detail: string): CasebookError =>
  new CasebookError('IMPORT_FAILED', '文件解压后体积异常（可能是“压缩炸弹”），为安全起见已拒绝导入。', detail);
const encrypted = (): CasebookError =>
  new CasebookError('IMPORT_FAILED', '文件已加密（设置了打开密码），无法读取。请在 Word 中取消密码后另存为 .docx 再导入。', 'encrypted zip entry');

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}

/** Sizes from the ZIP64 extra field, for entries whose 32-bit fields say 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, entry: ZipEntry): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const read = (): number => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = read();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = read();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = read();
      return;
    }
    at += 4 + size;
  }
}

/** The central directory, read without unpacking anything. */
export function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw damaged('shorter than an empty zip');
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw damaged('no end of central directory (truncated?)');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== 0x07064b50) throw damaged('zip64 locator missing');
    const record = Number(bytes.readBigUInt64LE(locator + 8));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== 0x06064b50) throw damaged('zip64 record missing');
    offset = Number(bytes.readBigUInt64LE(record + 48));
  }
  if (offset + Math.min(directorySize, 46) > bytes.length) throw damaged('central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  while (at + 46 <= bytes.length && bytes.readUInt32LE(at) === 0x02014b50) {
    if (entries.length >= MAX_ENTRIES) throw bomb(`more than ${MAX_ENTRIES} entries`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0) throw damaged('empty central directory');
  return entries;
}

function dataStart(bytes: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw damaged(`bad local header for ${entry.name}`);
  return at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
}

/** Inflates in small steps, counting, and stops as soon as the output passes what the directory declared. */
function verifyInflatedSize(compressed: Buffer, entry: ZipEntry): void {
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) throw bomb(`${entry.name} inflates past its declared ${entry.uncompressedSize} bytes`);
  });
  const step = 16 * 1024;
  try {
    for (let at = 0; at < compressed.length; at += step) inflater.push(compressed.subarray(at, at + step), at + step >= compressed.length);
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw damaged(`${entry.name}: ${String(error)}`);
  }
}

/**
 * Checks a .docx before any library unpacks it: the central directory's declared sizes (total, ratio,
 * entry count), encryption flags, that every entry lies inside the file, and — for the XML parts a
 * converter will read — that the data really inflates to no more than declared.
 */
export function guardZip(bytes: Buffer): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw encrypted();
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`${entry.name}: compression method ${entry.method}`);
    total += entry.uncompressedSize;
    if (total > MAX_UNPACKED_BYTES) throw bomb(`declared total over ${MAX_UNPACKED_BYTES}`);
  }
  if (total > LARGE_TOTAL && total / bytes.length > MAX_RATIO) throw bomb(`ratio ${Math.round(total / bytes.length)}:1`);
  for (const entry of entries) {
    const start = dataStart(bytes, entry);
    if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw damaged(`${entry.name}: stored size mismatch`);
    } else {
      verifyInflatedSize(data, entry);
    }
  }
  return entries;
}
