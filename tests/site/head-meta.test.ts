import { describe, expect, it } from "vitest";
import { headMeta } from "../../src/site/formats/head-meta.ts";
import { ogLocale } from "../../src/site/formats/open-graph.ts";
import type { HtmlPage } from "../../src/site/paper.ts";
import { articlePage, fixturePaper } from "./paper-fixtures.ts";

const paper = fixturePaper();
const asMap = (tags: { property: string; content: string }[]) => Object.fromEntries(tags.map((t) => [t.property, t.content]));

describe("headMeta on an article page", () => {
  const page = articlePage(paper, "hans", "2023-12-14/fen-zhi-ji-gou.html");
  const meta = headMeta(page, "tw");

  it("describes the article by its opening, without the dateline", () => {
    expect(meta.description).toBe(page.article.opening);
    expect(meta.description.startsWith("“原以为30家分支机构")).toBe(true);
  });

  it("has Open Graph for an article: locale, the other script as alternate, time and section", () => {
    expect(asMap(meta.openGraph)).toEqual({
      "og:type": "article",
      "og:site_name": "聊城日报",
      "og:title": "分支机构信息变更一次办好",
      "og:description": meta.description,
      "og:url": "https://www.lcdaily.example/2023-12-14/fen-zhi-ji-gou.html",
      "og:locale": "zh_CN",
      "og:locale:alternate": "zh_TW",
      "article:published_time": "2023-12-14T06:00:00+08:00",
      "article:section": "经济",
    });
    const hant = asMap(headMeta(articlePage(paper, "hant", page.path), "tw").openGraph);
    expect([hant["og:locale"], hant["og:locale:alternate"], hant["og:title"]]).toEqual(["zh_TW", "zh_CN", "分支機構信息變更一次辦好"]);
  });

  it("links the site's feeds and its section's", () => {
    expect(meta.feeds.map((f) => [f.scope, f.path, f.type, f.title])).toEqual([
      ["site", "feed.xml", "application/atom+xml", "聊城日报 (Atom)"],
      ["site", "feed.json", "application/feed+json", "聊城日报 (JSON Feed)"],
      ["section", "sections/jing-ji/feed.xml", "application/atom+xml", "聊城日报 · 经济 (Atom)"],
      ["section", "sections/jing-ji/feed.json", "application/feed+json", "聊城日报 · 经济 (JSON Feed)"],
    ]);
    expect(meta.jsonLd?.["@type"]).toBe("NewsArticle");
  });
});

describe("headMeta on other pages", () => {
  const find = (kind: HtmlPage["kind"], script = "hans") => (Object.values(paper.pages).flat() as HtmlPage[]).find((p) => p.kind === kind && p.script === script)!;

  it("gives listing pages a CollectionPage and the rest none", () => {
    const types = Object.fromEntries(
      (["front", "edition", "section", "reporter", "archive", "sections", "reporters", "search", "notFound"] as const).map((kind) => [kind, headMeta(find(kind), "tw").jsonLd?.["@type"] ?? null]),
    );
    expect(types).toEqual({ front: "CollectionPage", edition: "CollectionPage", section: "CollectionPage", reporter: "CollectionPage", archive: null, sections: null, reporters: null, search: null, notFound: null });
  });

  it("marks them as a website, and leaves the 404 page (served at any address) without Open Graph", () => {
    expect(asMap(headMeta(find("edition"), "tw").openGraph)["og:type"]).toBe("website");
    expect(headMeta(find("notFound"), "tw").openGraph).toEqual([]);
  });

  it("keeps search results and the 404 page out of search engines, and nothing else", () => {
    const kinds = ["front", "edition", "article", "section", "reporter", "archive", "sections", "reporters", "search", "notFound"] as const;
    expect(kinds.filter((kind) => headMeta(find(kind), "tw").robots === "noindex")).toEqual(["search", "notFound"]);
  });

  it("offers a section page its own feeds", () => {
    const section = paper.pages.section.find((p) => p.script === "hant" && p.path === "sections/jing-ji/index.html")!;
    expect(headMeta(section, "tw").feeds.filter((f) => f.scope === "section").map((f) => f.path)).toEqual(["sections/jing-ji/feed.xml", "sections/jing-ji/feed.json"]);
  });
});

describe("ogLocale", () => {
  it("follows the Traditional variant the site is converted to", () => {
    expect(ogLocale("hant", "hk")).toBe("zh_HK");
    expect(ogLocale("hant", "hkp")).toBe("zh_HK");
    expect(ogLocale("hant", "twp")).toBe("zh_TW");
    expect(ogLocale("hans", "hk")).toBe("zh_CN");
  });
});
