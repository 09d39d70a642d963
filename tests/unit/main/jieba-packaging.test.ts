// The Chinese word segmenter (@node-rs/jieba, N-API) ships in the package the way better-sqlite3 does:
// pinned, unpacked from app.asar, with the binary for every packaged target.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type * as JiebaModule from '@node-rs/jieba';
import { jiebaBindingPackage, jiebaBindingVersion } from '../../../electron/build/jieba-binding.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as {
  asarUnpack: string[];
  files: string[];
  win: { target: Array<{ arch: string[] }> };
  linux: { target: Array<{ arch: string[] }> };
};
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('@node-rs/jieba in the package', () => {
  it('is a pinned production dependency (so electron-builder packs it)', () => {
    expect(manifest.dependencies['@node-rs/jieba']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is unpacked from app.asar beside better-sqlite3, and no files filter drops its .node or dictionaries', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**', 'node_modules/@node-rs/**']));
    const excluded = config.files.filter((pattern) => pattern.startsWith('!'));
    expect(excluded.some((pattern) => /@node-rs|\.node\b|\.txt\b/.test(pattern))).toBe(false);
  });

  it('names a binary package for every packaged target, and beforePack fetches it', () => {
    const targets = [
      ...config.win.target.flatMap((t) => t.arch.map((arch) => ['win32', arch])),
      ...config.linux.target.flatMap((t) => t.arch.map((arch) => ['linux', arch])),
      ['darwin', 'x64'],
      ['darwin', 'arm64'],
    ];
    for (const [platform, arch] of targets) {
      const name = jiebaBindingPackage(platform ?? '', arch ?? '');
      expect(jiebaBindingVersion(repoRoot, name)).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(jiebaBindingPackage('linux', 'arm64')).toBe('@node-rs/jieba-linux-arm64-gnu');
    expect(jiebaBindingPackage('win32', 'x64')).toBe('@node-rs/jieba-win32-x64-msvc');
    expect(() => jiebaBindingPackage('linux', 'mips')).toThrow();
    expect(fs.readFileSync(path.join(repoRoot, 'electron/build/before-pack.mjs'), 'utf8')).toContain('ensureJiebaBinding(');
  });

  it("has this machine's binary installed and loads it with its dictionaries", () => {
    if (process.platform === 'linux' && process.arch === 'x64') {
      const name = jiebaBindingPackage('linux', 'x64');
      const installed = createRequire(path.join(repoRoot, 'package.json'))(`${name}/package.json`) as { version: string };
      expect(installed.version).toBe(jiebaBindingVersion(repoRoot, name));
    }
    const require = createRequire(path.join(repoRoot, 'package.json'));
    const { Jieba } = require('@node-rs/jieba') as typeof JiebaModule;
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    expect(Jieba.withDict(dict).cut('项目公司党支部', false)).toEqual(['项目', '公司', '党支部']);
  });
});
