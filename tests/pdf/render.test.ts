/**
 * Drawing a page PDF has limits, each a PdfProblem naming the limit (the build makes it a
 * warning on the file and builds the rest): a page out of all proportion, and a page that
 * takes too long to draw. Both once failed the build or held it for minutes.
 */
import { describe, expect, it } from "vitest";
import { openPdf } from "../../src/pdf/pdfjs.ts";
import { PdfProblem } from "../../src/pdf/problem.ts";
import { renderPage } from "../../src/pdf/render.ts";
import { IMAGE_WIDTHS } from "../../src/site/images.ts";
import { rawPdf, strokes } from "../support/raw-pdf.ts";

const refusal = async (pdf: Buffer, options?: { seconds: number }) => {
  const doc = await openPdf(pdf);
  try {
    await renderPage(doc, IMAGE_WIDTHS, options);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(PdfProblem);
    return (e as Error).message;
  } finally {
    await doc.destroy();
  }
};

describe("renderPage", () => {
  it("refuses a page 3 pt wide and 14,400 pt tall, and one the other way round, naming the size and the limit", async () => {
    // The canvas could not be made ("Create skia surface failed"), or its pixels read (0 px tall).
    expect(await refusal(rawPdf(3, 14400, "0 0 m 3 14400 l S"))).toBe("is a page of 3 × 14,400 pt, 4,800 times as tall as it is wide; a page may be at most 4 times either (a newspaper page is 1.4 times as tall): export the printed page at its own size");
    expect(await refusal(rawPdf(14400, 3, "0 0 m 14400 3 l S"))).toMatch(/^is a page of 14,400 × 3 pt, 4,800 times as wide as it is tall; a page may be at most 4 times either/);
  });

  it("draws a spread of two broadsheet pages", async () => {
    expect(await refusal(rawPdf(1800, 1300, "0 0 m 1800 1300 l S"))).toBeUndefined();
  });

  it("stops drawing a page once it has taken the time a page may take, and says so", async () => {
    // 60,000 strokes take ≈1 s of processor time to draw; at a limit of none the first pause stops it.
    expect(await refusal(rawPdf(900, 1400, strokes(60_000)), { seconds: 0 })).toMatch(/^took more than 0 s of processor time to draw, the most a page may take, and was stopped; export the page again with its drawings flattened/);
  });
});
