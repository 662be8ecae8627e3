/**
 * The bundled photo story in chromium at 375 and 1280 px, opened from disk: its
 * photo, cropped from page 3's PDF, loads and shows the picture (sky and hull, not
 * a blank or a block of text), above its caption and credit, within the screen;
 * the sharper file on a 2× screen; the thumbnail beside its headline in the edition.
 */
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, fileUrl, horizontalOverflow, launchBrowser, openPage, overflowingElements, screenshot, seriousViolations } from "../support/browser.ts";
import { BUNDLED_CONTENT, sharedSite } from "../support/site.ts";

const STORY = "2023-12-14/gong-ren-dui-sheng-chan-de.html";
const CAPTION = "在位于开发区的聊城百思特游艇有限公司生产车间";

/** Waits for the images to load, and gives each one's file and natural width (in CSS pixels: a srcset's file at its density). */
async function loadedImages(page: Page, selector: string): Promise<{ src: string; naturalWidth: number }[]> {
  await page.$$eval(selector, (imgs) => Promise.all(imgs.map((img) => { img.setAttribute("loading", "eager"); return (img as HTMLImageElement).decode(); })));
  return page.$$eval(selector, (imgs) => imgs.map((img) => ({ src: (img as HTMLImageElement).currentSrc, naturalWidth: (img as HTMLImageElement).naturalWidth })));
}

/** What the reader sees of an element, as shares of its pixels: sky blue, the hull's dark blue, white paper, grey ink. */
async function shownColours(page: Page, selector: string): Promise<{ sky: number; hull: number; white: number; ink: number }> {
  const { data, info } = await sharp(await page.locator(selector).screenshot()).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const count = { sky: 0, hull: 0, white: 0, ink: 0 };
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r > 245 && g > 245 && b > 245) count.white++;
    else if (b - r >= 10 && r > 100) count.sky++;
    else if (Math.abs(r - 0x34) < 25 && Math.abs(g - 0x50) < 25 && Math.abs(b - 0x6b) < 25) count.hull++;
    else if (Math.abs(r - b) < 12 && r < 160) count.ink++;
  }
  const pixels = info.width * info.height;
  return { sky: count.sky / pixels, hull: count.hull / pixels, white: count.white / pixels, ink: count.ink / pixels };
}

describeInBrowser("a photo story's photo in a browser", () => {
  let site: string;
  let browser: Browser;
  beforeAll(async () => {
    site = sharedSite(BUNDLED_CONTENT);
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const width of [375, 1280]) {
    it(`shows the cropped photo above its caption at ${width} px`, async () => {
      const page = await openPage(browser, fileUrl(site, STORY), width);
      const [img] = await loadedImages(page, ".story-photo img");
      expect(img!.src).toMatch(/\/2023-12-14\/photos\/gong-ren-dui-sheng-chan-de-640\.webp$/);
      expect(img!.naturalWidth).toBeGreaterThan(0);
      const box = (await page.locator(".story-photo img").boundingBox())!;
      const text = (await page.locator(".story-body, .photo-caption").first().boundingBox())!;
      // As wide as the text under it (the column), in the picture's shape, the caption below it.
      expect(Math.abs(box.width - text.width)).toBeLessThanOrEqual(1);
      expect(box.height / box.width).toBeCloseTo(260 / 480, 1);
      expect(text.y).toBeGreaterThanOrEqual(box.y + box.height);
      expect(await page.locator("figure.story-photo figcaption").innerText()).toContain(CAPTION);
      expect(await page.locator("figure.story-photo figcaption .credit").innerText()).toMatch(/许金松\s*摄/);
      // The picture itself: its sky and its hull fill it, no paper around it, no text in it.
      const colours = await shownColours(page, ".story-photo img");
      expect(colours.sky, JSON.stringify(colours)).toBeGreaterThan(0.6);
      expect(colours.hull, JSON.stringify(colours)).toBeGreaterThan(0.1);
      expect(colours.white + colours.ink, JSON.stringify(colours)).toBeLessThan(0.02);
      expect(await horizontalOverflow(page), (await overflowingElements(page)).join("\n")).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `photo-story-${width}`);
      await page.close();
    });
  }

  it("gives a 2× desktop screen the 1280 px file", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
    await page.goto(fileUrl(site, `zh-hant/${STORY}`));
    const [img] = await loadedImages(page, ".story-photo img");
    expect(img!.src).toMatch(/\/2023-12-14\/photos\/gong-ren-dui-sheng-chan-de-1280\.webp$/);
    expect(img!.naturalWidth).toBeGreaterThan(0);
    await page.close();
  });

  for (const width of [375, 1280]) {
    it(`shows the photo story's thumbnail beside its headline in the edition at ${width} px`, async () => {
      const page = await openPage(browser, fileUrl(site, "2023-12-14/index.html"), width);
      const thumbs = await loadedImages(page, ".teaser-thumb img");
      expect(thumbs).toHaveLength(1);
      expect(thumbs[0]!.src).toMatch(/\/photos\/gong-ren-dui-sheng-chan-de-640\.webp$/);
      expect(thumbs[0]!.naturalWidth).toBeGreaterThan(0);
      const teaser = page.locator("article.has-photo");
      const thumb = (await teaser.locator(".teaser-thumb").boundingBox())!;
      const title = (await teaser.locator(".teaser-title a").boundingBox())!;
      expect(thumb.width).toBeGreaterThanOrEqual(100);
      // Beside the headline, at its level, within the teaser.
      expect(thumb.x).toBeGreaterThanOrEqual(title.x + title.width - 1);
      expect(thumb.y).toBeLessThan(title.y + title.height);
      expect((await shownColours(page, "article.has-photo .teaser-thumb img")).sky).toBeGreaterThan(0.6);
      expect(await horizontalOverflow(page), (await overflowingElements(page)).join("\n")).toBe(0);
      await teaser.scrollIntoViewIfNeeded();
      await screenshot(page, `photo-teaser-${width}`);
      await page.close();
    });
  }
});
