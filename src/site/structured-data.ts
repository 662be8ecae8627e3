/**
 * schema.org JSON-LD for article pages (NewsArticle) and for edition and section
 * pages (CollectionPage with an ItemList), and its safe serialization into HTML.
 */
import type { ArticlePage, Lang, SiteInfo } from "./page-meta.ts";
import { publishedAt } from "./published.ts";

type JsonLd = Record<string, unknown>;

function publisher(site: SiteInfo): JsonLd {
  return { "@type": "NewsMediaOrganization", name: site.paper, url: site.base.href };
}

/** 引题 and 副题 together, as a reader sees them around the headline. */
export function alternativeHeadline(article: Pick<ArticlePage, "kicker" | "subtitle">): string | undefined {
  const parts = [article.kicker, article.subtitle].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" ") : undefined;
}

export function newsArticle(site: SiteInfo, article: ArticlePage): JsonLd {
  const time = publishedAt(article.date);
  const authors = article.reporter.map((r) => ({ "@type": "Person", name: r.name, ...(r.role && { jobTitle: r.role }) }));
  const headline2 = alternativeHeadline(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(headline2 && { alternativeHeadline: headline2 }),
    description: article.description,
    datePublished: time,
    dateModified: time,
    // An unsigned item (a brief, some photos) is the paper's own.
    author: authors.length > 0 ? authors : [publisher(site)],
    articleSection: article.section,
    ...(article.page !== undefined && { printPage: String(article.page) }),
    ...(article.pageName && { printSection: article.pageName }),
    ...(article.column && { printColumn: article.column }),
    printEdition: article.date,
    publisher: publisher(site),
    inLanguage: article.lang,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
    url: article.url,
  };
}

export interface CollectionInfo {
  /** 2023年12月14日 · 聊城日报, 要闻, … in the page's script. */
  name: string;
  url: string;
  lang: Lang;
  description?: string;
  /** The articles listed, in page order. */
  items: readonly { url: string; title: string }[];
}

export function collectionPage(site: SiteInfo, page: CollectionInfo): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: page.name,
    ...(page.description && { description: page.description }),
    url: page.url,
    inLanguage: page.lang,
    isPartOf: { "@type": "WebSite", name: site.paper, url: site.base.href },
    publisher: publisher(site),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, i) => ({ "@type": "ListItem", position: i + 1, url: item.url, name: item.title })),
    },
  };
}

// `<`, `>` and `&` could end the script element or open a comment inside it; U+2028/2029
// are line terminators to older JavaScript parsers. All become \u escapes, still the same JSON.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON for the inside of `<script type="application/ld+json">`: nothing in it can end the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
