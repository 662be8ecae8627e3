/**
 * sitemap.xml and robots.txt. Every page exists in both scripts; each version is
 * listed with both as hreflang alternates (and Simplified as x-default), as search
 * engines ask: https://developers.google.com/search/docs/specialty/international/localized-versions
 *
 * A sitemap file may list at most 50,000 URLs in 50 MB (https://www.sitemaps.org/protocol.html);
 * at 100,000 articles the site has 234,000, 119 MB. So sitemap.xml is an index of
 * files by year (sitemaps/2023.xml: a year's editions, 版面 and articles) and one of the
 * pages without a date (sitemaps/pages.xml: lists, sections, reporters), each cut into
 * more files when it passes the limit. Publishing a day changes its year's file and the index, not the
 * whole sitemap, and a host's sync uploads those.
 */
import { createHash } from "node:crypto";
import type { EditionRecord, Paper } from "../paper.ts";
import { LANG, SCRIPTS, outputPath, paths, publishedUrl, type Script } from "../paths.ts";
import { baseUrl } from "../settings.ts";
import { escapeXml } from "./xml.ts";

/** One page in both scripts: absolute URLs, and the edition date it shows (articles, editions). */
export interface PagePair {
  urls: Record<Script, string>;
  lastmod?: string;
}

/** Pages a search engine should list: not the 404 page, the search page or the feeds. */
const LISTED = ["front", "edition", "printedPage", "article", "archive", "sections", "section", "reporters", "reporter"] as const;
type ModelledPage = Paper["pages"][(typeof LISTED)[number]][number];
/** A page as the sitemap lists it: its Simplified file and path, and the edition date it shows. */
export interface ListedPage { kind: ModelledPage["kind"]; output: string; path: string; date?: string }

/** Pages in both scripts per sitemap file: two URLs each, 50,000 in all (≈500 bytes a URL: 25 MB). */
export const PAIRS_PER_FILE = 25_000;

/** One file of the sitemap: the Simplified pages it lists (each with its Traditional twin), the newest date among them. */
export interface SitemapFile {
  output: string;
  pages: readonly ListedPage[];
  lastmod?: string;
}
/** sitemap.xml: the index of the sitemap's files. */
export interface SitemapIndex {
  output: string;
  files: readonly SitemapFile[];
}
export type SitemapEntry = SitemapIndex | SitemapFile;

/** The edition date a page shows, if it shows one. */
function dateOf(page: ModelledPage): string | undefined {
  return page.kind === "article" ? page.article.date : page.kind === "edition" ? page.edition.date : page.kind === "printedPage" ? page.printed.date : undefined;
}

/** Every listed page of the paper, once, in its Simplified version: those modelled, and those of the editions `kept` as they were. */
function listedPages(pages: Paper["pages"], kept: readonly EditionRecord[]): ListedPage[] {
  const modelled = LISTED.flatMap((kind) => (pages[kind] as readonly ModelledPage[]).filter((page) => page.script === "hans").map((page) => ({ kind: page.kind, output: page.output, path: page.path, date: dateOf(page) })));
  const keptPage = (kind: ListedPage["kind"], path: string, date: string): ListedPage => ({ kind, output: outputPath("hans", path), path, date });
  return [
    ...modelled,
    ...kept.flatMap(({ date, pages: [edition, ...printed], articles }) => [keptPage("edition", edition!, date), ...printed.map((path) => keptPage("printedPage", path, date)), ...articles.map((path) => keptPage("article", path, date))]),
  ];
}

/**
 * The index and the files it names. A file's pages are ordered by date, then by output, so
 * which file a page is in depends only on which pages there are: an article moved
 * within its edition leaves every file as it was, and a new day lands in the last file of its year.
 */
export function sitemapFiles(pages: Paper["pages"], kept: readonly EditionRecord[] = [], pairsPerFile = PAIRS_PER_FILE): [SitemapIndex, ...SitemapFile[]] {
  const groups = new Map<string, { date: string; output: string; page: ListedPage }[]>();
  for (const page of listedPages(pages, kept)) {
    const date = page.date ?? "";
    const name = date ? date.slice(0, 4) : "pages";
    (groups.get(name) ?? groups.set(name, []).get(name)!).push({ date, output: page.output, page });
  }
  const files: SitemapFile[] = [];
  for (const name of [...groups.keys()].sort((a, b) => (a === "pages" ? -1 : b === "pages" ? 1 : a.localeCompare(b)))) {
    const group = groups.get(name)!.sort((a, b) => (a.date === b.date ? (a.output < b.output ? -1 : 1) : a.date < b.date ? -1 : 1));
    for (let start = 0, n = 1; start < group.length; start += pairsPerFile, n++) {
      const part = group.slice(start, start + pairsPerFile);
      const lastmod = part.at(-1)!.date;
      files.push({ output: paths.sitemapFile(n === 1 ? name : `${name}-${n}`), pages: part.map((p) => p.page), ...(lastmod ? { lastmod } : {}) });
    }
  }
  return [{ output: paths.sitemap(), files }, ...files];
}

/** Whether `output` is one of the sitemap's files. */
export function isSitemapFile(output: string): boolean {
  // Asked of every file of the site at each save of the preview (src/plan/plan.ts): the prefix first.
  return output.startsWith("sitemap") && (output === paths.sitemap() || /^sitemaps\/[^/]+\.xml$/.test(output));
}

/** What a sitemap file is made from (with the settings, which the environment holds): the paths it lists, or the files it names. */
export function sitemapIdentity(entry: SitemapEntry): string {
  const listed = "files" in entry ? entry.files.map((file) => `${file.output}\u0000${file.lastmod ?? ""}`) : entry.pages.map((page) => page.output);
  return `sitemap:${createHash("sha1").update(listed.join("\n")).digest("base64url")}`;
}

/** A page with the URLs of both scripts. */
function pagePair(siteUrl: string, page: ListedPage): PagePair {
  const urls = Object.fromEntries(SCRIPTS.map((script) => [script, publishedUrl(siteUrl, script, page.path)])) as Record<Script, string>;
  return page.date ? { urls, lastmod: page.date } : { urls };
}

/** Every listed page of the paper, once, with the URLs of both scripts. */
export function sitemapPages(paper: Paper): PagePair[] {
  const siteUrl = baseUrl(paper.settings);
  return listedPages(paper.pages, paper.editions.filter((e) => !e.modelled)).map((page) => pagePair(siteUrl, page));
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

/** sitemap.xml, the index: each file's published address and the newest date it lists. */
export function sitemapIndexXml(siteUrl: string, files: readonly { output: string; lastmod?: string }[]): string {
  const x = escapeXml;
  const entries = files.map((file) => `\n  <sitemap>\n    <loc>${x(siteUrl + file.output)}</loc>${file.lastmod ? `\n    <lastmod>${x(file.lastmod)}</lastmod>` : ""}\n  </sitemap>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join("")}
</sitemapindex>
`;
}

/** One file of the sitemap (sitemapFiles), as XML. */
export function sitemapDocument(entry: SitemapEntry, paper: Paper): string {
  const siteUrl = baseUrl(paper.settings);
  return "files" in entry ? sitemapIndexXml(siteUrl, entry.files) : sitemapXml(entry.pages.map((page) => pagePair(siteUrl, page)));
}

/** The robots.txt of the paper, naming its sitemap. */
export function robotsDocument(paper: Paper): string {
  return robotsTxt(baseUrl(paper.settings));
}
