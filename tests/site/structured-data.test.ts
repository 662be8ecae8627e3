import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { alternativeHeadline, collectionPage, newsArticle, serializeJsonLd } from "../../src/site/structured-data.ts";
import { hostile, HOSTILE_TITLE, site, yanggu, zhaoQi } from "./metadata-fixtures.ts";

/** Puts JSON-LD in a page the way the head partial does and reads it back with an HTML5 parser. */
function roundTrip(data: Record<string, unknown>): { scripts: number; parsed: unknown; after: string } {
  const $ = cheerio.load(`<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body><p id="after">正文</p></body></html>`);
  return { scripts: $("script").length, parsed: JSON.parse($("script").text()), after: $("#after").text() };
}

describe("newsArticle", () => {
  it("describes a real article: headline, +08:00 date, reporters as Person, section, publisher, language", () => {
    const ld = newsArticle(site, zhaoQi);
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "聊城市国家文化公园暨文化体验廊道建设项目调度会召开",
      description: zhaoQi.description,
      datePublished: "2023-12-14T06:00:00+08:00",
      dateModified: "2023-12-14T06:00:00+08:00",
      author: [{ "@type": "Person", name: "赵琦", jobTitle: "记者" }],
      articleSection: "时政动态",
      printPage: "3",
      printEdition: "2023-12-14",
      publisher: { "@type": "NewsMediaOrganization", name: "聊城日报", url: "https://www.lcdaily.example/paper/" },
      inLanguage: "zh-Hans",
      isAccessibleForFree: true,
      mainEntityOfPage: { "@type": "WebPage", "@id": zhaoQi.url },
      url: zhaoQi.url,
    });
  });

  it("takes the alternative headline from the kicker and subtitle, and lists every reporter", () => {
    const ld = newsArticle(site, yanggu);
    expect(ld.alternativeHeadline).toBe("阳谷县");
    expect(ld.author).toEqual([
      { "@type": "Person", name: "窦胜男", jobTitle: "通讯员" },
      { "@type": "Person", name: "徐言艳", jobTitle: "通讯员" },
    ]);
    expect(alternativeHeadline({ kicker: "阳谷县", subtitle: "高唐公路事业发展中心公路建养服务工作纪实" })).toBe("阳谷县 高唐公路事业发展中心公路建养服务工作纪实");
    expect(alternativeHeadline({})).toBeUndefined();
  });

  it("credits the paper for an unsigned item", () => {
    const ld = newsArticle(site, { ...zhaoQi, reporter: [] });
    expect(ld.author).toEqual([{ "@type": "NewsMediaOrganization", name: "聊城日报", url: "https://www.lcdaily.example/paper/" }]);
  });
});

describe("serializeJsonLd", () => {
  it("keeps a hostile title inside the script element and gives it back unchanged", () => {
    const ld = newsArticle(site, hostile);
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const { scripts, parsed, after } = roundTrip(ld);
    expect(scripts).toBe(1);
    expect(after).toBe("正文");
    expect(parsed).toEqual(ld);
    expect((parsed as { headline: string }).headline).toBe(HOSTILE_TITLE);
  });

  it("is the same JSON as JSON.stringify, only with those characters escaped", () => {
    const ld = newsArticle(site, hostile);
    expect(JSON.parse(serializeJsonLd(ld))).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});

describe("collectionPage", () => {
  it("lists the articles of an edition or section page in order", () => {
    const ld = collectionPage(site, {
      name: "2023年12月14日 聊城日报",
      url: "https://www.lcdaily.example/paper/2023-12-14/",
      lang: "zh-Hant",
      items: [zhaoQi, hostile],
    });
    expect(ld).toMatchObject({
      "@type": "CollectionPage",
      inLanguage: "zh-Hant",
      url: "https://www.lcdaily.example/paper/2023-12-14/",
      isPartOf: { "@type": "WebSite", name: "聊城日报", url: "https://www.lcdaily.example/paper/" },
      mainEntity: {
        "@type": "ItemList",
        numberOfItems: 2,
        itemListElement: [
          { "@type": "ListItem", position: 1, url: zhaoQi.url, name: zhaoQi.title },
          { "@type": "ListItem", position: 2, url: hostile.url, name: HOSTILE_TITLE },
        ],
      },
    });
    expect(roundTrip(ld).parsed).toEqual(ld);
  });
});
