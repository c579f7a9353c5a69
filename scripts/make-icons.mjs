// Draws every icon from the one drawing below (no image tools needed): a teal disc with a figure stretching
// its arms up, and a grey disc with pause bars for the paused state. Besides the app's own PNGs it writes
// the installers' icons: Linux's hicolor sizes, a Windows .ico and a macOS .icns (both hold PNGs, which
// Windows Vista and macOS 10.7 on read), and black-and-clear *Template images for the macOS menu bar,
// which draws them in its own colour. Run: node scripts/make-icons.mjs (the output is committed; a test
// checks it is what this script draws).
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
function png(size, shade) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling gives smooth edges at 16 px.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [cr, cg, cb, ca] = shade((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      const o = 1 + x * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / 16) * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const dist = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
const disc = (colour, inner) => (x, y) => {
  if (Math.hypot(x - 0.5, y - 0.5) > 0.48) return [0, 0, 0, 0];
  return inner(x, y) ? [255, 255, 255, 1] : [...colour, 1];
};
const figure = (x, y) =>
  Math.hypot(x - 0.5, y - 0.24) < 0.08 || // head
  dist(x, y, 0.5, 0.36, 0.5, 0.62) < 0.06 || // spine
  dist(x, y, 0.5, 0.46, 0.24, 0.3) < 0.05 || // arms reaching up
  dist(x, y, 0.5, 0.46, 0.76, 0.3) < 0.05 ||
  dist(x, y, 0.5, 0.62, 0.38, 0.84) < 0.055 || // legs
  dist(x, y, 0.5, 0.62, 0.62, 0.84) < 0.055;
const pause = (x, y) => (Math.abs(x - 0.38) < 0.07 || Math.abs(x - 0.62) < 0.07) && Math.abs(y - 0.5) < 0.22;

/** The shape alone, for a template image: macOS keeps only its alpha, so the inner mark is cut out. */
const template = (inner) => (x, y) => {
  if (Math.hypot(x - 0.5, y - 0.5) > 0.48 || inner(x, y)) return [0, 0, 0, 0];
  return [0, 0, 0, 1];
};

/** A Windows icon: a directory of PNG images (each 256 px or less; 256 is written as 0). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header[entry] = size >= 256 ? 0 : size;
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(({ data }) => data)]);
}

/** A macOS icon family: PNG elements under their OSType (ic11 is 16 pt at 2x, and so on). */
function icns(elements) {
  const parts = elements.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const active = disc([28, 124, 120], figure);
const paused = disc([120, 128, 134], pause);
const drawn = new Map();
const app = (size) => drawn.get(size) ?? drawn.set(size, png(size, active)).get(size);

mkdirSync('resources', { recursive: true });
writeFileSync('resources/tray.png', app(16));
writeFileSync('resources/tray@2x.png', app(32));
writeFileSync('resources/tray-paused.png', png(16, paused));
writeFileSync('resources/tray-paused@2x.png', png(32, paused));
writeFileSync('resources/trayTemplate.png', png(16, template(figure)));
writeFileSync('resources/trayTemplate@2x.png', png(32, template(figure)));
writeFileSync('resources/tray-pausedTemplate.png', png(16, template(pause)));
writeFileSync('resources/tray-pausedTemplate@2x.png', png(32, template(pause)));
writeFileSync('resources/icon.png', app(256));

mkdirSync('packaging/icons/linux', { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(`packaging/icons/linux/${size}x${size}.png`, app(size));
}
writeFileSync(
  'packaging/icons/icon.ico',
  ico([16, 24, 32, 48, 64, 256].map((size) => ({ size, data: app(size) }))),
);
const macTypes = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};
writeFileSync(
  'packaging/icons/icon.icns',
  icns(Object.entries(macTypes).map(([type, size]) => ({ type, data: app(size) }))),
);
