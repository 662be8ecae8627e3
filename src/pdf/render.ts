/**
 * The page as pictures: rendered once by pdf.js on @napi-rs/canvas at the
 * largest width, then scaled and encoded as WebP by sharp; and the photos
 * printed on it, each drawn again at the photo width. A page out of all
 * proportion, or too slow to draw, is a PdfProblem (a warning naming the file
 * and the limit), never a failed build or a build that takes minutes.
 */
import type { Sharp } from "sharp";
import type { Rect } from "./geometry.ts";
import { photoView } from "./photos.ts";
import type { PDFDocumentProxy } from "./pdfjs.ts";
import { PdfProblem } from "./problem.ts";

/**
 * A page may be at most this many times as tall as it is wide, or as wide as it is tall
 * (a broadsheet page is 1.4 times as tall, a spread of two 1.4 times as wide). Past it the
 * images are a ribbon the canvas cannot hold (3 × 14,400 pt: 1,600 × 7,680,000 px, "Create
 * skia surface failed") or a sliver 0 px tall (14,400 × 3 pt), and either failed the whole build.
 */
export const MAX_PROPORTION = 4;

/**
 * Drawing a page may take this many seconds of processor time (the process's, not the clock's,
 * so a busy machine does not stop a page a quiet one draws): a page from a typesetting system
 * takes ≈1 s, a 6.4 MB page of 300,000 vector operations ≈35 s (238 s on the clock at load 9).
 */
export const RENDER_SECONDS = 15;

const points = (n: number) => Math.round(n).toLocaleString("en");

type PDFPageProxy = Awaited<ReturnType<PDFDocumentProxy["getPage"]>>;
type Viewport = ReturnType<PDFPageProxy["getViewport"]>;

/** The page drawn through `viewport` on a white canvas `width` × `height`, as sharp's raw RGBA input; `seconds` bounds the drawing. */
async function paint(page: PDFPageProxy, viewport: Viewport, width: number, height: number, seconds: number): Promise<Sharp> {
  // Loaded here: the site model needs only the widths, and a build with its page images cached never renders.
  const [{ createCanvas }, { default: sharp }] = await Promise.all([import("@napi-rs/canvas"), import("sharp")]);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  // pdf.js is typed for the DOM's canvas; @napi-rs/canvas implements the part it draws with.
  const task = page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport });
  // pdf.js draws in slices of ≈15 ms and asks before each next one: the place to stop. The
  // canvas only records what it is told, and paints it all when its pixels are read (the
  // 300,000-operation page: 5 s to record, 37 s in one read); reading a pixel after each
  // slice paints as it goes, so the time is counted where it can be stopped (a normal page: no slower).
  const started = process.cpuUsage();
  task.onContinue = (next: () => void) => {
    context.getImageData(0, 0, 1, 1);
    if (process.cpuUsage(started).user > seconds * 1e6) task.cancel();
    else next();
  };
  try {
    await task.promise;
  } catch (e) {
    if ((e as Error).name === "RenderingCancelledException") throw new PdfProblem(`took more than ${seconds} s of processor time to draw, the most a page may take, and was stopped; export the page again with its drawings flattened (as images), or simplify them`);
    throw new PdfProblem(`could not be drawn (${(e as Error).message}); export the page again from the typesetting system`);
  }
  return sharp(Buffer.from(context.getImageData(0, 0, width, height).data.buffer), { raw: { width, height, channels: 4 } });
}

/**
 * The first page as WebP at each of `widths` (the site's sizes, src/site/images.ts; the
 * smallest, a thumbnail, more compressed), and its height over its width; `seconds` bounds the drawing.
 */
export async function renderPage<S extends string>(doc: PDFDocumentProxy, widths: Readonly<Record<S, number>>, { seconds = RENDER_SECONDS } = {}): Promise<{ images: Record<S, Buffer>; aspect: number }> {
  const page = await doc.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const proportion = Math.max(natural.height / natural.width, natural.width / natural.height);
  if (!(proportion <= MAX_PROPORTION)) {
    throw new PdfProblem(`is a page of ${points(natural.width)} × ${points(natural.height)} pt, ${points(proportion)} times as ${natural.height > natural.width ? "tall as it is wide" : "wide as it is tall"}; a page may be at most ${MAX_PROPORTION} times either (a newspaper page is 1.4 times as tall): export the printed page at its own size`);
  }
  const sizes = Object.keys(widths) as S[];
  const largest = Math.max(...sizes.map((size) => widths[size]));
  const smallest = Math.min(...sizes.map((size) => widths[size]));
  const viewport = page.getViewport({ scale: largest / natural.width });
  const pixels = await paint(page, viewport, Math.round(viewport.width), Math.round(viewport.height), seconds);
  const entries = await Promise.all(
    sizes.map(async (size) => [size, await pixels.clone().resize({ width: widths[size] }).webp({ quality: widths[size] === smallest ? 70 : 80 }).toBuffer()] as const),
  );
  page.cleanup();
  return { images: Object.fromEntries(entries) as Record<S, Buffer>, aspect: natural.height / natural.width };
}

/** A photo as WebP at each of `widths`, and its height over its width as shown. */
export async function encodePhoto<W extends number>(image: Sharp, widths: readonly W[]): Promise<{ files: Record<W, Buffer>; aspect: number }> {
  const { width = 1, height = 1, orientation = 1 } = await image.metadata();
  // Turned as its EXIF says (a phone's portrait photo): orientations 5 to 8 swap width and height.
  const upright = image.rotate();
  const entries = await Promise.all(widths.map(async (w) => [w, await upright.clone().resize({ width: w }).webp({ quality: 80 }).toBuffer()] as const));
  return { files: Object.fromEntries(entries) as Record<W, Buffer>, aspect: orientation >= 5 ? width / height : height / width };
}

/**
 * Each photo's area of the first page, drawn at the largest of `widths` (the page
 * image, 1,600 px across the whole page, holds a one-column photo in ≈270 px).
 * Called after renderPage drew the page, so the page's proportion is already checked.
 */
export async function renderPhotos<W extends number>(doc: PDFDocumentProxy, photos: readonly Rect[], widths: readonly W[], { seconds = RENDER_SECONDS } = {}): Promise<{ files: Record<W, Buffer>; aspect: number }[]> {
  const page = await doc.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const rendered = [];
  for (const photo of photos) {
    const view = photoView(photo, natural, Math.max(...widths));
    rendered.push(await encodePhoto(await paint(page, page.getViewport({ scale: view.scale, offsetX: view.offsetX, offsetY: view.offsetY }), view.width, view.height, seconds), widths));
  }
  page.cleanup();
  return rendered;
}
