/**
 * Atom and JSON Feed 1.1 of the latest articles, for the whole site and for each
 * section, in each script: full text, reporters as authors, publication times in
 * +08:00, absolute URLs from site.json `url`.
 */
import type { ArticleView, FrontPage, SectionPage } from "../paper.ts";
import { LANG, SCRIPTS, outputPath, paths, publishedUrl, type FeedFormat, type Script } from "../paths.ts";
import { publishedAt } from "../published.ts";
import { escapeXml } from "./xml.ts";

/** How many articles a feed carries: about a week of one desk, a day or two of the whole paper. */
export const FEED_LENGTH = 30;

export const FEED_FORMATS: readonly FeedFormat[] = ["atom", "json"];
export const FEED_TYPE: Record<FeedFormat, string> = { atom: "application/atom+xml", json: "application/feed+json" };
const FORMAT_NAME: Record<FeedFormat, string> = { atom: "Atom", json: "JSON Feed" };

/** One feed file: what it lists and where it lives. */
export interface FeedPage {
  kind: "feed";
  script: Script;
  lang: string;
  format: FeedFormat;
  /** Site path of the feed file (feed.xml, sections/yao-wen/feed.json). */
  path: string;
  output: string;
  /** 聊城日报, or 聊城日报 · 要闻 for a section, in the feed's script. */
  title: string;
  /** The page the feed follows (front page or section index). */
  homePath: string;
  paper: string;
  siteUrl: string;
  /** Newest edition date on the site: the update time of a feed with no articles yet. */
  latestEdition: string;
  articles: ArticleView[];
  /**
   * An article's body as HTML (its view's html()), rendered once for every feed of its script: the
   * site's and its section's, Atom and JSON, carry the same bodies, which a day's build rendered
   * two to four times each (≈0.5 s of its main thread at 20,000 articles, most of Eleventy's part).
   * Not enumerable: a feed's fingerprint is its articles', not this memo's.
   */
  readonly body: (article: ArticleView) => string;
}

/** The folder a site path is in ("sections/yao-wen/index.html" → "sections/yao-wen/"). */
function folderOf(sitePath: string): string {
  return sitePath.replace(/[^/]*$/, "");
}

/** A feed a page links to (`<link rel=alternate>`, and visibly on section pages). */
export interface FeedLink {
  scope: "site" | "section";
  path: string;
  type: string;
  /** Atom / JSON Feed */
  name: string;
  /** 聊城日报 · 要闻 (Atom): what a feed reader shows when it finds the link. */
  title: string;
}

/** The site's feeds and, for a page that belongs to a section, that section's feeds. */
export function feedLinks(paper: string, section?: { name: string; path: string }): FeedLink[] {
  const links = (scope: FeedLink["scope"], folder: string, title: string) =>
    FEED_FORMATS.map((format) => ({ scope, path: paths.feed(format, folder), type: FEED_TYPE[format], name: FORMAT_NAME[format], title: `${title} (${FORMAT_NAME[format]})` }));
  return [...links("site", "", paper), ...(section ? links("section", folderOf(section.path), sectionFeedTitle(paper, section.name)) : [])];
}

function sectionFeedTitle(paper: string, section: string): string {
  return `${paper} · ${section}`;
}

/**
 * Every feed of the site: the site's, and one for each section with a page (a section with articles).
 * `views` are each script's articles, newest first, in print order; `pages` the front and section pages.
 * `kept` holds the bodies' HTML by view key from one model to the next (memo.ts): it is left holding
 * those of these feeds' articles only, and gains the others' as the feeds are rendered.
 */
