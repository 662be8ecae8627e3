/**
 * `npm run bench [-- --full] [--sizes 1000,5000] [--runs N] [--no-serve] [--no-publish] [--keep]`
 * `npm run bench -- --generate N --out DIR` writes an archive and stops.
 *
 * `--full` adds 20,000 and 100,000 articles; above 20,000 only the full build, its search
 * step and a reader's queries are measured.
 * For each archive size: the full build, the plain-Eleventy baseline and Hugo
 * when installed (interleaved, median of --runs), search indexing, and edit latency under the
 * preview server for both, publishing a day and editing one article with
 * incremental builds (src/bench/publish.ts); then the splitter's rate. Prints a table and writes
 * bench-results/latest.json, keeping the previous run as previous.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "./archive-files.ts";
import { baselineCommand, writeBaselineProject } from "./baseline.ts";
import { hugoInstalled, writeHugoProject } from "./hugo.ts";
import { measureEdits, type EditTiming } from "./edit.ts";
import { freePort, measure, median, type Measured } from "./measure.ts";
import { measurePublish } from "./publish.ts";
import { measureQueries } from "./search-query.ts";
import { formatProblems, formatTable, type EditFigure, type Figure, type Results, type SizeResult } from "./report.ts";
import { splitterRate } from "./splitter.ts";
import { addPagePdfs, pageCost, printedBuilds } from "./printed.ts";

const REPO = resolve(import.meta.dirname, "../..");
const RESULTS = join(REPO, "bench-results");
/** Builds at 20,000 articles take minutes each: one run is enough to see growth. */
const RUNS_CAP_LARGE = 1;
/**
 * Above this size only the full build, its search step and a reader's queries are measured: the
 * build's targets there are that it completes, its peak and its growth, the query's its time and
 * requests. A baseline, Hugo (9.7 GB at 100,000) and the preview would add most of an hour.
 */
const BUILD_ONLY_ABOVE = 20000;

const USAGE = "usage: npm run bench [-- --full] [--sizes 1000,5000] [--runs N] [--no-serve] [--no-publish] [--keep]\n       npm run bench -- --generate N --out DIR";

function scripts(): Record<string, string> {
  return (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
}

/** An npm script's command with node_modules/.bin on the PATH, as npm runs it, minus npm's own start-up. */
function npmScript(name: string, args: string): string {
  return `PATH=${JSON.stringify(join(REPO, "node_modules/.bin"))}:"$PATH" ${scripts()[name]} ${args}`;
}

/** The line of a failed command's output that says what went wrong, not its stack trace. */
function failureOf(run: Measured): string {
  const lines = run.output.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("at ") && !l.startsWith("Node.js v"));
  return (lines.find((l) => /error|cannot|not found|no such/i.test(l)) ?? lines.at(-1) ?? `exit code ${run.code}`).slice(0, 300);
}

function figureOf(runs: Measured[]): Figure {
  const failed = runs.find((r) => r.code !== 0);
  const error = failed ? failureOf(failed) : undefined;
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    runsMs: runs.map((r) => Math.round(r.ms)),
    error,
  };
}

function editFigureOf(result: { edits: EditTiming[]; error?: string }): EditFigure {
  const { edits } = result;
  const med = (pick: (e: EditTiming) => number | null) => {
    const values = edits.map(pick).filter((v): v is number => v !== null);
    return values.length === edits.length && values.length > 0 ? median(values) : null;
  };
  const missing = edits.some((e) => e.articleMs === null) ? "an edit never reached its pages within 60 s" : undefined;
  return {
    articleMs: med((e) => e.articleMs),
    indexMs: med((e) => e.indexMs),
    articlePages: Math.min(...edits.map((e) => e.articlePages)),
    indexPages: med((e) => e.indexPages) ?? 0,
    rewritten: med((e) => e.rewritten) ?? 0,
    edits: edits.length,
    staleLinkingPages: [...new Set(edits.flatMap((e) => e.staleLinkingPages))],
    error: result.error ?? missing,
  };
}

