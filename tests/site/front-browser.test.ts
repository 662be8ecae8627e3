/**
 * The front page of the bundled edition, whose first page (第3版) has its PDF, in
 * chromium at 375 and 1280 px and in both scripts: the page's image large beside
 * the lead and the page's stories, its regions links; the lead once; 头条 in the
 * largest type; nothing empty beside the image on a desktop.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, fileUrl, horizontalOverflow, launchBrowser, openPage, overflowingElements, screenshot, seriousViolations } from "../support/browser.ts";
import { BUNDLED_CONTENT, buildSite } from "../support/site.ts";

const LEAD = { hans: "政务公开“全国优秀”是这样炼成的", hant: "政務公開「全國優秀」是這樣煉成的" };
/** The bundled page 3: seven stories, one of them jumping to a second place on the page. */
const STORIES = 7;

/** Where the parts of the front are on the page, and what they show. */
function front(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height } : null;
    };
    const img = document.querySelector<HTMLImageElement>(".front-image img");
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const others = [...document.querySelectorAll(".paper-page .teaser-title")];
    return {
      image: box(".front-image img"),
      loaded: img ? img.complete && img.naturalWidth > 0 : false,
      regions: document.querySelectorAll(".front-image .region").length,
      lead: box(".lead-story"),
      page: box(".with-page-image .paper-page"),
      main: box("main"),
      /** The lead's headline and the largest other one. */
      leadSize: size(document.querySelector(".lead-story .teaser-title")!),
      otherSize: Math.max(...others.map(size)),
      /** Every headline link's text, lead included. */
      titles: [...document.querySelectorAll(".teaser-title a")].map((a) => a.textContent),
      strip: document.querySelectorAll(".printed-strip").length,
    };
  });
}

describeInBrowser("the e-paper front page", () => {
  let site: string;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite(BUNDLED_CONTENT, "front", ["--no-search"]);
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const [script, prefix] of [["hans", ""], ["hant", "zh-hant/"]] as const) {
    for (const width of [375, 1280]) {
      it(`shows the first page's image and the lead once, 头条 the largest headline: ${script} at ${width} px`, async () => {
        const page = await openPage(browser, fileUrl(site, `${prefix}index.html`), width);
        const f = await front(page);
        expect(f.loaded).toBe(true);
        expect(f.regions).toBe(STORIES + 1);
        // The lead once among the headlines; the other six stories of the page below it.
        expect(f.titles.filter((t) => t === LEAD[script])).toHaveLength(1);
        expect(f.titles).toHaveLength(STORIES);
        expect(f.leadSize / f.otherSize).toBeGreaterThanOrEqual(1.5);
        // The single printed page is already shown large: no strip of one thumbnail.
        expect(f.strip).toBe(0);
        if (width === 1280) {
          // The image fills the left half of the column, the lead and the page's stories the right, from the same line.
          expect(f.image!.width).toBeGreaterThanOrEqual(0.45 * f.main!.width - 32);
          expect(f.lead!.left).toBeGreaterThanOrEqual(f.image!.right);
          expect(Math.abs(f.lead!.top - f.image!.top)).toBeLessThan(40);
          expect(f.page!.left).toBe(f.lead!.left);
          expect(f.page!.bottom).toBeGreaterThanOrEqual(f.image!.bottom);
        } else {
          // A phone reads the lead, then the page across the screen, then the page's stories.
          expect(f.image!.width).toBeGreaterThanOrEqual(width - 40);
          expect(f.image!.top).toBeGreaterThan(f.lead!.bottom - 1);
          expect(f.page!.top).toBeGreaterThan(f.image!.bottom);
          expect(await horizontalOverflow(page), (await overflowingElements(page)).join("\n")).toBe(0);
        }
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `front-${script}-${width}`);
        await page.close();
      });
    }
  }

  it("opens a story from its region on the front page's image", async () => {
    const page = await openPage(browser, fileUrl(site, "index.html"), 1280);
    const region = page.locator('.front-image .region[aria-label="开发区持续优化营商环境"]');
    const box = (await region.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/kai-fa-qu-chi-xu-you\.html$/);
    expect(page.url()).toBe(fileUrl(site, "2023-12-14/kai-fa-qu-chi-xu-you.html"));
    await page.close();
  });

  it("gives the edition's own page the same front", async () => {
    const page = await openPage(browser, fileUrl(site, "2023-12-14/index.html"), 1280);
    const f = await front(page);
    expect(f.loaded).toBe(true);
    expect(f.lead!.left).toBeGreaterThanOrEqual(f.image!.right);
    expect(f.titles.filter((t) => t === LEAD.hans)).toHaveLength(1);
    await screenshot(page, "front-edition-1280");
    await page.close();
  });
});
