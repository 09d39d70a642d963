// The native open/save dialogs the window may ask for (window.casebookFiles). The user chooses; main
// keeps the path and answers with a handle (file-handles.ts) that the window sends back in a
// contract request. The window may suggest a title, a file name and extensions, never a folder.
import path from 'node:path';
import { dialog, ipcMain, shell, type BrowserWindow, type FileFilter, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { DESKTOP_FILES_METHODS, type ChosenPath, type DesktopFilesMethod } from '../../shared/api/desktop-files';
import { CasebookError, type ApiEnvelope } from '../../shared/api/errors';
import type { ErrorLogger } from '../engine/api/dispatch';
import { filesChannel } from '../preload/files-channel';
import type { FileHandles, HandleKind } from './file-handles';
import { openOriginal, showOriginalInFolder } from './original-in-shell';

export interface FileDialogsOptions {
  handles: FileHandles;
  /** The open library's folder: a new library is suggested beside it. */
  libraryFolder: () => string;
  /** The window the dialogs belong to. */
  window: () => BrowserWindow | null;
  /** The open library's copy of a document's original (original-in-shell.ts). */
  originalPath: (documentId: string) => string;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  logError?: ErrorLogger;
}

const title = z.string().trim().min(1).max(200);
const extension = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,16}$/, '扩展名只能包含字母和数字')
  .transform((value) => value.toLowerCase());
const suggestedName = z.string().trim().min(1).max(255);

const requestSchemas = {
  chooseNewLibraryFolder: z.object({ suggestedName }).strict(),
  chooseFilesToOpen: z.object({ title, folders: z.boolean().default(false), multiple: z.boolean().default(false), extensions: z.array(extension).max(20).optional() }).strict(),
  chooseSavePath: z.object({ title, suggestedName, extensions: z.array(extension).max(20).optional() }).strict(),
  openOriginal: z.object({ documentId: z.string().trim().min(1).max(64) }).strict(),
  showOriginalInFolder: z.object({ documentId: z.string().trim().min(1).max(64) }).strict(),
} satisfies Record<DesktopFilesMethod, z.ZodType>;

/** A bare file name: no folder part, no `..`, no characters Windows refuses; something when nothing is left. */
export function bareFileName(suggested: string, fallback: string): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[<>:"|?*]/g, '').replace(/[\s.]+$/, '').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}

function chosen(handles: FileHandles, file: string, kind: HandleKind): ChosenPath {
  return { handle: handles.issue(file, kind), path: path.resolve(file), name: path.basename(file) };
}

function filters(extensions: string[] | undefined): FileFilter[] | undefined {
  return extensions && extensions.length > 0 ? [{ name: extensions.map((item) => `*.${item}`).join('、'), extensions }] : undefined;
}

export function fileDialogs({ handles, libraryFolder, window, originalPath }: Pick<FileDialogsOptions, 'handles' | 'libraryFolder' | 'window' | 'originalPath'>) {
  const open = (options: OpenDialogOptions) => {
    const owner = window();
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const owner = window();
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };
  return {
    async chooseNewLibraryFolder(request: z.output<typeof requestSchemas.chooseNewLibraryFolder>): Promise<ChosenPath | null> {
      const name = bareFileName(request.suggestedName, '新资料库');
      const picked = await save({
        title: '新资料库的位置',
        defaultPath: path.join(path.dirname(path.resolve(libraryFolder())), name),
        buttonLabel: '在这里新建资料库',
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return picked.canceled || !picked.filePath ? null : chosen(handles, picked.filePath, 'folder');
    },
    async chooseFilesToOpen(request: z.output<typeof requestSchemas.chooseFilesToOpen>): Promise<ChosenPath[]> {
      const fileFilters = request.folders ? undefined : filters(request.extensions);
      const picked = await open({
        title: request.title,
        properties: [request.folders ? 'openDirectory' : 'openFile', ...(request.multiple ? (['multiSelections'] as const) : [])],
        ...(fileFilters ? { filters: fileFilters } : {}),
      });
      return picked.canceled ? [] : picked.filePaths.map((file) => chosen(handles, file, 'open'));
    },
    async chooseSavePath(request: z.output<typeof requestSchemas.chooseSavePath>): Promise<ChosenPath | null> {
      const fileFilters = filters(request.extensions);
      const picked = await save({
        title: request.title,
        defaultPath: bareFileName(request.suggestedName, '案例库导出'),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(fileFilters ? { filters: fileFilters } : {}),
      });
      return picked.canceled || !picked.filePath ? null : chosen(handles, picked.filePath, 'save');
    },
    openOriginal: (request: z.output<typeof requestSchemas.openOriginal>) => openOriginal(shell, originalPath(request.documentId)),
    showOriginalInFolder: async (request: z.output<typeof requestSchemas.showOriginalInFolder>) => showOriginalInFolder(shell, originalPath(request.documentId)),
  } satisfies Record<DesktopFilesMethod, (request: never) => Promise<unknown>>;
}

function failure(error: unknown): ApiEnvelope<never> {
  const known = error instanceof CasebookError ? error : new CasebookError('INTERNAL', '无法打开文件对话框。', error instanceof Error ? error.message : String(error));
  return { ok: false, error: known.toPayload() };
}

/** Registers casebook-files:<method> for each dialog; returns a function that removes them. */
export function registerFileDialogs(options: FileDialogsOptions): () => void {
  const dialogs = fileDialogs(options);
  for (const method of DESKTOP_FILES_METHODS) {
    ipcMain.handle(filesChannel(method), async (event, payload: unknown): Promise<ApiEnvelope<unknown>> => {
      let trusted = false;
      try {
        trusted = options.isTrustedSender(event);
      } catch {
        trusted = false;
      }
      if (!trusted) return failure(new CasebookError('UNAUTHORIZED', '拒绝了来自未知页面的请求。', `IPC ${filesChannel(method)} from an untrusted frame`));
      const parsed = requestSchemas[method].safeParse(payload ?? {});
      if (!parsed.success) return failure(new CasebookError('BAD_REQUEST', '请求参数有误。', JSON.stringify(parsed.error.issues).slice(0, 2000)));
      try {
        return { ok: true, result: await (dialogs[method] as (request: unknown) => Promise<unknown>)(parsed.data) };
      } catch (error) {
        const envelope = failure(error);
        if (!envelope.ok) options.logError?.(filesChannel(method), new CasebookError(envelope.error.code, envelope.error.message, envelope.error.detail), error);
        return envelope;
      }
    });
  }
  return () => {
    for (const method of DESKTOP_FILES_METHODS) ipcMain.removeHandler(filesChannel(method));
  };
}
