import { describe, expect, it } from "vitest";
import { articleOpenGraph, ogLocale, pageOpenGraph } from "../../src/site/open-graph.ts";
import { site, yanggu } from "./metadata-fixtures.ts";

const asMap = (tags: { property: string; content: string }[]) => Object.fromEntries(tags.map((t) => [t.property, t.content]));

describe("articleOpenGraph", () => {
  it("marks an article with its locale, the other script as alternate, time and section", () => {
    expect(asMap(articleOpenGraph(site, yanggu))).toEqual({
      "og:type": "article",
      "og:site_name": "聊城日报",
      "og:title": "分支机构信息变更一次办好",
      "og:description": yanggu.description,
      "og:url": yanggu.url,
      "og:locale": "zh_CN",
      "og:locale:alternate": "zh_TW",
      "article:published_time": "2023-12-14T06:00:00+08:00",
      "article:section": "经济",
    });
  });

  it("swaps the locales on a Traditional page", () => {
    const tags = asMap(articleOpenGraph(site, { ...yanggu, lang: "zh-Hant" }));
    expect([tags["og:locale"], tags["og:locale:alternate"]]).toEqual(["zh_TW", "zh_CN"]);
  });
});

describe("pageOpenGraph", () => {
  it("is a website, without article times", () => {
    const tags = asMap(pageOpenGraph(site, { title: "要闻", description: "要闻版", url: "https://x.example/s/", lang: "zh-Hans" }));
    expect(tags["og:type"]).toBe("website");
    expect(tags["article:published_time"]).toBeUndefined();
  });
});

describe("ogLocale", () => {
  it("follows the Traditional variant the site is converted to", () => {
    expect(ogLocale("zh-Hant", "hk")).toBe("zh_HK");
    expect(ogLocale("zh-Hant", "tw")).toBe("zh_TW");
    expect(ogLocale("zh-Hans", "hk")).toBe("zh_CN");
  });
});
