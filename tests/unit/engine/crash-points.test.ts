import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { crashPoint } from '../../../electron/engine/core/crash-points';

const here = path.dirname(fileURLToPath(import.meta.url));
const moduleUrl = path.resolve(here, '../../../electron/engine/core/crash-points.ts');
const tsxLoader = path.resolve(here, '../../../node_modules/tsx/dist/loader.mjs');

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = '';
});

function runScript(env: Record<string, string>) {
  const script = `import { crashPoint } from ${JSON.stringify(moduleUrl)};
    crashPoint('other'); process.stdout.write('passed-other\\n');
    crashPoint('here'); process.stdout.write('passed-here\\n');`;
  return spawnSync(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('crashPoint', () => {
  it('does nothing when the environment names no crash point or another one', () => {
    delete process.env.CASEBOOK_CRASH_AT;
    expect(() => crashPoint('import:original-saved')).not.toThrow();
    const result = runScript({ CASEBOOK_CRASH_AT: 'elsewhere' });
    expect(result.stdout).toContain('passed-here');
  });

  it('announces the named point, blocks, and dies there with SIGKILL when nobody kills it first', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'casebook-crash-'));
    const marker = path.join(folder, 'marker');
    const result = runScript({ CASEBOOK_CRASH_AT: 'here', CASEBOOK_CRASH_MARKER: marker, CASEBOOK_CRASH_WAIT_MS: '50' });
    expect(result.stdout).toContain('passed-other');
    expect(result.stdout).not.toContain('passed-here');
    expect(result.stderr).toContain('CASEBOOK_CRASH_POINT here');
    expect(readFileSync(marker, 'utf8')).toBe('CASEBOOK_CRASH_POINT here\n');
    expect(result.signal).toBe('SIGKILL');
  });
});
