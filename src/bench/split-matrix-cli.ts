/**
 * `npm run split-matrix [-- --dir DIR] [--page NAME,…] [--transformation NAME,…] [--counts] [--misses] [--floors] [--show PAGE/TRANSFORMATION]`
 *
 * Splits every page of DIR (default tests/fixtures/pages) that has an editor's reading, as
 * received and under each surface transformation, and prints checks met per
 * transformation × page with totals. --misses lists each failed check; --floors prints the
 * figures as the floor file tests/split/transformation-floors.json holds them; --show prints
 * one transformed page (as UTF-8) and stops.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadSections } from "./archive-files.ts";
import { floorsOf, formatMatrix, LEGEND, loadPages, runMatrix } from "./split-matrix.ts";
import { decode } from "../split/decode.ts";
import { TRANSFORMATIONS, UNCHANGED, transform, type PageCase } from "./transform-page.ts";

const REPO = resolve(import.meta.dirname, "../..");
const USAGE = "usage: npm run split-matrix [-- --dir DIR] [--page NAME,…] [--transformation NAME,…] [--counts] [--misses] [--floors] [--show PAGE/TRANSFORMATION]";

function fail(message: string): never {
  console.error(`split-matrix: ${message}\n${USAGE}`);
  process.exit(2);
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        dir: { type: "string", default: resolve(REPO, "tests/fixtures/pages") },
        page: { type: "string" },
        transformation: { type: "string" },
        counts: { type: "boolean", default: false },
        misses: { type: "boolean", default: false },
        floors: { type: "boolean", default: false },
        show: { type: "string" },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  let pages: PageCase[];
  try {
    pages = loadPages(args.dir);
  } catch (error) {
    fail(`cannot read the pages in ${args.dir}: ${(error as Error).message}`);
  }
  if (args.page) {
    const wanted = args.page.split(",");
    const unknown = wanted.filter((w) => !pages.some((p) => p.name === w));
    if (unknown.length) fail(`no page ${unknown.join(", ")} with an .expected.json in ${args.dir}`);
    pages = pages.filter((p) => wanted.includes(p.name));
  }
  if (pages.length === 0) fail(`no page with an .expected.json in ${args.dir}`);
  let transformations = TRANSFORMATIONS;
  if (args.transformation) {
    const wanted = args.transformation.split(",");
    const unknown = wanted.filter((w) => !TRANSFORMATIONS.some((t) => t.name === w));
    if (unknown.length) fail(`no transformation ${unknown.join(", ")}; there are ${TRANSFORMATIONS.map((t) => t.name).join(", ")}`);
    transformations = TRANSFORMATIONS.filter((t) => wanted.includes(t.name));
  }
  if (args.show) {
    const [pageName, transformationName] = args.show.split("/");
    const page = pages.find((p) => p.name === pageName);
    const transformation = [UNCHANGED, ...TRANSFORMATIONS].find((t) => t.name === transformationName);
    if (!page || !transformation) fail(`--show wants PAGE/TRANSFORMATION, a page of ${args.dir} and one of ${TRANSFORMATIONS.map((t) => t.name).join(", ")}`);
    const { bytes } = transform(page, transformation);
    process.stdout.write(decode(bytes).text);
    return;
  }
  const sections = loadSections(REPO);
  const started = performance.now();
  const cells = runMatrix(pages, transformations, { sections, defaultSection: sections[0]! });
  const seconds = (performance.now() - started) / 1000;
  if (args.floors) {
    console.log(JSON.stringify(floorsOf(cells), null, 1));
    return;
  }
  console.log(`split matrix: checks met, page × transformation (· = nothing to change on that page; counted in no total)\n`);
  console.log(formatMatrix(cells, { counts: args.counts }));
  console.log(`\n${cells.length} readings in ${seconds.toFixed(1)} s (${Math.round(cells.length / seconds)} pages/s)\n\ntransformations:\n${LEGEND}`);
  if (args.misses) {
    for (const c of cells.filter((x) => x.misses.length)) console.log(`\n${c.page} / ${c.transformation}: ${c.pass}/${c.total}\n${c.misses.map((m) => `  miss: ${m}`).join("\n")}`);
  }
}

main();
