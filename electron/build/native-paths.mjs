// Where the Electron-ABI copy of better-sqlite3 lives, and small pure helpers around it.
//
// node_modules/better-sqlite3/build keeps the Node build (tests, the CLI, browser mode). The copy for
// Electron is built into a folder of its own, named by everything that changes the binary, so an
// upgrade of Electron or better-sqlite3 (or a different arch) simply gets a new folder:
//
//   node_modules/.casebook-native/better-sqlite3-<v>-electron-<v>-<platform>-<arch>/better_sqlite3.node
//
// The desktop app passes that file to better-sqlite3's `nativeBinding` option in development; a
// package carries the same file as resources/native/better_sqlite3.node. Shared by the build
// scripts (plain Node) and by the main process (bundled by electron-vite); no side effects here.
import path from 'node:path';

export const NATIVE_FILE_NAME = 'better_sqlite3.node';
/** Relative to the project folder. */
export const NATIVE_ROOT = path.join('node_modules', '.casebook-native');
/** Inside a package's resources folder. */
export const PACKAGED_NATIVE_FOLDER = 'native';

const SAFE_PART = /^[0-9A-Za-z._-]+$/;

function checkPart(name, value) {
  if (typeof value !== 'string' || !SAFE_PART.test(value)) {
    throw new Error(`invalid ${name} for the native module folder: ${JSON.stringify(value)}`);
  }
  return value;
}

/** The folder name that identifies one Electron-ABI build. */
export function nativeFolderName({ sqliteVersion, electronVersion, platform, arch }) {
  return [
    'better-sqlite3',
    checkPart('better-sqlite3 version', sqliteVersion),
    'electron',
    checkPart('Electron version', electronVersion.replace(/^v/, '')),
    checkPart('platform', platform),
    checkPart('arch', arch),
  ].join('-');
}

/** The Electron-ABI better_sqlite3.node used in development, under the project folder. */
export function devNativeBindingPath(projectDir, target) {
  return path.join(projectDir, NATIVE_ROOT, nativeFolderName(target), NATIVE_FILE_NAME);
}

/**
 * Where `npm run dist` stages the copy a package carries; electron-builder.yml copies it with
 * `from: node_modules/.casebook-native/package/${platform}-${arch}` into resources/native/.
 */
export function packageStagingFolder(projectDir, platform, arch) {
  return path.join(projectDir, NATIVE_ROOT, 'package', `${checkPart('platform', platform)}-${checkPart('arch', arch)}`);
}

/** The copy inside an installed package. */
export function packagedNativeBindingPath(resourcesPath) {
  return path.join(resourcesPath, PACKAGED_NATIVE_FOLDER, NATIVE_FILE_NAME);
}

/**
 * The ABI a Node/Electron addon was built for, read from its exported `node_register_module_v<ABI>`
 * symbol (present in ELF, Mach-O and PE files alike); null when the symbol is not found.
 */
export function readModuleAbi(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set();
  for (const match of text.matchAll(/node_register_module_v(\d+)/g)) found.add(Number(match[1]));
  if (found.size !== 1) return null;
  return [...found][0];
}

/** electron-builder's Arch enum (builder-util) as the names Node and node-gyp use. */
const BUILDER_ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export function builderArchName(arch) {
  if (typeof arch === 'string') return arch;
  const name = BUILDER_ARCH[arch];
  if (!name) throw new Error(`unknown electron-builder arch ${arch}`);
  return name;
}

/** node-gyp calls 32-bit ARM "arm"; Node's process.arch does too, electron-builder says armv7l. */
export function nodeGypArch(arch) {
  return arch === 'armv7l' ? 'arm' : arch;
}

/**
 * The environment for the native build: without any npm_config_* entry. `npm run` exports the
 * user's npm settings, and a `nodedir=/usr` (as on Debian machines) would make node-gyp silently
 * build against the Node headers instead of Electron's; runtime, target, arch and dist-url are
 * passed explicitly on the command line instead.
 */
export function nativeBuildEnv(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (/^npm_config_/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

/** `--arch X`, `--arch=X`, `--platform X` from prepare-electron's command line. */
export function parseTargetArgs(argv, defaults) {
  const result = { arch: defaults.arch, platform: defaults.platform };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    for (const key of ['arch', 'platform']) {
      if (arg === `--${key}`) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new Error(`--${key} needs a value`);
        result[key] = value;
        i += 1;
      } else if (arg.startsWith(`--${key}=`)) {
        result[key] = arg.slice(key.length + 3);
      }
    }
  }
  checkPart('arch', result.arch);
  checkPart('platform', result.platform);
  return result;
}
