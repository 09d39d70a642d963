import zlib from 'node:zlib';
import UTIF from 'utif2';
import { CasebookError } from '../../../shared/api/errors';

/** A page larger than this (a 300 dpi A3 scan is 35 million pixels) is not converted for the window. */
const MAX_TIFF_PIXELS = 40_000_000;

export interface TiffPicture {
  png: Buffer;
  width: number;
  height: number;
  pages: number;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels as a PNG: grey when every pixel is grey (a scan, as a rule), else RGB. Alpha is dropped. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  let grey = true;
  for (let index = 0; index < rgba.length && grey; index += 4) grey = rgba[index] === rgba[index + 1] && rgba[index] === rgba[index + 2];
  const channels = grey ? 1 : 3;
  const stride = width * channels + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    let at = y * stride + 1; // filter byte 0: none
    for (let x = 0; x < width; x += 1) {
      const pixel = (y * width + x) * 4;
      raw[at++] = rgba[pixel]!;
      if (!grey) {
        raw[at++] = rgba[pixel + 1]!;
        raw[at++] = rgba[pixel + 2]!;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = grey ? 0 : 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The first page of a TIFF scan as a PNG the window can draw (Chromium draws no TIFF). Decoded in
 * the viewing worker, in JavaScript (utif2), as 文字识别 reads the same files.
 */
export function tiffPicture(bytes: Buffer): TiffPicture {
  const unreadable = (detail: string) => new CasebookError('IMPORT_FAILED', 'TIFF 图片已损坏或格式不受支持，无法在窗口中显示。', detail);
  let pages: ReturnType<typeof UTIF.decode>;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    pages = UTIF.decode(buffer);
  } catch (error) {
    throw unreadable(String(error));
  }
  const first = pages[0];
  if (!first) throw unreadable('no image in TIFF');
  const width = Number((first.t256 as number[] | undefined)?.[0] ?? 0);
  const height = Number((first.t257 as number[] | undefined)?.[0] ?? 0);
  if (!width || !height) throw unreadable('no size in TIFF');
  if (width * height > MAX_TIFF_PIXELS) {
    throw new CasebookError('IMPORT_FAILED', `TIFF 图片太大（${width}×${height}），不在窗口中显示。`, `${width}x${height}`);
  }
  try {
    UTIF.decodeImage(buffer, first);
  } catch (error) {
    throw unreadable(String(error));
  }
  const rgba = UTIF.toRGBA8(first);
  if (rgba.length < width * height * 4) throw unreadable('short TIFF image data');
  return { png: encodePng(rgba, width, height), width, height, pages: pages.length };
}
