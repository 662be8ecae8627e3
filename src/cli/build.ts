/**
 * npm run build [-- --content DIR --output DIR --clean]
 *
 * Validates all of content/ first; on any problem prints one line per problem
 * and exits 1 without touching the output folder. Otherwise the site is built
 * beside the output, only what changed rendered again, and replaces the output
 * only when the whole build has succeeded (src/build/site-build.ts).
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatProblem, readContent } from "../site/content.ts";
import { ModelMemo } from "../site/memo.ts";
import { paths } from "../site/paths.ts";
import { Progress } from "../build/progress.ts";
import { describeIndex, isSegmentBy } from "../build/search-index.ts";
import { ContentCache } from "../build/content-cache.ts";
import { environmentDigest } from "../build/environment.ts";
import { buildSite, type SiteBuildReport } from "../build/site-build.ts";
import { heldBack, openReviewNotes } from "../build/strict.ts";
import { WORKERS_FROM, WORKERS_SETTINGS } from "../build/workers.ts";
import { outputFailure, outputFolderProblem } from "../build/output-failure.ts";
import { fail } from "./fail.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Pages Eleventy renders per part (src/build/shards.ts): about 40 MB of retained pages,
 * while each part's start costs Eleventy ≈0.1 s. Between parts a full garbage
 * collection gives the memory back; V8 would otherwise let the heap grow to several
 * times what is live before collecting it.
 */
const PAGES_PER_PART = 2500;
const USAGE = "usage: npm run build -- [--content DIR] [--output DIR] [--clean] [--no-search] [--pages-per-part N] [--search-segments calendar|edition] [--strict] [--timings] [--workers auto|1|2]";

/** A folder we may replace: missing, empty, or a site this command built (it has 404.html). */
function isReplaceable(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0 || existsSync(join(dir, paths.notFound()));
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_site" }, "no-search": { type: "boolean", default: false }, clean: { type: "boolean", default: false }, "pages-per-part": { type: "string", default: String(PAGES_PER_PART) }, "search-segments": { type: "string", default: "calendar" }, strict: { type: "boolean", default: false }, timings: { type: "boolean", default: false }, workers: { type: "string", default: "auto" }, help: { type: "boolean" } } }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(`${USAGE}\n  defaults: content, _site, ${PAGES_PER_PART} pages per part, search segments by calendar; --no-search skips the search index;\n  --search-segments edition makes each edition a search segment of its own;\n  only pages whose data, templates or code changed are rendered again, --clean renders all;\n  fewer pages per part use less memory and take a little longer;\n  --strict fails (exit 1) while any article has an open review note;\n  --timings logs each step of the build with the seconds since the start;
  --workers 2 renders the editions' pages on two cores, 1 in one process; auto (the default) uses two
  when the machine has them and the build renders ${WORKERS_FROM.toLocaleString("en")} edition pages or more (a full build)`);
    return;
  }
  const pagesPerPart = Number(args["pages-per-part"]);
  if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) fail(`--pages-per-part ${args["pages-per-part"]}: give a whole number of pages, at least 1`);
  if (!WORKERS_SETTINGS.includes(args.workers)) fail(`--workers ${args.workers}: give auto, 1 or 2`);
  const workers = args.workers === "auto" ? "auto" : (Number(args.workers) as 1 | 2);
  const segmentBy = args["search-segments"];
  if (!isSegmentBy(segmentBy)) fail(`--search-segments ${segmentBy}: give calendar (the years before the newest edition's, the months of its year before its month, and that month) or edition`);
  const contentDir = resolve(args.content);
  const output = resolve(args.output);
  if (!existsSync(contentDir)) fail(`${args.content}: no such folder; point --content at the folder holding site.json and the editions`);
  if (contentDir === output || contentDir.startsWith(output + "/") || output.startsWith(contentDir + "/")) {
    fail(`${args.output}: the output folder must be outside the content folder`);
  }
  if (!isReplaceable(output)) fail(`${args.output}: exists and is not a site built by this command; choose another --output or empty it yourself`);
  const unwritable = outputFolderProblem(output, args.output);
  if (unwritable) fail(`${unwritable}; nothing was built.`);

  const started = Date.now();
  const progress = new Progress(process.stderr, args.timings);
  progress.tell("fingerprinting templates, code and settings");
  const environment = environmentDigest(PROJECT, contentDir);
  // --clean believes nothing of the last build, this cache neither; it is written afresh.
  const memo = new ModelMemo();
  const cache = new ContentCache(join(PROJECT, ".cache/build"), contentDir, environment, memo, { fresh: args.clean });
  progress.tell("reading the content");
  // Held by `source` alone, so the build can let go of it before the search index.
  const source = { content: readContent(contentDir, { cache: cache.articles, memo }) };
  const parsed = cache.articles.parsed.size;
  cache.saveParses(source.content.articles);
  progress.clear();
  const { warnings, errors } = source.content;
  const held = args.strict ? openReviewNotes(source.content.articles) : [];
  // Under --strict, open notes are listed once, as what stops the build.
  for (const w of warnings) if (!held.length || w.field !== "review") console.warn(`warning: ${formatProblem(w)}`);
  if (errors.length) {
    for (const e of errors) console.error(formatProblem(e));
    fail(`${errors.length} problem(s) in ${args.content}; nothing was built and ${args.output} is unchanged.`);
  }
  if (held.length) {
    for (const note of held) console.error(formatProblem(note));
    fail(heldBack(held, args.output));
  }
  // Eleventy resolves the templates from the project folder.
  process.chdir(PROJECT);
  let report: SiteBuildReport;
  try {
    report = await buildSite(source, { contentDir, output, pagesPerPart, search: args["no-search"] ? false : { segmentBy }, clean: args.clean, environment, memo, cache, progress, workers });
    progress.tell("saving the content cache");
    cache.save();
    progress.done();
  } catch (e) {
    const failure = outputFailure(e, output, args.output);
    fail(failure ? `${failure}; ${args.output} is unchanged.` : `the site could not be built (${(e as Error).message}); ${args.output} is unchanged.`);
  }
  const search = report.search ? `${describeIndex(report.search)}${report.search.indexed < report.search.segments ? `, ${report.search.indexed} indexed again` : ""}` : "not built";
  console.log(`built ${report.articles} articles in ${report.editions} editions (${report.modelled} modelled, ${parsed} files parsed, ${report.views} article views made, ${cache.editionsRead} cached editions' bodies read), Simplified and Traditional, ${report.rendered} of ${report.files} files rendered${report.workers ? `, edition pages on ${report.workers} page worker${report.workers > 1 ? "s" : ""}` : ""} (search: ${search}), into ${args.output} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
