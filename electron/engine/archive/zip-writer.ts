import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { CasebookError } from '../../../shared/api/errors';
import { entryNameProblem } from './entry-names';

export interface WrittenEntry {
  path: string;
  size: number;
  sha256: string;
}

/** ZIP without ZIP64 (fflate writes none): every size and offset must stay below 4 GB. */
export const MAX_ZIP_BYTES = 0xffffffff - 64 * 1024 * 1024;

/**
 * Writes a ZIP file entry by entry, streaming to a temporary file beside the target that is renamed
 * into place at the end, so the target is either the complete archive or untouched.
 */
export class ZipWriter {
  private readonly fd: number;
  /** Where the archive is written until `finish` renames it to the target. */
  readonly temporary: string;
  private readonly zip: Zip;
  private written = 0;
  private failure: unknown = null;
  readonly entries: WrittenEntry[] = [];

  constructor(readonly target: string) {
    this.temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      this.fd = fs.openSync(this.temporary, 'wx');
    } catch (error) {
      throw new CasebookError('BAD_REQUEST', `无法写入文件“${target}”，请检查文件夹是否存在、是否有写入权限。`, String(error));
    }
    this.zip = new Zip((error, chunk) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.written += chunk.length;
      if (this.written > MAX_ZIP_BYTES) {
        this.failure = new CasebookError('BAD_REQUEST', '要写入的内容超过 4 GB，无法放进一个文件。请分批导出。', `zip over ${MAX_ZIP_BYTES}`);
        return;
      }
      if (this.failure === null) fs.writeSync(this.fd, chunk);
    });
  }

  private check(): void {
    if (this.failure !== null) {
      const failure = this.failure;
      this.abort();
      if (failure instanceof CasebookError) throw failure;
      throw new CasebookError('INTERNAL', '写入压缩文件失败。', String(failure));
    }
  }

  /** Adds one entry; `compress` off for files that are already packed (docx, pdf, images). */
  add(name: string, data: Uint8Array | Iterable<Uint8Array>, compress: boolean): WrittenEntry {
    const problem = entryNameProblem(name);
    if (problem) throw new CasebookError('INTERNAL', '内部错误：压缩文件中的路径无效。', `${name}: ${problem}`);
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(file);
    const hash = createHash('sha256');
    let size = 0;
    const chunks = data instanceof Uint8Array ? [data] : data;
    let previous: Uint8Array | null = null;
    for (const chunk of chunks) {
      if (previous) file.push(previous, false);
      hash.update(chunk);
      size += chunk.length;
      previous = chunk;
      this.check();
    }
    file.push(previous ?? new Uint8Array(0), true);
    this.check();
    const entry = { path: name, size, sha256: hash.digest('hex') };
    this.entries.push(entry);
    return entry;
  }

  /** Adds a file from disk, read 1 MB at a time. */
  addFile(name: string, file: string, compress: boolean): WrittenEntry {
    return this.add(name, readChunks(file), compress);
  }

  finish(): { path: string; size: number } {
    this.zip.end();
    this.check();
    try {
      fs.fsyncSync(this.fd);
      fs.closeSync(this.fd);
      fs.renameSync(this.temporary, this.target);
    } catch (error) {
      fs.rmSync(this.temporary, { force: true });
      throw new CasebookError('BAD_REQUEST', `无法写入文件“${this.target}”，请检查磁盘空间和写入权限。`, String(error));
    }
    return { path: this.target, size: this.written };
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(this.temporary, { force: true });
  }
}

function* readChunks(file: string): Generator<Uint8Array> {
  const fd = fs.openSync(file, 'r');
  try {
    const size = 1024 * 1024;
    for (;;) {
      const buffer = Buffer.alloc(size);
      const n = fs.readSync(fd, buffer, 0, size, null);
      if (n === 0) return;
      yield n === size ? buffer : buffer.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}
