import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import UTIF from 'utif2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryHost } from '../../electron/engine/api/library-host';
import { closeViewWorkers } from '../../electron/engine/originals/original-view-pool';
import { dispatchCalls } from '../helpers/dispatch-calls';
import { tempHost } from '../helpers/temp-library';

// 原件 of a TIFF scan through dispatch and the real engine: Chromium draws no TIFF, so the viewing
// worker answers a PNG of its first page, pixel for pixel.

const WIDTH = 200;
const HEIGHT = 100;
let host: LibraryHost;
let folder: string;
let cleanup: () => void;
const { call } = dispatchCalls(() => host);

/** A white page with a black block where a seal or a line of text would be. */
function scanTiff(): Buffer {
  const rgba = new Uint8Array(WIDTH * HEIGHT * 4).fill(255);
  for (let y = 30; y < 50; y += 1) for (let x = 20; x < 60; x += 1) rgba.fill(0, (y * WIDTH + x) * 4, (y * WIDTH + x) * 4 + 3);
  return Buffer.from(UTIF.encodeImage(rgba, WIDTH, HEIGHT));
}

/** The grey rows of a PNG this engine wrote (filter 0, 8-bit grey). */
function greyRows(png: Buffer): { width: number; height: number; rows: Buffer[] } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png[25]).toBe(0); // colour type: grey, as a scan is
  const idatLength = png.readUInt32BE(33);
  const raw = zlib.inflateSync(png.subarray(41, 41 + idatLength));
  return { width, height, rows: Array.from({ length: height }, (_, y) => raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1))) };
}

beforeAll(() => {
  ({ host, folder, cleanup } = tempHost());
});

afterAll(async () => {
  await closeViewWorkers();
  cleanup();
});

describe('a TIFF original', () => {
  it('is shown as a PNG of its page, the picture unchanged', async () => {
    const file = path.join(folder, '盖章扫描件.tif');
    fs.writeFileSync(file, scanTiff());
    const [result] = await call('import.files', { paths: [file] });
    const view = await call('originals.view', { id: result!.id! });
    if (view.shownAs !== 'image') throw new Error(`shown as ${view.shownAs}`);
    expect(view.mediaType).toBe('image/tiff');
    expect(view.converted?.note).toBeNull();
    const { width, height, rows } = greyRows(Buffer.from(view.converted!.contentBase64, 'base64'));
    expect([width, height]).toEqual([WIDTH, HEIGHT]);
    expect(rows[40]![40]).toBe(0);
    expect(rows[40]![100]).toBe(255);
    expect(rows[10]![40]).toBe(255);
    // The original itself is still the TIFF, byte for byte.
    const piece = await call('originals.read', { id: result!.id!, offset: 0, length: 4 });
    expect(Buffer.from(piece.contentBase64, 'base64').equals(fs.readFileSync(file).subarray(0, 4))).toBe(true);
  }, 60_000);
});
