// Where the Electron-ABI better-sqlite3 lives, in development and in a package.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builderArchName,
  devNativeBindingPath,
  nativeBuildEnv,
  nativeFolderName,
  nodeGypArch,
  packagedNativeBindingPath,
  packageStagingFolder,
  parseTargetArgs,
  readModuleAbi,
} from '../../../electron/build/native-paths.mjs';
import { electronNativeBinding, readInstalledSqliteVersion } from '../../../electron/main/native-binding';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const target = { sqliteVersion: '12.11.1', electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };

describe('native module paths', () => {
  it('names a folder by better-sqlite3 version, Electron version, platform and arch', () => {
    expect(nativeFolderName(target)).toBe('better-sqlite3-12.11.1-electron-45.4.1-linux-x64');
    expect(nativeFolderName({ ...target, electronVersion: 'v45.4.1', arch: 'arm64' })).toBe('better-sqlite3-12.11.1-electron-45.4.1-linux-arm64');
  });

  it('refuses names that could leave the folder', () => {
    expect(() => nativeFolderName({ ...target, arch: '../x' })).toThrow(/arch/);
    expect(() => nativeFolderName({ ...target, platform: 'linux/..' })).toThrow(/platform/);
    expect(() => packageStagingFolder('/p', 'linux', '')).toThrow();
  });

  it('keeps the development copy beside, not inside, node_modules/better-sqlite3', () => {
    const file = devNativeBindingPath('/project', target);
    expect(file).toBe(path.join('/project', 'node_modules', '.casebook-native', 'better-sqlite3-12.11.1-electron-45.4.1-linux-x64', 'better_sqlite3.node'));
    expect(file).not.toContain(path.join('better-sqlite3', 'build'));
  });

  it('stages the package copy per platform and arch', () => {
    expect(packageStagingFolder('/project', 'linux', 'arm64')).toBe(path.join('/project', 'node_modules', '.casebook-native', 'package', 'linux-arm64'));
  });

  it('finds the packaged copy in resources/native', () => {
    expect(packagedNativeBindingPath('/opt/Casebook/resources')).toBe(path.join('/opt/Casebook/resources', 'native', 'better_sqlite3.node'));
  });
});

describe('electronNativeBinding', () => {
  const runtime = { electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };

  it('uses the development copy when not packaged', () => {
    const location = { isPackaged: false, resourcesPath: '/electron/resources', appPath: '/project' };
    expect(electronNativeBinding(location, runtime, () => '12.11.1')).toBe(devNativeBindingPath('/project', target));
  });

  it('uses resources/native in a package, whatever node_modules holds', () => {
    const location = { isPackaged: true, resourcesPath: '/opt/Casebook/resources', appPath: '/opt/Casebook/resources/app.asar' };
    expect(electronNativeBinding(location, runtime, () => {
      throw new Error('must not read node_modules in a package');
    })).toBe(path.join('/opt/Casebook/resources', 'native', 'better_sqlite3.node'));
  });

  it('reads the installed better-sqlite3 version', () => {
    const installed = createRequire(import.meta.url)('better-sqlite3/package.json') as { version: string };
    expect(readInstalledSqliteVersion(repoRoot)).toBe(installed.version);
  });
});

describe('readModuleAbi', () => {
  it('reads the ABI of the Node build in node_modules', () => {
    const file = path.join(repoRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(readModuleAbi(fs.readFileSync(file))).toBe(Number(process.versions.modules));
  });

  it('reads the symbol from any binary, and says null when absent or ambiguous', () => {
    expect(readModuleAbi(Buffer.from('\u0000ELF…node_register_module_v150\u0000…'))).toBe(150);
    expect(readModuleAbi(Buffer.from('no symbol here'))).toBeNull();
    expect(readModuleAbi(Buffer.from('node_register_module_v115 node_register_module_v150'))).toBeNull();
  });
});

describe('native build environment', () => {
  it('drops npm settings such as nodedir=/usr that would build for Node instead of Electron', () => {
    const env = nativeBuildEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_runtime: 'node', HOME: '/root', UNSET: undefined });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root' });
  });

  it('parses --arch and --platform', () => {
    const defaults = { arch: 'x64', platform: 'linux' };
    expect(parseTargetArgs([], defaults)).toEqual(defaults);
    expect(parseTargetArgs(['--arch', 'arm64'], defaults)).toEqual({ arch: 'arm64', platform: 'linux' });
    expect(parseTargetArgs(['--arch=arm64', '--platform=win32'], defaults)).toEqual({ arch: 'arm64', platform: 'win32' });
    expect(() => parseTargetArgs(['--arch'], defaults)).toThrow(/--arch/);
    expect(() => parseTargetArgs(['--arch=../../x'], defaults)).toThrow(/arch/);
  });

  it("maps electron-builder's and node-gyp's arch names", () => {
    expect(builderArchName(1)).toBe('x64');
    expect(builderArchName(3)).toBe('arm64');
    expect(builderArchName('arm64')).toBe('arm64');
    expect(() => builderArchName(9)).toThrow();
    expect(nodeGypArch('armv7l')).toBe('arm');
    expect(nodeGypArch('arm64')).toBe('arm64');
  });
});
