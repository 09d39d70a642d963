// 帮助 → 载入示例资料…: the same offer as the window's 帮助 menu and command palette, asked with a
// native message box; the engine is reached through the same dispatch as every other door.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { SampleStatus } from '../../shared/model/library';
import { sampleOffer } from '../../shared/model/sample-offer';
import { dispatch, type ErrorLogger } from '../engine/api/dispatch';
import type { LibraryHost } from '../engine/api/library-host';

function ask(owner: BrowserWindow | null, options: MessageBoxOptions) {
  return owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
}

/** Asks, then loads what of the sample the library lacks; the window shows it through library.changes. */
export async function loadSampleFromMenu(host: LibraryHost, owner: BrowserWindow | null, logError?: ErrorLogger): Promise<void> {
  const status = await dispatch(host, 'library.sampleStatus', {}, logError);
  if (!status.ok) {
    dialog.showErrorBox('无法载入示例资料', status.error.message);
    return;
  }
  const offer = sampleOffer(status.result as SampleStatus);
  const answer = await ask(owner, {
    type: offer.okText ? 'question' : 'info',
    title: '载入示例资料',
    message: offer.title,
    detail: offer.paragraphs.join('\n\n'),
    buttons: offer.okText ? [offer.okText, '取消'] : ['知道了'],
    defaultId: 0,
    cancelId: offer.okText ? 1 : 0,
  });
  if (offer.okText === null || answer.response !== 0) return;
  const loaded = await dispatch(host, 'library.loadSample', {}, logError);
  if (!loaded.ok) dialog.showErrorBox('无法载入示例资料', loaded.error.message);
}
