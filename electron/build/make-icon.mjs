#!/usr/bin/env node
// Draws resources/icons/icon.png (1024×1024): a red rounded square, a gold star over an open white
// book. electron-builder turns this one PNG into the .ico, .icns and Linux icon sets. Plain Node
// (zlib) so no image tool is needed; run `node electron/build/make-icon.mjs` after changing it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4; // per axis, for anti-aliasing

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y, margin, radius) {
  const lo = margin;
  const hi = SIZE - margin;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function star(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

const STAR = star(512, 372, 178, 72);
// Two pages of an open book, slightly raised at the outer edges.
const LEFT_PAGE = [[188, 622], [300, 596], [420, 606], [496, 640], [496, 836], [420, 800], [300, 792], [188, 818]];
const RIGHT_PAGE = LEFT_PAGE.map(([x, y]) => [SIZE - x, y]);

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 56, 196)) return null;
  if (insidePolygon(x, y, STAR)) return [255, 212, 74];
  if (insidePolygon(x, y, LEFT_PAGE) || insidePolygon(x, y, RIGHT_PAGE)) return [255, 250, 240];
  const t = y / SIZE;
  return [Math.round(218 - 50 * t), Math.round(41 - 25 * t), Math.round(28 - 6 * t)];
}

function render() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const rowStart = y * (SIZE * 4 + 1);
    rows[rowStart] = 0; // filter: none
    for (let x = 0; x < SIZE; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = rowStart + 1 + x * 4;
      if (a > 0) {
        rows[offset] = Math.round(r / a);
        rows[offset + 1] = Math.round(g / a);
        rows[offset + 2] = Math.round(b / a);
      }
      rows[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'icons', 'icon.png');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, png(render()));
console.log(`wrote ${target}`);
