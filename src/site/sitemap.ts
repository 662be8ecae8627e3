/**
 * sitemap.xml and robots.txt. Every page exists in both scripts; each version is
 * listed with both as hreflang alternates (and Simplified as x-default), as search
 * engines ask for: https://developers.google.com/search/docs/specialty/international/localized-versions
 */
import { LANGS, type Lang } from "./page-meta.ts";
import { escapeXml } from "./xml.ts";

/** One page in both scripts: absolute URLs, and the edition date it shows (articles, editions). */
export interface PagePair {
  urls: Record<Lang, string>;
  /** YYYY-MM-DD; left out for pages that change with every edition (front page, indexes). */
  lastmod?: string;
}

/** The language search engines show when neither script is asked for. */
export const DEFAULT_LANG: Lang = "zh-Hans";

export function sitemapXml(pages: readonly PagePair[]): string {
  const x = escapeXml;
  const entries = pages.flatMap((page) => {
    const alternates = [
      ...LANGS.map((lang) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${x(page.urls[lang])}"/>`),
      `\n    <xhtml:link rel="alternate" hreflang="x-default" href="${x(page.urls[DEFAULT_LANG])}"/>`,
    ].join("");
    const lastmod = page.lastmod ? `\n    <lastmod>${x(page.lastmod)}</lastmod>` : "";
    return LANGS.map((lang) => `\n  <url>\n    <loc>${x(page.urls[lang])}</loc>${lastmod}${alternates}\n  </url>`);
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join("")}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
