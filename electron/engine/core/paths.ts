import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Casebook';

/**
 * The platform's app-data folder for Casebook; the desktop app sets Electron's userData to the same
 * folder, so the app, the command line and browser mode find one default library.
 */
export function defaultAppDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

/** CASEBOOK_LIBRARY overrides the default, for all three doors alike. */
export function defaultLibraryFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (env.CASEBOOK_LIBRARY) return env.CASEBOOK_LIBRARY;
  const appData = defaultAppDataFolder(platform, env, home);
  return platform === 'win32' ? path.win32.join(appData, 'library') : path.posix.join(appData, 'library');
}

export function currentActor(fallback: string): string {
  try {
    return os.userInfo().username || fallback;
  } catch {
    return fallback;
  }
}
