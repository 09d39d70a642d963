// The packaged app's Electron fuses (electron-builder.yml → electronFuses, flipped by @electron/fuses
// right before signing): the config passes electron-builder's own schema, and the fuses say what the
// hardening checklist asks. Packaging itself needs the Electron binary and cannot run in the tests.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  asar: boolean;
  electronFuses: Record<string, boolean>;
};
const require = createRequire(path.join(repoRoot, 'package.json'));

type Validate = (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: Validate };
const quietLogger = { isEnabled: false, add: () => {} };

describe('Electron fuses in packaging', () => {
  it('is a configuration electron-builder accepts, and it refuses an unknown fuse', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNodeTypo: false } }, quietLogger)).rejects.toThrow();
  });

  it('turns off running as Node, NODE_OPTIONS and --inspect; turns on cookie encryption, asar integrity and asar-only loading', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Asar integrity and asar-only loading mean nothing without an asar (and would refuse to start).
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBeUndefined();
  });

  it('uses only fuse names that the @electron/fuses electron-builder carries knows', () => {
    const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
    const { FuseV1Options } = fromBuilder('@electron/fuses') as { FuseV1Options: Record<string, string | number> };
    const known = Object.keys(FuseV1Options)
      .filter((name) => Number.isNaN(Number(name)))
      .map((name) => name.charAt(0).toLowerCase() + name.slice(1));
    const names = Object.keys(config.electronFuses).filter((name) => name !== 'resetAdHocDarwinSignature');
    expect(known).toEqual(expect.arrayContaining(names));
  });
});
