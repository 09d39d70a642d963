import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Inflate } from 'fflate';
import { CasebookError } from '../../../shared/api/errors';
import { entryNameProblem } from './entry-names';

/** Caps for one archive; a bundle and a backup pass different ones. */
const LARGE_ENTRY_BYTES = 32 * 1024 * 1024;
const LARGE_TOTAL_BYTES = 512 * 1024 * 1024;

export interface ZipLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  /** All entries unpacked, as declared. */
  maxTotalBytes: number;
  /** One entry unpacked. */
  maxEntryBytes: number;
  maxEntries: number;
  /** Unpacked ÷ packed, for an entry above 32 MB and for the whole archive above 512 MB. Deflate tops out near 1032:1. */
  maxRatio: number;
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** What the user is told the file is: “交换包” or “备份文件”. */
export type ArchiveLabel = '交换包' | '备份文件' | '评审包';

export function refused(label: ArchiveLabel, reason: string, detail: string): CasebookError {
  // A backup is restored, not imported: the refusal says what the user was doing.
  const refusedWhat = label === '备份文件' ? '已停止恢复' : '已拒绝导入';
  return new CasebookError('IMPORT_FAILED', `${label}${reason}，${refusedWhat}，资料库没有任何改动。`, detail);
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/**
 * A ZIP file opened for checked reading: the central directory is read and every entry's name, size,
 * method and position checked before any data is unpacked; unpacking counts bytes and stops at the
 * declared size, so a forged directory cannot make it inflate more.
 */
export class ZipReader {
  readonly entries: ZipEntryInfo[];
  private readonly byName = new Map<string, ZipEntryInfo>();

  private constructor(
    private readonly fd: number,
    readonly fileSize: number,
    private readonly label: ArchiveLabel,
    private readonly limits: ZipLimits,
  ) {
    this.entries = this.readDirectory();
    for (const entry of this.entries) this.byName.set(entry.name, entry);
  }

  static open(file: string, label: ArchiveLabel, limits: ZipLimits): ZipReader {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new CasebookError('IMPORT_FAILED', code === 'ENOENT' ? `找不到${label}文件。` : `无法读取${label}文件。`, String(error));
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size > limits.maxArchiveBytes) {
        throw refused(label, `太大（${Math.round(size / 1024 / 1024)} MB，上限 ${Math.round(limits.maxArchiveBytes / 1024 / 1024)} MB）`, `archive ${size} bytes`);
      }
      return new ZipReader(fd, size, label, limits);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  private damaged(detail: string): CasebookError {
    return refused(this.label, '已损坏或不完整（可能没有复制完整）', detail);
  }

  /** Many files is not a bomb: no real package has this many, but it says what it is. */
  private tooManyEntries(detail: string): CasebookError {
    return refused(this.label, `中的文件过多（超过 ${this.limits.maxEntries} 个）`, `too many entries: ${detail}`);
  }

  private bomb(detail: string): CasebookError {
    return refused(this.label, '解压后体积异常（可能是“压缩炸弹”）', detail);
  }

  private readDirectory(): ZipEntryInfo[] {
    if (this.fileSize < 22) throw this.damaged('shorter than an empty zip');
    const tailLength = Math.min(this.fileSize, 22 + 0xffff);
    const tail = readAt(this.fd, this.fileSize - tailLength, tailLength);
    let end = -1;
    for (let at = tail.length - 22; at >= 0; at -= 1) {
      if (tail.readUInt32LE(at) === 0x06054b50) {
        end = at;
        break;
      }
    }
    if (end < 0) throw this.damaged('no end of central directory (truncated?)');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff) {
      throw refused(this.label, '使用了 ZIP64 格式（超过 4 GB 或多于 65535 个文件），案例库不会写出这样的文件，也不读它', 'zip64');
    }
    if (count > this.limits.maxEntries) throw this.tooManyEntries(`${count} entries declared`);
    if (offset + directorySize > this.fileSize - tailLength + end) throw this.damaged('central directory outside the file');
    const directory = readAt(this.fd, offset, directorySize);
    const entries: ZipEntryInfo[] = [];
    const seen = new Set<string>();
    let total = 0;
    let at = 0;
    let parsed = 0;
    while (at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50) {
      parsed += 1;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const entry: ZipEntryInfo = {
        name: directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      };
      const flags = directory.readUInt16LE(at + 8);
      if (flags & 0x1) throw refused(this.label, '中有加密的内容', `encrypted entry ${entry.name}`);
      if (entry.name.endsWith('/') && entry.size === 0) {
        at += 46 + nameLength + extraLength + commentLength;
        continue; // a folder entry carries nothing
      }
      const problem = entryNameProblem(entry.name);
      if (problem) throw refused(this.label, `中有不安全的文件路径“${entry.name.slice(0, 80)}”`, problem);
      if (seen.has(entry.name)) throw refused(this.label, `中有重复的文件“${entry.name.slice(0, 80)}”`, 'duplicate entry');
      seen.add(entry.name);
      if (entry.method !== 0 && entry.method !== 8) throw this.damaged(`${entry.name}: compression method ${entry.method}`);
      if (entry.method === 0 && entry.compressedSize !== entry.size) throw this.damaged(`${entry.name}: stored size mismatch`);
      if (entry.localHeaderOffset + 30 + entry.compressedSize > offset) throw this.damaged(`${entry.name} runs past its data area`);
      if (entry.size > this.limits.maxEntryBytes) throw this.bomb(`${entry.name}: ${entry.size} bytes`);
      // Only a large entry can be a bomb: a document whose long table repeats one row packs tighter than 200:1 and is fine.
      if (entry.size > LARGE_ENTRY_BYTES && entry.size / Math.max(1, entry.compressedSize) > this.limits.maxRatio) {
        throw this.bomb(`${entry.name}: ratio ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1`);
      }
      total += entry.size;
      if (total > this.limits.maxTotalBytes) throw this.bomb(`declared total over ${this.limits.maxTotalBytes}`);
      entries.push(entry);
      if (entries.length > this.limits.maxEntries) throw this.tooManyEntries(`over ${this.limits.maxEntries} entries`);
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (parsed !== count) throw this.damaged(`central directory lists ${parsed} of ${count} entries`);
    if (entries.length === 0) throw this.damaged('empty central directory');
    // Entries are each bounded and read one at a time, so only a very large total unpacked from a small file is a bomb.
    if (total > LARGE_TOTAL_BYTES && total / this.fileSize > this.limits.maxRatio) throw this.bomb(`ratio ${Math.round(total / this.fileSize)}:1`);
    return entries;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntryInfo | undefined {
    return this.byName.get(name);
  }

  private dataStart(entry: ZipEntryInfo): number {
    const header = readAt(this.fd, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw this.damaged(`bad local header for ${entry.name}`);
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.fileSize) throw this.damaged(`${entry.name} runs past the end of the file`);
    return start;
  }

  /**
   * Streams one entry's unpacked bytes to `sink` in chunks, never more than declared, and returns
   * their SHA-256. Reads 1 MB of packed data at a time, so a large entry never sits in memory whole.
   */
  stream(name: string, sink: (chunk: Uint8Array) => void): string {
    const entry = this.byName.get(name);
    if (!entry) throw this.damaged(`missing entry ${name}`);
    const start = this.dataStart(entry);
    const hash = createHash('sha256');
    let produced = 0;
    const accept = (chunk: Uint8Array): void => {
      produced += chunk.length;
      if (produced > entry.size) throw this.bomb(`${entry.name} unpacks past its declared ${entry.size} bytes`);
      hash.update(chunk);
      sink(chunk);
    };
    const inflater = entry.method === 8 ? new Inflate((chunk) => accept(chunk)) : null;
    const step = 1024 * 1024;
    try {
      if (entry.compressedSize === 0 && inflater) inflater.push(new Uint8Array(0), true);
      for (let read = 0; read < entry.compressedSize; read += step) {
        const length = Math.min(step, entry.compressedSize - read);
        const chunk = readAt(this.fd, start + read, length);
        if (chunk.length < length) throw this.damaged(`${entry.name} is cut short`);
        if (inflater) inflater.push(chunk, read + length >= entry.compressedSize);
        else accept(chunk);
      }
    } catch (error) {
      if (error instanceof CasebookError) throw error;
      throw this.damaged(`${entry.name}: ${String(error)}`);
    }
    if (produced !== entry.size) throw this.damaged(`${entry.name}: ${produced} bytes instead of ${entry.size}`);
    return hash.digest('hex');
  }

  /** One entry in memory (for the small JSON parts), with its SHA-256. */
  read(name: string): { bytes: Buffer; sha256: string } {
    const chunks: Uint8Array[] = [];
    const sha256 = this.stream(name, (chunk) => chunks.push(chunk));
    return { bytes: Buffer.concat(chunks), sha256 };
  }

  /** Unpacks one entry into a new file (flag wx: never over an existing one); returns its SHA-256. */
  extractTo(name: string, file: string): string {
    const fd = fs.openSync(file, 'wx');
    try {
      return this.stream(name, (chunk) => {
        fs.writeSync(fd, chunk);
      });
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** True when the file starts like a ZIP archive (local file header or an empty archive). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
