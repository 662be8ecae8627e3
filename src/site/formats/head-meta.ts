/**
 * What a page says about itself in its head, beyond title and canonical: Open Graph
 * tags, JSON-LD, and the feeds it links to. Chosen by page kind; the head partial
 * only writes it out.
 */
import { feedLinks, type FeedLink } from "./feeds.ts";
import { articleOpenGraph, openGraph, type MetaProperty } from "./open-graph.ts";
import type { ArticleView, HtmlPage } from "../paper.ts";
import { collectionPage, newsArticle, type JsonLd } from "./structured-data.ts";
import type { TraditionalVariant } from "../traditional.ts";

export interface HeadMeta {
  /** An article's opening (without its dateline); the site's description elsewhere. */
  description: string;
  openGraph: MetaProperty[];
  jsonLd: JsonLd | null;
  feeds: FeedLink[];
  /** "noindex" for pages that are no content of their own (search results, not found). */
  robots: string | null;
}

/** The articles a listing page shows, in its order; null for pages that list none. */
function listedArticles(page: HtmlPage): readonly ArticleView[] | null {
  switch (page.kind) {
    case "front":
      return page.edition?.articles ?? [];
    case "edition":
      return page.edition.articles;
    case "section":
    case "reporter":
      return page.articles;
    default:
      return null;
  }
}

/** The feeds a page offers: the site's, and its section's on article and section pages; or those of one scope. */
export function pageFeeds(page: HtmlPage, scope?: FeedLink["scope"]): FeedLink[] {
  const section = page.kind === "article" ? page.article.section : page.kind === "section" ? page.section : undefined;
  return feedLinks(page.paper, section).filter((feed) => !scope || feed.scope === scope);
}

export function headMeta(page: HtmlPage, variant: TraditionalVariant): HeadMeta {
  if (page.kind === "article") {
    const description = page.article.opening;
    return { description, openGraph: articleOpenGraph({ ...page, description }, variant), jsonLd: newsArticle(page), feeds: pageFeeds(page), robots: null };
  }
  // The 404 page is served at any address: it describes no page of its own.
  if (page.kind === "notFound") return { description: page.description, openGraph: [], jsonLd: null, feeds: pageFeeds(page), robots: "noindex" };
  const articles = listedArticles(page);
  return {
    description: page.description,
    openGraph: openGraph(page, variant),
    jsonLd: articles && collectionPage(page, articles),
    feeds: pageFeeds(page),
    robots: page.kind === "search" || page.kind === "review" ? "noindex" : null,
  };
}
