/**
 * A story's photo on its printed page (pure): which of the pictures a page paints
 * are photos (not a logo, a rule or a scan's whole page), which of them a story's
 * regions hold, and how to draw the page so that a photo fills an image of a
 * given width.
 */
import { area, intersection, iou, type Rect } from "./geometry.ts";

/** Narrower or shorter than this (of the page's width, height) is an icon, a logo or a column's mark: ≈ 40 pt on a broadsheet, under a column's width. */
const MIN_SIDE = 0.05;
/** A picture over this much of the page is the page itself (a scan), not a photo on it. */
const MAX_AREA = 0.8;
/** A picture this many times longer than wide (or wider than long) is a rule or a band. */
const MAX_ELONGATION = 6;
/** Pictures painted over each other this closely (IoU) are one photo (a mask, a copy). */
const SAME = 0.9;
/** At most this many photos of a page are rendered, the largest: a page of many small pictures (an advertisement) costs a few seconds, not minutes. */
export const MAX_PHOTOS = 12;
/** A story holds a photo when this much of the photo lies within one of its regions. */
const HELD = 0.8;

/** The page's photos among the pictures it paints, top to bottom, left to right. */
export function photosOf(pictures: readonly Rect[], page: { width: number; height: number }): Rect[] {
  const photos: Rect[] = [];
  for (const p of [...pictures].sort((a, b) => area(b) - area(a))) {
    const long = Math.max(p.width * page.width, p.height * page.height) / Math.max(1e-9, Math.min(p.width * page.width, p.height * page.height));
    if (p.width < MIN_SIDE || p.height < MIN_SIDE || area(p) > MAX_AREA || long > MAX_ELONGATION) continue;
    if (photos.some((q) => iou(p, q) >= SAME)) continue;
    if (photos.length < MAX_PHOTOS) photos.push(p);
  }
  return photos.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The index of the photo a story's regions hold (the largest, when they hold several), or undefined. */
export function storyPhoto(photos: readonly Rect[], regions: readonly Rect[]): number | undefined {
  let best: number | undefined;
  photos.forEach((photo, i) => {
    const held = regions.some((r) => intersection(photo, r) >= area(photo) * HELD);
    if (held && (best === undefined || area(photo) > area(photos[best]!))) best = i;
  });
  return best;
}

/** A viewport on the page (pdf.js's scale and offsets) whose top left is the photo's, and the size of the canvas it fills. */
export interface PhotoView { scale: number; offsetX: number; offsetY: number; width: number; height: number }

/**
 * How to draw a page of `page` points so that `photo` fills a canvas `width` pixels
 * wide: the page scaled to that width and moved up and left by the photo's corner.
 */
export function photoView(photo: Rect, page: { width: number; height: number }, width: number): PhotoView {
  const scale = width / (photo.width * page.width);
  return { scale, offsetX: -photo.x * page.width * scale, offsetY: -photo.y * page.height * scale, width, height: Math.max(1, Math.round(photo.height * page.height * scale)) };
}
