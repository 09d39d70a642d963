// 文字识别 when the desktop app quits: the page being recognised is finished first (at most a few
// seconds), because ending the process while ONNX Runtime runs a model aborts it; the rest of the
// queue is resumed at the next start.
import type { App } from 'electron';
import type { LibraryHost } from '../engine/api/library-host';
import { pauseRecognition } from '../engine/import/recognition/recognition-service';

export function installRecognitionPauseOnQuit(app: Pick<App, 'on' | 'quit'>, host: LibraryHost): void {
  let paused = false;
  app.on('before-quit', (event) => {
    if (paused) return;
    event.preventDefault();
    let library;
    try {
      library = host.get();
    } catch {
      library = null; // no library open: nothing to pause
    }
    void (library ? pauseRecognition(library) : Promise.resolve()).finally(() => {
      paused = true;
      app.quit();
    });
  });
}
