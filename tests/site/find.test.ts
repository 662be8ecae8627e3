/**
 * What readers' tools find in the built site: feeds a feed reader parses, a sitemap
 * whose every address is a built page, JSON-LD that says what the page says, and
 * search markup. Checked on the fixture archive and on the bundled edition.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { atomAuthors, parseFeed } from "../support/feeds.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, listFiles, page, sharedSite } from "../support/site.ts";
import { sitemapIndex, sitemapUrls } from "../support/xml.ts";

const SITE_URL = "https://www.lcdaily.example/";

/** The built file a published address stands for (a folder address means its index.html). */
function fileOf(url: string): string {
  expect(url.startsWith(SITE_URL), url).toBe(true);
  const path = decodeURIComponent(url.slice(SITE_URL.length));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

const isArticle = (file: string) => /^(zh-hant\/)?\d{4}-\d{2}-\d{2}\/[^/]+\.html$/.test(file) && !file.endsWith("index.html");

/** What an article page shows a reader, read from its HTML. */
function shown(site: string, file: string) {
  const $ = page(site, file);
  const story = $("article.story");
  return {
    title: story.find("h1").text().trim(),
    kicker: story.find(".kicker").text().trim(),
    date: story.find("time").attr("datetime"),
    section: story.find('.story-meta [data-search-meta="section"]').text().trim(),
    people: story.find(".byline a, .credit a").map((_, a) => $(a).text().trim()).get(),
    lang: $("html").attr("lang"),
    canonical: $('link[rel="canonical"]').attr("href"),
    description: $('meta[name="description"]').attr("content"),
  };
}

describe.each([
  ["the fixture archive", FIXTURE_ARCHIVE],
  ["the bundled content", BUNDLED_CONTENT],
])("%s, built: feeds, sitemap, structured data, search markup", (_name, content) => {
  let site: string;
  let articles: string[];
  beforeAll(() => {
    site = sharedSite(content);
    articles = listFiles(site).filter(isArticle);
  });

  it("has Atom feeds that feedparser reads: the latest articles, newest first, with authors and +08:00 dates", async () => {
    for (const [feedFile, prefix] of [["feed.xml", ""], ["zh-hant/feed.xml", "zh-hant/"]] as const) {
      const { meta, items } = await parseFeed(readFileSync(join(site, feedFile), "utf8"));
      expect(meta.language).toBe(prefix ? "zh-Hant" : "zh-Hans");
      expect(fileOf(meta.xmlurl)).toBe(feedFile);
      const inScript = articles.filter((f) => f.startsWith("zh-hant/") === Boolean(prefix));
      expect(items).toHaveLength(Math.min(30, inScript.length));
      for (const item of items) {
        const file = fileOf(item.link);
        expect(inScript).toContain(file);
        const article = shown(site, file);
        expect(item.title).toBe(article.title);
        expect(atomAuthors(item)).toEqual(article.people);
        expect(item.categories).toEqual([article.section]);
        expect(item["atom:published"]["#"]).toBe(`${article.date}T06:00:00+08:00`);
      }
      const dates = items.map((i) => i.pubdate!.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it("has a feed for every section, listing exactly that section's articles", async () => {
    for (const sectionPage of listFiles(site).filter((f) => /^(zh-hant\/)?sections\/[^/]+\/index\.html$/.test(f))) {
      const folder = posix.dirname(sectionPage);
      const $ = page(site, sectionPage);
      const links = $("main .feed-links a").map((_, a) => posix.join(folder, $(a).attr("href")!)).get();
      expect(links).toEqual([`${folder}/feed.xml`, `${folder}/feed.json`]);
      const { meta, items } = await parseFeed(readFileSync(join(site, folder, "feed.xml"), "utf8"));
      expect(meta.title).toContain($("h1").text().trim());
      const section = $("h1").text().trim();
      const expected = articles.filter((f) => f.startsWith("zh-hant/") === sectionPage.startsWith("zh-hant/") && shown(site, f).section === section);
      expect(items.map((i) => fileOf(i.link)).sort()).toEqual(expected.slice(0, 30).sort());
      const json = JSON.parse(readFileSync(join(site, folder, "feed.json"), "utf8"));
      expect(json.items.map((i: { url: string }) => i.url)).toEqual(items.map((i) => i.link));
    }
  });

  it("links every page to the site's feeds from its head", () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".html") && !f.endsWith("404.html"))) {
      const $ = page(site, file);
      const feeds = $('link[rel="alternate"][type="application/atom+xml"]').map((_, l) => posix.normalize(posix.join(posix.dirname(file), $(l).attr("href")!))).get();
      expect(feeds[0], file).toBe(file.startsWith("zh-hant/") ? "zh-hant/feed.xml" : "feed.xml");
    }
  });

  it("has a well-formed sitemap listing every page a reader can land on, each built, with both scripts", () => {
    // An index of the files by year and of the pages without a date, each file well formed.
    const index = sitemapIndex(site, SITE_URL);
    expect(index.map((f) => f.file)).toEqual(["sitemaps/pages.xml", ...new Set(index.slice(1).map((f) => `sitemaps/${f.lastmod!.slice(0, 4)}.xml`))]);
    const urls = sitemapUrls(site, SITE_URL);
    const listed = urls.map((u) => fileOf(u.loc));
    expect(listed.filter((f) => !existsSync(join(site, f)))).toEqual([]);
    const pages = listFiles(site).filter((f) => f.endsWith(".html") && !/(^|\/)(404|search\/index)\.html$/.test(f));
    expect([...listed].sort()).toEqual(pages);
    for (const url of urls) {
      const alternates = Object.fromEntries(url["xhtml:link"].map((l) => [l["@_hreflang"], fileOf(l["@_href"])]));
      const hans = fileOf(url.loc).replace(/^zh-hant\//, "");
      expect(alternates).toEqual({ "zh-Hans": hans, "zh-Hant": `zh-hant/${hans}`, "x-default": hans });
    }
    expect(readFileSync(join(site, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });

  it("gives every article page NewsArticle JSON-LD and Open Graph that match what the page shows", () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const $ = page(site, file);
      const article = shown(site, file);
      const scripts = $('script[type="application/ld+json"]');
      expect(scripts.length, file).toBe(1);
      const ld = JSON.parse(scripts.text());
      expect(ld, file).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: article.title,
        datePublished: `${article.date}T06:00:00+08:00`,
        articleSection: article.section,
        inLanguage: article.lang,
        isAccessibleForFree: true,
        url: article.canonical,
        mainEntityOfPage: { "@id": article.canonical },
        description: article.description,
        publisher: { "@type": "NewsMediaOrganization", url: SITE_URL },
      });
      if (article.kicker) expect(ld.alternativeHeadline.startsWith(article.kicker), file).toBe(true);
      const authors = ld.author.filter((a: { "@type": string }) => a["@type"] === "Person").map((a: { name: string }) => a.name);
      expect(authors, file).toEqual(article.people);
      expect(article.description, file).not.toMatch(/^本报讯|^本報訊/);
      const og = Object.fromEntries($("meta[property]").map((_, m) => [[$(m).attr("property"), $(m).attr("content")]]).get());
      expect(og, file).toMatchObject({
        "og:type": "article",
        "og:title": article.title,
        "og:url": article.canonical,
        "og:locale": article.lang === "zh-Hans" ? "zh_CN" : "zh_TW",
        "og:locale:alternate": article.lang === "zh-Hans" ? "zh_TW" : "zh_CN",
        "article:published_time": `${article.date}T06:00:00+08:00`,
        "article:section": article.section,
      });
    }
  });

  it("gives edition and section pages a CollectionPage listing their articles", () => {
    for (const file of listFiles(site).filter((f) => /^(zh-hant\/)?(\d{4}-\d{2}-\d{2}|sections\/[^/]+)\/index\.html$/.test(f))) {
      const $ = page(site, file);
      const ld = JSON.parse($('script[type="application/ld+json"]').text());
      expect(ld["@type"], file).toBe("CollectionPage");
      expect(ld.url).toBe($('link[rel="canonical"]').attr("href"));
      const listed = ld.mainEntity.itemListElement.map((i: { url: string }) => fileOf(i.url));
      const linked = new Set($("main a").map((_, a) => posix.normalize(posix.join(posix.dirname(file), $(a).attr("href")!.split("#")[0]!))).get());
      expect(listed.filter((f: string) => !linked.has(f)), file).toEqual([]);
      expect(listed.length, file).toBe([...linked].filter(isArticle).length);
    }
  });

  it("marks only article text for search, and indexes every article with what each script's page shows", () => {
    const marked = listFiles(site).filter((f) => f.endsWith(".html") && page(site, f)("[data-search-body]").length > 0);
    expect(marked).toEqual(articles);
    for (const file of articles) {
      const $ = page(site, file);
      expect($("[data-search-body]").closest("nav, header.masthead, footer").length, file).toBe(0);
      expect($('[data-search-body] [data-search-meta="title"]').text().trim()).toBe(shown(site, file).title);
    }
    const index = JSON.parse(readFileSync(join(site, "search-index/index.json"), "utf8")) as { docs: number; segments: { id: string; docs: number }[] };
    expect(index.docs).toBe(articles.length / 2);
    const results = index.segments.flatMap((s) => listFiles(join(site, "search-index", s.id)).filter((f) => /^han[st]\//.test(f)).map((f) => JSON.parse(readFileSync(join(site, "search-index", s.id, f), "utf8")) as { url: string; title: string }));
    expect(results.map((r) => r.url).sort()).toEqual([...articles].sort());
    for (const r of results) expect(r.title, r.url).toBe(shown(site, r.url).title);
  });

  it("has a search box on every page that is a plain GET form to the search page", () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".html") && !f.endsWith("404.html"))) {
      const $ = page(site, file);
      const form = $("header .search-box");
      expect(form.attr("method"), file).toBe("get");
      const target = posix.normalize(posix.join(posix.dirname(file), form.attr("action")!));
      expect(target, file).toBe(file.startsWith("zh-hant/") ? "zh-hant/search/index.html" : "search/index.html");
      expect(form.find('input[name="q"]').length).toBe(1);
    }
    // Without JavaScript (or from disk) the search page says why it cannot search, and where to browse instead.
    expect(page(site, "search/index.html")("[data-search-status]").text()).toContain("JavaScript");
    expect(page(site, "zh-hant/search/index.html")("[data-search-status]").text()).toMatch(/瀏覽器.*JavaScript/);
  });
});
