/**
 * The region finder on pages printed by chromium from real articles: every
 * story found where the layout put it (IoU ≥ 0.8), the jumping story in both of
 * its places, and the photo with its caption.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { iou, type Rect } from "../../src/pdf/geometry.ts";
import { openPdf } from "../../src/pdf/pdfjs.ts";
import { articleText, findRegions, type PageRegions } from "../../src/pdf/regions.ts";
import { pageText } from "../../src/pdf/text.ts";
import { readContent, type ContentArticle } from "../../src/site/content.ts";
import { describeInBrowser, launchBrowser } from "../support/browser.ts";
import { pageHtml, printPage, storiesFrom, type PageTruth } from "../support/newspaper-page.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, tempDir } from "../support/site.ts";

const edition = (dir: string, date: string) => readContent(dir).articles.filter((a) => a.meta.date === date);

interface Printed { pdf: string; articles: ContentArticle[]; truth: PageTruth; found: PageRegions }

/** The best match among the found rectangles for each true one. */
function bestOverlaps(truth: readonly Rect[], found: readonly Rect[]): number[] {
  return truth.map((t) => Math.max(0, ...found.map((f) => iou(t, f))));
}

describeInBrowser("regions found on a printed page", () => {
  let browser: Browser;
  const pages = new Map<string, Printed>();

  async function print(name: string, articles: ContentArticle[], jumping?: string): Promise<void> {
    const pdf = join(tempDir("regions"), `${name}.pdf`);
    const truth = await printPage(browser, pageHtml(storiesFrom(articles, jumping), { paper: "聊城日报", date: "2023年12月14日 星期四", page: 3, pageName: "综合" }), pdf);
    const found = findRegions(await pageText(await openPdf(readFileSync(pdf))), articles.map(articleText));
    pages.set(name, { pdf, articles, truth, found });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    await print("bundled", edition(BUNDLED_CONTENT, "2023-12-14"), "zheng-wu-gong-kai-quan-guo");
    await print("briefs", edition(FIXTURE_ARCHIVE, "2023-12-14"));
  }, 120_000);
  afterAll(() => browser?.close());

  for (const name of ["bundled", "briefs"]) {
    it(`places every article of the ${name} page where it was laid out (IoU ≥ 0.8)`, () => {
      const { articles, truth, found } = pages.get(name)!;
      expect(found.unplaced).toEqual([]);
      for (const article of articles) {
        const rects = found.placed.find((p) => p.slug === article.slug)?.rects ?? [];
        const layout = truth.stories.find((s) => s.slug === article.slug)!.rects;
        expect({ slug: article.slug, count: rects.length }).toEqual({ slug: article.slug, count: layout.length });
        for (const overlap of bestOverlaps(layout, rects)) expect(overlap, `${article.slug}: ${JSON.stringify({ layout, rects })}`).toBeGreaterThanOrEqual(0.8);
      }
    });
  }

  it("gives the story that jumps both of its rectangles, far apart", () => {
    const rects = pages.get("bundled")!.found.placed.find((p) => p.slug === "zheng-wu-gong-kai-quan-guo")!.rects;
    expect(rects).toHaveLength(2);
    expect(iou(rects[0]!, rects[1]!)).toBe(0);
  });

  it("puts the photo into its caption's region", () => {
    const { truth, found } = pages.get("bundled")!;
    const photo = found.placed.find((p) => p.slug === "gong-ren-dui-sheng-chan-de")!.rects[0]!;
    const caption = truth.stories.find((s) => s.slug === "gong-ren-dui-sheng-chan-de")!.rects[0]!;
    // The caption alone is a fifth of the picture's height: only with the photo is the overlap this close.
    expect(iou(photo, caption)).toBeGreaterThanOrEqual(0.9);
  });

  it("lists an article that is not on the page as unplaced, and still places the others", async () => {
    const { articles } = pages.get("bundled")!;
    const stranger = edition(FIXTURE_ARCHIVE, "2023-12-13")[0]!;
    const found = findRegions(await pageText(await openPdf(readFileSync(pages.get("bundled")!.pdf))), [...articles, stranger].map(articleText));
    expect(found.unplaced).toEqual([stranger.slug]);
    expect(found.placed.map((p) => p.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
  });
});
