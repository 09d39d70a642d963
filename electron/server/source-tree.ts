import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or unpacked app) root, found from this file's place: electron/server/ → ../../. */
export const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** resources/: taxonomy, places and the sample library. */
export const RESOURCES_FOLDER = path.join(SOURCE_ROOT, 'resources');

/** Where `electron-vite build` writes the renderer. */
export const RENDERER_BUILD_FOLDER = path.join(SOURCE_ROOT, 'out', 'renderer');

/** The version in package.json, or 0.0.0 when it cannot be read. */
export function readAppVersion(): string {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(SOURCE_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
