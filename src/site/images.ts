/** The sizes the site publishes its pictures at; the build has them drawn (src/pdf/render.ts). */

/** A printed page's image widths in pixels: a strip of thumbnails, a phone (2× a 360 px screen), a desktop (a 1280 px screen's page column at 2×). */
export const IMAGE_WIDTHS = { thumb: 240, phone: 720, desktop: 1600 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;
export const IMAGE_SIZES = Object.keys(IMAGE_WIDTHS) as ImageSize[];

/** A story's photo in pixels: an article's column (40rem) at 1× and at 2×. */
export const PHOTO_WIDTHS = [640, 1280] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];
