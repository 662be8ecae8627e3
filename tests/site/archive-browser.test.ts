/**
 * 往期 as a calendar in chromium: the fixture archive with editions added in an
 * earlier month and an earlier year, so that there are two year pages and two
 * months a year. Every edition is linked and each link opens its edition, from
 * disk and from a subfolder over http, in both scripts; 375 and 1280 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeInBrowser, fileUrl, horizontalOverflow, launchBrowser, openPage, overflowingElements, screenshot, seriousViolations } from "../support/browser.ts";
import { serveSite } from "../support/serve.ts";
import { FIXTURE_ARCHIVE, buildSite, tempDir } from "../support/site.ts";

/** The fixture's editions, and copies of two of them on other days. */
const COPIES = { "2023-12-12": "2022-12-30", "2023-12-13": "2023-01-02" } as const;
const EDITIONS = ["2022-12-30", "2023-01-02", "2023-12-12", "2023-12-13", "2023-12-14"];

/** The calendar links of the open page: where each goes, and the date it names. */
function calendarLinks(page: Page) {
  return page.$$eval(".calendar a", (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, date: a.querySelector("time")!.getAttribute("datetime")! })));
}

/** Every calendar link across the year pages, from the 往期 page at `start`, following the year links. */
async function everyYear(page: Page, start: string) {
  await page.goto(start);
  const years = await page.$$eval(".archive-years a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
  const found: { href: string; date: string }[] = [];
  for (const year of years.length ? years : [start]) {
    await page.goto(year);
    found.push(...(await calendarLinks(page)));
  }
  return { years, found };
}

/** Clicks every calendar link of every year page in turn and says which edition each opened. */
async function openEach(page: Page, start: string): Promise<string[]> {
  const problems: string[] = [];
  const { years, found } = await everyYear(page, start);
  for (const year of years) {
    await page.goto(year);
    const count = await page.locator(".calendar a").count();
    for (let i = 0; i < count; i++) {
      await page.goto(year);
      const link = page.locator(".calendar a").nth(i);
      const date = await link.locator("time").getAttribute("datetime");
      await link.click();
      await page.waitForLoadState();
      const opened = await page.getAttribute(".edition-date time", "datetime");
      if (opened !== date) problems.push(`${date} opened ${page.url()} (${opened})`);
    }
  }
  if (found.length !== EDITIONS.length) problems.push(`${found.length} links for ${EDITIONS.length} editions`);
  return problems;
}

describeInBrowser("往期 as a calendar", () => {
  let site: string;
  let browser: Browser;
  beforeAll(async () => {
    const content = join(tempDir("calendar"), "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    for (const [from, to] of Object.entries(COPIES)) {
      cpSync(join(content, from), join(content, to), { recursive: true });
      for (const name of readdirSync(join(content, to))) {
        const path = join(content, to, name);
        writeFileSync(path, readFileSync(path, "utf8").replaceAll(from, to));
      }
    }
    site = buildSite(content, "calendar-site", ["--no-search"]);
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("puts each year on a page, the newest at archive/index.html, with every edition on its day", async () => {
    const page = await openPage(browser, fileUrl(site, "archive/index.html"));
    const { years, found } = await everyYear(page, fileUrl(site, "archive/index.html"));
    expect(years).toEqual([fileUrl(site, "archive/index.html"), fileUrl(site, "archive/2022.html")]);
    expect(found.map((l) => l.date).sort()).toEqual(EDITIONS);
    for (const { href, date } of found) expect(href).toBe(fileUrl(site, `${date}/index.html`));
    // The newest month first: 2023 shows December, then January.
    await page.goto(fileUrl(site, "archive/index.html"));
    expect(await page.$$eval(".calendar-month h2", (hs) => hs.map((h) => h.textContent))).toEqual(["2023年12月", "2023年1月"]);
    expect(await page.getAttribute(".archive-years [aria-current=page]", "href")).toBe("index.html");
    await page.close();
  });

  for (const [script, prefix] of [["Simplified", ""], ["Traditional", "zh-hant/"]] as const) {
    it(`opens the edition of each link, from disk (${script})`, async () => {
      const page = await openPage(browser, fileUrl(site, `${prefix}archive/index.html`), 375);
      expect(await openEach(page, fileUrl(site, `${prefix}archive/index.html`))).toEqual([]);
      await page.close();
    });
  }

  it("opens the edition of each link, from a subfolder over http", async () => {
    const served = await serveSite(site);
    try {
      const page = await openPage(browser, `${served.url}archive/index.html`, 1280);
      expect(await openEach(page, `${served.url}archive/index.html`)).toEqual([]);
      expect(served.requests.filter((r) => !r.startsWith("/paper/"))).toEqual([]);
      await page.close();
    } finally {
      await served.close();
    }
  });

  for (const path of ["archive/index.html", "zh-hant/archive/2022.html"]) {
    it(`fits seven thumb-sized days across 375 px, and axe finds nothing serious: ${path}`, async () => {
      const page = await openPage(browser, fileUrl(site, path), 375);
      expect(await horizontalOverflow(page), (await overflowingElements(page)).join("\n")).toBe(0);
      const cells = await page.$$eval(".calendar a", (links) => links.map((a) => { const r = a.getBoundingClientRect(); return { width: r.width, height: r.height }; }));
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.width).toBeGreaterThanOrEqual(40);
        expect(cell.height).toBeGreaterThanOrEqual(40);
      }
      // Monday first; a screen reader hears 星期一, not 一.
      expect(await page.locator(".calendar").first().locator("thead th").allTextContents()).toEqual(["一星期一", "二星期二", "三星期三", "四星期四", "五星期五", "六星期六", "日星期日"]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `archive-${path.startsWith("zh-hant") ? "hant-" : ""}375`);
      await page.close();
    });
  }

  it("sets a year's months side by side at 1280 px", async () => {
    const page = await openPage(browser, fileUrl(site, "archive/index.html"), 1280);
    const months = await page.$$eval(".calendar-month", (sections) => sections.map((s) => { const r = s.getBoundingClientRect(); return { top: Math.round(r.top), left: r.left, width: r.width }; }));
    expect(months).toHaveLength(2);
    expect(months[1]!.top).toBe(months[0]!.top);
    expect(months[1]!.left).toBeGreaterThan(months[0]!.left + months[0]!.width);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "archive-1280");
    await page.close();
  });
});
