import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { alternativeHeadline, collectionPage, newsArticle, serializeJsonLd, type JsonLd } from "../../src/site/formats/structured-data.ts";
import { articlePage, fixturePaper, hostilePaper, HOSTILE_TITLE } from "./paper-fixtures.ts";

/** Puts JSON-LD in a page the way head-meta.njk does and reads it back with an HTML5 parser. */
function roundTrip(data: JsonLd): { scripts: number; parsed: unknown; after: string } {
  const $ = cheerio.load(`<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body><p id="after">正文</p></body></html>`);
  return { scripts: $("script").length, parsed: JSON.parse($("script").text()), after: $("#after").text() };
}

const paper = fixturePaper();

describe("newsArticle", () => {
  it("describes an article: headlines, +08:00 date, reporters as Person, section, publisher, language", () => {
    const page = articlePage(paper, "hans", "2023-12-14/fen-zhi-ji-gou.html");
    const url = "https://www.lcdaily.example/2023-12-14/fen-zhi-ji-gou.html";
    expect(newsArticle(page)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "分支机构信息变更一次办好",
      alternativeHeadline: "阳谷县",
      description: page.article.opening,
      datePublished: "2023-12-14T06:00:00+08:00",
      dateModified: "2023-12-14T06:00:00+08:00",
      author: [
        { "@type": "Person", name: "窦胜男", jobTitle: "通讯员" },
        { "@type": "Person", name: "徐言艳", jobTitle: "通讯员" },
      ],
      articleSection: "经济",
      printPage: "2",
      printEdition: "2023-12-14",
      publisher: { "@type": "NewsMediaOrganization", name: "聊城日报", url: "https://www.lcdaily.example/" },
      inLanguage: "zh-Hans",
      isAccessibleForFree: true,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      url,
    });
    expect(page.article.opening.startsWith("“原以为30家")).toBe(true);
  });

  it("speaks the page's script on Traditional pages", () => {
    const ld = newsArticle(articlePage(paper, "hant", "2023-12-14/fen-zhi-ji-gou.html"));
    expect(ld).toMatchObject({ headline: "分支機構信息變更一次辦好", alternativeHeadline: "陽谷縣", articleSection: "經濟", inLanguage: "zh-Hant", url: "https://www.lcdaily.example/zh-hant/2023-12-14/fen-zhi-ji-gou.html" });
  });

  it("joins kicker and subtitle into the alternative headline, and credits the paper for an unsigned brief", () => {
    expect(alternativeHeadline({ kicker: "阳谷县", subtitle: "高唐公路事业发展中心公路建养服务工作纪实" })).toBe("阳谷县 高唐公路事业发展中心公路建养服务工作纪实");
    expect(alternativeHeadline({})).toBeUndefined();
    const page = articlePage(paper, "hans", "2023-12-13/mei-yue-yi-ti.html");
    const unsigned = newsArticle({ ...page, article: { ...page.article, byline: [], credit: [] } });
    expect(unsigned.author).toEqual([{ "@type": "NewsMediaOrganization", name: "聊城日报", url: "https://www.lcdaily.example/" }]);
  });
});

describe("JSON-LD in a page", () => {
  it("keeps a hostile headline inside its script element and gives it back unchanged", () => {
    expect(JSON.parse(serializeJsonLd({ t: "\u2028</script>&" }))).toEqual({ t: "\u2028</script>&" });
    const ld = newsArticle(articlePage(hostilePaper(), "hans", "2023-12-15/e-yi.html"));
    expect(serializeJsonLd(ld)).not.toMatch(/[<>&\u2028\u2029]/);
    const { scripts, parsed, after } = roundTrip(ld);
    expect(scripts).toBe(1);
    expect(after).toBe("正文");
    expect(parsed).toEqual(ld);
    expect((parsed as { headline: string }).headline).toBe(HOSTILE_TITLE);
  });
});

describe("collectionPage", () => {
  it("lists an edition's articles in print order", () => {
    const edition = paper.pages.edition.find((p) => p.script === "hant" && p.edition.date === "2023-12-14")!;
    const ld = collectionPage(edition, edition.edition.articles);
    expect(ld).toMatchObject({
      "@type": "CollectionPage",
      name: edition.title,
      inLanguage: "zh-Hant",
      url: "https://www.lcdaily.example/zh-hant/2023-12-14/",
      isPartOf: { "@type": "WebSite", name: "聊城日報", url: "https://www.lcdaily.example/" },
      mainEntity: { "@type": "ItemList", numberOfItems: 7 },
    });
    const items = (ld.mainEntity as { itemListElement: { position: number; url: string; name: string }[] }).itemListElement;
    expect(items[0]).toEqual({ "@type": "ListItem", position: 1, url: "https://www.lcdaily.example/zh-hant/2023-12-14/zheng-wu-gong-kai.html", name: "政務公開「全國優秀」是這樣煉成的" });
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(roundTrip(ld).parsed).toEqual(ld);
  });
});
