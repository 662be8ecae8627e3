/**
 * `npm run split` on page PDFs: the stories read in order with their decks from
 * type size, the regions in front matter, and one line for a PDF it cannot read.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PageReading } from "../../src/article/record.ts";
import { iou } from "../../src/pdf/geometry.ts";
import { splitPdf } from "../../src/pdf/split-pdf.ts";
import { readContent, type ContentArticle } from "../../src/site/content.ts";
import { describeInBrowser, launchBrowser } from "../support/browser.ts";
import { pageHtml, printPage, printScan, storiesFrom, type PageTruth } from "../support/newspaper-page.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, ROOT, tempDir } from "../support/site.ts";

const DATE = "2023-12-14";
const split = (...args: string[]) => spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/split.ts", "--date", DATE, ...args], { cwd: ROOT, encoding: "utf8" });
const deck = (a: { title: string | null; kicker?: string; subtitle?: string }) => ({ title: a.title, kicker: a.kicker, subtitle: a.subtitle });
const inOrder = (articles: readonly ContentArticle[]) => [...articles].sort((a, b) => a.meta.order - b.meta.order);

describeInBrowser("splitting a page PDF", () => {
  let browser: Browser;
  let briefs: { pdf: string; articles: ContentArticle[]; truth: PageTruth };
  let scan: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const dir = tempDir("split-pdf");
    const articles = inOrder(readContent(FIXTURE_ARCHIVE).articles.filter((a) => a.meta.date === DATE));
    const html = pageHtml(storiesFrom(articles), { paper: "聊城日报", date: "2023年12月14日 星期四", page: 2, pageName: "时政" });
    briefs = { pdf: join(dir, "02.pdf"), articles, truth: await printPage(browser, html, join(dir, "02.pdf")) };
    scan = join(dir, "scan.pdf");
    await printScan(browser, html, scan);
  });
  afterAll(() => browser?.close());

  it("reads the bundled page's seven stories with their titles, kickers and subtitles from type size", () => {
    const run = split("--page", "3", "--json", "content/2023-12-14/pages/03.pdf");
    expect(run.stderr).toBe("");
    const reading = JSON.parse(run.stdout) as PageReading;
    const printed = inOrder(readContent(BUNDLED_CONTENT).articles);
    const byTitle = (a: { title: string | null }, b: { title: string | null }) => (a.title ?? "").localeCompare(b.title ?? "");
    // The photo prints no headline: its title is derived, as from the text.
    expect(reading.articles.map(deck).sort(byTitle)).toEqual(printed.map((a) => (a.meta.titleDerived ? { title: null, kicker: undefined, subtitle: undefined } : deck(a.meta))).sort(byTitle));
    const bylines = (list: { title: string | null; reporter: { name: string }[] }[]) => list.map((a) => `${a.title}: ${a.reporter.map((r) => r.name).join(" ")}`).sort();
    expect(bylines(reading.articles)).toEqual(bylines(printed.map((a) => ({ title: a.meta.titleDerived ? null : a.meta.title, reporter: a.meta.reporter }))));
    // The story that jumps is read on where it continues, and placed in both of its places.
    expect(reading.articles[0]!.regions).toHaveLength(2);
    expect(reading.articles[0]!.body.at(-1)!.text).toBe(printed[0]!.body.split(/\n\s*\n/).at(-1));
  });

  it("reads a page with briefs, each placed where it was laid out", async () => {
    const result = await splitPdf(readFileSync(briefs.pdf), { date: DATE, page: 2, sections: ["时政", "综合", "社会", "图片新闻", "要闻"], defaultSection: "时政" });
    // Reading order is where the headlines stand: row by row, left to right.
    const where = (a: ContentArticle) => briefs.truth.stories.find((s) => s.slug === a.slug)!.rects[0]!;
    const byPosition = briefs.articles.filter((a) => !a.meta.titleDerived).sort((a, b) => where(a).y - where(b).y || where(a).x - where(b).x);
    expect(result.articles.flatMap((a) => (a.title ? [a.title] : []))).toEqual(byPosition.map((a) => a.meta.title));
    for (const article of briefs.articles) {
      // The photo prints no headline: the one story read without a title.
      const read = result.articles.find((a) => (article.meta.titleDerived ? a.title === null : a.title === article.meta.title))!;
      expect(iou(read.regions![0]!, where(article)), article.slug).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("writes the regions into each article's front matter", () => {
    const out = tempDir("split-out");
    const run = split("--page", "3", "--out", out, "content/2023-12-14/pages/03.pdf");
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, "kai-fa-qu-chi-xu-you.md"), "utf8")).toMatch(/^regions:\n {2}- \{ x: 0\.\d+, y: 0\.\d+, width: 0\.\d+, height: 0\.\d+ \}$/m);
  });

  it("says in one line what to do with a scanned page", () => {
    const run = split("--out", tempDir("split-scan"), scan);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^split: .*scan\.pdf: has no text layer \(a scanned page\?\); export the page from the typesetting system with its text, or give the splitter the page's text file\n$/);
  });
});
