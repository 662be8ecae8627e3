/**
 * npm run build [-- --content DIR --output DIR]
 *
 * Validates all of content/ first; on any problem prints one line per problem
 * and exits 1 without touching the output folder. Otherwise Eleventy writes the
 * site into a sibling temporary folder, which replaces the output only when the
 * whole build has succeeded.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { formatFinding, readContent, type Content } from "../site/content.ts";
import { convertBodiesAhead, paperFrom, preload } from "../site/load.ts";
import { paths } from "../site/paths.ts";
import { buildSearchIndex, describeIndex, type SearchIndex } from "../build/search-index.ts";
import { renderShards } from "../build/shards.ts";
import { printedPages } from "../pdf/printed-pages.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Pages Eleventy renders per part (src/build/shards.ts): about 40 MB of retained pages,
 * while each part's start costs Eleventy ≈0.1 s. Between parts a full garbage
 * collection gives the memory back; V8 would otherwise let the heap grow to several
 * times what is live before collecting it.
 */
const PAGES_PER_PART = 2500;
const USAGE = "usage: npm run build -- [--content DIR] [--output DIR] [--no-search] [--pages-per-part N]";

/** What the build uses of Eleventy; its published types leave out restart, init and the logger (what --watch uses between builds). */
interface EleventyParts {
  write(): Promise<unknown>;
  restart(): Promise<void>;
  init(): Promise<void>;
  logger: { overrideLogger(logger: Partial<Console>): void };
}

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A folder we may replace: missing, empty, or a site this command built (it has 404.html). */
function isReplaceable(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0 || existsSync(join(dir, paths.notFound()));
}

/**
 * Deleting the replaced site (thousands of files) takes longer than building it
 * on a busy disk; the new site is already in place, so a detached process does it.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const script = `require("node:fs").rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

/** Renders the site into `staging` with Eleventy, a part at a time; what it built, in counts. */
async function writeSite(content: Content, contentDir: string, staging: string, pagesPerPart: number): Promise<{ editions: number; articles: number }> {
  // The e-paper's page images and PDFs (src/pdf/printed-pages.ts), written before the pages that show them.
  const printed = await printedPages(content, contentDir, staging);
  for (const w of printed.warnings) console.warn(`warning: ${formatFinding(w)}`);
  const bodies = convertBodiesAhead(content);
  const paper = paperFrom(content, { convertedBody: (markdown, names) => bodies.take(markdown, names), printed: printed.pages });
  try {
    // Loaded only now: a build that stops on bad content answers without Eleventy's start-up time.
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("templates", staging, { configPath: ".eleventy.ts", quietMode: true }) as unknown as EleventyParts;
    // Eleventy would say "Wrote N files", and which filters were slow, for every part;
    // the last line below counts the whole site, and `npm run bench` measures speed.
    eleventy.logger.overrideLogger({ ...console, log: () => {}, warn: (message: string) => /\bBenchmark\b/.test(message) || console.warn(message) });
    for (const [part, render] of renderShards(paper.render, pagesPerPart).entries()) {
      preload(contentDir, { ...paper, render });
      if (part > 0) {
        collectGarbage();
        await eleventy.restart();
        await eleventy.init();
      }
      await eleventy.write();
    }
  } finally {
    await bodies.stop();
  }
  return { editions: paper.pages.edition.length / 2, articles: paper.pages.article.length / 2 };
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_site" }, "no-search": { type: "boolean", default: false }, "pages-per-part": { type: "string", default: String(PAGES_PER_PART) }, help: { type: "boolean" } } }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(`${USAGE}\n  defaults: content, _site, ${PAGES_PER_PART} pages per part; --no-search skips the search index;\n  fewer pages per part use less memory and take a little longer`);
    return;
  }
  const pagesPerPart = Number(args["pages-per-part"]);
  if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) fail(`--pages-per-part ${args["pages-per-part"]}: give a whole number of pages, at least 1`);
  const contentDir = resolve(args.content);
  const output = resolve(args.output);
  if (!existsSync(contentDir)) fail(`${args.content}: no such folder; point --content at the folder holding site.json and the editions`);
  if (contentDir === output || contentDir.startsWith(output + "/") || output.startsWith(contentDir + "/")) {
    fail(`${args.output}: the output folder must be outside the content folder`);
  }
  if (!isReplaceable(output)) fail(`${args.output}: exists and is not a site built by this command; choose another --output or empty it yourself`);

  const started = Date.now();
  let content: Content | undefined = readContent(contentDir);
  for (const w of content.warnings) console.warn(`warning: ${formatFinding(w)}`);
  if (content.errors.length) {
    for (const e of content.errors) console.error(formatFinding(e));
    fail(`${content.errors.length} problem(s) in ${args.content}; nothing was built and ${args.output} is unchanged.`);
  }
  // Eleventy resolves templates and the config from the project folder.
  process.chdir(PROJECT);
  process.env.EDITION_CONTENT = contentDir;
  const staging = join(dirname(output), `${basename(output)}.tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let written: { editions: number; articles: number };
  let indexed: SearchIndex | undefined;
  try {
    written = await writeSite(content, contentDir, staging, pagesPerPart);
    // Content, model and Eleventy are done with once the site is written; Pagefind gets their memory.
    content = undefined;
    collectGarbage();
    // Indexed before the swap, so a site in place always has a search index that matches it.
    if (!args["no-search"]) indexed = await buildSearchIndex(staging);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    fail(`the site could not be built (${(e as Error).message}); ${args.output} is unchanged.`);
  }
  const previous = `${staging}-old`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  removeInBackground(previous);

  console.log(`built ${written.articles} articles in ${written.editions} editions, Simplified and Traditional (search: ${indexed ? describeIndex(indexed) : "not built"}), into ${args.output} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
