/**
 * Story photos in the built site: the bundled photo story's picture cropped from
 * its page PDF (figure, two WebP widths, og:image, thumbnails in lists).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_CONTENT, page, sharedSite } from "../support/site.ts";

const DATE = "2023-12-14";
const PHOTO_STORY = `${DATE}/gong-ren-dui-sheng-chan-de.html`;
const CAPTION = "12月12日，在位于开发区的聊城百思特游艇有限公司生产车间";
const SITE_URL = "https://www.lcdaily.example/";

/** A picture's format and size, read from its bytes (sharp would answer from its cache for a file it read before it changed). */
async function sizeOf(path: string): Promise<[string | undefined, number | undefined, number | undefined]> {
  const meta = await sharp(readFileSync(path)).metadata();
  return [meta.format, meta.width, meta.height];
}

describe("the bundled photo story, cropped from page 3's PDF", () => {
  let site: string;
  beforeAll(() => {
    site = sharedSite(BUNDLED_CONTENT);
  });

  it("publishes the crop as WebP at 640 and 1280 pixels, the picture's shape", async () => {
    for (const width of [640, 1280]) {
      const [format, w, h] = await sizeOf(join(site, `${DATE}/photos/gong-ren-dui-sheng-chan-de-${width}.webp`));
      expect([format, w]).toEqual(["webp", width]);
      // Printed at 376.5 × 204 pt, the picture's 480 × 260 to a fraction of a pixel at 1,280.
      expect(Math.abs(h! - (width * 260) / 480)).toBeLessThanOrEqual(1);
    }
  });

  for (const [script, path] of [["Simplified", PHOTO_STORY], ["Traditional", `zh-hant/${PHOTO_STORY}`]] as const) {
    it(`shows it above the caption, with both widths, its size, its title as alt text and the credit (${script})`, () => {
      const $ = page(site, path);
      const figure = $("article.story figure.story-photo");
      expect(figure).toHaveLength(1);
      const img = figure.find("img");
      const srcset = img.attr("srcset")!.split(", ").map((s) => s.split(" "));
      expect(srcset.map(([, w]) => w)).toEqual(["640w", "1280w"]);
      // Every file the page names is in the site, from either script's folder.
      for (const [src] of srcset) expect(existsSync(join(site, path, "..", src!)), src).toBe(true);
      expect(existsSync(join(site, path, "..", img.attr("src")!))).toBe(true);
      expect([img.attr("width"), img.attr("height")]).toEqual(["1280", "694"]);
      expect(img.attr("alt")).toBe($("h1").text());
      // The article's main picture is loaded at once.
      expect(img.attr("loading")).toBeUndefined();
      // The image comes first, the caption (the story's text) and the photographer under it, once.
      expect(figure.children().first().is("img")).toBe(true);
      const caption = figure.find("figcaption");
      expect(caption.find(".photo-caption").text()).toContain(script === "Simplified" ? CAPTION : "12月12日，在位於開發區");
      expect(caption.find(".credit").text()).toMatch(/许金松|許金松/);
      expect($(".credit")).toHaveLength(1);
      expect($("article.story > .story-body")).toHaveLength(0);
    });
  }

  it("makes the 1280 px crop the article's og:image and its JSON-LD image", () => {
    const $ = page(site, PHOTO_STORY);
    const url = `${SITE_URL}${DATE}/photos/gong-ren-dui-sheng-chan-de-1280.webp`;
    expect($('meta[property="og:image"]').attr("content")).toBe(url);
    expect($('meta[property="og:image:width"]').attr("content")).toBe("1280");
    expect($('meta[property="og:image:height"]').attr("content")).toBe("694");
    expect(JSON.parse($('script[type="application/ld+json"]').text()).image).toEqual([url]);
    expect(page(site, `zh-hant/${PHOTO_STORY}`)('meta[property="og:image"]').attr("content")).toBe(url);
  });

  it("gives the stories without a picture on the page no figure and no og:image", () => {
    for (const slug of ["kai-fa-qu-chi-xu-you", "zheng-wu-gong-kai-quan-guo"]) {
      const $ = page(site, `${DATE}/${slug}.html`);
      expect($("figure")).toHaveLength(0);
      expect($('meta[property="og:image"]')).toHaveLength(0);
    }
  });

  it("shows the photo as the story's thumbnail in the lists that carry it, loaded lazily", () => {
    for (const path of [`${DATE}/index.html`, "index.html", "sections/tu-pian-xin-wen/index.html", "zh-hant/sections/tu-pian-xin-wen/index.html", "reporters/xu-jin-song/index.html"]) {
      const $ = page(site, path);
      const thumbs = $(".teaser-thumb img");
      expect(thumbs.length, path).toBeGreaterThanOrEqual(1);
      const img = thumbs.first();
      expect(img.attr("loading")).toBe("lazy");
      expect(existsSync(join(site, path, "..", img.attr("src")!)), `${path}: ${img.attr("src")}`).toBe(true);
      expect(img.closest("article").find(".teaser-title a").attr("href")).toMatch(/gong-ren-dui-sheng-chan-de\.html$/);
    }
  });
});
