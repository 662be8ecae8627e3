/**
 * node --import tsx src/cli/search-index.ts --site DIR [--part-pages N]
 *
 * The build's search step alone, over a site built with `npm run build -- --no-search`:
 * writes DIR/pagefind/ exactly as `npm run build` does. The benchmark runs it as its
 * own process, so its time and memory (Pagefind's service included) are measured apart
 * from the rest of the build.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PART_PAGES, buildSearchIndex, describeIndex } from "../build/search-index.ts";

const USAGE = `usage: node --import tsx src/cli/search-index.ts --site DIR [--part-pages N]   (N: article pages per part, default ${PART_PAGES})`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { site: { type: "string" }, "part-pages": { type: "string", default: String(PART_PAGES) } } }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const partPages = Number(args["part-pages"]);
if (!args.site || !Number.isInteger(partPages) || partPages < 1) fail(USAGE);
const site = resolve(args.site);
if (!existsSync(site)) fail(`${args.site}: no such folder; build the site first with npm run build -- --no-search --output ${args.site}`);

const started = performance.now();
try {
  const index = await buildSearchIndex(site, { partPages });
  console.log(`indexed ${describeIndex(index)} into ${args.site}/pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  fail((e as Error).message);
}
