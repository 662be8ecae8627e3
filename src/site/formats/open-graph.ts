/**
 * Open Graph tags (https://ogp.me) for link previews: property/content pairs the
 * head partial writes as `<meta property content>`, escaped there like all text.
 */
import type { ArticlePage } from "../paper.ts";
import { publishedUrl, type Script } from "../paths.ts";
import { publishedAt } from "../published.ts";
import type { TraditionalVariant } from "../traditional.ts";

export interface MetaProperty {
  property: string;
  content: string;
}

/** Open Graph locales are language_TERRITORY: Simplified is the mainland's; Traditional follows the OpenCC variant. */
export function ogLocale(script: Script, variant: TraditionalVariant): string {
  if (script === "hans") return "zh_CN";
  return variant.startsWith("hk") ? "zh_HK" : "zh_TW";
}

interface OgPage {
  script: Script;
  path: string;
  title: string;
  description: string;
  paper: string;
  siteUrl: string;
}

/** The tags every page has; `type` is article or website. */
export function openGraph(page: OgPage, variant: TraditionalVariant, type = "website", title = page.title): MetaProperty[] {
  return [
    { property: "og:type", content: type },
    { property: "og:site_name", content: page.paper },
    { property: "og:title", content: title },
    ...(page.description ? [{ property: "og:description", content: page.description }] : []),
    { property: "og:url", content: publishedUrl(page.siteUrl, page.script, page.path) },
    { property: "og:locale", content: ogLocale(page.script, variant) },
    { property: "og:locale:alternate", content: ogLocale(page.script === "hans" ? "hant" : "hans", variant) },
  ];
}

/** The published address of a file both scripts share (a story's photo). */
export const sharedFileUrl = (siteUrl: string, path: string) => publishedUrl(siteUrl, "hans", path);

export function articleOpenGraph(page: ArticlePage, variant: TraditionalVariant): MetaProperty[] {
  const photo = page.article.photo?.largest;
  return [
    ...openGraph(page, variant, "article", page.article.title),
    // The story's photo is what a link preview shows of it.
    ...(photo
      ? [
          { property: "og:image", content: sharedFileUrl(page.siteUrl, photo.path) },
          { property: "og:image:type", content: "image/webp" },
          { property: "og:image:width", content: String(photo.width) },
          { property: "og:image:height", content: String(photo.height) },
          { property: "og:image:alt", content: page.article.title },
        ]
      : []),
    { property: "article:published_time", content: publishedAt(page.article.date) },
    { property: "article:section", content: page.article.section.name },
  ];
}
