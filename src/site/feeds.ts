/**
 * Atom and JSON Feed 1.1 of the latest articles: full text, reporters as authors,
 * publication times in +08:00, absolute URLs. One call per feed (site or section,
 * Simplified or Traditional); the caller passes articles already in the feed's script.
 */
import type { FeedArticle, Lang } from "./page-meta.ts";
import { publishedAt } from "./published.ts";
import { escapeXml } from "./xml.ts";

export interface FeedInfo {
  /** 聊城日报, or 聊城日报 · 要闻 for a section feed, in the feed's script. */
  title: string;
  lang: Lang;
  /** Absolute URL of this feed file (Atom or JSON). */
  url: string;
  /** Absolute URL of the HTML page the feed follows (front page or section page). */
  homeUrl: string;
  /** The paper, author of articles without a byline (Atom requires an author). */
  paper: string;
  /** Latest edition date (YYYY-MM-DD), the feed's update time when it has no articles. */
  latestEdition: string;
}

/** Newest edition first; within an edition, in print order (page, then position). */
export function byPublication(a: FeedArticle, b: FeedArticle): number {
  return (
    b.date.localeCompare(a.date) ||
    (a.page ?? Infinity) - (b.page ?? Infinity) ||
    a.order - b.order
  );
}

/** The `count` latest articles, newest first. */
export function latestArticles<T extends FeedArticle>(articles: readonly T[], count: number): T[] {
  return [...articles].sort(byPublication).slice(0, count);
}

function feedUpdated(info: FeedInfo, articles: readonly FeedArticle[]): string {
  const newest = articles.reduce((date, a) => (a.date > date ? a.date : date), info.latestEdition);
  return publishedAt(newest);
}

function authorNames(article: FeedArticle): string[] {
  return article.reporter.map((r) => r.name);
}

/** An Atom 1.0 document (RFC 4287). */
export function atomFeed(info: FeedInfo, articles: readonly FeedArticle[]): string {
  const x = escapeXml;
  const entries = articles.map((a) => {
    const time = publishedAt(a.date);
    const authors = authorNames(a).map((name) => `\n    <author><name>${x(name)}</name></author>`).join("");
    return `
  <entry>
    <id>${x(a.url)}</id>
    <title type="text">${x(a.title)}</title>
    <link rel="alternate" type="text/html" href="${x(a.url)}"/>
    <published>${time}</published>
    <updated>${time}</updated>${authors}
    <category term="${x(a.section)}"/>
    <summary type="text">${x(a.description)}</summary>
    <content type="html" xml:base="${x(a.url)}">${x(a.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.lang}">
  <id>${x(info.url)}</id>
  <title type="text">${x(info.title)}</title>
  <link rel="self" type="application/atom+xml" href="${x(info.url)}"/>
  <link rel="alternate" type="text/html" hreflang="${info.lang}" href="${x(info.homeUrl)}"/>
  <updated>${feedUpdated(info, articles)}</updated>
  <author><name>${x(info.paper)}</name></author>${entries.join("")}
</feed>
`;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(info: FeedInfo, articles: readonly FeedArticle[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.url,
    language: info.lang,
    authors: [{ name: info.paper }],
    items: articles.map((a) => {
      const names = authorNames(a);
      return {
        id: a.url,
        url: a.url,
        title: a.title,
        content_html: a.html,
        summary: a.description,
        date_published: publishedAt(a.date),
        ...(names.length > 0 && { authors: names.map((name) => ({ name })) }),
        tags: [a.section],
      };
    }),
  };
  return JSON.stringify(feed, null, 2) + "\n";
}
