// The backup made when the desktop app quits: to the library's backups/ folder, keeping the last N
// (a setting, 10 unless changed in 备份与恢复). Skipped when nothing changed since the newest backup.
import type { App } from 'electron';
import type { LibraryHost } from '../engine/api/library-host';
import { backupOnQuit } from '../engine/exchange/backup-service';

export function installBackupOnQuit(app: Pick<App, 'on'>, host: LibraryHost): void {
  let done = false;
  app.on('before-quit', () => {
    if (done) return;
    done = true;
    try {
      const backup = backupOnQuit(host.get());
      if (backup) console.log(`[casebook] 已备份资料库：${backup.path}`);
    } catch (error) {
      // A library that cannot be opened or a full disk must never stop the app from quitting.
      console.error('[casebook] 退出时备份失败：', error);
    }
  });
}
