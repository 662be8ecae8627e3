import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml, type PagePair } from "../../src/site/sitemap.ts";
import { parseXml, xmllintErrors } from "../support/xml.ts";

const base = "https://www.lcdaily.example/paper/";
const pages: PagePair[] = [
  { urls: { "zh-Hans": base, "zh-Hant": `${base}zh-hant/` } },
  {
    urls: { "zh-Hans": `${base}2023-12-14/fen-zhi-ji-gou/`, "zh-Hant": `${base}zh-hant/2023-12-14/fen-zhi-ji-gou/` },
    lastmod: "2023-12-14",
  },
  // A hostile path: & and quotes must be escaped, not break the document.
  { urls: { "zh-Hans": `${base}search/?q=a&b="c"`, "zh-Hant": `${base}zh-hant/search/?q=a&b='c'` } },
];

describe("sitemapXml", () => {
  const xml = sitemapXml(pages);

  it("is well formed for xmllint", () => {
    expect(xmllintErrors(xml)).toBe("");
    expect(xmllintErrors("<urlset><url></urlset>")).not.toBe("");
  });

  it("lists both scripts of every page, each with zh-Hans, zh-Hant and x-default alternates", () => {
    const urls = parseXml(xml, ["url", "xhtml:link"]).urlset.url as any[];
    expect(urls.map((u) => u.loc)).toEqual([
      base,
      `${base}zh-hant/`,
      `${base}2023-12-14/fen-zhi-ji-gou/`,
      `${base}zh-hant/2023-12-14/fen-zhi-ji-gou/`,
      `${base}search/?q=a&b="c"`,
      `${base}zh-hant/search/?q=a&b='c'`,
    ]);
    for (const [i, url] of urls.entries()) {
      const pair = pages[Math.floor(i / 2)]!;
      expect(url["xhtml:link"].map((l: any) => [l["@_rel"], l["@_hreflang"], l["@_href"]])).toEqual([
        ["alternate", "zh-Hans", pair.urls["zh-Hans"]],
        ["alternate", "zh-Hant", pair.urls["zh-Hant"]],
        ["alternate", "x-default", pair.urls["zh-Hans"]],
      ]);
    }
    expect(urls[2].lastmod).toBe("2023-12-14");
    expect(urls[0].lastmod).toBeUndefined();
  });

  it("declares the sitemap and xhtml namespaces", () => {
    const urlset = parseXml(xml, []).urlset;
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@_xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  });
});

describe("robotsTxt", () => {
  it("allows crawling and names the sitemap by its absolute URL", () => {
    expect(robotsTxt(`${base}sitemap.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${base}sitemap.xml\n`);
  });
});
