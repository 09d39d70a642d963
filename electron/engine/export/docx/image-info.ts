/** A data-URL image's bytes, type and pixel size, for Word (which needs the size up front). */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif';
  data: Buffer;
  width: number;
  height: number;
}

function pngSize(data: Buffer): [number, number] | null {
  if (data.length < 24 || data.readUInt32BE(0) !== 0x89504e47) return null;
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

function gifSize(data: Buffer): [number, number] | null {
  if (data.length < 10 || data.toString('latin1', 0, 3) !== 'GIF') return null;
  return [data.readUInt16LE(6), data.readUInt16LE(8)];
}

function jpegSize(data: Buffer): [number, number] | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] ?? 0;
    const length = data.readUInt16BE(offset + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [data.readUInt16BE(offset + 7), data.readUInt16BE(offset + 5)];
    }
    offset += 2 + length;
  }
  return null;
}

export function imageInfo(dataUrl: string): ImageInfo | null {
  const match = /^data:image\/(png|jpe?g|gif);base64,(.+)$/is.exec(dataUrl);
  if (!match) return null;
  const data = Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64');
  const kind = (match[1] ?? '').toLowerCase();
  const type = kind === 'png' ? 'png' : kind === 'gif' ? 'gif' : 'jpg';
  const size = type === 'png' ? pngSize(data) : type === 'gif' ? gifSize(data) : jpegSize(data);
  if (!size || size[0] <= 0 || size[1] <= 0) return null;
  return { type, data, width: size[0], height: size[1] };
}
