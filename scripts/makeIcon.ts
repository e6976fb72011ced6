// Draws media/icon.png (128x128): white quotation marks on a dark blue rounded square, with a green check badge.
// Shapes are tested per pixel with 4x4 supersampling and written by a minimal PNG encoder (zlib from Node).
//
//   npx tsx scripts/makeIcon.ts [out.png]
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

const SIZE = 128;
const SAMPLES = 4;

const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A thick line with round ends. */
const capsule = (x1: number, y1: number, x2: number, y2: number, r: number): Shape => (x, y) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= r * r;
};

const roundedSquare = (inset: number, radius: number): Shape => (x, y) => {
  const lo = inset + radius;
  const hi = SIZE - inset - radius;
  const cx = Math.max(lo, Math.min(hi, x));
  const cy = Math.max(lo, Math.min(hi, y));
  return x >= inset && x <= SIZE - inset && y >= inset && y <= SIZE - inset && (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
};

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

/** An opening quotation mark: a round dot with a tail rising to the upper right. */
const quoteMark = (cx: number, cy: number): Shape => union(circle(cx, cy, 12), capsule(cx - 8, cy - 6, cx + 6, cy - 30, 5));

const layers: Array<[Shape, Rgba]> = [
  [roundedSquare(4, 22), [31, 58, 95, 255]],
  [union(quoteMark(38, 66), quoteMark(72, 66)), [255, 255, 255, 255]],
  [circle(96, 96, 22), [255, 255, 255, 255]],
  [circle(96, 96, 18), [46, 160, 67, 255]],
  [union(capsule(86, 97, 93, 104, 3.2), capsule(93, 104, 107, 89, 3.2)), [255, 255, 255, 255]],
];

function pixel(px: number, py: number): Rgba {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let color: Rgba = [0, 0, 0, 0];
      for (const [shape, fill] of layers) if (shape(x, y)) color = fill;
      // Premultiplied, so transparent samples do not darken edges.
      for (let i = 0; i < 3; i++) sum[i] += (color[i] * color[3]) / 255;
      sum[3] += color[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = sum[3] / n;
  const rgb = [0, 1, 2].map((i) => (alpha ? Math.round((sum[i] / n) * (255 / alpha)) : 0));
  return [rgb[0], rgb[1], rgb[2], Math.round(alpha)];
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width: number, height: number, rgbaAt: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) raw.set(rgbaAt(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'media', 'icon.png'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, encodePng(SIZE, SIZE, pixel));
  console.log(`wrote ${out}`);
}