/** The slowest of the benchmark's queries on the site's search page, or why there is none. */
async function queryFigure(site: string): Promise<SizeResult["query"]> {
  try {
    const timings = await measureQueries(site);
    if (!timings) return { ms: 0, requests: 0, error: "chromium is not installed (apt-get install chromium): no search timing" };
    log(`search queries: ${timings.map((t) => `${t.query} ${Math.round(t.ms)} ms, ${t.requests} requests, ${t.results} shown`).join("; ")}`);
    return { ms: Math.max(...timings.map((t) => t.ms)), requests: Math.max(...timings.map((t) => t.requests)) };
  } catch (error) {
    return { ms: 0, requests: 0, error: `search query: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** The bytes of the files under `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((n, e) => n + (e.isFile() ? statSync(join(e.parentPath, e.name)).size : 0), 0);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function benchSize(articles: number, runs: number, options: { serve: boolean; publish: boolean; keep: boolean; printed: boolean }): Promise<SizeResult> {
  const buildOnly = articles > BUILD_ONLY_ABOVE;
  const { keep } = options;
  const [serve, publish, printed] = [options.serve, options.publish, options.printed].map((wanted) => wanted && !buildOnly);
  const work = mkdtempSync(join(tmpdir(), `bench-${articles}-`));
  const archive = join(work, "content");
  const files = buildArchive(REPO, archive, articles);
  const editions = new Set(files.map((f) => f.path.slice(0, 10)));
  log(`${articles} articles in ${editions.size} editions → ${work}`);
  const siteOut = join(work, "site");
  const plainOut = join(work, "plain-site");
  const publishOut = join(work, "publish-site");
  if (buildOnly) log(`above ${BUILD_ONLY_ABOVE.toLocaleString("en")} articles: the full build, its search step and queries only`);
  const plainConfig = buildOnly ? undefined : writeBaselineProject(REPO, archive, join(work, "plain"), plainOut);

  const hugoCommand = !buildOnly && hugoInstalled() ? writeHugoProject(archive, join(work, "hugo"), join(work, "hugo-site")) : undefined;
  const builds: Measured[] = [];
  const plains: Measured[] = [];
  const hugos: Measured[] = [];
  for (let run = 1; run <= runs; run++) {
    // Interleaved, each into an empty folder, so both see the same machine load and the same cold start.
    rmSync(siteOut, { recursive: true, force: true });
    // The search step is measured on its own below, as the issue asks.
    builds.push(await measure(npmScript("build", `--content ${JSON.stringify(archive)} --output ${JSON.stringify(siteOut)} --no-search`), { cwd: REPO }));
    log(`build ${run}/${runs}: ${(builds.at(-1)!.ms / 1000).toFixed(1)} s (CPU ${(builds.at(-1)!.cpuMs / 1000).toFixed(1)} s), ${Math.round(builds.at(-1)!.peakMB)} MB${builds.at(-1)!.code ? " (failed)" : ""}`);
    if (!plainConfig) continue;
    rmSync(plainOut, { recursive: true, force: true });
    plains.push(await measure(baselineCommand(REPO, plainConfig), { cwd: join(work, "plain") }));
    log(`baseline ${run}/${runs}: ${(plains.at(-1)!.ms / 1000).toFixed(1)} s, ${Math.round(plains.at(-1)!.peakMB)} MB`);
    if (hugoCommand) {
      rmSync(join(work, "hugo-site"), { recursive: true, force: true });
      hugos.push(await measure(hugoCommand, { cwd: work }));
      log(`hugo ${run}/${runs}: ${(hugos.at(-1)!.ms / 1000).toFixed(1)} s, ${Math.round(hugos.at(-1)!.peakMB)} MB`);
    }
  }
  const result: SizeResult = { articles, editions: editions.size, build: figureOf(builds), ...(plains.length ? { baseline: figureOf(plains) } : {}), ...(hugoCommand ? { hugo: figureOf(hugos) } : {}) };

  if (!result.build!.error) {
    // The build's own search step (src/build/search-index.ts) over the site just built, in its own
    // process so its time and memory are measured apart. One run: its spread is not what matters.
    const search = await measure(`node --import tsx src/cli/search-index.ts --site ${JSON.stringify(siteOut)}`, { cwd: REPO });
    log(`search: ${(search.ms / 1000).toFixed(1)} s (CPU ${(search.cpuMs / 1000).toFixed(1)} s), ${Math.round(search.peakMB)} MB${search.code ? " (failed)" : ""}`);
    result.search = { ...figureOf([search]), indexMB: folderBytes(join(siteOut, "search-index")) / 1e6 };
    if (publish) {
      const timing = await measurePublish(archive, publishOut, npmScript("build", `--content ${JSON.stringify(archive)} --output ${JSON.stringify(publishOut)}`), REPO, log);
      if (timing.prepare.code) result.publish = { ...figureOf([timing.prepare]), articles: timing.dayArticles, written: 0 };
      if (timing.publish) result.publish = { ...figureOf([timing.publish]), articles: timing.dayArticles, written: timing.publishRewritten ?? 0 };
      if (timing.edit) result.publishEdit = { ...figureOf([timing.edit]), written: timing.editRewritten ?? 0 };
      if (timing.publish && !timing.publish.code) result.query = await queryFigure(publishOut);
    } else if (!search.code) {
      // Without a published day (above 20,000 articles, or --no-publish): the site the search step indexed.
      result.query = await queryFigure(siteOut);
    }
  }

  if (serve && plainConfig) {
    // The newest edition's articles: the front page and the busiest index pages show them.
    const newest = [...editions].sort().at(-1)!;
    const targets = readdirSync(join(archive, newest)).sort().slice(0, runs).map((f) => `${newest}/${f}`);
    if (!result.build!.error) {
      const output = join(work, "serve-site");
      const port = await freePort();
      // The preview server reads its content folder from EDITION_CONTENT and takes Eleventy's own options.
      const command = `EDITION_CONTENT=${JSON.stringify(archive)} ${npmScript("serve", `--output=${JSON.stringify(output)} --port=${port}`)}`;
      result.edit = editFigureOf(await measureEdits({ command, cwd: REPO, output, content: archive, articles: targets }));
      log(`edit: ${JSON.stringify(result.edit)}`);
    }
    const port = await freePort();
    const plainContent = join(work, "plain", "content");
    result.baselineEdit = editFigureOf(
      await measureEdits({ command: baselineCommand(REPO, plainConfig, { port }), cwd: join(work, "plain"), output: plainOut, content: plainContent, articles: targets }),
    );
    log(`plain edit: ${JSON.stringify(result.baselineEdit)}`);
  }

  if (printed && !result.build!.error) {
    // Last: the page PDFs it adds would change the figures above.
    const pdfs = addPagePdfs(REPO, archive);
    const builds = await printedBuilds(REPO, (output) => npmScript("build", `--content ${JSON.stringify(archive)} --output ${JSON.stringify(output)} --no-search`), work);
    result.printed = { pdfs, uncached: figureOf([builds.uncached]), cached: figureOf([builds.cached]) };
    log(`with ${pdfs} page PDFs: ${(builds.uncached.ms / 1000).toFixed(1)} s uncached, ${(builds.cached.ms / 1000).toFixed(1)} s cached`);
  }

  if (!keep) rmSync(work, { recursive: true, force: true });
  return result;
}

function readPrevious(path: string): Results | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Results;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        full: { type: "boolean", default: false },
        sizes: { type: "string" },
        runs: { type: "string", default: "3" },
        "no-serve": { type: "boolean", default: false },
        "no-publish": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        generate: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  if (args.generate !== undefined) {
    const n = Number(args.generate);
    if (!Number.isInteger(n) || n < 1 || !args.out) {
      console.error(`bench: --generate needs a number of articles and --out DIR\n${USAGE}`);
      return 2;
    }
    const files = buildArchive(REPO, resolve(args.out), n);
    console.log(`wrote ${files.length} articles in ${new Set(files.map((f) => f.path.slice(0, 10))).size} editions to ${args.out}`);
    return 0;
  }

  const sizes = (args.sizes ?? (args.full ? "1000,5000,20000,100000" : "1000,5000")).split(",").map(Number);
  const runs = Number(args.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
    console.error(`bench: --sizes takes whole numbers like 1000,5000 and --runs a whole number ≥ 1\n${USAGE}`);
    return 2;
  }

  const loadBefore = loadavg();
  if (loadBefore[0]! > 0.5 * cpus().length) log(`the machine is busy (load ${loadBefore[0]!.toFixed(2)}): figures will be slower than on a quiet machine`);
  const results: Results = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore, loadAfter: [] },
    runs,
    sizes: [],
  };
  for (const articles of sizes) {
    // Page images at the first size only: rendering costs the same per page at any size.
    results.sizes.push(await benchSize(articles, articles > 5000 ? Math.min(runs, RUNS_CAP_LARGE) : runs, { serve: !args["no-serve"], publish: !args["no-publish"], keep: args.keep, printed: articles === sizes[0] }));
  }
  results.page = await pageCost(REPO);
  results.splitter = await splitterRate(REPO);
  results.machine.loadAfter = loadavg();

  mkdirSync(RESULTS, { recursive: true });
  const latest = join(RESULTS, "latest.json");
  const previous = readPrevious(latest);
  if (existsSync(latest)) renameSync(latest, join(RESULTS, "previous.json"));
  writeFileSync(latest, JSON.stringify(results, null, 2) + "\n");

  const m = results.machine;
  console.log(`\n${m.cpus} cores, ${m.memoryGB} GB, Node ${m.node}; load ${m.loadBefore[0]!.toFixed(2)} before, ${m.loadAfter[0]!.toFixed(2)} after; median of ${runs} runs (1 at sizes above 5,000; search indexing 1 run)`);
  if (!hugoInstalled()) console.log("hugo is not installed: no Hugo reference (apt-get install hugo to compare)");
  console.log(formatTable(results, previous));
  for (const problem of formatProblems(results)) console.log(`! ${problem}`);
  console.log(`\nfigures in ${latest}${previous ? ` (deltas against the run of ${previous.when})` : ""}`);
  return 0;
}

process.exitCode = await main();
