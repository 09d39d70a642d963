// Pure path decisions of the desktop app, kept apart from Electron so they can be unit-tested.
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../engine/core/library';
import { defaultLibraryFolder } from '../engine/core/paths';

export interface AppLocation {
  /** app.isPackaged */
  isPackaged: boolean;
  /** process.resourcesPath: the package's resources folder (holds app.asar). */
  resourcesPath: string;
  /** app.getAppPath(): the project folder in development, …/resources/app.asar when packaged. */
  appPath: string;
}

/**
 * taxonomy.json, places.json and sample/: the repository's resources/ in development; a package
 * carries them outside the asar as resources/resources/ (extraResources in electron-builder.yml).
 */
export function resolveResourcesFolder(location: AppLocation): string {
  return location.isPackaged ? path.join(location.resourcesPath, 'resources') : path.join(location.appPath, 'resources');
}

/** The value of `--library DIR` or `--library=DIR` (the last one wins), or null. */
export function libraryArgument(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--library') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        found = next;
        i += 1;
      }
    } else if (arg.startsWith('--library=')) {
      found = arg.slice('--library='.length);
    }
  }
  return found !== null && found.trim() !== '' ? found : null;
}

export interface LibraryChoice {
  folder: string;
  /**
   * The default library is created on first start, and so is a new library in an existing folder; a
   * library whose parent folder is missing (a USB drive not plugged in) is an error, not a new library.
   */
  createIfMissing: boolean;
  source: 'argument' | 'environment' | 'remembered' | 'default';
}

/**
 * The library: `--library`, else CASEBOOK_LIBRARY, else the one last opened with 打开资料库 (never
 * created again if it is gone: a USB drive not plugged in shows as missing), else the default.
 */
export function chooseLibrary(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  exists: (file: string) => boolean = fs.existsSync,
  remembered: string | null = null,
): LibraryChoice {
  const fromArgument = libraryArgument(argv);
  if (fromArgument !== null) {
    const folder = path.resolve(cwd, fromArgument);
    return { folder, createIfMissing: exists(path.dirname(folder)), source: 'argument' };
  }
  if (env.CASEBOOK_LIBRARY) {
    const folder = path.resolve(cwd, env.CASEBOOK_LIBRARY);
    return { folder, createIfMissing: exists(path.dirname(folder)), source: 'environment' };
  }
  if (remembered !== null) return { folder: remembered, createIfMissing: false, source: 'remembered' };
  return { folder: defaultLibraryFolder(process.platform, env), createIfMissing: true, source: 'default' };
}

const DESKTOP_SETTINGS = 'desktop-settings.json';

/** The library last opened with 打开资料库, from the app-data folder; null when none (or unreadable). */
export function readRememberedLibrary(settingsFolder: string): string | null {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(settingsFolder, DESKTOP_SETTINGS), 'utf8')) as { library?: unknown };
    return typeof saved.library === 'string' && path.isAbsolute(saved.library) ? saved.library : null;
  } catch {
    return null;
  }
}

/** Remembers the library to open next time; null goes back to the default library. */
export function rememberLibrary(settingsFolder: string, folder: string | null): void {
  fs.mkdirSync(settingsFolder, { recursive: true });
  const file = path.join(settingsFolder, DESKTOP_SETTINGS);
  const temp = `${file}.part`;
  fs.writeFileSync(temp, `${JSON.stringify(folder === null ? {} : { library: folder }, null, 2)}\n`);
  fs.renameSync(temp, file);
}

/** What a chosen folder is: a library already, empty (a new library goes there), or holding other files. */
export function folderAsLibrary(folder: string): 'library' | 'empty' | 'other-files' {
  const entries = fs.readdirSync(folder).filter((name) => !name.startsWith('.'));
  if (entries.includes(DATABASE_FILE_NAME)) return 'library';
  return entries.length === 0 ? 'empty' : 'other-files';
}
