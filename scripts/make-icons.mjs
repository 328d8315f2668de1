#!/usr/bin/env node
/**
 * Draws the app icons (a white speech bubble on the site's blue) as PNG files in public/icons/,
 * with no image library: raw pixels, zlib and a CRC. Run it again if the design changes:
 *   node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x5c, 0xad];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A bubble: an ellipse with a tail at the lower left, inside a safe zone for maskable icons. */
function inBubble(x, y, size) {
  const cx = size * 0.5;
  const cy = size * 0.46;
  const rx = size * 0.3;
  const ry = size * 0.22;
  const ellipse = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  // Tail: a triangle from under the bubble down to the left.
  const ax = size * 0.36, ay = size * 0.6, bx = size * 0.48, by = size * 0.64, tx = size * 0.3, ty = size * 0.76;
  const sign = (px, py, qx, qy, rx2, ry2) => (px - rx2) * (qy - ry2) - (qx - rx2) * (py - ry2);
  const d1 = sign(x, y, ax, ay, bx, by), d2 = sign(x, y, bx, by, tx, ty), d3 = sign(x, y, tx, ty, ax, ay);
  const tail = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  return ellipse || tail;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inBubble(x + 0.5, y + 0.5, size) ? WHITE : BLUE;
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('wrote public/icons/icon-192.png and icon-512.png');
