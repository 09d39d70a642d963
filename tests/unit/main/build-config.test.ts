// The app's build as electron-vite reads its config: every main-process entry (the app and the engine's
// worker threads) must name a real file, wherever the checkout lives. A worker entry resolved against the
// wrong folder built here only by luck (Vite reads "/electron/…" as inside the project) and failed elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the electron-vite build configuration', () => {
  it('names the app and each engine worker by an existing file inside the checkout', async () => {
    const { config } = await resolveConfig({ root: repoRoot, logLevel: 'silent' }, 'build');
    const input = config?.main?.build?.rolldownOptions?.input as Record<string, string>;
    expect(Object.keys(input).sort()).toEqual(['file-reading-worker', 'index', 'ocr-worker', 'original-view-worker']);
    for (const [name, file] of Object.entries(input)) {
      expect(file.startsWith(repoRoot + path.sep), `${name}: ${file}`).toBe(true);
      expect(fs.existsSync(file), `${name}: ${file}`).toBe(true);
    }
  });
});
