/**
 * The 版面 page of the bundled edition (its stand-in page 3 PDF) in chromium:
 * regions open their stories in both scripts, every region takes keyboard focus
 * and is named by its story's title, axe, 375 px, from disk and from a subfolder.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, fileUrl, horizontalOverflow, launchBrowser, openPage, overflowingElements, screenshot, seriousViolations } from "../support/browser.ts";
import { serveSite } from "../support/serve.ts";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readContent } from "../../src/site/content.ts";
import { pageHtml, printScan, storiesFrom } from "../support/newspaper-page.ts";
import { BUNDLED_CONTENT, runBuild, tempDir, type BuildResult } from "../support/site.ts";

const PAGE = "2023-12-14/pages/03.html";
const STORIES = 7;

/** The regions' accessible names and targets, in tab order. */
function regions(page: Page) {
  return page.$$eval(".region", (links) => links.map((a) => ({ name: a.getAttribute("aria-label"), href: (a as HTMLAnchorElement).href })));
}

describeInBrowser("the 版面 page", () => {
  let site: string;
  let browser: Browser;
  let built: BuildResult;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The bundled edition, and a page 4 that arrived as a scan (an image without text).
    const content = join(tempDir("printed"), "content");
    cpSync(BUNDLED_CONTENT, content, { recursive: true });
    await printScan(browser, pageHtml(storiesFrom(readContent(content).articles.slice(0, 3)), { paper: "聊城日报", date: "2023年12月14日", page: 4, pageName: "扫描" }), join(content, "2023-12-14/pages/04.pdf"));
    // A story of page 4, which a scan cannot place.
    const story = readFileSync(join(content, "2023-12-14/kai-fa-qu-chi-xu-you.md"), "utf8").replace("page: 3", "page: 4").replace(/^title: .*$/m, "title: 扫描版上的文章");
    writeFileSync(join(content, "2023-12-14/sao-miao.md"), story);
    site = join(tempDir("printed-site"), "_site");
    built = runBuild(content, site, ["--no-search"]);
    if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  });
  afterAll(() => browser?.close());

  for (const [script, path, title] of [["Simplified", PAGE, "开发区持续优化营商环境"], ["Traditional", `zh-hant/${PAGE}`, "開發區持續優化營商環境"]] as const) {
    it(`clicking a story's region opens the story (${script})`, async () => {
      const page = await openPage(browser, fileUrl(site, path), 1280);
      const region = page.locator(`.region[aria-label="${title}"]`);
      await expect(region.count()).resolves.toBe(1);
      // A click in the region's middle, where a reader taps the printed story (scrolled to, as a reader would).
      await region.scrollIntoViewIfNeeded();
      const box = (await region.boundingBox())!;
      expect(box.width * box.height).toBeGreaterThan(20_000);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL(/kai-fa-qu-chi-xu-you\.html$/);
      expect(page.url()).toBe(fileUrl(site, path.replace("pages/03.html", "kai-fa-qu-chi-xu-you.html")));
      expect(await page.textContent("h1")).toBe(title);
      await page.close();
    });
  }

  it("names every region by its story's title, and the story that jumps has both places", async () => {
    const page = await openPage(browser, fileUrl(site, PAGE));
    const found = await regions(page);
    expect(new Set(found.map((r) => r.href)).size).toBe(STORIES);
    expect(found).toHaveLength(STORIES + 1);
    expect(found.filter((r) => r.name === "政务公开“全国优秀”是这样炼成的")).toHaveLength(2);
    const listed = await page.$$eval(".printed-stories a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(found.map((r) => r.href))).toEqual(new Set(listed));
    await page.close();
  });

  it("keyboard focus reaches every region, and a focused region is highlighted", async () => {
    const page = await openPage(browser, fileUrl(site, PAGE));
    const count = (await regions(page)).length;
    const reached = new Set<number>();
    for (let i = 0; i < 60 && reached.size < count; i++) {
      await page.keyboard.press("Tab");
      const index = await page.evaluate(() => [...document.querySelectorAll(".region")].indexOf(document.activeElement!));
      if (index >= 0) {
        reached.add(index);
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
        expect(outline).toBe("solid");
      }
    }
    expect(reached.size).toBe(count);
    await page.close();
  });

  for (const path of [PAGE, `zh-hant/${PAGE}`]) {
    it(`axe finds no serious or critical problems, nothing overflows at 375 px: ${path}`, async () => {
      const page = await openPage(browser, fileUrl(site, path), 375);
      expect(await horizontalOverflow(page), (await overflowingElements(page)).join("\n")).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it("prints the page image and its stories, without the buttons and thumbnails", async () => {
    const page = await openPage(browser, fileUrl(site, PAGE));
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      Object.fromEntries([".printed-page img", ".printed-stories", ".printed-turn", ".printed-strip"].map((s) => [s, getComputedStyle(document.querySelector(s)!).display !== "none"])),
    );
    expect(shown).toEqual({ ".printed-page img": true, ".printed-stories": true, ".printed-turn": false, ".printed-strip": false });
    // A printed story does not offer 看版面, a link paper cannot follow.
    await page.goto(fileUrl(site, "2023-12-14/kai-fa-qu-chi-xu-you.html"));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".printed-page-link")!).display)).toBe("none");
    await page.close();
  });

  it("lists the 版面 pages in the sitemap, with their edition's date", () => {
    const sitemap = readFileSync(join(site, "sitemaps/2023.xml"), "utf8");
    expect(sitemap).toMatch(/<loc>[^<]*\/2023-12-14\/pages\/03\.html<\/loc>\n\s*<lastmod>2023-12-14<\/lastmod>/);
    expect(sitemap).toContain("/zh-hant/2023-12-14/pages/04.html</loc>");
  });

  it("builds a scanned page with one warning and shows its image, without regions", async () => {
    expect(built.stderr).toMatch(/^warning: .*2023-12-14\/pages\/04\.pdf: has no text layer \(a scanned page\?\)/m);
    const page = await openPage(browser, fileUrl(site, "2023-12-14/pages/04.html"), 375);
    expect(await page.evaluate(() => document.querySelector<HTMLImageElement>(".printed-page img")!.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator(".region").count()).toBe(0);
    expect(await page.textContent(".printed-stories li")).toBe("扫描版上的文章 （未在版面图上标出）");
    await page.close();
  });

  it("上一版/下一版, PDF 下载 and the thumbnails work from a subfolder over http", async () => {
    const served = await serveSite(site);
    try {
      const page = await openPage(browser, `${served.url}2023-12-14/index.html`, 375);
      await page.click(".printed-strip a >> nth=1");
      expect(page.url()).toBe(`${served.url}2023-12-14/pages/04.html`);
      await page.click("a[rel=prev]");
      expect(page.url()).toBe(`${served.url}${PAGE}`);
      expect(await page.textContent("a[rel=next]")).toBe("下一版 ›");
      expect(await page.getAttribute(".printed-strip [aria-current=page]", "href")).toBe("03.html");
      const pdf = await page.getAttribute(".pdf-download", "href");
      const response = await page.request.get(new URL(pdf!, page.url()).href);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
      const image = await page.evaluate(() => { const img = document.querySelector<HTMLImageElement>(".printed-page img")!; return { loaded: img.complete && img.naturalWidth, src: img.currentSrc }; });
      expect(image.loaded).toBeGreaterThan(0);
      expect(served.requests.filter((r) => !r.startsWith("/paper/"))).toEqual([]);
      await page.close();
    } finally {
      await served.close();
    }
  });

  it("takes screenshots at 375 and 1280 px", async () => {
    for (const [width, path, name] of [[375, PAGE, "printed-page-375"], [1280, PAGE, "printed-page-1280"], [375, `zh-hant/${PAGE}`, "printed-page-hant-375"], [1280, "2023-12-14/index.html", "edition-strip-1280"]] as const) {
      const page = await openPage(browser, fileUrl(site, path), width);
      if (width === 1280 && path === PAGE) await page.focus(".region >> nth=3");
      await screenshot(page, name);
      await page.close();
    }
  });
});
