// The IPC door: one handler per contract method, each going through the same dispatch as the other
// doors (schema validation, engine call, typed error envelope). A handler never throws. Unlike the
// other doors it takes no file paths from its caller: a path field must hold a handle of a file the
// user chose in a dialog (file-handles.ts), which is turned into its path before dispatch.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { CasebookError, type ApiEnvelope } from '../../shared/api/errors';
import { dispatch, type ErrorLogger } from '../engine/api/dispatch';
import type { LibraryHost } from '../engine/api/library-host';
import { ipcChannel } from '../preload/channel';
import { handOutBackupPaths, resolvePathHandles, type FileHandles } from './file-handles';

export interface IpcDoorOptions {
  host: LibraryHost;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  /** The paths chosen in this run's dialogs; request path fields must name one of them. */
  handles: FileHandles;
  logError?: ErrorLogger;
}

function senderUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'a closed frame';
  } catch {
    return 'a closed frame';
  }
}

function refuse(method: MethodName, event: IpcMainInvokeEvent): ApiEnvelope<never> {
  const error = new CasebookError('UNAUTHORIZED', '拒绝了来自未知页面的请求。', `IPC ${method} from ${senderUrl(event)}`);
  return { ok: false, error: error.toPayload() };
}

/** Registers `casebook:<method>` for every method of the contract; returns a function that removes them. */
export function registerIpcDoor({ host, isTrustedSender, handles, logError }: IpcDoorOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, payload: unknown) => {
      let trusted = false;
      try {
        trusted = isTrustedSender(event);
      } catch {
        trusted = false; // e.g. the frame was already gone
      }
      if (!trusted) return refuse(method, event);
      let request: unknown;
      try {
        request = resolvePathHandles(method, payload, handles);
      } catch (cause) {
        const error = cause instanceof CasebookError ? cause : new CasebookError('BAD_REQUEST', '拒绝了这个请求。', String(cause));
        logError?.(method, error, cause);
        return { ok: false, error: error.toPayload() };
      }
      const envelope = await dispatch(host, method, request, logError);
      return envelope.ok ? { ok: true, result: handOutBackupPaths(method, envelope.result, handles) } : envelope;
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
