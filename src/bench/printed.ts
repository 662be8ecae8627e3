/**
 * What the e-paper's 版面 costs: rendering and placing one page (the bundled
 * page PDF, in-process), and the build of an archive whose newest editions have
 * a PDF for every page, with an empty page-image cache and again with a warm one.
 */
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { defaultPdfPath } from "../article/edition.ts";
import { openPdf } from "../pdf/pdfjs.ts";
import { articleText, findRegions } from "../pdf/regions.ts";
import { renderPage } from "../pdf/render.ts";
import { pageText } from "../pdf/text.ts";
import { readContent } from "../site/content.ts";
import { IMAGE_WIDTHS } from "../site/images.ts";
import { measure, median, type Measured } from "./measure.ts";

const BUNDLED_PDF = "content/2023-12-14/pages/03.pdf";
/** Editions given page PDFs: a fortnight's, so the uncached build renders ≈60–100 pages, not the whole archive's. */
export const PDF_EDITIONS = 14;

export interface PageCost { textMs: number; renderMs: number; placeMs: number }
export interface PrintedBuilds { pdfs: number; uncached: Measured; cached: Measured }

/** Reading the text layer, rendering the three images, and placing the bundled edition's 7 articles: medians of 3. */
export async function pageCost(repo: string): Promise<PageCost> {
  const bytes = readFileSync(join(repo, BUNDLED_PDF));
  const articles = readContent(join(repo, "content")).articles.map(articleText);
  const runs: PageCost[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const doc = await openPdf(bytes);
    const text = await pageText(doc);
    const textMs = performance.now() - t;
    t = performance.now();
    await renderPage(doc, IMAGE_WIDTHS);
    const renderMs = performance.now() - t;
    await doc.destroy();
    t = performance.now();
    findRegions(text, articles);
    runs.push({ textMs, renderMs, placeMs: performance.now() - t });
  }
  return { textMs: median(runs.map((r) => r.textMs)), renderMs: median(runs.map((r) => r.renderMs)), placeMs: median(runs.map((r) => r.placeMs)) };
}

/**
 * Gives every page of the newest editions the bundled page PDF, each copy made
 * unique by a comment after its end (so each is rendered, as distinct pages are).
 */
export function addPagePdfs(repo: string, archive: string): number {
  const editions = readdirSync(archive).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name)).sort().slice(-PDF_EDITIONS);
  let count = 0;
  for (const date of editions) {
    const pages = new Set(readdirSync(join(archive, date)).flatMap((f) => /^page: (\d+)$/m.exec(readFileSync(join(archive, date, f), "utf8"))?.[1] ?? []));
    for (const page of pages) {
      const pdf = join(archive, date, defaultPdfPath(Number(page)));
      mkdirSync(join(pdf, ".."), { recursive: true });
      copyFileSync(join(repo, BUNDLED_PDF), pdf);
      appendFileSync(pdf, `\n% bench copy ${date} ${page}\n`);
      count++;
    }
  }
  return count;
}

/** The build (`command`, writing to `output`) with the page-image cache empty, then again with it filled. */
export async function printedBuilds(repo: string, command: (output: string) => string, work: string): Promise<Omit<PrintedBuilds, "pdfs">> {
  const cache = join(work, "page-images");
  rmSync(cache, { recursive: true, force: true });
  const env = { ...process.env, PAGE_IMAGE_CACHE: cache };
  const uncached = await measure(command(join(work, "printed-site-1")), { cwd: repo, env });
  const cached = await measure(command(join(work, "printed-site-2")), { cwd: repo, env });
  return { uncached, cached };
}
