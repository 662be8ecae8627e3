/**
 * The page as pictures: rendered once by pdf.js on @napi-rs/canvas at the
 * largest width, then scaled and encoded as WebP by sharp.
 */
import type { PDFDocumentProxy } from "./pdfjs.ts";

/** Image widths in pixels: a strip of thumbnails, a phone (2× a 360 px screen), a desktop (a 1280 px screen's page column at 2×). */
export const IMAGE_WIDTHS = { thumb: 240, phone: 720, desktop: 1600 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;

/** The first page as WebP at each width, and its height at the desktop width. */
export async function renderPage(doc: PDFDocumentProxy): Promise<{ images: Record<ImageSize, Buffer>; aspect: number }> {
  // Loaded here: the site model needs only IMAGE_WIDTHS, and a build with its page images cached never renders.
  const [{ createCanvas }, { default: sharp }] = await Promise.all([import("@napi-rs/canvas"), import("sharp")]);
  const page = await doc.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: IMAGE_WIDTHS.desktop / natural.width });
  const width = Math.round(viewport.width), height = Math.round(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  // pdf.js is typed for the DOM's canvas; @napi-rs/canvas implements the part it draws with.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  const pixels = sharp(Buffer.from(context.getImageData(0, 0, width, height).data.buffer), { raw: { width, height, channels: 4 } });
  const entries = await Promise.all(
    (Object.keys(IMAGE_WIDTHS) as ImageSize[]).map(async (size) => [size, await pixels.clone().resize({ width: IMAGE_WIDTHS[size] }).webp({ quality: size === "thumb" ? 70 : 80 }).toBuffer()] as const),
  );
  page.cleanup();
  return { images: Object.fromEntries(entries) as Record<ImageSize, Buffer>, aspect: natural.height / natural.width };
}
