/**
 * Search as a reader uses it: the bundled edition built, served over http from a
 * subfolder, searched in headless chromium on the Simplified and Traditional search pages.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, horizontalOverflow, launchBrowser, screenshot, seriousViolations } from "../support/browser.ts";
import { buildSearchIndex } from "../../src/build/search-index.ts";
import { serveSite, type ServedSite } from "../support/serve.ts";
import { buildArchive } from "../../src/bench/archive-files.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, ROOT, buildSite, sharedSite, tempDir } from "../support/site.ts";

interface Result {
  title: string;
  href: string;
  meta: string;
  excerpt: string;
  marked: string[];
  titleMarked: string[];
}

describeInBrowser("search on the bundled edition, served from a subfolder", () => {
  let served: ServedSite;
  let browser: Browser;
  const foreign: string[] = [];
  beforeAll(async () => {
    served = await serveSite(sharedSite(BUNDLED_CONTENT));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith(served.url)) foreign.push(request.url());
    });
    await page.goto(served.url + path);
    return page;
  }

  /** Opens a search page for `query` and waits until the script has answered. */
  async function search(query: string, script: "hans" | "hant" = "hans"): Promise<{ page: Page; results: Result[] }> {
    const page = await open(`${script === "hant" ? "zh-hant/" : ""}search/index.html?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /找到|沒有找到|没有找到|匹配|搜索沒有完成|搜索没有完成/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const results = await page.$$eval("[data-search-results] > li", (items) =>
      items.map((li) => ({
        title: li.querySelector("h2 a")!.textContent!,
        href: (li.querySelector("h2 a") as HTMLAnchorElement).href,
        meta: li.querySelector(".search-result-meta")!.textContent!,
        excerpt: li.querySelector(".search-result-excerpt")!.textContent!,
        marked: [...li.querySelectorAll(".search-result-excerpt mark")].map((m) => m.textContent!),
        titleMarked: [...li.querySelectorAll("h2 mark")].map((m) => m.textContent!),
      })),
    );
    return { page, results };
  }

  it("聊城 finds several articles, each with date, section and a highlighted excerpt", async () => {
    const { page, results } = await search("聊城");
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const r of results) {
      expect(r.meta).toMatch(/^2023年12月14日 星期四 · (综合|时政动态|图片新闻)$/);
      expect(r.marked.length).toBeGreaterThan(0);
      expect(r.href.startsWith(`${served.url}2023-12-14/`)).toBe(true);
      // Blocks run on after a full stop, else after one full-width space: never a Western full stop, never two spaces.
      expect(r.excerpt).not.toMatch(/[\u4e00-\u9fff”。]\. /);
      expect(r.excerpt).not.toMatch(/[。！？”][\s\u3000]|[\s\u3000]{2}/);
      expect(r.titleMarked, r.title).toEqual(r.title.includes("聊城") ? ["聊城"] : []);
    }
    expect(results.filter((r) => r.marked.every((m) => m === "聊城")).length).toBe(results.length);
    expect(await page.textContent("[data-search-status]")).toBe(`找到${results.length}篇与“聊城”有关的文章。`);
    expect(await page.inputValue("header .search-box input[name=q]")).toBe("聊城");
    await screenshot(page, "search-hans-desktop");
    await page.close();
  });

  it.each([
    ["阳谷县", "分支机构信息变更一次办好"],
    ["赵琦", "聊城市国家文化公园暨文化体验廊道建设项目调度会召开"],
    ["营商环境", "开发区持续优化营商环境"],
    // From the middle of a sentence in the body, in no title.
    ["百年民康药店", "分支机构信息变更一次办好"],
    ["表面处理", "工人对生产的游艇进行表面处理"],
  ])("%s finds 「%s」 first", async (query, title) => {
    const { page, results } = await search(query);
    expect(results[0]?.title).toBe(title);
    await page.close();
  });

  it("董, one character, finds the article that holds it, marked", async () => {
    const { page, results } = await search("董");
    expect(results.map((r) => r.title)).toEqual(["牢记历史 勿忘国耻"]);
    expect(results[0]!.marked).toContain("董");
    expect(await page.textContent("[data-search-status]")).toBe("找到1篇与“董”有关的文章。");
    await page.close();
  });

  it("创新发展 lists the article holding the phrase before those holding 创新 and 发展 apart", async () => {
    const { page, results } = await search("创新发展");
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]!.title).toBe("政务公开“全国优秀”是这样炼成的");
    expect(results[0]!.marked[0]).toBe("创新发展");
    for (const r of results.slice(1)) expect(r.marked, r.title).not.toContain("创新发展");
    await page.close();
  });

  it.each([
    [375, "hans", "营商环竟", "开发区持续优化营商环境", "没有完全匹配“营商环竟”的文章，以下2篇部分匹配。"],
    [1280, "hant", "營商環竟", "開發區持續優化營商環境", "沒有完全匹配「營商環竟」的文章，以下2篇部分匹配。"],
  ] as const)("at %i px (%s), a query with one wrong character (%s) finds the intended articles and says they match in part", async (width, script, query, title, status) => {
    const page = await open(`${script === "hant" ? "zh-hant/" : ""}search/index.html?q=${encodeURIComponent(query)}`, { width });
    await page.waitForSelector("[data-search-results] li");
    await page.waitForFunction(() => /匹配/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    expect(await page.textContent("[data-search-status]")).toBe(status);
    expect(await page.textContent("[data-search-results] li:first-child h2")).toBe(title);
    // What the query got right is marked: the three characters of 营商环境 it has.
    expect(await page.textContent("[data-search-results] li:first-child h2 mark")).toBe(title.slice(-4, -1));
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `search-partial-${script}-${width}`);
    await page.close();
  });

  it.each([375, 1280])("at %i px the masthead box holds the query, the one box on the page, and headline matches are marked", async (width) => {
    const page = await open(`search/index.html?q=${encodeURIComponent("营商环境")}`, { width });
    await page.waitForSelector("[data-search-results] li");
    expect(await page.locator("input[name=q]").count()).toBe(1);
    const box = page.locator("header .search-box input[name=q]");
    expect(await box.inputValue()).toBe("营商环境");
    expect(await box.isVisible()).toBe(true);
    expect(await page.textContent("[data-search-results] li:first-child h2 mark")).toBe("营商环境");
    // A new query from the same box replaces the last.
    await box.fill("董");
    await box.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent === "找到1篇与“董”有关的文章。");
    expect(await box.inputValue()).toBe("董");
    await screenshot(page, `search-masthead-${width}`);
    await page.close();
  });

  it("營商環境 on the Traditional search page finds the Traditional pages", async () => {
    const { page, results } = await search("營商環境", "hant");
    expect(results[0]?.title).toBe("開發區持續優化營商環境");
    for (const r of results) expect(r.href.startsWith(`${served.url}zh-hant/2023-12-14/`)).toBe(true);
    expect(results[0]!.meta).toMatch(/^2023年12月14日 星期四 · 綜合$/);
    expect(results[0]!.marked.join("")).toContain("營商環境");
    expect(results[0]!.titleMarked).toEqual(["營商環境"]);
    await screenshot(page, "search-hant-desktop");
    await page.close();
  });

  it.each(["全文约", "今日版面", "上一篇"])("does not search navigation or boilerplate: %s", async (query) => {
    // A result may hold the words elsewhere in its text; none from the boilerplate itself.
    const { page, results } = await search(query);
    expect(results.filter((r) => r.excerpt.includes(query))).toEqual([]);
    await page.close();
  });

  it("says so when nothing is found", async () => {
    const { page, results } = await search("Eleventy");
    expect(results).toEqual([]);
    expect(await page.textContent("[data-search-status]")).toBe("没有找到与“Eleventy”有关的文章。");
    await page.close();
  });

  it("links every result to a page that exists and shows that article", async () => {
    for (const [query, script] of [["聊城", "hans"], ["營商環境", "hant"]] as const) {
      const { page, results } = await search(query, script);
      for (const r of results) {
        const response = await page.request.get(r.href);
        expect(response.status(), r.href).toBe(200);
      }
      await page.click("[data-search-results] li:first-child h2 a");
      expect(page.url()).toBe(results[0]!.href);
      expect((await page.textContent("h1"))?.trim()).toBe(results[0]!.title);
      await page.close();
    }
  });

  it("the masthead box searches from any page, with and without JavaScript", async () => {
    const page = await open("2023-12-14/fen-zhi-ji-gou-xin-xi.html");
    await page.fill("header .search-box input[name=q]", "赵琦");
    await page.press("header .search-box input[name=q]", "Enter");
    await page.waitForSelector("[data-search-results] li");
    expect(page.url()).toBe(`${served.url}search/index.html?q=${encodeURIComponent("赵琦")}`);
    await page.close();

    const plain = await open("zh-hant/index.html", { javaScriptEnabled: false });
    await plain.fill("header .search-box input[name=q]", "營商環境");
    await plain.press("header .search-box input[name=q]", "Enter");
    await plain.waitForURL(/search\/index\.html\?q=/);
    expect(plain.url()).toBe(`${served.url}zh-hant/search/index.html?q=${encodeURIComponent("營商環境")}`);
    expect(await plain.textContent("[data-search-status]")).toMatch(/JavaScript/);
    await plain.close();
  });

  it.each(["search/index.html?q=聊城", "zh-hant/search/index.html?q=營商環境"])("%s asks for the index's manifest once, with the page's own files, and for nothing that is not there", async (path) => {
    const before = served.requests.length;
    const page = await open(path);
    await page.waitForFunction(() => /找到/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const asked = served.requests.slice(before);
    expect(asked.filter((p) => p.endsWith("/index.json"))).toEqual(["/paper/search-index/index.json"]);
    // Preloaded by the page (a link), not fetched once the script has run.
    expect(await page.evaluate(() => performance.getEntriesByType("resource").flatMap((e) => (e.name.endsWith("/index.json") ? [(e as PerformanceResourceTiming).initiatorType] : [])))).toEqual(["link"]);
    const site = sharedSite(BUNDLED_CONTENT);
    for (const p of asked) expect(existsSync(join(site, p.slice("/paper/".length))), p).toBe(true);
    await page.close();
  });

  it("loads nothing from other hosts", () => {
    expect(foreign).toEqual([]);
    expect(served.requests.some((path) => path.includes("/search-index/"))).toBe(true);
  });

  it.each(["search/index.html?q=聊城", "zh-hant/search/index.html?q=營商環境"])("axe finds no serious problems and nothing overflows at 375 px: %s", async (path) => {
    const page = await open(path, { width: 375 });
    await page.waitForSelector("[data-search-results] li");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `search-${path.startsWith("zh-hant") ? "hant" : "hans"}-phone`);
    await page.close();
  });
});

describeInBrowser("search results never run what an article contains", () => {
  let served: ServedSite;
  let browser: Browser;
  beforeAll(async () => {
    const content = join(tempDir("hostile-search"), "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const file = join(content, "2023-12-14/fen-zhi-ji-gou.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("title: 分支机构信息变更一次办好", `title: '分支机构<img src=x onerror="window.pwned=1">一次办好'`)
        .replace("新时代的政务服务", "<img src=x onerror=window.pwned=2>阳谷县&lt;b&gt;新时代的政务服务"),
    );
    served = await serveSite(buildSite(content, "hostile-search"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("shows markup in titles and text as text", async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}search/index.html?q=${encodeURIComponent("阳谷县")}`);
    await page.waitForSelector("[data-search-results] li");
    const first = page.locator("[data-search-results] li").first();
    expect(await first.locator("h2 a").textContent()).toBe('分支机构<img src=x onerror="window.pwned=1">一次办好');
    expect(await page.locator("[data-search-results] img, [data-search-results] b").count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});