export function feedPages(pages: { front: FrontPage[]; section: SectionPage[] }, views: Readonly<Record<Script, readonly ArticleView[]>>, kept = new Map<string, string>()): FeedPage[] {
  const latestEdition = views.hans?.[0]?.date ?? "1970-01-01";
  const shown = new Set(SCRIPTS.flatMap((script) => (views[script] ?? []).map((view) => view.fingerprintKey)));
  for (const key of kept.keys()) if (!shown.has(key)) kept.delete(key);
  return SCRIPTS.flatMap((script) => {
    const first = pages.front.find((p) => p.script === script);
    if (!first) return [];
    const common = { kind: "feed" as const, script, lang: LANG[script], paper: first.paper, siteUrl: first.siteUrl, latestEdition };
    const bodies = new Map<ArticleView, string>();
    const render = (article: ArticleView) => {
      const key = article.fingerprintKey;
      if (key === undefined) return article.html();
      return kept.get(key) ?? kept.set(key, article.html()).get(key)!;
    };
    const body = (article: ArticleView) => bodies.get(article) ?? bodies.set(article, render(article)).get(article)!;
    const feeds = (folder: string, title: string, homePath: string, articles: readonly ArticleView[]): FeedPage[] =>
      FEED_FORMATS.map((format) => {
        const path = paths.feed(format, folder);
        const feed = { ...common, format, path, output: outputPath(script, path), title, homePath, articles: articles.slice(0, FEED_LENGTH) };
        return Object.defineProperty(feed, "body", { value: body }) as FeedPage;
      });
    const articleViews = views[script] ?? [];
    // Each section's newest articles, in one pass over the archive instead of one per section.
    const bySection = new Map<string, ArticleView[]>();
    for (const view of articleViews) {
      const list = bySection.get(view.section.path) ?? bySection.set(view.section.path, []).get(view.section.path)!;
      if (list.length < FEED_LENGTH) list.push(view);
    }
    return [
      ...feeds("", first.paper, paths.front(), articleViews),
      ...pages.section
        .filter((p) => p.script === script && p.pageNumber === 1)
        .flatMap((p) => feeds(folderOf(p.path), sectionFeedTitle(p.paper, p.section.name), p.path, bySection.get(p.section.path) ?? [])),
    ];
  });
}

/** An article as a feed entry: plain values, absolute URL. */
export interface FeedEntry {
  url: string;
  title: string;
  section: string;
  authors: string[];
  /** Edition date, YYYY-MM-DD. */
  date: string;
  summary: string;
  html: string;
}

export interface FeedInfo {
  title: string;
  lang: string;
  /** Absolute URL of this feed file. */
  url: string;
  /** Absolute URL of the page the feed follows. */
  homeUrl: string;
  /** Author of unsigned items (Atom requires one). */
  paper: string;
  latestEdition: string;
}

/** The text of a feed file. */
export function feedDocument(feed: FeedPage): string {
  const url = (path: string) => publishedUrl(feed.siteUrl, feed.script, path);
  const info: FeedInfo = { title: feed.title, lang: feed.lang, url: url(feed.path), homeUrl: url(feed.homePath), paper: feed.paper, latestEdition: feed.latestEdition };
  const entries = feed.articles.map((a) => ({
    url: url(a.path),
    title: a.title,
    section: a.section.name,
    authors: [...a.byline, ...a.credit].map((person) => person.name),
    date: a.date,
    summary: a.opening,
    html: standfirst(a) + feed.body(a),
  }));
  return feed.format === "atom" ? atomFeed(info, entries) : jsonFeed(info, entries);
}

/**
 * 引题 and 副题 before the body: a feed reader shows only the headline and the content,
 * and without them 分支机构信息变更一次办好 would not say it happened in 阳谷县.
 */
function standfirst(a: ArticleView): string {
  const lines = [a.kicker, a.subtitle && `——${a.subtitle}`].filter((line): line is string => Boolean(line));
  return lines.map((line) => `<p>${escapeXml(line)}</p>\n`).join("");
}

function feedUpdated(info: FeedInfo, entries: readonly FeedEntry[]): string {
  return publishedAt(entries.reduce((date, e) => (e.date > date ? e.date : date), entries.length ? "" : info.latestEdition));
}

/** An Atom 1.0 document (RFC 4287). */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const x = escapeXml;
  const items = entries.map((e) => {
    const time = publishedAt(e.date);
    const authors = e.authors.map((name) => `\n    <author><name>${x(name)}</name></author>`).join("");
    return `
  <entry>
    <id>${x(e.url)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${time}</published>
    <updated>${time}</updated>${authors}
    <category term="${x(e.section)}"/>
    <summary type="text">${x(e.summary)}</summary>
    <content type="html" xml:base="${x(e.url)}">${x(e.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(info.lang)}">
  <id>${x(info.url)}</id>
  <title type="text">${x(info.title)}</title>
  <link rel="self" type="${FEED_TYPE.atom}" href="${x(info.url)}"/>
  <link rel="alternate" type="text/html" href="${x(info.homeUrl)}"/>
  <updated>${feedUpdated(info, entries)}</updated>
  <author><name>${x(info.paper)}</name></author>${items.join("")}
</feed>
`;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.url,
    language: info.lang,
    authors: [{ name: info.paper }],
    items: entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      content_html: e.html,
      summary: e.summary,
      date_published: publishedAt(e.date),
      // An item without authors inherits the feed's (the paper).
      ...(e.authors.length > 0 && { authors: e.authors.map((name) => ({ name })) }),
      tags: [e.section],
    })),
  };
  return JSON.stringify(feed, null, 2) + "\n";
}
