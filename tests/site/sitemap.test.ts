import { describe, expect, it } from "vitest";
import { robotsDocument, sitemapDocument, sitemapFiles, sitemapPages, sitemapXml, type PagePair, type SitemapFile } from "../../src/site/formats/sitemap.ts";
import { parseXml, xmllintErrors } from "../support/xml.ts";
import { fixturePaper } from "./paper-fixtures.ts";

const BASE = "https://www.lcdaily.example/";

describe("sitemapPages", () => {
  const paper = fixturePaper();
  const pages = sitemapPages(paper);

  it("lists every page a reader can land on once, but not the 404 page, the search page or feeds", () => {
    const hans = pages.map((p) => p.urls.hans);
    expect(new Set(hans).size).toBe(hans.length);
    expect(hans).toEqual(expect.arrayContaining([BASE, `${BASE}2023-12-14/`, `${BASE}2023-12-14/fen-zhi-ji-gou.html`, `${BASE}archive/`, `${BASE}sections/jing-ji/`, `${BASE}reporters/`]));
    const kinds = ["front", "edition", "article", "archive", "sections", "section", "reporters", "reporter"] as const;
    expect(pages).toHaveLength(kinds.reduce((n, kind) => n + paper.pages[kind].length / 2, 0));
    expect(hans.filter((u) => /404|search|feed/.test(u))).toEqual([]);
  });

  it("pairs each page with its Traditional twin and dates articles and editions", () => {
    const yanggu = pages.find((p) => p.urls.hans.endsWith("/2023-12-14/fen-zhi-ji-gou.html"))!;
    expect(yanggu).toEqual({ urls: { hans: `${BASE}2023-12-14/fen-zhi-ji-gou.html`, hant: `${BASE}zh-hant/2023-12-14/fen-zhi-ji-gou.html` }, lastmod: "2023-12-14" });
    expect(pages.find((p) => p.urls.hans === `${BASE}2023-12-13/`)!.lastmod).toBe("2023-12-13");
    expect(pages.find((p) => p.urls.hans === BASE)!.lastmod).toBeUndefined();
  });

  it("robots.txt names the sitemap by its published address", () => {
    expect(robotsDocument(paper)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}sitemap.xml\n`);
  });
});

describe("sitemapXml", () => {
  const pairs: PagePair[] = [
    { urls: { hans: BASE, hant: `${BASE}zh-hant/` } },
    { urls: { hans: `${BASE}2023-12-14/a.html`, hant: `${BASE}zh-hant/2023-12-14/a.html` }, lastmod: "2023-12-14" },
    // A hostile address: & and quotes are escaped, not allowed to break the document.
    { urls: { hans: `${BASE}x?q=a&b="c"`, hant: `${BASE}zh-hant/x?q=a&b='c'` } },
  ];
  const xml = sitemapXml(pairs);

  it("is well formed for xmllint (which does catch a broken one)", () => {
    expect(xmllintErrors(xml)).toBe("");
    expect(xmllintErrors("<urlset><url></urlset>")).not.toBe("");
  });

  it("lists both scripts of every page, each with zh-Hans, zh-Hant and x-default alternates", () => {
    const urlset = parseXml(xml, ["url", "xhtml:link"]).urlset;
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@_xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const urls = urlset.url as any[];
    expect(urls.map((u) => u.loc)).toEqual(pairs.flatMap((p) => [p.urls.hans, p.urls.hant]));
    for (const [i, url] of urls.entries()) {
      const pair = pairs[Math.floor(i / 2)]!;
      expect(url["xhtml:link"].map((l: any) => [l["@_rel"], l["@_hreflang"], l["@_href"]])).toEqual([
        ["alternate", "zh-Hans", pair.urls.hans],
        ["alternate", "zh-Hant", pair.urls.hant],
        ["alternate", "x-default", pair.urls.hans],
      ]);
    }
    expect(urls[2].lastmod).toBe("2023-12-14");
    expect(urls[0].lastmod).toBeUndefined();
  });
});

describe("sitemapFiles", () => {
  const paper = fixturePaper();
  const kinds = (file: SitemapFile) => [...new Set(file.pages.map((p) => p.kind))].sort();

  it("is an index of a file of the pages without a date and one per year, listing every page once", () => {
    const [index, ...files] = sitemapFiles(paper.pages);
    expect(index.output).toBe("sitemap.xml");
    expect(index.files).toEqual(files);
    expect(files.map((f) => [f.output, f.lastmod])).toEqual([["sitemaps/pages.xml", undefined], ["sitemaps/2023.xml", "2023-12-14"]]);
    expect(files.flatMap((f) => f.pages.map((p) => p.output)).sort()).toEqual(sitemapPages(paper).map((p) => p.urls.hans.slice(BASE.length)).map((u) => (u === "" || u.endsWith("/") ? `${u}index.html` : u)).sort());
    expect(kinds(files[0]!)).toEqual(["archive", "front", "reporter", "reporters", "section", "sections"]);
    expect(kinds(files[1]!)).toEqual(["article", "edition", "printedPage"].filter((k) => paper.pages[k as "article"].length));
  });

  it("cuts a year that passes the limit into files in date order, so a new day lands in the year's last file", () => {
    const [index, ...files] = sitemapFiles(paper.pages, [], 10);
    const year = files.filter((f) => f.output.startsWith("sitemaps/2023"));
    expect(year.map((f) => f.output)).toEqual(["sitemaps/2023.xml", "sitemaps/2023-2.xml", "sitemaps/2023-3.xml", "sitemaps/2023-4.xml"].slice(0, year.length));
    expect(year.length).toBeGreaterThan(1);
    expect(year.every((f) => f.pages.length <= 10)).toBe(true);
    expect(year.at(-1)!.lastmod).toBe("2023-12-14");
    expect(year[0]!.lastmod! <= year.at(-1)!.lastmod!).toBe(true);
    expect(index.files).toHaveLength(files.length);
  });

  it("writes the index with each file's published address and newest date, well formed", () => {
    const [index] = sitemapFiles(paper.pages);
    const xml = sitemapDocument(index, paper);
    expect(xmllintErrors(xml)).toBe("");
    const entries = parseXml(xml, ["sitemap"]).sitemapindex;
    expect(entries["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(entries.sitemap).toEqual([{ loc: `${BASE}sitemaps/pages.xml` }, { loc: `${BASE}sitemaps/2023.xml`, lastmod: "2023-12-14" }]);
  });
});
