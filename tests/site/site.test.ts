/**
 * The fixture archive (tests/fixtures/archive: three editions) and whatever is
 * in content/, each built once into a temporary folder and read as a reader
 * (or a link checker) would.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, scriptPairProblems } from "../support/links.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, buildSite, listFiles, page, runBuild, sharedSite, tempDir } from "../support/site.ts";
import { vnuErrors } from "../support/vnu.ts";
import { assetHref, href, otherScript } from "../../src/eleventy/filters.ts";
import { readContent } from "../../src/site/content.ts";

const SITE_URL = "https://www.lcdaily.example/";

/** Articles of a content folder as site paths: 2023-12-14/zheng-wu-gong-kai.html */
function articlePaths(content: string): string[] {
  return readdirSync(content, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}-\d{2}-\d{2}$/.test(e.name))
    .flatMap((e) => readdirSync(join(content, e.name)).filter((f) => f.endsWith(".md")).map((f) => `${e.name}/${f.replace(/\.md$/, "").toLowerCase()}.html`));
}

/** The links matched by `selector` on a page, in order, as paths from the site root. */
function listed(site: string, file: string, selector: string): string[] {
  const $ = page(site, file);
  return $(selector)
    .map((_, a) => posix.normalize(posix.join(posix.dirname(file), $(a).attr("href")!)))
    .get();
}

/** A paginated list's links across all its pages, following rel="next". */
function listedAcrossPages(site: string, first: string, selector: string): string[] {
  const links: string[] = [];
  for (let file: string | null = first; file; ) {
    links.push(...listed(site, file, selector));
    const next: string | undefined = page(site, file)('.pager a[rel="next"]').attr("href");
    file = next ? posix.normalize(posix.join(posix.dirname(file), next)) : null;
  }
  return links;
}

