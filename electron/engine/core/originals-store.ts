import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';

/**
 * Original files, kept byte for byte under originals/ab/<sha256><ext>. Content-addressed, so the
 * same bytes are stored once and a stored file is never rewritten.
 */
export class OriginalsStore {
  constructor(private readonly folder: string) {}

  relativePathFor(sha256: string, fileName: string): string {
    const extension = path.extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
    return path.posix.join('originals', sha256.slice(0, 2), `${sha256}${extension}`);
  }

  /** Writes the bytes if not already stored; returns the path relative to the library folder. */
  save(sha256: string, fileName: string, bytes: Uint8Array): string {
    const relative = this.relativePathFor(sha256, fileName);
    const target = path.join(this.folder, relative);
    if (fs.existsSync(target)) return relative;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, bytes, { flag: 'wx' });
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw new CasebookError('IMPORT_FAILED', '无法保存原始文件，请检查资料库所在磁盘的空间和权限。', String(error));
    }
    return relative;
  }

  read(relativePath: string): Buffer {
    return fs.readFileSync(this.absolute(relativePath));
  }

  remove(relativePath: string): void {
    fs.rmSync(this.absolute(relativePath), { force: true });
  }

  absolute(relativePath: string): string {
    const resolved = path.resolve(this.folder, relativePath);
    if (!resolved.startsWith(path.resolve(this.folder, 'originals') + path.sep)) {
      throw new CasebookError('BAD_REQUEST', '原始文件路径无效。', `path escapes library: ${relativePath}`);
    }
    return resolved;
  }
}
