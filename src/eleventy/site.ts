/**
 * What Eleventy is taught: the paper as global data, the filters, the assets, and
 * under the live preview its watch hooks. The build (src/build/site-build.ts)
 * and the preview's config (.eleventy.ts) both configure Eleventy through
 * `configureSite`, each with its own source of the paper.
 */
import { feedDocument } from "../site/formats/feeds.ts";
import { headMeta, pageFeeds } from "../site/formats/head-meta.ts";
import { robotsDocument, sitemapDocument } from "../site/formats/sitemap.ts";
import { serializeJsonLd } from "../site/formats/structured-data.ts";
import { headlineHtml } from "../site/headline.ts";
import type { ModelMemo } from "../site/memo.ts";
import type { Paper } from "../site/paper.ts";
import { ASSETS } from "../site/paths.ts";
import { markWords } from "../site/review.ts";
import { absoluteUrl, assetHref, href, otherScript } from "./filters.ts";

// Eleventy's UserConfig type is not exported in a form tsc can follow; name what we use.
export interface Config {
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  configureTemplateHandling(options: { writeMode: "sync" | "async" }): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  on(event: "eleventy.before", listener: () => void): void;
  on(event: "eleventy.beforeWatch", listener: (changedFiles: string[]) => void): void;
  setServerOptions(options: Record<string, unknown>): void;
  benchmarkManager: { get(group: string): { setIsVerbose(verbose: boolean): void } };
}

/** The live preview's side of a rebuild (src/preview/live.ts). */
export interface Watching {
  /** The content folder, watched for saves. */
  contentDir: string;
  changed(files: readonly string[]): void;
  beginBuild(): void;
}

export interface SiteSource {
  /** The paper of the build Eleventy is starting: its pages, and those to render. */
  paper: () => Paper;
  /** Where the headline filter keeps each headline's HTML. */
  memo: ModelMemo;
  /** Under the live preview: which files a rebuild is for. */
  watching?: Watching;
  /** Whether to copy the assets: a build's page workers leave them to the build (src/build/workers.ts). */
  assets?: boolean;
}

/** The templates' folder, as Eleventy is given it as its input. */
export const TEMPLATES = "templates";

export function configureSite(config: Config, { paper, memo, watching, assets = true }: SiteSource): void {
  // Eleventy prints "[11ty] Benchmark … "headline" Nunjucks Filter" when a filter takes over 8% of
  // a build, from a logger of its own that quietMode misses; that is profiling (npm run bench), not progress.
  config.benchmarkManager.get("Configuration").setIsVerbose(false);
  config.setInputDirectory(TEMPLATES);
  config.setIncludesDirectory("_partials");
  config.setLayoutsDirectory("_layouts");
  config.setTemplateFormats(["njk"]);
  config.addGlobalData("paper", paper);
  // Every page template paginates the paper's pages one \`entry\` at a time; each page
  // knows its file. A function, not "{{ entry.output }}": Nunjucks would render that
  // string once per page (≈0.8 s at 5,000 articles). No page is in a collection.
  config.addGlobalData("permalink", () => (data: { entry: { output: string } }) => data.entry.output);
  config.addGlobalData("eleventyExcludeFromCollections", true);
  if (watching) {
    config.addWatchTarget(watching.contentDir);
    // Eleventy waits until a saved file has kept its size for 150 ms; an article is written
    // in one go, so 40 ms is enough, and a save reaches its pages 110 ms sooner.
    config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
    // A saved article re-renders only the pages that show it (src/preview/live.ts).
    config.on("eleventy.beforeWatch", (changedFiles) => watching.changed(changedFiles));
    config.on("eleventy.before", () => watching.beginBuild());
  }
  if (assets) config.addPassthroughCopy({ [ASSETS.source]: ASSETS.output });
  // Pages are written on libuv's threads while the next ones render: with synchronous
  // writes, a slow disk took up to a third of the build's main thread (9 of 30 s at 5,000).
  config.configureTemplateHandling({ writeMode: "async" });

  config.addFilter("href", href);
  config.addFilter("assetHref", assetHref);
  config.addFilter("otherScript", otherScript);
  config.addFilter("absoluteUrl", absoluteUrl);
  // Escapes, then keeps short quotations on one line; templates mark its output safe.
  config.addFilter("headline", (text: string) => headlineHtml(text, memo));
  // Feeds, sitemap and head metadata (src/site/formats/feeds.ts, sitemap.ts, head-meta.ts).
  config.addFilter("headMeta", headMeta);
  config.addFilter("jsonLd", serializeJsonLd);
  config.addFilter("pageFeeds", pageFeeds);
  config.addFilter("feedDocument", feedDocument);
  config.addFilter("sitemapDocument", sitemapDocument);
  config.addFilter("robotsDocument", robotsDocument);
  // The words review notes are about, marked in the body (the live preview's notes; a build has none).
  config.addFilter("markReview", markWords);
  // Text from content/ is always escaped; only rendered bodies are marked safe.
  config.setNunjucksEnvironmentOptions({ autoescape: true });
}
