/** The built fixture archive in headless chromium, opened from disk (file://). */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, fileUrl, horizontalOverflow, launchBrowser, openPage, overflowingElements, screenshot, seriousViolations } from "../support/browser.ts";
import { FIXTURE_ARCHIVE, sharedSite } from "../support/site.ts";

describeInBrowser("the edition site in a browser", () => {
  let site: string;
  let browser: Browser;
  beforeAll(async () => {
    site = sharedSite(FIXTURE_ARCHIVE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("front page → article → switch script lands on the same article in Traditional", async () => {
    const page = await openPage(browser, fileUrl(site, "index.html"), 375);
    await page.click(".lead-story .teaser-title a");
    expect(page.url()).toBe(fileUrl(site, "2023-12-14/zheng-wu-gong-kai.html"));
    expect(await page.textContent("h1")).toBe("政务公开“全国优秀”是这样炼成的");
    await page.click(".script-switch a");
    expect(page.url()).toBe(fileUrl(site, "zh-hant/2023-12-14/zheng-wu-gong-kai.html"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hant");
    expect(await page.textContent("h1")).toBe("政務公開「全國優秀」是這樣煉成的");
    await page.click(".script-switch a");
    expect(page.url()).toBe(fileUrl(site, "2023-12-14/zheng-wu-gong-kai.html"));
    await page.close();
  });

  const PAGES = ["index.html", "2023-12-14/gao-tang-gong-lu.html", "sections/yao-wen/index.html", "archive/index.html", "2023-12-12/index.html", "reporters/zhao-zong-feng/index.html"];
  const BOTH = PAGES.flatMap((p) => [p, `zh-hant/${p}`]);

  it.each(BOTH)("nothing overflows at 375 px: %s", async (path) => {
    const page = await openPage(browser, fileUrl(site, path), 375);
    const overflow = await horizontalOverflow(page);
    expect(overflow, (await overflowingElements(page)).join("\n")).toBe(0);
    await page.close();
  });

  // A thumb needs about 40 px: links set as a list, a menu or a line of metadata, and
  // every control. Links inside the text of an article are the text's own, not targets.
  it.each([...PAGES, "search/index.html"])("every link and control is a 40 px target at 360 px: %s", async (path) => {
    const page = await openPage(browser, fileUrl(site, path), 360);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input")]
        .filter((el) => !el.matches(".skip-link, .story-body a") && (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 40 || box.width < 24)
        .map(({ el, box }) => `${el.closest("[class]")?.className}: ${(el.textContent || el.getAttribute("placeholder") || "").trim().slice(0, 12)} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it.each(BOTH.slice(0, 6))("axe finds no serious or critical problems: %s", async (path) => {
    const page = await openPage(browser, fileUrl(site, path));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the stylesheet applies (body text indented 2em, headline sans, local fonts only)", async () => {
    const page = await openPage(browser, fileUrl(site, "2023-12-14/gao-tang-gong-lu.html"));
    const style = await page.evaluate(() => {
      const p = getComputedStyle(document.querySelector(".story-body p")!);
      const h1 = getComputedStyle(document.querySelector("h1")!);
      return { indent: parseFloat(p.textIndent) / parseFloat(p.fontSize), marginBottom: p.marginBottom, lineHeight: parseFloat(p.lineHeight) / parseFloat(p.fontSize), body: p.fontFamily, head: h1.fontFamily };
    });
    expect(style.indent).toBe(2);
    expect(style.marginBottom).toBe("0px");
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(style.body).toMatch(/^"Noto Serif CJK SC"/);
    expect(style.head).toMatch(/^"Noto Sans CJK SC"/);
    await page.goto(fileUrl(site, "zh-hant/2023-12-14/gao-tang-gong-lu.html"));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".story-body p")!).fontFamily)).toMatch(/^"Noto Serif CJK TC"/);
    await page.close();
  });

  it("sets a printed page's stories in two level columns, with 上一版/下一版 on the page's band", async () => {
    const page = await openPage(browser, fileUrl(site, "2023-12-14/index.html"), 1280);
    const layout = await page.evaluate(() => {
      const box = (e: Element) => e.getBoundingClientRect();
      // 第2版: five stories (第1版 lists one, the lead being under 头条).
      const printed = document.querySelector("#page-2")!;
      const band = box(printed.querySelector(".band")!);
      const turn = box(printed.querySelector(".page-turn a")!);
      // The first headline of each column.
      const firsts = new Map<number, number>();
      for (const t of printed.querySelectorAll(".teaser-title")) {
        const { left, top } = box(t);
        if (!firsts.has(Math.round(left))) firsts.set(Math.round(left), Math.round(top));
      }
      const turnMiddle = (turn.top + turn.bottom) / 2;
      return { turnOnBand: turnMiddle >= band.top && turnMiddle <= band.bottom, firstTitles: [...firsts.values()] };
    });
    expect(layout.turnOnBand).toBe(true);
    expect(layout.firstTitles).toHaveLength(2);
    expect(layout.firstTitles[0]).toBe(layout.firstTitles[1]);
    await page.close();
  });

  it("never breaks a headline's quotation across lines on a phone", async () => {
    const page = await openPage(browser, fileUrl(site, "2023-12-14/zheng-wu-gong-kai.html"), 375);
    const layout = await page.evaluate(() => {
      // The line (top) of every character of the headline, in order.
      const h1 = document.querySelector("h1")!;
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const tops: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      const at = h1.textContent!.indexOf("“全国优秀”");
      return { lines: new Set(tops).size, quotation: new Set(tops.slice(at, at + 6)).size };
    });
    expect(layout.lines).toBe(2); // the headline does wrap at this width
    expect(layout.quotation).toBe(1);
    await page.close();
  });

  // A phone set to dark at night: dark paper, light ink, links and labels still legible.
  it.each(["index.html", "2023-12-14/gao-tang-gong-lu.html", "zh-hant/sections/yao-wen/index.html"])("follows a dark setting, with enough contrast: %s", async (path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 }, colorScheme: "dark" });
    await page.goto(fileUrl(site, path));
    const lightness = await page.evaluate(() => {
      // The mean of a computed rgb() colour's channels, 0–255.
      const mean = (color: string) => color.match(/\d+/g)!.slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
      return { paper: mean(getComputedStyle(document.body).backgroundColor), ink: mean(getComputedStyle(document.body).color) };
    });
    expect(lightness.paper).toBeLessThan(60);
    expect(lightness.ink).toBeGreaterThan(180);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.close();
  });

  it("prints the article without navigation", async () => {
    const page = await openPage(browser, fileUrl(site, "2023-12-14/gao-tang-gong-lu.html"));
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      Object.fromEntries([".masthead-nav", ".story-nav", ".site-footer", ".story-title", ".story-body"].map((s) => [s, getComputedStyle(document.querySelector(s)!).display !== "none"])),
    );
    expect(shown).toEqual({ ".masthead-nav": false, ".story-nav": false, ".site-footer": false, ".story-title": true, ".story-body": true });
    await page.close();
  });

  it("saves screenshots of the front page and an article, both scripts, phone and desktop", async () => {
    const shots: string[] = [];
    for (const [name, path] of [["front", "index.html"], ["article", "2023-12-14/zheng-wu-gong-kai.html"]] as const) {
      for (const [script, prefix] of [["hans", ""], ["hant", "zh-hant/"]] as const) {
        for (const width of [375, 1280]) {
          const page = await openPage(browser, fileUrl(site, prefix + path), width);
          shots.push(await screenshot(page, `${name}-${script}-${width}`));
          await page.close();
        }
      }
    }
    expect(shots).toHaveLength(8);
  });
});
