// The edition site, as Eleventy sees it. What each piece does lives in src/site/.
import { contentDir, livePaper, loadPaper } from "./src/site/load.ts";
import { absoluteUrl, assetHref, href, otherScript } from "./src/site/filters.ts";
import { feedDocument } from "./src/site/formats/feeds.ts";
import { headMeta, pageFeeds } from "./src/site/formats/head-meta.ts";
import { robotsDocument, sitemapDocument } from "./src/site/formats/sitemap.ts";
import { serializeJsonLd } from "./src/site/formats/structured-data.ts";
import { headlineHtml } from "./src/site/headline.ts";
import { markWords } from "./src/preview/review.ts";
import { ASSETS } from "./src/site/paths.ts";

// Eleventy's UserConfig type is not exported in a form tsc can follow; name what we use.
interface Config {
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  configureTemplateHandling(options: { writeMode: "sync" | "async" }): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  on(event: "eleventy.before", listener: () => void): void;
  on(event: "eleventy.beforeWatch", listener: (changedFiles: string[]) => void): void;
  benchmarkManager: { get(group: string): { setIsVerbose(verbose: boolean): void } };
}

export default function (config: Config) {
  // Eleventy prints "[11ty] Benchmark … "headline" Nunjucks Filter" when a filter takes over 8% of
  // a build, from a logger of its own that quietMode misses; that is profiling (npm run bench), not progress.
  config.benchmarkManager.get("Configuration").setIsVerbose(false);
  const content = contentDir();
  // Every page of both scripts, read from content/ and validated (src/site/paper.ts).
  config.addGlobalData("paper", () => loadPaper(content));
  // Every page template paginates the paper's pages one \`entry\` at a time; each page
  // knows its file. A function, not "{{ entry.output }}": Nunjucks would render that
  // string once per page (≈0.8 s at 5,000 articles). No page is in a collection.
  config.addGlobalData("permalink", () => (data: { entry: { output: string } }) => data.entry.output);
  config.addGlobalData("eleventyExcludeFromCollections", true);
  config.addWatchTarget(content);
  // Eleventy waits until a saved file has kept its size for 150 ms; an article is written
  // in one go, so 40 ms is enough, and a save reaches its pages 110 ms sooner.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  // Under serve, a saved article re-renders only the pages that show it (src/preview/live.ts).
  config.on("eleventy.beforeWatch", (changedFiles) => livePaper(content).changed(changedFiles));
  config.on("eleventy.before", () => livePaper(content).beginBuild());
  config.addPassthroughCopy({ [ASSETS.source]: ASSETS.output });
  // Pages are written on libuv's threads while the next ones render: with synchronous
  // writes, a slow disk took up to a third of the build's main thread (9 of 30 s at 5,000).
  config.configureTemplateHandling({ writeMode: "async" });

  config.addFilter("href", href);
  config.addFilter("assetHref", assetHref);
  config.addFilter("otherScript", otherScript);
  config.addFilter("absoluteUrl", absoluteUrl);
  // Escapes, then keeps short quotations on one line; templates mark its output safe.
  config.addFilter("headline", headlineHtml);
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

  return {
    // No output folder here: Eleventy's default is _site, and the build command passes its own.
    dir: { input: "templates", includes: "_partials", layouts: "_layouts" },
    templateFormats: ["njk"],
  };
}
