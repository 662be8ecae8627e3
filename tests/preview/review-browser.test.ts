/**
 * Review notes where the text is: under `npm run serve` an article with open notes
 * shows them above its text with the words marked where they stand, and 待核对
 * lists every note, linked; `npm run build` of the same content has none of it, in
 * either script, in the feeds or in the search index.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, launchBrowser, openPage, screenshot, seriousViolations } from "../support/browser.ts";
import { startPreview, type Preview } from "../support/preview.ts";
import { BUNDLED_CONTENT, buildSite, listFiles, ROOT, tempDir } from "../support/site.ts";

const ARTICLE = "2023-12-14/zheng-wu-gong-kai-quan-guo.html";
/** What only the preview's review shows: the box, the marks, the page and the notes' own words. */
const REVIEW_TRACES = ["review-box", "review-mark", "待核对", "待核對", "请核对后删除此条", "請核對後刪除此條"];

/** The bundled page split afresh: eight open notes, 步人 among them, none resolved yet. */
function splitContent(): string {
  const content = join(tempDir("review"), "content");
  mkdirSync(content, { recursive: true });
  for (const file of ["site.json", "opencc-overrides.txt"]) copyFileSync(join(BUNDLED_CONTENT, file), join(content, file));
  const split = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/split.ts", "--date", "2023-12-14", "--page", "3", "--page-name", "综合", "--section", "综合", "--out", join(content, "2023-12-14"), "tests/fixtures/pages/liaocheng-daily-page.txt"], { cwd: ROOT, encoding: "utf8" });
  if (split.status !== 0) throw new Error(`split failed: ${split.stderr}`);
  return content;
}

describeInBrowser("review notes in the live preview", () => {
  let content: string;
  let preview: Preview;
  let browser: Browser;

  beforeAll(async () => {
    content = splitContent();
    preview = await startPreview(content, { args: [`--output=${join(tempDir("review-serve"), "preview")}`] });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it("shows the notes above the article's text, each with its line and rule, and marks 步人 where it stands", async () => {
    const page = await openPage(browser, preview.url + ARTICLE, 1000);
    const box = page.locator(".review-box");
    await expect.poll(() => box.count()).toBe(1);
    expect(await box.locator("li").count()).toBe(1);
    expect(await box.locator(".review-line").innerText()).toBe("原稿第13行");
    expect(await box.locator(".review-rule").innerText()).toBe("ocr-suspect");
    expect(await box.locator(".review-note").innerText()).toBe("疑似OCR错误“步人”（步入？），请核对后删除此条");
    // Above the text: the box comes before the story.
    expect(await page.evaluate(() => document.querySelector(".review-box")!.compareDocumentPosition(document.querySelector(".story")!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    const mark = page.locator(".story-body p mark.review-mark");
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe("步人");
    expect(await mark.evaluate((m) => m.parentElement!.textContent!.startsWith("步人市政府办公楼北楼"))).toBe(true);
    await box.locator("a.review-words").click();
    expect(page.url()).toMatch(/#review-1-text$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "review-article");
    await page.close();
  });

  it("shows them in the Traditional script too, the words marked in its text", async () => {
    const page = await openPage(browser, `${preview.url}zh-hant/2023-12-14/kai-fa-qu-chi-xu-you.html`, 1000);
    expect(await page.locator(".review-box li").count()).toBe(2);
    // 惡感蹟 stands in the banner above the headline, 位列全市第 at the end of a paragraph.
    expect(await page.locator(".story .column mark.review-mark").allInnerTexts()).toEqual(["惡感蹟"]);
    expect(await page.locator(".story-body mark.review-mark").allInnerTexts()).toEqual(["位列全市第"]);
    await page.close();
  });

  it("lists every open note on 待核对, linked to the note on its article", async () => {
    const page = await openPage(browser, `${preview.url}review/index.html`, 1000);
    expect(await page.locator("h1").innerText()).toBe("待核对");
    expect(await page.locator(".review-notes li").count()).toBe(8);
    expect(await page.locator(".review-intro").innerText()).toContain("共8条");
    const link = page.locator(".review-notes a", { hasText: "步人" });
    expect(await link.getAttribute("href")).toBe(`../${ARTICLE}#review-1`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "review-page");
    await link.click();
    await page.waitForURL(/zheng-wu-gong-kai-quan-guo\.html#review-1$/);
    expect(await page.locator(".review-box #review-1").count()).toBe(1);
    // Every page of the preview links to 待核对.
    expect(await page.locator(".masthead .review-link a").getAttribute("href")).toBe("../review/index.html");
    await page.close();
  });
});

it("leaves every trace of review out of npm run build: both scripts, feeds, search", () => {
  const site = buildSite(splitContent(), "review-build");
  const files = listFiles(site);
  expect(files).toContain(ARTICLE);
  expect(files).toContain(`zh-hant/${ARTICLE}`);
  expect(files.filter((f) => f.startsWith("review/") || f.startsWith("zh-hant/review/"))).toEqual([]);
  const text = files.filter((f) => /\.(html|xml|json|txt)$/.test(f));
  expect(text.some((f) => f.endsWith("feed.xml")) && text.some((f) => f.endsWith("feed.json"))).toBe(true);
  for (const file of text) {
    const body = readFileSync(join(site, file), "utf8");
    for (const trace of REVIEW_TRACES) expect(body.includes(trace), `${file} contains ${trace}`).toBe(false);
  }
  // The text is there, unmarked: 步人 stands in the built article as printed.
  expect(readFileSync(join(site, ARTICLE), "utf8")).toContain("<p>步人市政府办公楼北楼");
  // The search index's files (terms and what results show) are text too, checked above; this is what results show.
  const fragments = files.filter((f) => /^search-index\/[^/]+\/han[st]\/\d+\.json$/.test(f));
  expect(fragments.length).toBeGreaterThan(0);
  const searched = fragments.map((f) => readFileSync(join(site, f), "utf8")).join("\n");
  expect(searched).toContain("步人市政府办公楼北楼");
  for (const trace of REVIEW_TRACES) expect(searched).not.toContain(trace);
  expect(searched).toContain('"url":"zh-hant/2023-12-14/zheng-wu-gong-kai-quan-guo.html"');
}, 180_000);
