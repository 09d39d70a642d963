import fs from 'node:fs';
import { CasebookError } from '../../../shared/api/errors';
import type { OriginalFile } from '../../../shared/model/document';
import type { Library } from '../core/library';
import { getDocument } from '../documents/documents-service';
import { originalStoredPath } from '../documents/originals-repo';

export interface StoredOriginal {
  file: OriginalFile;
  /** The file under the library's originals/ folder. */
  absolutePath: string;
}

const MISSING = '原件文件不在资料库文件夹中（可能被移动或删除）。请在“资料库检查”中查看缺失的原件。';

/** The document's original as kept in the library, or null when the document has none (made in the app, or from a 交换包 without it). */
export function storedOriginalOf(library: Library, documentId: string): StoredOriginal | null {
  const file = getDocument(library, documentId).original;
  if (file === null) return null;
  const relative = originalStoredPath(library.db, file.sha256);
  if (relative === undefined) throw new CasebookError('NOT_FOUND', MISSING, `no originals row for ${file.sha256}`);
  const absolutePath = library.originals.absolute(relative);
  if (!fs.existsSync(absolutePath)) throw new CasebookError('NOT_FOUND', MISSING, `missing ${relative}`);
  return { file, absolutePath };
}

/** Up to `length` bytes of the file from `offset` (fewer at its end). */
export function readFilePiece(absolutePath: string, offset: number, length: number): { bytes: Buffer; size: number } {
  const handle = fs.openSync(absolutePath, 'r');
  try {
    const size = fs.fstatSync(handle).size;
    const wanted = Math.max(0, Math.min(length, size - offset));
    const bytes = Buffer.alloc(wanted);
    let read = 0;
    while (read < wanted) {
      const got = fs.readSync(handle, bytes, read, wanted - read, offset + read);
      if (got === 0) break;
      read += got;
    }
    return { bytes: bytes.subarray(0, read), size };
  } finally {
    fs.closeSync(handle);
  }
}
