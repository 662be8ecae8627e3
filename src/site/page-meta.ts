/**
 * What the feed, sitemap and metadata builders know about a page: the article record's
 * fields (already in the page's script), where the page lives, and its language.
 */
import type { FrontMatter } from "../article/record.ts";

/** The two scripts the site is built in, as BCP 47 tags for `<html lang>`. */
export type Lang = "zh-Hans" | "zh-Hant";
export const LANGS: readonly Lang[] = ["zh-Hans", "zh-Hant"];

/** Site-wide settings from content/site.json that end up in metadata. */
export interface SiteInfo {
  /** Paper name in the page's script (聊城日报 / 聊城日報). */
  paper: string;
  /** From `siteBase(site.url)`. */
  base: URL;
  /** OpenCC Traditional variant from site.json (`tw`, `hk`, …): decides zh_TW or zh_HK. */
  traditionalVariant?: string;
}

/** An article page in one script. */
export type ArticlePage = Pick<
  FrontMatter,
  "title" | "kicker" | "subtitle" | "column" | "section" | "reporter" | "date" | "page" | "pageName" | "order"
> & {
  /** Absolute URL of this page. */
  url: string;
  lang: Lang;
  /** Plain-text summary (see description.ts). */
  description: string;
};

/** An article with its rendered body, for full-text feeds. */
export type FeedArticle = ArticlePage & { html: string };
