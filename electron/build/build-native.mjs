// Builds better-sqlite3 for Electron's ABI into a folder of its own (see native-paths.mjs), leaving
// node_modules/better-sqlite3/build (the Node build used by tests, the CLI and browser mode) alone.
//
// Order: an existing, verified copy is reused; else better-sqlite3's published prebuilt binary for
// this Electron version is fetched with prebuild-install (no compiler needed, e.g. on Windows); else
// node-gyp compiles better-sqlite3's own sources against Electron's headers. Both run in a scratch
// copy of the package's sources, and the result is checked to really carry Electron's ABI.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  devNativeBindingPath,
  nativeBuildEnv,
  nativeFolderName,
  NATIVE_FILE_NAME,
  NATIVE_ROOT,
  nodeGypArch,
  readModuleAbi,
} from './native-paths.mjs';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

function log(message) {
  console.log(`[casebook native] ${message}`);
}

function packageDir(projectDir, name) {
  const require = createRequire(path.join(projectDir, 'package.json'));
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** A file inside an installed package, or null when the package is not installed. */
function tryPackageFile(projectDir, name, relative) {
  try {
    return path.join(packageDir(projectDir, name), relative);
  } catch {
    return null;
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The ABI Electron's Node uses, from the electron package; null if the package does not say. */
function electronAbi(projectDir) {
  try {
    const text = fs.readFileSync(path.join(packageDir(projectDir, 'electron'), 'abi_version'), 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  } catch {
    return null;
  }
}

/** Why `file` is not a usable Electron build, or null when it is. */
function checkBinary(file, expectedAbi) {
  if (!fs.existsSync(file)) return 'missing';
  const abi = readModuleAbi(fs.readFileSync(file));
  if (expectedAbi !== null && abi !== null && abi !== expectedAbi) {
    return `built for ABI ${abi}, Electron needs ${expectedAbi}`;
  }
  if (expectedAbi === null && abi === Number(process.versions.modules)) {
    return `built for Node's ABI ${abi}, not Electron's`;
  }
  return null;
}

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => {
      log(`could not start ${path.basename(args[0] ?? command)}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function copySources(sourceDir, scratchDir) {
  fs.rmSync(scratchDir, { recursive: true, force: true });
  fs.mkdirSync(scratchDir, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) {
    fs.cpSync(path.join(sourceDir, entry), path.join(scratchDir, entry), { recursive: true });
  }
}

/**
 * Makes sure the Electron-ABI better_sqlite3.node for this Electron version, platform and arch
 * exists and returns its path. Throws with the reason when it cannot be fetched or built.
 */
export async function ensureElectronNative({ projectDir, platform, arch, electronVersion }) {
  const sqliteDir = packageDir(projectDir, 'better-sqlite3');
  const sqliteVersion = readJson(path.join(sqliteDir, 'package.json')).version;
  const version = (electronVersion ?? readJson(path.join(packageDir(projectDir, 'electron'), 'package.json')).version).replace(/^v/, '');
  const target = { sqliteVersion, electronVersion: version, platform, arch };
  const destination = devNativeBindingPath(projectDir, target);
  const expectedAbi = electronAbi(projectDir);
  const label = `better-sqlite3 ${sqliteVersion} for Electron ${version} (${platform}-${arch})`;

  if (checkBinary(destination, expectedAbi) === null) {
    log(`${label}: up to date`);
    return destination;
  }
  if (platform !== process.platform) {
    throw new Error(`${label}: native modules cannot be built for ${platform} on ${process.platform}; run this on ${platform}.`);
  }

  const scratchDir = path.join(projectDir, NATIVE_ROOT, `.scratch-${nativeFolderName(target)}-${process.pid}`);
  const built = path.join(scratchDir, 'build', 'Release', NATIVE_FILE_NAME);
  const env = nativeBuildEnv(process.env);
  copySources(sqliteDir, scratchDir);
  try {
    let problem = 'no prebuilt binary';
    const prebuildBin = tryPackageFile(projectDir, 'prebuild-install', 'bin.js');
    if (prebuildBin !== null) {
      log(`${label}: fetching the prebuilt binary`);
      const prebuildArgs = [prebuildBin, '--runtime=electron', `--target=${version}`, `--arch=${arch}`, `--platform=${platform}`];
      if ((await run(process.execPath, prebuildArgs, { cwd: scratchDir, env })) === 0) problem = checkBinary(built, expectedAbi);
    }

    if (problem !== null) {
      log(`${label}: ${problem}; compiling from better-sqlite3's sources with node-gyp`);
      fs.rmSync(path.join(scratchDir, 'build'), { recursive: true, force: true });
      // node-gyp from node_modules, else the one npm ships (npm run exports its path).
      const nodeGyp = tryPackageFile(projectDir, 'node-gyp', path.join('bin', 'node-gyp.js')) ?? process.env.npm_config_node_gyp;
      if (!nodeGyp) throw new Error(`${label}: node-gyp is not installed`);
      const gypArgs = [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${nodeGypArch(arch)}`,
        `--dist-url=${ELECTRON_HEADERS_URL}`,
        '--jobs=max',
      ];
      const code = await run(process.execPath, gypArgs, { cwd: scratchDir, env });
      problem = code === 0 ? checkBinary(built, expectedAbi) : `node-gyp exited with code ${code}`;
    }
    if (problem !== null) throw new Error(`${label}: ${problem}`);

    fs.mkdirSync(path.dirname(destination), { recursive: true });
    const partial = `${destination}.${process.pid}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, destination);
    log(`${label}: ready at ${path.relative(projectDir, destination)}`);
    return destination;
  } finally {
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}
