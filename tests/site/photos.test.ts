/**
 * Story photos in the built site: the bundled photo story's picture cropped from
 * its page PDF (figure, two WebP widths, og:image, thumbnails in lists), a photo
 * an editor names with `image:` in an edition without PDFs, the one line each bad
 * `image:` gets, and an incremental build that renders a story again when its
 * photo changes.
 */
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, page, runBuild, sharedSite, tempDir } from "../support/site.ts";

const DATE = "2023-12-14";
const PHOTO_STORY = `${DATE}/gong-ren-dui-sheng-chan-de.html`;
const CAPTION = "12月12日，在位于开发区的聊城百思特游艇有限公司生产车间";
const SITE_URL = "https://www.lcdaily.example/";

/** A JPEG of `width` × `height`: red above, blue below, so that two are told apart. */
function jpeg(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(height / 2);
  return sharp({ create: { width, height, channels: 3, background: "#c8102e" } })
    .composite([{ input: { create: { width, height: height - half, channels: 3, background: "#1f4e9c" } }, top: half, left: 0 }])
    .jpeg()
    .toBuffer();
}

/** A picture's format and size, read from its bytes (sharp would answer from its cache for a file it read before it changed). */
async function sizeOf(path: string): Promise<[string | undefined, number | undefined, number | undefined]> {
  const meta = await sharp(readFileSync(path)).metadata();
  return [meta.format, meta.width, meta.height];
}

/** A copy of `from` with `change` made to it. */
function contentCopy(from: string, change: (dir: string) => void): string {
  const dir = join(tempDir("photos"), "content");
  cpSync(from, dir, { recursive: true });
  change(dir);
  return dir;
}

/** Adds `image: <path>` to an article's front matter. */
function nameImage(dir: string, article: string, path: string): void {
  const file = join(dir, article);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, `---\nimage: ${path}\n`));
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

describe("a photo an editor names with image:", () => {
  const STORY = `${DATE}/you-ting-zhi-zao`;
  let content: string;
  let site: string;
  let first: ReturnType<typeof runBuild>;
  beforeAll(async () => {
    const picture = await jpeg(900, 600);
    content = contentCopy(FIXTURE_ARCHIVE, (dir) => {
      writeFileSync(join(dir, DATE, "03-1.jpg"), picture);
      nameImage(dir, `${STORY}.md`, "03-1.jpg");
    });
    site = join(tempDir("photos-site"), "_site");
    first = runBuild(content, site, ["--no-search"]);
    if (first.status !== 0) throw new Error(`build failed:\n${first.stderr}`);
  });

  it("shows it in an edition without page PDFs, at both widths and the file's shape", async () => {
    const $ = load(readFileSync(join(site, `${STORY}.html`), "utf8"));
    const img = $("figure.story-photo img");
    expect([img.attr("width"), img.attr("height")]).toEqual(["1280", "853"]);
    expect($("figcaption").text()).toContain("工人对生产的游艇进行表面处理");
    for (const width of [640, 1280]) {
      expect(await sizeOf(join(site, `${DATE}/photos/you-ting-zhi-zao-${width}.webp`))).toEqual(["webp", width, Math.round((width * 2) / 3)]);
    }
    expect($('meta[property="og:image"]').attr("content")).toBe(`${SITE_URL}${DATE}/photos/you-ting-zhi-zao-1280.webp`);
  });

  it("renders the story's pages again when the picture changes, and nothing when it does not", async () => {
    const again = runBuild(content, site, ["--no-search"]);
    expect(again.stdout).toMatch(/ 0 of \d+ files rendered/);
    writeFileSync(join(content, DATE, "03-1.jpg"), await jpeg(800, 800));
    const changed = runBuild(content, site, ["--no-search"]);
    expect(changed.status).toBe(0);
    expect(Number(/(\d+) of \d+ files rendered/.exec(changed.stdout)![1])).toBeGreaterThan(0);
    for (const path of [`${STORY}.html`, `zh-hant/${STORY}.html`]) {
      const $ = load(readFileSync(join(site, path), "utf8"));
      expect([$("figure img").attr("width"), $("figure img").attr("height")], path).toEqual(["1280", "1280"]);
    }
    expect(await sizeOf(join(site, `${DATE}/photos/you-ting-zhi-zao-640.webp`))).toEqual(["webp", 640, 640]);
  });

  it("takes the place of the photo cropped from the page (the bundled photo story)", async () => {
    const picture = await jpeg(900, 600);
    const content = contentCopy(BUNDLED_CONTENT, (dir) => {
      writeFileSync(join(dir, DATE, "yacht.jpg"), picture);
      nameImage(dir, `${DATE}/gong-ren-dui-sheng-chan-de.md`, "yacht.jpg");
    });
    const site = join(tempDir("photos-override"), "_site");
    const result = runBuild(content, site, ["--no-search"]);
    expect(result.status, result.stderr).toBe(0);
    const $ = load(readFileSync(join(site, PHOTO_STORY), "utf8"));
    expect($("figure.story-photo img").attr("height")).toBe("853");
    expect(await sizeOf(join(site, `${DATE}/photos/gong-ren-dui-sheng-chan-de-640.webp`))).toEqual(["webp", 640, 427]);
  });
});

describe("an image: that cannot be used", () => {
  it("is one warning line per article naming the file and the field, and the rest builds", async () => {
    const content = contentCopy(FIXTURE_ARCHIVE, (dir) => {
      nameImage(dir, `${DATE}/you-ting-zhi-zao.md`, "photos/missing.jpg");
      writeFileSync(join(dir, "2023-12-12", "notes.jpg"), "这不是图片，是一份说明。\n");
      nameImage(dir, "2023-12-12/lu-chan-bao-hu.md", "notes.jpg");
      // A link in the edition folder to a file elsewhere.
      symlinkSync(join(dir, "site.json"), join(dir, DATE, "linked.jpg"));
      nameImage(dir, `${DATE}/gao-tang-gong-lu.md`, "linked.jpg");
    });
    const site = join(tempDir("photos-bad"), "_site");
    const result = runBuild(content, site, ["--no-search"]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.split("\n").filter((l) => l.includes(": image: "));
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: .*2023-12-14\/you-ting-zhi-zao\.md: image: photos\/missing\.jpg is not in the edition folder 2023-12-14\/; put the picture there, or correct the path/));
    expect(lines).toContainEqual(expect.stringMatching(/^warning: .*2023-12-12\/lu-chan-bao-hu\.md: image: notes\.jpg is not a picture the build can read \(.+\); export it again as JPEG or PNG/));
    expect(lines).toContainEqual(expect.stringMatching(/^warning: .*2023-12-14\/gao-tang-gong-lu\.md: image: linked\.jpg is a link to a file outside the edition folder; copy the picture into the folder/));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(load(readFileSync(join(site, `${DATE}/you-ting-zhi-zao.html`), "utf8"))("figure")).toHaveLength(0);
  });

  it("outside the edition folder stops the build with one line naming the file and the field", () => {
    const content = contentCopy(FIXTURE_ARCHIVE, (dir) => nameImage(dir, `${DATE}/you-ting-zhi-zao.md`, "../site.json"));
    const result = runBuild(content, join(tempDir("photos-outside"), "_site"), ["--no-search"]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.includes("image"));
    expect(lines).toEqual([expect.stringMatching(/2023-12-14\/you-ting-zhi-zao\.md: image: must be a path inside the edition folder, e\.g\. photos\/03-1\.jpg/)]);
  });
});
