// The IPC door: one handler per contract method, each going through the same dispatch as the other
// doors (schema validation, engine call, typed error envelope). A handler never throws.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { CasebookError, type ApiEnvelope } from '../../shared/api/errors';
import { dispatch, type ErrorLogger } from '../engine/api/dispatch';
import type { LibraryHost } from '../engine/api/library-host';
import { ipcChannel } from '../preload/channel';

export interface IpcDoorOptions {
  host: LibraryHost;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
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
export function registerIpcDoor({ host, isTrustedSender, logError }: IpcDoorOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, payload: unknown) => {
      let trusted = false;
      try {
        trusted = isTrustedSender(event);
      } catch {
        trusted = false; // e.g. the frame was already gone
      }
      if (!trusted) return refuse(method, event);
      return dispatch(host, method, payload, logError);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
