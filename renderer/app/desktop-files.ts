import type { ChosenPath, DesktopFiles } from '../../shared/api/desktop-files';
import { CasebookError } from '../../shared/api/errors';

declare global {
  interface Window {
    /** The desktop app's native file dialogs (Electron preload); absent in browser mode. */
    casebookFiles?: DesktopFiles;
  }
}

/**
 * In the desktop app the window may not name files or folders itself: main accepts only what the
 * user chose in its native dialogs, by handle (electron/main/file-handles.ts). Browser mode has no
 * such dialogs and takes what the user types. null in browser mode.
 */
export function desktopFiles(): DesktopFiles | null {
  return typeof window !== 'undefined' && window.casebookFiles ? window.casebookFiles : null;
}

/** 恢复到新资料库: the folder for the new library, named in the desktop's save dialog; null when cancelled. */
export async function chooseNewLibraryFolder(files: DesktopFiles, suggestedName: string): Promise<ChosenPath | null> {
  const envelope = await files.chooseNewLibraryFolder({ suggestedName });
  if (!envelope.ok) throw CasebookError.fromPayload(envelope.error);
  return envelope.result;
}
