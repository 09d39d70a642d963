#!/usr/bin/env node
// Runs before `electron-vite dev` and `npm run dist` (see package.json):
//   1. resolves the Electron binary through the electron package, which downloads it when missing;
//      if that fails, Electron's own message is what the user sees, and we stop (exit 1);
//   2. makes sure better-sqlite3 is built for Electron's ABI in a folder of its own
//      (node_modules/.casebook-native/…, see native-paths.mjs), never touching the Node build that
//      tests, the CLI and browser mode load from node_modules/better-sqlite3/build.
//
// Options: --arch <x64|arm64|…> and --platform <linux|win32|darwin> build for another target
// (same OS only; a cross-arch compile needs CC/CXX for that arch unless a prebuilt binary exists).
// Packages get their per-arch copy from before-pack.mjs, which electron-builder calls once per arch.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './build-native.mjs';
import { parseTargetArgs } from './native-paths.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function resolveElectronBinary() {
  const require = createRequire(path.join(projectDir, 'package.json'));
  try {
    return require('electron');
  } catch (error) {
    // The electron package has already printed its download log; pass its message on unchanged.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

async function main() {
  const target = parseTargetArgs(process.argv.slice(2), { arch: process.arch, platform: process.platform });
  resolveElectronBinary();
  await ensureElectronNative({ projectDir, platform: target.platform, arch: target.arch });
}

main().catch((error) => {
  console.error(`[casebook native] ${error instanceof Error ? error.message : String(error)}`);
  console.error('[casebook native] The desktop app needs better-sqlite3 built for Electron: a C++ toolchain (python3, make, g++ / Visual Studio Build Tools / Xcode CLT) and internet access for Electron\'s headers.');
  process.exit(1);
});
