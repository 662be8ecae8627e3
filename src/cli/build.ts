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
import { formatFinding, readContent } from "../site/content.ts";
import { convertBodiesAhead, paperFrom, preload } from "../site/load.ts";
import { paths } from "../site/paths.ts";
import { buildSearchIndex, type SearchIndex } from "../site/search-index.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

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

function describeIndex(index: SearchIndex | undefined): string {
  if (!index) return "not built";
  const pages = Object.entries(index.pages).map(([lang, n]) => `${n} ${lang}`).join(", ") || "nothing to index";
  return index.parts > 1 ? `${pages} in ${index.parts} parts` : pages;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_site" }, "no-search": { type: "boolean", default: false }, help: { type: "boolean" } } }).values;
  } catch (e) {
    fail(`${(e as Error).message}\nusage: npm run build -- [--content DIR] [--output DIR] [--no-search]`);
  }
  if (args.help) {
    console.log("usage: npm run build -- [--content DIR] [--output DIR] [--no-search]   (defaults: content, _site; --no-search skips the search index)");
    return;
  }
  const contentDir = resolve(args.content);
  const output = resolve(args.output);
  if (!existsSync(contentDir)) fail(`${args.content}: no such folder; point --content at the folder holding site.json and the editions`);
  if (contentDir === output || contentDir.startsWith(output + "/") || output.startsWith(contentDir + "/")) {
    fail(`${args.output}: the output folder must be outside the content folder`);
  }
  if (!isReplaceable(output)) fail(`${args.output}: exists and is not a site built by this command; choose another --output or empty it yourself`);

  const started = Date.now();
  const content = readContent(contentDir);
  for (const w of content.warnings) console.warn(`warning: ${formatFinding(w)}`);
  if (content.errors.length) {
    for (const e of content.errors) console.error(formatFinding(e));
    fail(`${content.errors.length} problem(s) in ${args.content}; nothing was built and ${args.output} is unchanged.`);
  }
  const bodies = convertBodiesAhead(content);
  const paper = paperFrom(content, { convertedBody: (markdown, names) => bodies.take(markdown, names) });
  preload(contentDir, paper);

  // Eleventy resolves templates and the config from the project folder.
  process.chdir(PROJECT);
  process.env.EDITION_CONTENT = contentDir;
  const staging = join(dirname(output), `${basename(output)}.tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let indexed: SearchIndex | undefined;
  try {
    // Loaded only now: a build that stops on bad content answers without Eleventy's start-up time.
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("templates", staging, { configPath: ".eleventy.ts", quietMode: true });
    await eleventy.write();
    // Indexed before the swap, so a site in place always has a search index that matches it.
    if (!args["no-search"]) indexed = await buildSearchIndex(staging);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    fail(`the site could not be built (${(e as Error).message}); ${args.output} is unchanged.`);
  } finally {
    await bodies.stop();
  }
  const previous = `${staging}-old`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  removeInBackground(previous);

  const editions = paper.pages.edition.length / 2;
  const articles = paper.pages.article.length / 2;
  console.log(`built ${articles} articles in ${editions} editions, Simplified and Traditional (search: ${describeIndex(indexed)}), into ${args.output} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
