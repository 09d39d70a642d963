// Which better_sqlite3.node the desktop app hands the engine. node_modules/better-sqlite3 holds the
// Node build (tests, CLI, browser mode); Electron needs its own ABI, built by
// electron/build/prepare-electron.mjs in development and shipped as resources/native/ in a package.
import fs from 'node:fs';
import path from 'node:path';
import { devNativeBindingPath, packagedNativeBindingPath } from '../build/native-paths.mjs';
import type { AppLocation } from './app-paths';

export interface RuntimeTarget {
  /** process.versions.electron */
  electronVersion: string;
  platform: string;
  arch: string;
}

export function readInstalledSqliteVersion(projectDir: string): string {
  const file = path.join(projectDir, 'node_modules', 'better-sqlite3', 'package.json');
  const version: unknown = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error(`${file} has no version`);
  return version;
}

export function electronNativeBinding(
  location: AppLocation,
  runtime: RuntimeTarget,
  sqliteVersion: (projectDir: string) => string = readInstalledSqliteVersion,
): string {
  if (location.isPackaged) return packagedNativeBindingPath(location.resourcesPath);
  return devNativeBindingPath(location.appPath, {
    sqliteVersion: sqliteVersion(location.appPath),
    electronVersion: runtime.electronVersion,
    platform: runtime.platform,
    arch: runtime.arch,
  });
}
