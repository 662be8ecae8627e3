/**
 * Open Graph tags (https://ogp.me) for link previews: a list of property/content
 * pairs the head partial writes as `<meta property content>` (autoescaped there).
 */
import type { ArticlePage, Lang, SiteInfo } from "./page-meta.ts";
import { publishedAt } from "./published.ts";

export interface MetaProperty {
  property: string;
  content: string;
}

/** Open Graph locales are language_TERRITORY: Simplified is mainland, Traditional follows the OpenCC variant. */
export function ogLocale(lang: Lang, traditionalVariant = "tw"): string {
  if (lang === "zh-Hans") return "zh_CN";
  return traditionalVariant === "hk" ? "zh_HK" : "zh_TW";
}

interface OgPage {
  title: string;
  description: string;
  url: string;
  lang: Lang;
}

function common(site: SiteInfo, page: OgPage, type: string): MetaProperty[] {
  const other: Lang = page.lang === "zh-Hans" ? "zh-Hant" : "zh-Hans";
  return [
    { property: "og:type", content: type },
    { property: "og:site_name", content: site.paper },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: page.url },
    { property: "og:locale", content: ogLocale(page.lang, site.traditionalVariant) },
    { property: "og:locale:alternate", content: ogLocale(other, site.traditionalVariant) },
  ];
}

export function articleOpenGraph(site: SiteInfo, article: ArticlePage): MetaProperty[] {
  return [
    ...common(site, article, "article"),
    { property: "article:published_time", content: publishedAt(article.date) },
    { property: "article:section", content: article.section },
  ];
}

/** Front, edition, section and other index pages. */
export function pageOpenGraph(site: SiteInfo, page: OgPage): MetaProperty[] {
  return common(site, page, "website");
}
