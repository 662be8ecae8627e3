/**
 * A story's photo on its printed page: which pictures are photos, which one a
 * story's regions hold, and the crop drawn from the bundled page PDF, checked
 * against the drawing the test page printed there (tests/support/newspaper-page.ts:
 * a 480 × 260 sky, a hull 380 × 60 at (47, 150) for the photo story).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Rect } from "../../src/pdf/geometry.ts";
import { MAX_PHOTOS, photosOf, photoView, storyPhoto } from "../../src/pdf/photos.ts";
import { openPdf, type PDFDocumentProxy } from "../../src/pdf/pdfjs.ts";
import { encodePhoto, renderPhotos } from "../../src/pdf/render.ts";
import { PHOTO_WIDTHS } from "../../src/site/images.ts";
import { pageText, type PageText } from "../../src/pdf/text.ts";
import { BUNDLED_CONTENT } from "../support/site.ts";

const PAGE = { width: 825, height: 1170 };
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe("the photos among a page's pictures", () => {
  const photo = rect(0.5, 0.06, 0.45, 0.17);

  it("keeps a photo and leaves out an icon, a rule, a scan's whole page and a second paint of the same picture", () => {
    const icon = rect(0.1, 0.1, 0.03, 0.02);
    const rule = rect(0.05, 0.5, 0.9, 0.06);
    const scan = rect(0, 0, 1, 1);
    const mask = rect(0.501, 0.061, 0.449, 0.169);
    expect(photosOf([icon, rule, scan, photo, mask], PAGE)).toEqual([photo]);
  });

  it("renders at most the largest photos of a page of many pictures, in reading order", () => {
    const pictures = Array.from({ length: MAX_PHOTOS + 3 }, (_, i) => rect((i % 5) * 0.2, Math.floor(i / 5) * 0.3, 0.1 + i * 0.005, 0.1));
    const kept = photosOf(pictures, PAGE);
    expect(kept).toHaveLength(MAX_PHOTOS);
    expect(kept).not.toContainEqual(pictures[0]);
    expect(kept).toContainEqual(pictures[MAX_PHOTOS + 2]);
    expect(kept.map((p) => p.y)).toEqual([...kept.map((p) => p.y)].sort((a, b) => a - b));
  });

  it("gives a story the photo its region holds, not one beside it or one it only touches", () => {
    const beside = rect(0.05, 0.06, 0.4, 0.17);
    const caption = rect(0.5, 0.06, 0.46, 0.2);
    expect(storyPhoto([beside, photo], [caption])).toBe(1);
    expect(storyPhoto([beside], [caption])).toBeUndefined();
    // A story's region that overlaps a third of the photo (the next story's) does not hold it.
    expect(storyPhoto([photo], [rect(0.5, 0.2, 0.46, 0.3)])).toBeUndefined();
  });

  it("gives a story holding two photos the larger", () => {
    const small = rect(0.1, 0.1, 0.1, 0.08);
    const large = rect(0.1, 0.3, 0.3, 0.2);
    expect(storyPhoto([small, large], [rect(0.05, 0.05, 0.4, 0.5)])).toBe(1);
  });
});

describe("the photo of the bundled page 3", () => {
  let doc: PDFDocumentProxy;
  let text: PageText;
  beforeAll(async () => {
    doc = await openPdf(readFileSync(join(BUNDLED_CONTENT, "2023-12-14/pages/03.pdf")));
    text = await pageText(doc);
  });

  it("finds the one picture the page paints, where the photo story is printed (top right)", () => {
    const photos = photosOf(text.pictures, text);
    expect(photos).toHaveLength(1);
    const [photo] = photos as [Rect];
    expect(photo.x).toBeGreaterThan(0.5);
    expect(photo.y).toBeLessThan(0.1);
    // The picture is 480 × 260 and printed at that shape.
    expect((photo.height * text.height) / (photo.width * text.width)).toBeCloseTo(260 / 480, 2);
  });

  it("puts the photo's corners at the canvas's corners in pdf.js's viewport", async () => {
    const [photo] = photosOf(text.pictures, text) as [Rect];
    const view = photoView(photo, text, 1280);
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: view.scale, offsetX: view.offsetX, offsetY: view.offsetY });
    // PDF space has its origin bottom left, in points.
    const topLeft = viewport.convertToViewportPoint(photo.x * text.width, (1 - photo.y) * text.height);
    const bottomRight = viewport.convertToViewportPoint((photo.x + photo.width) * text.width, (1 - photo.y - photo.height) * text.height);
    expect(topLeft[0]).toBeCloseTo(0, 6);
    expect(topLeft[1]).toBeCloseTo(0, 6);
    expect(bottomRight[0]).toBeCloseTo(1280, 6);
    expect(Math.abs(bottomRight[1] - view.height)).toBeLessThanOrEqual(0.5);
  });

  it("crops the picture itself at both widths: sky at the edges, the hull where it was drawn, no page around it", async () => {
    const [photo] = await renderPhotos(doc, photosOf(text.pictures, text), PHOTO_WIDTHS);
    expect(photo!.aspect).toBeCloseTo(260 / 480, 2);
    for (const width of PHOTO_WIDTHS) {
      const { data, info } = await sharp(photo!.files[width]).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([width, Math.round(width * photo!.aspect)]);
      const pixel = (fx: number, fy: number) => {
        const i = (Math.min(info.height - 1, Math.floor(fy * info.height)) * info.width + Math.min(info.width - 1, Math.floor(fx * info.width))) * info.channels;
        return [data[i]!, data[i + 1]!, data[i + 2]!] as const;
      };
      type Rgb = readonly [number, number, number];
      const sky = ([r, , b]: Rgb) => b - r >= 10 && r > 100 && r < 245;
      const hull = ([r, g, b]: Rgb) => Math.abs(r - 0x34) < 20 && Math.abs(g - 0x50) < 20 && Math.abs(b - 0x6b) < 20;
      // Every edge, a pixel in from it, is the picture's sky: not the page's white, nor its text.
      for (const [fx, fy] of [[0.5, 0.003], [0.5, 0.997], [0.003, 0.3], [0.997, 0.3], [0.003, 0.9], [0.997, 0.9]] as const) expect(sky(pixel(fx, fy)), `edge at ${fx}, ${fy}: ${pixel(fx, fy)}`).toBe(true);
      // The hull spans x 47–427 and y 150–210 of 480 × 260: inside it, and just outside each of its sides.
      expect(hull(pixel(237 / 480, 180 / 260))).toBe(true);
      for (const [fx, fy] of [[42 / 480, 180 / 260], [432 / 480, 180 / 260], [237 / 480, 215 / 260]] as const) expect(hull(pixel(fx, fy)), `outside the hull at ${fx}, ${fy}`).toBe(false);
      for (const [fx, fy] of [[52 / 480, 180 / 260], [422 / 480, 180 / 260], [237 / 480, 205 / 260]] as const) expect(hull(pixel(fx, fy)), `inside the hull at ${fx}, ${fy}`).toBe(true);
    }
  });
});

describe("a photo encoded for the site", () => {
  it("is turned upright as its EXIF says, at both widths", async () => {
    // A phone's portrait photo: stored 900 × 600, to be shown turned a quarter (orientation 6).
    const stored = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#1f4e9c" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { files, aspect } = await encodePhoto(sharp(stored), PHOTO_WIDTHS);
    expect(aspect).toBeCloseTo(1.5, 5);
    for (const width of PHOTO_WIDTHS) {
      const meta = await sharp(files[width]).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", width, width * 1.5]);
    }
  });
});