describeInBrowser("search over an archive indexed in segments, served from a subfolder", () => {
  // The fixture archive has three editions; a segment each, a query can only find all three by reading every segment.
  let parted: ServedSite;
  let whole: ServedSite;
  let browser: Browser;
  beforeAll(async () => {
    const site = buildSite(FIXTURE_ARCHIVE, "search-parts", ["--no-search"]);
    const copy = join(tempDir("search-whole"), "_site");
    // With the trailing slash, as an editor copies it: _site is a link to the site's folder.
    cpSync(`${site}/`, copy, { recursive: true });
    expect(await buildSearchIndex(site, { segmentBy: "edition" })).toMatchObject({ segments: 3 });
    expect(await buildSearchIndex(copy)).toMatchObject({ segments: 1 });
    parted = await serveSite(site);
    whole = await serveSite(copy);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await parted?.close();
    await whole?.close();
  });

  async function results(served: ServedSite, path: string): Promise<{ page: Page; hrefs: string[] }> {
    const page = await browser.newPage();
    await page.goto(served.url + path);
    await page.waitForFunction(() => /找到|沒有找到|没有找到|搜索沒有完成|搜索没有完成/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const hrefs = await page.$$eval("[data-search-results] h2 a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    return { page, hrefs };
  }

  it.each([
    ["search/index.html?q=服务", ""],
    ["zh-hant/search/index.html?q=服務", "zh-hant/"],
  ])("%s finds the same articles, ranked the same, in segments as in one, and each link opens its page", async (path, prefix) => {
    const { page, hrefs } = await results(parted, path);
    const { page: wholePage, hrefs: wholeHrefs } = await results(whole, path);
    const sitePaths = (list: string[], served: ServedSite) => list.map((href) => href.slice(served.url.length)).sort();
    expect(sitePaths(hrefs, parted)).toEqual(sitePaths(wholeHrefs, whole));
    // Weights are per segment, rarity over the whole index: the order is that of one index, nearly always.
    expect(hrefs.map((h) => h.slice(parted.url.length)).slice(0, 3)).toEqual(wholeHrefs.map((h) => h.slice(whole.url.length)).slice(0, 3));
    // 服务 is in articles of all three editions, so all three segments answered.
    const dates = new Set(sitePaths(hrefs, parted).map((p) => p.slice(prefix.length, prefix.length + 10)));
    expect([...dates].sort()).toEqual(["2023-12-12", "2023-12-13", "2023-12-14"]);
    for (const href of hrefs) {
      expect(href.startsWith(`${parted.url}${prefix}2023-12-1`), href).toBe(true);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    expect(await page.textContent("[data-search-status]")).toMatch(new RegExp(`^找到${hrefs.length}篇`));
    expect(new Set(parted.requests.filter((p) => p.includes("/search-index/2023-12-1")).map((p) => /2023-12-1\d/.exec(p)![0])).size).toBe(3);
    await page.close();
    await wholePage.close();
  });
});

describeInBrowser("search on a paper without articles yet", () => {
  it("answers that nothing was found, in both scripts", async () => {
    const content = join(tempDir("empty-search"), "content");
    mkdirSync(content);
    copyFileSync(join(FIXTURE_ARCHIVE, "site.json"), join(content, "site.json"));
    const served = await serveSite(buildSite(content, "empty-search"));
    const browser = await launchBrowser();
    try {
      for (const [path, answer] of [
        ["search/index.html?q=聊城", "没有找到与“聊城”有关的文章。"],
        ["zh-hant/search/index.html?q=聊城", "沒有找到與「聊城」有關的文章。"],
      ]) {
        const page = await browser.newPage();
        await page.goto(served.url + path);
        await page.waitForFunction(() => /没有找到|沒有找到|搜索没有完成|搜索沒有完成/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
        expect(await page.textContent("[data-search-status]")).toBe(answer);
        await page.close();
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

describeInBrowser("search over a generated archive of several segments, a page of results at a time", () => {
  // 150 generated articles over a few editions, a segment each: 聊城 is in most of them,
  // more than one page of results, from every segment.
  let served: ServedSite;
  // The same site, its common terms' term files holding only their heads: those of more than HEAD articles of an edition.
  let headed: ServedSite;
  const HEAD = 12;
  let browser: Browser;
  let segments: number;
  let editionsAbout: Set<string>;
  beforeAll(async () => {
    const content = join(tempDir("search-paged"), "content");
    const files = buildArchive(ROOT, content, 150);
    editionsAbout = new Set(files.filter((f) => f.text.includes("聊城")).map((f) => f.path.slice(0, 10)));
    const site = buildSite(content, "search-paged", ["--no-search"]);
    const copy = join(tempDir("search-headed"), "_site");
    cpSync(`${site}/`, copy, { recursive: true });
    ({ segments } = await buildSearchIndex(site, { segmentBy: "edition" }));
    await buildSearchIndex(copy, { segmentBy: "edition", headPostings: HEAD });
    served = await serveSite(site);
    headed = await serveSite(copy);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await headed?.close();
  });

  /** The answer to `path` on `site` once every result is shown (asking for more until none is left): its status and its results' site paths, in order. */
  async function everyResult(site: ServedSite, path: string): Promise<{ status: string; paths: string[] }> {
    const page = await browser.newPage();
    await page.goto(site.url + path);
    await page.waitForFunction(() => /找到|沒有找到|没有找到|匹配|搜索沒有完成|搜索没有完成/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    while (await page.isVisible("[data-search-more]")) {
      const shown = await page.locator("[data-search-results] > li").count();
      await page.click("[data-search-more]");
      // Until the page is shown and the button is done with the click (hidden after the last page).
      await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n && !(document.querySelector("[data-search-more]") as HTMLButtonElement).disabled, shown);
    }
    const paths = await page.$$eval("[data-search-results] h2 a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    const status = (await page.textContent("[data-search-status]"))!;
    await page.close();
    return { status, paths: paths.map((href) => href.slice(site.url.length)) };
  }

  it.each(["search/index.html?q=聊城", "search/index.html?q=营商环境", "search/index.html?q=创新发展", "search/index.html?q=营商环竟", "search/index.html?q=董", "zh-hant/search/index.html?q=營商環境"])(
    "%s finds the same articles in the same order, and says the same, when common terms' files hold their heads",
    async (path) => {
      const whole = await everyResult(served, path);
      expect(whole.paths.length).toBeGreaterThan(HEAD);
      expect(await everyResult(headed, path)).toEqual(whole);
    },
  );

  /** The search page for `query` on the site with heads, its all/ files held back until `release` is called; `asked`, those asked for. */
  async function holdingAll(query: string) {
    const page = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await page.route("**/all/*.json", async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(`${headed.url}search/index.html?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] > li").length === 10);
    const shown = () => page.$$eval("[data-search-results] h2 a", (links) => links.map((a) => (a as HTMLAnchorElement).href.replace(/^.*?\/paper\//, "")));
    return { page, release, asked, shown };
  }

  it("shows the first screen of a phrase of common terms from their heads, before every posting is read, then the count", async () => {
    const { page, release, asked, shown } = await holdingAll("营商环境");
    const first = await shown();
    expect(await page.textContent("[data-search-status]")).toBe("正在搜索“营商环境”……");
    expect(await page.isHidden("[data-search-more]")).toBe(true);
    release();
    await page.waitForFunction(() => /\d+篇/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    expect(asked.length).toBeGreaterThan(0);
    const whole = await everyResult(served, `search/index.html?q=${encodeURIComponent("营商环境")}`);
    expect(first).toEqual(whole.paths.slice(0, 10));
    expect(await page.textContent("[data-search-status]")).toBe(whole.status);
    expect(await page.textContent("[data-search-more]")).toMatch(/^显示更多/);
    await page.close();
  });

  it("counts one common term's articles from its term files, and reads every posting only for the next screen", async () => {
    const { page, release, asked, shown } = await holdingAll("聊城");
    const whole = await everyResult(served, `search/index.html?q=${encodeURIComponent("聊城")}`);
    expect(await shown()).toEqual(whole.paths.slice(0, 10));
    expect(await page.textContent("[data-search-status]")).toBe(whole.status);
    expect(await page.textContent("[data-search-more]")).toBe(`显示更多（还有${whole.paths.length - 10}篇）`);
    expect(asked).toEqual([]);
    release();
    await page.click("[data-search-more]");
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] > li").length === 20);
    expect(asked.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(whole.paths.slice(0, 20));
    await page.close();
  });

  it.each([
    ["search/index.html?q=聊城", "显示更多（还有"],
    ["zh-hant/search/index.html?q=聊城", "顯示更多（還有"],
  ])("%s shows 10 results, then 10 more on request, from all the segments", async (path, button) => {
    expect(segments).toBeGreaterThanOrEqual(3);
    const page = await browser.newPage();
    await page.goto(served.url + path);
    // Results are shown as they arrive; the count comes when every segment has answered.
    await page.waitForFunction(() => /\d+篇/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const total = Number(/(\d+)篇/.exec((await page.textContent("[data-search-status]"))!)![1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator("[data-search-results] > li").count()).toBe(10);
    expect(await page.textContent("[data-search-more]")).toBe(`${button}${total - 10}篇）`);

    await page.locator("[data-search-more]").scrollIntoViewIfNeeded();
    await screenshot(page, `search-more-${path.startsWith("zh-hant") ? "hant" : "hans"}`);
    await page.click("[data-search-more]");
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] > li").length === 20);
    // The reader continues from the first new result.
    expect(await page.evaluate(() => document.activeElement === document.querySelector("[data-search-results] > li:nth-child(11) a"))).toBe(true);
    const hrefs = await page.$$eval("[data-search-results] h2 a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs).size).toBe(20);

    for (let shown = 20; shown < total; ) {
      await page.click("[data-search-more]");
      shown = Math.min(shown + 10, total);
      await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length === n, shown);
    }
    expect(await page.isHidden("[data-search-more]")).toBe(true);
    const all = await page.$$eval("[data-search-results] h2 a", (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(all).toHaveLength(total);
    // The first page is picked from results not yet sorted, the rest from the sorted list: each result once, none left out.
    expect(new Set(all).size).toBe(total);
    // Results from every edition with an article about 聊城, so from every segment.
    expect(new Set(all.map((p) => /\d{4}-\d\d-\d\d/.exec(p)![0]))).toEqual(editionsAbout);
    await page.close();
  });
});
