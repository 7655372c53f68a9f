// Draws the Teams app icons and writes them as PNG files: `tsx scripts/make-teams-icons.ts`.
// A tiny encoder (RGBA, 8 bits a channel, filter 0) keeps the repository free of image tooling.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** An RGBA image, 8 bits a channel, rows top to bottom, 4 bytes a pixel. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** Size of the full-colour icon Teams asks for, in pixels a side. */
export const colorIconSizeInPx = 192;
/** Size of the outline icon Teams asks for, in pixels a side. */
export const outlineIconSizeInPx = 32;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const brandBlue = [0x0f, 0x6c, 0xbd] as const;

const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
};

/** Encodes an image as a non-interlaced RGBA PNG whose every row uses filter type 0 (none). */
export const encodePng = (image: RgbaImage): Buffer => {
  const { width, height, pixels } = image;
  const stride = width * 4;
  if (pixels.length !== stride * height) {
    throw new Error(
      `Expected ${stride * height} bytes for ${width}x${height}, got ${pixels.length}`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const rows = Buffer.alloc((stride + 1) * height); // each row: filter byte 0, then the pixels
  for (let y = 0; y < height; y++) {
    rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    pngSignature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

type Point = readonly [number, number];

const distanceToSegment = (x: number, y: number, from: Point, to: Point): number => {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const t = Math.max(
    0,
    Math.min(1, ((x - from[0]) * dx + (y - from[1]) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(x - from[0] - t * dx, y - from[1] - t * dy);
};

/**
 * Whether a point of the unit square (x to the right, y down) lies on the bold "R" of the icons.
 * The letter spans 0.2–0.8 vertically; strokes are 0.11 wide.
 */
export const onLetterR = (x: number, y: number): boolean => {
  const bowlRadius = Math.hypot(x - 0.51, y - 0.37);
  const stem = x >= 0.28 && x <= 0.39 && y >= 0.2 && y <= 0.8;
  const bars = x >= 0.33 && x <= 0.51 && ((y >= 0.2 && y <= 0.31) || (y >= 0.43 && y <= 0.54));
  const bowl = x >= 0.51 && bowlRadius >= 0.06 && bowlRadius <= 0.17;
  const leg = y >= 0.48 && y <= 0.8 && distanceToSegment(x, y, [0.48, 0.5], [0.66, 0.8]) <= 0.06;
  return stem || bars || bowl || leg;
};

/** Whether a point of the unit square lies inside a square with corners rounded by `radius`. */
const inRoundedSquare = (x: number, y: number, radius: number): boolean => {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
};

/** Fraction of a pixel's 4×4 sample grid for which `inside` holds (anti-aliasing). */
const coverage = (
  px: number,
  py: number,
  size: number,
  inside: (x: number, y: number) => boolean,
) => {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
};

const draw = (size: number, shade: (px: number, py: number) => readonly number[]): RgbaImage => {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) pixels.set(shade(px, py), (py * size + px) * 4);
  }
  return { width: size, height: size, pixels };
};

/** The 192×192 colour icon: a white "R" on a rounded #0F6CBD square, anti-aliased. */
export const drawColorIcon = (): RgbaImage =>
  draw(colorIconSizeInPx, (px, py) => {
    const square = coverage(px, py, colorIconSizeInPx, (x, y) => inRoundedSquare(x, y, 0.18));
    const letter = coverage(px, py, colorIconSizeInPx, onLetterR);
    const mix = (channel: number) => Math.round(channel + (255 - channel) * letter);
    return [mix(brandBlue[0]), mix(brandBlue[1]), mix(brandBlue[2]), Math.round(255 * square)];
  });

/**
 * The 32×32 outline icon: the same "R", enlarged to use the small canvas, opaque white on fully
 * transparent (Teams accepts no other colours, so there is no anti-aliasing).
 */
export const drawOutlineIcon = (): RgbaImage =>
  draw(outlineIconSizeInPx, (px, py) => {
    const scale = 1.35;
    const enlarged = (x: number, y: number) =>
      onLetterR((x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5);
    return [255, 255, 255, coverage(px, py, outlineIconSizeInPx, enlarged) >= 0.5 ? 255 : 0];
  });

/** Writes `color.png` and `outline.png` into `outDir` (a folder path or file URL ending in `/`). */
export const makeTeamsIcons = async (outDir: URL): Promise<readonly string[]> => {
  const files = [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const;
  const written: string[] = [];
  for (const [name, image] of files) {
    const path = fileURLToPath(new URL(name, outDir));
    await writeFile(path, encodePng(image));
    written.push(path);
  }
  return written;
};

const entryPoint = process.argv[1];
if (entryPoint !== undefined && import.meta.url === pathToFileURL(entryPoint).href) {
  for (const path of await makeTeamsIcons(new URL('../manifest/teams/', import.meta.url))) {
    console.log(path);
  }
}
