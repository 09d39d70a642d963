// Resources and library folder decisions of the desktop app, and the packaging config that must agree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chooseLibrary, libraryArgument, readRememberedLibrary, rememberLibrary, resolveResourcesFolder } from '../../../electron/main/app-paths';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { defaultLibraryFolder } from '../../../electron/engine/core/paths';
import { PACKAGED_NATIVE_FOLDER } from '../../../electron/build/native-paths.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe('resolveResourcesFolder', () => {
  it("is the repository's resources/ in development", () => {
    const folder = resolveResourcesFolder({ isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: repoRoot });
    expect(folder).toBe(path.join(repoRoot, 'resources'));
    expect(fs.existsSync(path.join(folder, 'taxonomy.json'))).toBe(true);
  });

  it('is resources/resources/ beside app.asar in a package', () => {
    const location = { isPackaged: true, resourcesPath: '/opt/Casebook/resources', appPath: '/opt/Casebook/resources/app.asar' };
    expect(resolveResourcesFolder(location)).toBe(path.join('/opt/Casebook/resources', 'resources'));
  });
});

describe('library folder', () => {
  it('reads --library DIR and --library=DIR, the last one winning', () => {
    expect(libraryArgument(['electron', '.'])).toBeNull();
    expect(libraryArgument(['electron', '.', '--library', '/data/lib'])).toBe('/data/lib');
    expect(libraryArgument(['casebook', '--library=/data/a', '--library', '/data/b'])).toBe('/data/b');
    expect(libraryArgument(['casebook', '--library'])).toBeNull();
    expect(libraryArgument(['casebook', '--library', '--other'])).toBeNull();
    expect(libraryArgument(['casebook', '--library='])).toBeNull();
  });

  it('resolves a relative --library against the working folder; creates it only where its parent exists', () => {
    const exists = (file: string) => file === path.resolve('/work/data');
    expect(chooseLibrary(['electron', '.', '--library', 'data/lib'], {}, '/work', exists)).toEqual({
      folder: path.resolve('/work/data/lib'),
      createIfMissing: true,
      source: 'argument',
    });
    expect(chooseLibrary(['casebook', '--library=/media/usb/lib'], {}, '/work', exists)).toEqual({
      folder: path.resolve('/media/usb/lib'),
      createIfMissing: false,
      source: 'argument',
    });
  });

  it('takes CASEBOOK_LIBRARY next, then the default library, which is always created', () => {
    const env = { CASEBOOK_LIBRARY: '/srv/casebook', HOME: '/home/u' };
    expect(chooseLibrary(['electron', '.'], env, '/work', () => true)).toEqual({ folder: path.resolve('/srv/casebook'), createIfMissing: true, source: 'environment' });
    expect(chooseLibrary(['electron', '.', '--library', '/x/y'], env, '/work', () => true).source).toBe('argument');
    expect(chooseLibrary(['electron', '.'], {}, '/work', () => false)).toEqual({ folder: defaultLibraryFolder(process.platform, {}), createIfMissing: true, source: 'default' });
  });

  it('opens the library last chosen in the app before the default, and never creates it again', () => {
    const remembered = path.resolve('/media/u盘/案例库');
    expect(chooseLibrary(['electron', '.'], {}, '/work', () => true, remembered)).toEqual({ folder: remembered, createIfMissing: false, source: 'remembered' });
    expect(chooseLibrary(['electron', '.', '--library', '/x/y'], {}, '/work', () => true, remembered).source).toBe('argument');
    expect(chooseLibrary(['electron', '.'], { CASEBOOK_LIBRARY: '/srv/casebook' }, '/work', () => true, remembered).source).toBe('environment');
  });

  it('remembers a chosen library in the settings folder, forgets it for the default, and ignores a damaged file', () => {
    const settings = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-settings-'));
    try {
      expect(readRememberedLibrary(settings)).toBeNull();
      rememberLibrary(settings, path.join(settings, '资料库'));
      expect(readRememberedLibrary(settings)).toBe(path.join(settings, '资料库'));
      rememberLibrary(settings, null);
      expect(readRememberedLibrary(settings)).toBeNull();
      fs.writeFileSync(path.join(settings, 'desktop-settings.json'), '{"library": "relative/path"');
      expect(readRememberedLibrary(settings)).toBeNull();
    } finally {
      fs.rmSync(settings, { recursive: true, force: true });
    }
  });
});

describe('content security policy', () => {
  it('is strict in production', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'",
    );
  });

  it("adds only inline scripts in development (Vite's React refresh preamble)", () => {
    expect(contentSecurityPolicy({ dev: true })).toBe(contentSecurityPolicy().replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"));
  });
});

describe('electron-builder.yml', () => {
  const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as {
    productName: string;
    npmRebuild: boolean;
    asarUnpack: string[];
    beforePack: string;
    extraResources: Array<{ from: string; to: string; filter: string[] }>;
    win: { target: Array<{ target: string; arch: string[] }> };
    linux: { target: Array<{ target: string; arch: string[] }> };
    mac: { target: Array<{ target: string }> };
  };

  it('never rebuilds node_modules and unpacks better-sqlite3', () => {
    expect(config.productName).toBe('Casebook');
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(fs.existsSync(path.join(repoRoot, config.beforePack))).toBe(true);
  });

  it('ships the native copy and the resources where main looks for them', () => {
    const native = config.extraResources.find((entry) => entry.filter.includes('better_sqlite3.node'));
    expect(native).toMatchObject({ from: 'node_modules/.casebook-native/package/${platform}-${arch}', to: PACKAGED_NATIVE_FOLDER });
    const resources = config.extraResources.find((entry) => entry.from === 'resources');
    const packagedResources = resolveResourcesFolder({ isPackaged: true, resourcesPath: '/r', appPath: '/r/app.asar' });
    expect(resources?.to).toBe(path.relative('/r', packagedResources));
    // Every data file the engine reads from resources/ (a new library needs them all).
    const dataFiles = fs.readdirSync(path.join(repoRoot, 'resources')).filter((name) => name.endsWith('.json'));
    expect(dataFiles).toEqual(expect.arrayContaining(['taxonomy.json', 'tag-rules.json', 'places.json']));
    expect(resources?.filter).toEqual(expect.arrayContaining([...dataFiles, 'sample/**']));
  });

  it('targets Windows NSIS x64, Linux AppImage and deb for x64 and arm64, and macOS dmg', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    for (const target of ['AppImage', 'deb']) {
      expect(config.linux.target).toContainEqual({ target, arch: ['x64', 'arm64'] });
    }
    expect(config.mac.target.map((entry) => entry.target)).toEqual(['dmg']);
  });
});
