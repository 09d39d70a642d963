/**
 * An image file's format and size from its header, read in JavaScript with every length checked.
 * The image decoder (Skia in @napi-rs/canvas) crashes the whole process on some damaged headers (a
 * JPEG whose first segment runs past the end of the file), so only files whose header reads
 * whole reach it; a damaged one is refused here with a reason instead.
 */

export interface ImageHeader {
  format: 'png' | 'jpeg' | 'bmp' | 'webp' | 'tiff';
  width: number;
  height: number;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((value, index) => bytes[at + index] === value);
}

const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length));

function png(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (bytes.length < 33 || ascii(bytes, 12, 4) !== 'IHDR' || view.getUint32(8) !== 13) return null;
  return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG's segments to its frame header (SOFn), each segment's length inside the file. */
function jpeg(bytes: Uint8Array, view: DataView): ImageHeader | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    let marker = bytes[at + 1] as number;
    while (marker === 0xff && at + 2 < bytes.length) {
      at += 1;
      marker = bytes[at + 1] as number;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // the image data (or its end) before any frame header
    const length = view.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return length >= 7 ? { format: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) } : null;
    at += 2 + length;
  }
  return null;
}

function bmp(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (bytes.length < 26) return null;
  const headerSize = view.getUint32(14, true);
  if (headerSize === 12) return { format: 'bmp', width: view.getUint16(18, true), height: view.getUint16(20, true) };
  if (headerSize < 40 || bytes.length < 14 + headerSize) return null;
  const dataOffset = view.getUint32(10, true);
  if (dataOffset >= bytes.length) return null;
  return { format: 'bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
}

function webp(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (bytes.length < 30 || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') return { format: 'webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const width = 1 + ((bytes[24] as number) | ((bytes[25] as number) << 8) | ((bytes[26] as number) << 16));
    const height = 1 + ((bytes[27] as number) | ((bytes[28] as number) << 8) | ((bytes[29] as number) << 16));
    return { format: 'webp', width, height };
  }
  return null;
}

export function isTiff(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
}

/** The header of a PNG, JPEG, BMP or WebP file; null when it is none of them or its header is damaged (TIFF: see isTiff). */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: ImageHeader | null = null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) header = png(bytes, view);
  else if (startsWith(bytes, [0xff, 0xd8])) header = jpeg(bytes, view);
  else if (startsWith(bytes, [0x42, 0x4d])) header = bmp(bytes, view);
  else if (ascii(bytes, 0, 4) === 'RIFF') header = webp(bytes, view);
  return header && header.width > 0 && header.height > 0 ? header : null;
}
