// 用默认程序打开 and 在文件夹中显示 for a document's original (the 原件 tab, desktop only). The window
// names the document, never a path: main finds the file in the open library's originals/ folder.
import path from 'node:path';
import type { Shell } from 'electron';
import { CasebookError } from '../../shared/api/errors';
import type { LibraryHost } from '../engine/api/library-host';
import { storedOriginalOf } from '../engine/originals/stored-original';

/**
 * Kinds of file the system may open with their default program. Originals come from imports and
 * from other people's 交换包; a stored file named .exe, .bat or .lnk must never be started.
 */
const OPENABLE = new Set(['.pdf', '.docx', '.doc', '.wps', '.html', '.htm', '.mhtml', '.mht', '.txt', '.md', '.csv', '.jpg', '.jpeg', '.png', '.gif', '.webp', '.bmp', '.tif', '.tiff']);

export function originalPathOf(host: LibraryHost, documentId: string): string {
  const stored = storedOriginalOf(host.get(), documentId);
  if (stored === null) throw new CasebookError('NOT_FOUND', '这份资料没有保存原件。', `document ${documentId} has no original`);
  return stored.absolutePath;
}

export async function openOriginal(shell: Pick<Shell, 'openPath'>, file: string): Promise<{ opened: true }> {
  if (!OPENABLE.has(path.extname(file).toLowerCase())) {
    throw new CasebookError('BAD_REQUEST', '出于安全考虑，不直接打开这种文件。请用“在文件夹中显示”找到它。', `refused to open ${path.extname(file)}`);
  }
  const failure = await shell.openPath(file);
  if (failure) throw new CasebookError('INTERNAL', `无法用默认程序打开原件：${failure}。请确认电脑上装有能打开这种文件的程序。`, failure);
  return { opened: true };
}

export function showOriginalInFolder(shell: Pick<Shell, 'showItemInFolder'>, file: string): { shown: true } {
  shell.showItemInFolder(file);
  return { shown: true };
}
