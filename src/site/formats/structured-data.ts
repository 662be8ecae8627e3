/**
 * schema.org JSON-LD: NewsArticle for article pages, CollectionPage with an
 * ItemList for pages that list articles (front, edition, section, reporter).
 * serializeJsonLd (the jsonLd filter) writes it so that `</script>`
 * in a headline cannot end the element.
 */
import type { ArticlePage, ArticleView } from "../paper.ts";
import { publishedUrl, type Script } from "../paths.ts";
import { publishedAt } from "../published.ts";
import { sharedFileUrl } from "./open-graph.ts";

export type JsonLd = Record<string, unknown>;

/** What every page knows about itself and the site. */
interface PageInfo {
  script: Script;
  lang: string;
  path: string;
  paper: string;
  siteUrl: string;
}

function publisher(page: PageInfo): JsonLd {
  return { "@type": "NewsMediaOrganization", name: page.paper, url: page.siteUrl };
}

/** 引题 and 副题 together, as a reader sees them around the headline. */
export function alternativeHeadline(article: Pick<ArticleView, "kicker" | "subtitle">): string | undefined {
  const parts = [article.kicker, article.subtitle].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" ") : undefined;
}

export function newsArticle(page: ArticlePage): JsonLd {
  const a = page.article;
  const url = publishedUrl(page.siteUrl, page.script, page.path);
  const time = publishedAt(a.date);
  const people = [...a.byline, ...a.credit].map((p) => ({ "@type": "Person", name: p.name, ...(p.role && { jobTitle: p.role }) }));
  const headline2 = alternativeHeadline(a);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    ...(headline2 && { alternativeHeadline: headline2 }),
    description: a.opening,
    datePublished: time,
    dateModified: time,
    // An unsigned item (a brief) is the paper's own.
    author: people.length > 0 ? people : [publisher(page)],
    articleSection: a.section.name,
    ...(a.page !== undefined && { printPage: String(a.page) }),
    ...(a.column && { printColumn: a.column }),
    ...(a.photo && { image: [sharedFileUrl(page.siteUrl, a.photo.largest.path)] }),
    printEdition: a.date,
    publisher: publisher(page),
    inLanguage: page.lang,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
}

/** A page listing articles, with the page's own name and the articles in its order. */
export function collectionPage(page: PageInfo & { title: string; description: string }, articles: readonly ArticleView[]): JsonLd {
  const url = (path: string) => publishedUrl(page.siteUrl, page.script, path);
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: page.title,
    ...(page.description && { description: page.description }),
    url: url(page.path),
    inLanguage: page.lang,
    isPartOf: { "@type": "WebSite", name: page.paper, url: page.siteUrl },
    publisher: publisher(page),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: articles.length,
      itemListElement: articles.map((a, i) => ({ "@type": "ListItem", position: i + 1, url: url(a.path), name: a.title })),
    },
  };
}

// `<`, `>` and `&` could end the script element or open a comment inside it; U+2028/2029
// end lines for older JavaScript parsers. As \u escapes they are still the same JSON.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON for the inside of `<script type="application/ld+json">`: nothing in it can end the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
