/**
 * The page as pictures: rendered once by pdf.js on @napi-rs/canvas at the
 * largest width, then scaled and encoded as WebP by sharp; and the photos
 * printed on it, each drawn again at the photo width.
 */
import type { Sharp } from "sharp";
import type { Rect } from "./geometry.ts";
import { photoView } from "./photos.ts";
import type { PDFDocumentProxy } from "./pdfjs.ts";

/** Image widths in pixels: a strip of thumbnails, a phone (2× a 360 px screen), a desktop (a 1280 px screen's page column at 2×). */
export const IMAGE_WIDTHS = { thumb: 240, phone: 720, desktop: 1600 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;
export const IMAGE_SIZES = Object.keys(IMAGE_WIDTHS) as ImageSize[];

/** A story's photo in pixels: an article's column (40rem) at 1× and at 2×. */
export const PHOTO_WIDTHS = [640, 1280] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];

type PDFPageProxy = Awaited<ReturnType<PDFDocumentProxy["getPage"]>>;
type Viewport = ReturnType<PDFPageProxy["getViewport"]>;

/** The page drawn through `viewport` on a white canvas `width` × `height`, as sharp's raw RGBA input. */
async function paint(page: PDFPageProxy, viewport: Viewport, width: number, height: number): Promise<Sharp> {
  // Loaded here: the site model needs only the widths, and a build with its page images cached never renders.
  const [{ createCanvas }, { default: sharp }] = await Promise.all([import("@napi-rs/canvas"), import("sharp")]);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  // pdf.js is typed for the DOM's canvas; @napi-rs/canvas implements the part it draws with.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  return sharp(Buffer.from(context.getImageData(0, 0, width, height).data.buffer), { raw: { width, height, channels: 4 } });
}

/** The first page as WebP at each width, and its height at the desktop width. */
export async function renderPage(doc: PDFDocumentProxy): Promise<{ images: Record<ImageSize, Buffer>; aspect: number }> {
  const page = await doc.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: IMAGE_WIDTHS.desktop / natural.width });
  const pixels = await paint(page, viewport, Math.round(viewport.width), Math.round(viewport.height));
  const entries = await Promise.all(
    (Object.keys(IMAGE_WIDTHS) as ImageSize[]).map(async (size) => [size, await pixels.clone().resize({ width: IMAGE_WIDTHS[size] }).webp({ quality: size === "thumb" ? 70 : 80 }).toBuffer()] as const),
  );
  page.cleanup();
  return { images: Object.fromEntries(entries) as Record<ImageSize, Buffer>, aspect: natural.height / natural.width };
}

/** A photo as WebP at each photo width, and its height over its width as shown. */
export async function encodePhoto(image: Sharp): Promise<{ files: Record<PhotoWidth, Buffer>; aspect: number }> {
  const { width = 1, height = 1, orientation = 1 } = await image.metadata();
  // Turned as its EXIF says (a phone's portrait photo): orientations 5 to 8 swap width and height.
  const upright = image.rotate();
  const entries = await Promise.all(PHOTO_WIDTHS.map(async (w) => [w, await upright.clone().resize({ width: w }).webp({ quality: 80 }).toBuffer()] as const));
  return { files: Object.fromEntries(entries) as Record<PhotoWidth, Buffer>, aspect: orientation >= 5 ? width / height : height / width };
}

/**
 * Each photo's area of the first page, drawn at the largest photo width (the page
 * image, 1,600 px across the whole page, holds a one-column photo in ≈270 px).
 */
export async function renderPhotos(doc: PDFDocumentProxy, photos: readonly Rect[]): Promise<{ files: Record<PhotoWidth, Buffer>; aspect: number }[]> {
  const page = await doc.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const rendered = [];
  for (const photo of photos) {
    const view = photoView(photo, natural, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]!);
    rendered.push(await encodePhoto(await paint(page, page.getViewport({ scale: view.scale, offsetX: view.offsetX, offsetY: view.offsetY }), view.width, view.height)));
  }
  page.cleanup();
  return rendered;
}