describe.each([
  ["the fixture archive", FIXTURE_ARCHIVE],
  ["the bundled content", BUNDLED_CONTENT],
])("%s, built", (_name, content) => {
  let site: string;
  beforeAll(() => {
    site = sharedSite(content);
  });

  it("has every article in both scripts", () => {
    const files = new Set(listFiles(site));
    const missing = articlePaths(content).flatMap((p) => [p, `zh-hant/${p}`]).filter((p) => !files.has(p));
    expect(missing).toEqual([]);
    expect(files.has("index.html") && files.has("zh-hant/index.html") && files.has("404.html") && files.has("assets/site.css")).toBe(true);
  });

  it("links only to files that exist, by relative paths (subfolder and file:// safe)", () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it("pairs every page with its other-script twin (lang, hreflang, switch)", () => {
    expect(scriptPairProblems(site, SITE_URL)).toEqual([]);
  });

  it("passes the Nu HTML Checker with zero errors", () => {
    expect(vnuErrors(site)).toEqual([]);
  });

  it("loads nothing from other hosts and needs no script to read", () => {
    // Only the search pages run a script (the site's own, checked by brokenLinks); reading never needs one.
    const searchPages = ["search/index.html", "zh-hant/search/index.html"];
    const offenders = listFiles(site)
      .filter((f) => f.endsWith(".html") && !f.endsWith("404.html") && !searchPages.includes(f))
      .filter((f) => page(site, f)('script[src], link[rel="stylesheet"][href^="http"], img[src^="http"], iframe').length > 0);
    expect(offenders).toEqual([]);
    expect(searchPages.map((f) => page(site, f)("script[src]").attr("src"))).toEqual(["../assets/search.js", "../../assets/search.js"]);
  });

  it("front page: the lead story is shown once, under 头条, and every other story of the edition once by page", () => {
    const $ = page(site, "index.html");
    const lead = $(".lead-story .teaser-title a").attr("href");
    expect($(".lead-story .opening").text()).not.toBe("");
    expect($(`.teaser-title a[href="${lead}"]`)).toHaveLength(1);
    const newest = readdirSync(content).filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f)).sort().at(-1)!;
    const stories = articlePaths(content).filter((p) => p.startsWith(`${newest}/`));
    const inPages = $(".paper-page .teaser-title a").map((_, a) => `${newest}/${$(a).attr("href")!.split("/").at(-1)}`).get();
    expect(new Set(inPages).size).toBe(inPages.length);
    expect([lead!, ...inPages].sort()).toEqual(stories.sort());
  });

  it("masthead: marks the part of the site the reader is in, and nothing on an article", () => {
    const current = (file: string) => {
      const $ = page(site, file);
      return $(".masthead-nav a[aria-current]").map((_, a) => `${$(a).text()}=${$(a).attr("aria-current")}`).get();
    };
    expect(current("index.html")).toEqual(["今日版面=page"]);
    expect(current("archive/index.html")).toEqual(["往期=page"]);
    expect(current("sections/index.html")).toEqual(["栏目=page"]);
    expect(current("zh-hant/sections/zong-he/index.html")).toEqual(["欄目=true"]);
    expect(current("reporters/zhao-zong-feng/index.html")).toEqual(["记者=true"]);
    expect(current(articlePaths(content)[0]!)).toEqual([]);
  });

  it("footer: says what the site is once, not the paper's name twice (聊城日报 · 聊城日报数字报)", () => {
    for (const file of ["index.html", "zh-hant/archive/index.html"]) {
      const line = page(site, file)(".site-footer p").first().text();
      expect(line).toMatch(/^聊城日[报報][数數]字[报報]：/);
      expect(line.split("聊城").length - 1, line).toBe(1);
    }
  });

  it("404 page: links from the host's root to files that exist, so it is styled at whatever address it is served", () => {
    for (const file of ["404.html", "zh-hant/404.html"]) {
      const $ = page(site, file);
      const targets = $('a[href], link[rel="stylesheet"], link[rel="icon"], form[action]').map((_, el) => $(el).attr("href") ?? $(el).attr("action")).get().filter((t) => !t.startsWith("#"));
      expect(targets.length).toBeGreaterThan(10);
      const wrong = targets.filter((t) => {
        if (!t.startsWith("/") || t.startsWith("//")) return true;
        const path = decodeURIComponent(t.slice(1));
        return !existsSync(join(site, path === "" || path.endsWith("/") ? `${path}index.html` : path));
      });
      expect(wrong, file).toEqual([]);
    }
    expect(page(site, "404.html")('link[rel="stylesheet"]').attr("href")).toBe("/assets/site.css");
  });

  it("栏目 lists only the sections that have articles; an empty section has no page, no feed and no link", () => {
    const { settings, articles } = readContent(content);
    const used = settings!.sections.filter((name) => articles.some((a) => a.meta.section === name));
    // The bundled edition leaves 要闻, 经济, 社会, 文化 and 专题 empty: the test means something there.
    if (content === BUNDLED_CONTENT) expect(settings!.sections.length - used.length).toBe(5);
    expect(page(site, "sections/index.html")(".index-list li > a").map((_, a) => page(site, "sections/index.html")(a).text()).get()).toEqual(used);
    for (const file of ["sections/index.html", "zh-hant/sections/index.html"]) {
      const $ = page(site, file);
      expect($(".index-list li > a").map((_, a) => $(a).attr("href")).get(), file).toEqual(page(site, "sections/index.html")(".index-list li > a").map((_, a) => page(site, "sections/index.html")(a).attr("href")).get());
      expect($(".count").map((_, c) => Number($(c).text().replace(/\D/g, ""))).get().every((n) => n > 0)).toBe(true);
      // Each section's latest title breaks between words, as headlines do.
      expect($(".latest .words").length).toBe(used.length);
    }
    // The section folders built are the listed ones: no page and no feed for an empty section, in either script.
    const folders = (prefix: string) => [...new Set(listFiles(site).filter((f) => f.startsWith(`${prefix}sections/`) && f.split("/").length > prefix.split("/").length + 1).map((f) => f.split("/")[prefix.split("/").length]))].sort();
    const linked = listed(site, "sections/index.html", ".index-list a").map((f) => f.split("/")[1]!).sort();
    expect(folders("")).toEqual(linked);
    expect(folders("zh-hant/")).toEqual(linked);
    for (const slug of linked) expect(existsSync(join(site, "sections", slug, "feed.xml")) && existsSync(join(site, "zh-hant/sections", slug, "feed.json"))).toBe(true);
    // Nothing links to a section folder that was not built: masthead, footer, <link rel=alternate> and the sitemap.
    const html = listFiles(site).filter((f) => f.endsWith(".html") || f.endsWith(".xml"));
    const named = new Set(html.flatMap((f) => [...readFileSync(join(site, f), "utf8").matchAll(/sections\/([a-z0-9-]+)\//g)].map((m) => m[1]!)));
    expect([...named].sort()).toEqual(linked);
  });

  it("links each article to the 版面 page it is printed on, when the page has one", () => {
    const printed = new Set(listFiles(site).filter((f) => /^(zh-hant\/)?\d{4}-\d{2}-\d{2}\/pages\/\d+\.html$/.test(f)));
    const articles = articlePaths(content).flatMap((p) => [p, `zh-hant/${p}`]);
    const linked = articles.map((p) => {
      const href = page(site, p)(".story-meta .printed-page-link").attr("href");
      return href ? posix.join(posix.dirname(p), href) : null;
    });
    // The bundled edition's page 3 has its PDF: its seven stories, in both scripts, point there.
    expect(linked.filter((l) => l !== null).length).toBe(printed.size === 0 ? 0 : articles.length);
    for (const l of linked) if (l) expect(printed.has(l), l).toBe(true);
  });

  it.runIf(existsSync(join(content, "2023-12-14")))("applies the override list to the bundled edition", () => {
    const hant = articlePaths(content).filter((p) => p.startsWith("2023-12-14/")).map((p) => page(site, `zh-hant/${p}`)("main").text()).join("\n");
    expect(hant).toContain("新征程");
    expect(hant).not.toContain("新徵程");
    expect(hant).toContain("意見徵集");
  });
});

describe("a content folder with settings but no edition yet", () => {
  it("builds an empty but valid site", () => {
    const content = tempDir("empty-content");
    copyFileSync(join(FIXTURE_ARCHIVE, "site.json"), join(content, "site.json"));
    const site = buildSite(content, "empty-site");
    expect(page(site, "index.html")(".empty").text()).toBe("还没有出版的版面。");
    expect(page(site, "zh-hant/archive/index.html")(".empty").text()).toBe("還沒有出版的版面。");
    // 栏目 says there is nothing yet; no section has a page or a feed, the site's feeds are there, empty.
    expect(listFiles(site).filter((f) => f.startsWith("sections/"))).toEqual(["sections/index.html"]);
    expect(page(site, "zh-hant/sections/index.html")(".empty").text()).toBe("暫無文章。");
    expect(JSON.parse(readFileSync(join(site, "feed.json"), "utf8")).items).toEqual([]);
    expect(brokenLinks(site)).toEqual([]);
    expect(scriptPairProblems(site, SITE_URL)).toEqual([]);
  });
});

describe("the fixture archive's pages list the right articles in the right order", () => {
  let site: string;
  beforeAll(() => {
    site = sharedSite(FIXTURE_ARCHIVE);
  });
  const TEASERS = ".paper-page .teaser-title a";
  const LIST = ".article-list .teaser-title a";

  it("front page: the latest edition, its lead story, every article by page", () => {
    const $ = page(site, "index.html");
    expect($(".edition-date time").attr("datetime")).toBe("2023-12-14");
    expect($(".edition-date").text()).toBe("2023年12月14日 星期四");
    expect($(".page-index a").map((_, a) => $(a).text()).get()).toEqual(["第1版·要闻", "第2版·时政"]);
    expect(listed(site, "index.html", ".lead-story .teaser-title a")).toEqual(["2023-12-14/zheng-wu-gong-kai.html"]);
    // Without a PDF, the pages are lists; the lead is not listed again on its page.
    expect($(".printed-page")).toHaveLength(0);
    expect(listed(site, "index.html", TEASERS)).toEqual([
      "2023-12-14/you-ting-zhi-zao.html",
      "2023-12-14/gao-tang-gong-lu.html",
      "2023-12-14/wen-hua-gong-yuan.html",
      "2023-12-14/gong-ji-ri-bao-zhan.html",
      "2023-12-14/ying-shang-huan-jing.html",
      "2023-12-14/fen-zhi-ji-gou.html",
    ]);
    expect($("#page-1 .page-turn a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get()).toEqual(["下一版 › #page-2"]);
    expect($("#page-2 .page-turn a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get()).toEqual(["‹ 上一版 #page-1"]);
    expect($("#page-2 .section-name").map((_, h) => $(h).text()).get()).toEqual(["综合", "时政动态", "社会", "经济"]);
    expect(listed(site, "index.html", ".recent-editions a").slice(0, 2)).toEqual(["2023-12-13/index.html", "2023-12-12/index.html"]);
  });

  it("edition page: articles without a page number come last", () => {
    expect(listed(site, "2023-12-13/index.html", ".lead-story .teaser-title a, " + TEASERS)).toEqual(["2023-12-13/ying-shang-tui-jin-hui.html", "2023-12-13/lao-bao-zhi.html", "2023-12-13/mei-yue-yi-ti.html"]);
    expect(page(site, "2023-12-13/index.html")(".page-index a").last().text()).toBe("其他版面");
  });

  it("archive: every edition on its day of its month's calendar, with its 版面 count", () => {
    const $ = page(site, "archive/index.html");
    expect($(".calendar-month h2").map((_, h) => $(h).text()).get()).toEqual(["2023年12月"]);
    expect(listed(site, "archive/index.html", ".calendar a")).toEqual(["2023-12-12/index.html", "2023-12-13/index.html", "2023-12-14/index.html"]);
    // 2023-12-01 was a Friday: four blank days (一 to 四) open the month.
    expect($(".calendar tbody tr").first().find("td").map((_, td) => $(td).text()).get()).toEqual(["", "", "", "", "1", "2", "3"]);
    // Each has two numbered pages; 12-13's article without a page (其他版面) is not a 版.
    expect($(".calendar a").map((_, a) => $(a).text()).get()).toEqual(["12日 2版", "13日 2版", "14日 2版"]);
    expect(page(site, "zh-hant/archive/index.html")(".calendar-month h2").text()).toBe("2023年12月");
  });

  it("section pages: newest first, paginated from the oldest as site.json says", () => {
    // 要闻 has 4 articles, 2 a page: bucket 1 (the two oldest, both of 12-12) is archived at 2.html, bucket 2 is the entry page.
    expect(listed(site, "sections/yao-wen/index.html", LIST)).toEqual(["2023-12-14/zheng-wu-gong-kai.html", "2023-12-13/ying-shang-tui-jin-hui.html"]);
    expect(listed(site, "sections/yao-wen/2.html", LIST)).toEqual(["2023-12-12/zheng-wu-xin-mei-ti.html", "2023-12-12/gong-lu-yang-hu.html"]);
    expect(listedAcrossPages(site, "sections/zhuan-ti/index.html", LIST)).toEqual(["2023-12-12/hu-lu-lian-dong.html"]);
    expect(listedAcrossPages(site, "sections/yao-wen/index.html", LIST)).toHaveLength(4);
    const entry = page(site, "sections/yao-wen/index.html");
    expect(entry('a[rel="next"]').attr("href")).toBe("2.html");
    expect(entry('a[rel="prev"]')).toHaveLength(0);
    expect(entry(".page-summary").text()).toBe("4篇");
    // The archived page says nothing that grows with the list: its number from the oldest and its dates.
    const archived = page(site, "sections/yao-wen/2.html");
    expect(archived(".page-summary").text()).toBe("第1页 · 2023年12月12日");
    expect(archived("title").text()).toBe("要闻（第1页） - 聊城日报");
    expect(archived('a[rel="prev"]').attr("href")).toBe("index.html");
    expect(archived('a[rel="next"]')).toHaveLength(0);
    expect(page(site, "zh-hant/sections/yao-wen/2.html")(".page-summary").text()).toBe("第1頁 · 2023年12月12日");
    expect(listed(site, "sections/jing-ji/index.html", LIST)).toEqual(["2023-12-14/ying-shang-huan-jing.html", "2023-12-14/fen-zhi-ji-gou.html"]);
    expect(listed(site, "sections/index.html", ".index-list a")).toEqual([
      "yao-wen", "shi-zheng-dong-tai", "zong-he", "jing-ji", "she-hui", "wen-hua", "tu-pian-xin-wen", "zhuan-ti",
    ].map((s) => `sections/${s}/index.html`));
  });

  it("reporter pages: everything a reporter wrote or photographed, newest first, paginated from the oldest", () => {
    expect(listedAcrossPages(site, "reporters/zhao-zong-feng/index.html", LIST)).toEqual(["2023-12-14/zheng-wu-gong-kai.html", "2023-12-13/mei-yue-yi-ti.html", "2023-12-12/zheng-wu-xin-mei-ti.html"]);
    // Three articles, 2 a page: one full bucket and a partial one, so all three are on the entry page and none is archived.
    expect(listed(site, "reporters/zhao-zong-feng/index.html", LIST)).toEqual(["2023-12-14/zheng-wu-gong-kai.html", "2023-12-13/mei-yue-yi-ti.html", "2023-12-12/zheng-wu-xin-mei-ti.html"]);
    expect(existsSync(join(site, "reporters/zhao-zong-feng/2.html"))).toBe(false);
    expect(page(site, "reporters/zhao-zong-feng/index.html")(".pager")).toHaveLength(0);
    expect(listedAcrossPages(site, "reporters/yan-zong-peng/index.html", LIST)).toEqual(["2023-12-14/gao-tang-gong-lu.html", "2023-12-12/gong-lu-yang-hu.html", "2023-12-12/hu-lu-lian-dong.html"]);
    expect(listedAcrossPages(site, "reporters/xu-jin-song/index.html", LIST)).toEqual(["2023-12-14/you-ting-zhi-zao.html", "2023-12-12/lu-chan-bao-hu.html"]);
    expect(listed(site, "reporters/index.html", ".index-list a")).toHaveLength(8);
  });

  it("article page: 引题 → 主题 → 副题 → byline → date and page → body → credit, prev/next in the edition", () => {
    const $ = page(site, "2023-12-14/fen-zhi-ji-gou.html");
    expect($(".story-head").children().map((_, el) => $(el).attr("class")).get()).toEqual(["kicker", "story-title", "byline", "story-meta"]);
    expect($(".kicker").text()).toBe("阳谷县");
    expect($(".byline").text()).toBe("通讯员 窦胜男 徐言艳");
    expect($(".byline a").map((_, a) => $(a).attr("href")).get()).toEqual(["../reporters/dou-sheng-nan/index.html", "../reporters/xu-yan-yan/index.html"]);
    expect($(".story-meta").text().replace(/\s+/g, " ").trim()).toMatch(/^2023年12月14日 星期四 第2版·时政 栏目：经济 全文约\d+字$/);
    expect($(".story-meta .section-link a").attr("href")).toBe("../sections/jing-ji/index.html");
    expect($(".story-body .dateline").first().text()).toBe("本报讯（通讯员 窦胜男 徐言艳）");
    expect($('a[rel="prev"]').attr("href")).toBe("ying-shang-huan-jing.html");
    // Its title breaks between words, as headlines do (a long one wraps on a phone).
    expect($('a[rel="prev"] .words').html()).toContain("<wbr>");
    expect($('a[rel="next"]')).toHaveLength(0);
    // Between 上一篇 and 下一篇, the way back to the day's contents, called what it is (not 版面, a printed page).
    expect($(".story-nav a:not([rel])").text()).toBe("本期目录2023年12月14日 星期四");
    expect($(".story-nav a:not([rel])").attr("href")).toBe("index.html");

    const story = page(site, "2023-12-14/gao-tang-gong-lu.html");
    expect(story(".story-head").children().map((_, el) => story(el).attr("class")).get()).toEqual(["column", "story-title", "subtitle", "byline", "story-meta"]);
    // 副题 breaks between words as the headline does: never 工作纪 / 实 on a phone.
    expect(story(".subtitle .words").html()).toMatch(/^高唐<wbr>公路<wbr>事业<wbr>发展<wbr>中心<wbr>.*<wbr>工作<wbr>纪实$/);
    expect(page(site, "2023-12-14/index.html")(".teaser .subtitle .words").first().html()).toContain("工作<wbr>纪实");
    expect(story(".story-body h2").map((_, h) => story(h).text()).get()).toEqual(["抓项目建设，促公路路网提档", "抓部门联动，促路域环境提升"]);
    expect(story(".story-body p").first().text()).toMatch(/^今年以来/);
  });

  it("photo story: the photographer is credited after the caption", () => {
    const $ = page(site, "2023-12-14/you-ting-zhi-zao.html");
    expect($(".byline")).toHaveLength(0);
    expect($(".credit").text()).toBe("记者 许金松 摄");
    expect($(".story-body + .credit")).toHaveLength(1);
  });

  it("counts characters: 全文约 N 字", () => {
    // The brief's body is 74 characters without spaces: shown exactly below 100.
    expect(page(site, "2023-12-13/mei-yue-yi-ti.html")(".word-count").text()).toBe("全文约74字");
    // 530-odd characters round to tens.
    expect(page(site, "2023-12-14/zheng-wu-gong-kai.html")(".word-count").text()).toMatch(/^全文约5\d0字$/);
  });

  it("Traditional pages: converted text, overrides, proper names, the paper's URLs untouched", () => {
    const $ = page(site, "zh-hant/2023-12-14/zheng-wu-gong-kai.html");
    expect($(".column").text()).toBe("新時代 新征程 新偉業");
    expect($(".story-title").text()).toBe("政務公開「全國優秀」是這樣煉成的");
    expect($(".story-body").text()).toContain("意見徵集");
    expect($(".byline").text()).toBe("記者 趙宗鋒");
    expect($(".byline a").attr("href")).toBe("../reporters/zhao-zong-feng/index.html");
    expect(page(site, "zh-hant/2023-12-14/fen-zhi-ji-gou.html")(".kicker").text()).toBe("陽谷縣");
    const photo = page(site, "zh-hant/2023-12-14/you-ting-zhi-zao.html")(".story-body").text();
    expect(photo).toContain("聊城百思特游艇有限公司");
    expect(photo).toContain("高端遊艇");
    // The footer names the standard the Traditional text follows (site.json's traditionalVariant, tw by default).
    expect($(".site-footer .script-standard").text()).toBe("繁體（臺灣用字）");
    expect(page(site, "2023-12-14/zheng-wu-gong-kai.html")(".site-footer .script-standard")).toHaveLength(0);
    expect(page(site, "zh-hant/index.html")(".masthead-nav a").map((_, a) => page(site, "zh-hant/index.html")(a).text()).get()).toEqual(["今日版面", "往期", "欄目", "記者", "简体"]);
  });
});

describe("the 404 page of a site published in a subfolder", () => {
  it("links from the host's root through the subfolder", () => {
    const notFound = (url: string) => ({ page: { url }, ctx: { entry: { kind: "notFound", siteUrl: "https://example.com/paper/" } } });
    expect(assetHref.call(notFound("/404.html"), "assets/site.css")).toBe("/paper/assets/site.css");
    expect(href.call(notFound("/zh-hant/404.html"), "archive/index.html")).toBe("/paper/zh-hant/archive/");
    expect(otherScript.call(notFound("/zh-hant/404.html"), "404.html")).toBe("/paper/404.html");
  });
});

describe("a build written in parts (memory stays bounded on large archives)", () => {
  it("writes the same files, byte for byte, as a build written at once", () => {
    const whole = sharedSite(FIXTURE_ARCHIVE);
    const parts = join(tempDir("parts"), "_site");
    // 7 pages a part: the fixture archive's ~100 pages go through Eleventy in many parts, each kind split across parts.
    const result = runBuild(FIXTURE_ARCHIVE, parts, ["--pages-per-part", "7", "--no-search"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/Wrote \d+ files/);
    const files = listFiles(whole).filter((f) => !f.startsWith("search-index/"));
    expect(files.length).toBeGreaterThan(100);
    expect(listFiles(parts)).toEqual(files);
    for (const file of files) expect(readFileSync(join(parts, file)).equals(readFileSync(join(whole, file))), file).toBe(true);
  });

  it("prints its summary, not Eleventy's profiling", () => {
    // A clean build loads jieba in the headline filter: Eleventy then warned "[11ty] Benchmark … "headline" Nunjucks Filter".
    const result = runBuild(BUNDLED_CONTENT, join(tempDir("quiet"), "_site"), ["--clean", "--no-search"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^built 7 articles in 1 editions/m);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\[11ty\]|Benchmark/);
  });

  it("refuses a part size that is not a whole number", () => {
    const result = runBuild(FIXTURE_ARCHIVE, join(tempDir("parts-bad"), "_site"), ["--pages-per-part", "0"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--pages-per-part 0: give a whole number of pages, at least 1/);
  });

  it("refuses search segments it does not know, before building anything", () => {
    const output = join(tempDir("segments-bad"), "_site");
    const result = runBuild(FIXTURE_ARCHIVE, output, ["--search-segments", "month"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("--search-segments month: give calendar (the years before the newest edition's, the months of its year before its month, and that month) or edition");
    expect(existsSync(output)).toBe(false);
  });
});
