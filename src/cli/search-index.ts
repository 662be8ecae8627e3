/**
 * node --import tsx src/cli/search-index.ts --site DIR [--segments calendar|edition]
 *
 * The build's search step alone, over a site built with `npm run build -- --no-search`:
 * writes DIR/search-index/ exactly as `npm run build` does. The benchmark runs it as its
 * own process, so its time and memory are measured apart from the rest of the build.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SEARCH_INDEX_DIR, buildSearchIndex, describeIndex, isSegmentBy } from "../build/search-index.ts";
import { fail } from "./fail.ts";

const USAGE = "usage: node --import tsx src/cli/search-index.ts --site DIR [--segments calendar|edition]";

let args;
try {
  args = parseArgs({ options: { site: { type: "string" }, segments: { type: "string", default: "calendar" } } }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const segmentBy = args.segments;
if (!args.site || !isSegmentBy(segmentBy)) fail(USAGE);
const site = resolve(args.site);
if (!existsSync(site)) fail(`${args.site}: no such folder; build the site first with npm run build -- --no-search --output ${args.site}`);

const started = performance.now();
try {
  const index = await buildSearchIndex(site, { segmentBy });
  console.log(`indexed ${describeIndex(index)} into ${args.site}/${SEARCH_INDEX_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  fail((e as Error).message);
}
