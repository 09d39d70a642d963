// @node-rs/jieba (the Chinese word segmenter the engine loads for 相关资料 keywords) is N-API: one
// binary serves Node and every Electron version, so unlike better-sqlite3 it needs no rebuild. npm
// installs only the binary package for the machine it runs on, though, and `npm run dist` on Linux
// also packs arm64. The beforePack hook therefore makes sure the target's binary package is in
// node_modules, fetching it from the npm registry (`npm pack`) at the version @node-rs/jieba names.
// electron-builder.yml unpacks node_modules/@node-rs/** from app.asar so the .node file can load.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const SUFFIXES = {
  'win32-x64': 'win32-x64-msvc',
  'win32-arm64': 'win32-arm64-msvc',
  'win32-ia32': 'win32-ia32-msvc',
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64',
  'linux-x64': 'linux-x64-gnu',
  'linux-arm64': 'linux-arm64-gnu',
  'linux-armv7l': 'linux-arm-gnueabihf',
};

/** The npm package holding jieba's binary for a desktop target (glibc on Linux). */
export function jiebaBindingPackage(platform, arch) {
  const suffix = SUFFIXES[`${platform}-${arch}`];
  if (!suffix) throw new Error(`No @node-rs/jieba binary for ${platform}-${arch}.`);
  return `@node-rs/jieba-${suffix}`;
}

/** The version of the binary package that the installed @node-rs/jieba asks for. */
export function jiebaBindingVersion(projectDir, name) {
  const require = createRequire(path.join(projectDir, 'package.json'));
  const manifest = require('@node-rs/jieba/package.json');
  const version = manifest.optionalDependencies?.[name];
  if (!version) throw new Error(`@node-rs/jieba ${manifest.version} names no ${name}.`);
  return version;
}

/** Ensures node_modules holds the target's jieba binary package; returns its folder. */
export function ensureJiebaBinding({ projectDir, platform, arch }) {
  const name = jiebaBindingPackage(platform, arch);
  const version = jiebaBindingVersion(projectDir, name);
  const folder = path.join(projectDir, 'node_modules', ...name.split('/'));
  const manifest = path.join(folder, 'package.json');
  if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).version === version) return folder;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-jieba-'));
  try {
    console.log(`[casebook native] fetching ${name}@${version} from the npm registry`);
    const tarball = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', scratch], {
      cwd: scratch,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', path.join(scratch, tarball), '-C', scratch]);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fs.cpSync(path.join(scratch, 'package'), folder, { recursive: true });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return folder;
}
