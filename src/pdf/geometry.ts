import type { Region } from "../article/record.ts";

/** Rectangles on a printed page, in fractions of its width and height (origin top left): the same numbers at any image size, as front matter's `regions` records them. */
export type Rect = Region;

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x), y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export function area(r: Rect): number {
  return Math.max(0, r.width) * Math.max(0, r.height);
}

export function intersection(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Intersection over union: 1 for the same rectangle, 0 for disjoint ones. */
export function iou(a: Rect, b: Rect): number {
  const i = intersection(a, b);
  return i === 0 ? 0 : i / (area(a) + area(b) - i);
}

/** How far apart two ranges are along one axis (negative when they overlap, by the overlap). */
export function gap(aStart: number, aLength: number, bStart: number, bLength: number): number {
  return Math.max(aStart, bStart) - Math.min(aStart + aLength, bStart + bLength);
}

/** Rounded to 4 decimals (a tenth of a pixel on a 1,000-pixel image), for front matter and HTML. */
export function rounded(r: Rect): Rect {
  const k = (n: number) => Math.round(n * 10000) / 10000;
  return { x: k(r.x), y: k(r.y), width: k(r.width), height: k(r.height) };
}
