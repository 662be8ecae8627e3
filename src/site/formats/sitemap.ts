/**
 * sitemap.xml and robots.txt. Every page exists in both scripts; each version is
 * listed with both as hreflang alternates (and Simplified as x-default), as search
 * engines ask: https://developers.google.com/search/docs/specialty/international/localized-versions
 */
import type { Paper } from "../paper.ts";
import { LANG, SCRIPTS, paths, publishedUrl, type Script } from "../paths.ts";
import { baseUrl } from "../settings.ts";
import { escapeXml } from "./xml.ts";

/** One page in both scripts: absolute URLs, and the edition date it shows (articles, editions). */
export interface PagePair {
  urls: Record<Script, string>;
  lastmod?: string;
}

/** Pages a search engine should list: not the 404 page, the search page or the feeds. */
const LISTED = ["front", "edition", "printedPage", "article", "archive", "sections", "section", "reporters", "reporter"] as const;

/** Every listed page of the paper, once, with the URLs of both scripts. */
export function sitemapPages(paper: Paper): PagePair[] {
  return LISTED.flatMap((kind) =>
    paper.pages[kind]
      .filter((page) => page.script === "hans")
      .map((page) => {
        const date = page.kind === "article" ? page.article.date : page.kind === "edition" ? page.edition.date : page.kind === "printedPage" ? page.printed.date : undefined;
        const urls = Object.fromEntries(SCRIPTS.map((script) => [script, publishedUrl(page.siteUrl, script, page.path)])) as Record<Script, string>;
        return date ? { urls, lastmod: date } : { urls };
      }),
  );
}

export function sitemapXml(pages: readonly PagePair[]): string {
  const x = escapeXml;
  const entries = pages.flatMap((page) => {
    const alternates = [
      ...SCRIPTS.map((script) => `\n    <xhtml:link rel="alternate" hreflang="${LANG[script]}" href="${x(page.urls[script])}"/>`),
      `\n    <xhtml:link rel="alternate" hreflang="x-default" href="${x(page.urls.hans)}"/>`,
    ].join("");
    const lastmod = page.lastmod ? `\n    <lastmod>${x(page.lastmod)}</lastmod>` : "";
    return SCRIPTS.map((script) => `\n  <url>\n    <loc>${x(page.urls[script])}</loc>${lastmod}${alternates}\n  </url>`);
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join("")}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${paths.sitemap()}\n`;
}

/** The sitemap.xml of the whole paper. */
export function sitemapDocument(paper: Paper): string {
  return sitemapXml(sitemapPages(paper));
}

/** The robots.txt of the paper, naming its sitemap. */
export function robotsDocument(paper: Paper): string {
  return robotsTxt(baseUrl(paper.settings));
}
