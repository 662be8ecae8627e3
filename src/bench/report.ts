/** The benchmark's figures: their shape, the table on standard output, and deltas against the previous run. */
import type { PageCost } from "./printed.ts";

/** A command measured over several runs: medians, and every run's time. */
export interface Figure {
  ms: number;
  /** CPU time of the whole process tree (median); the machine's other work does not inflate it as it does `ms`. */
  cpuMs?: number;
  peakMB: number;
  runsMs: number[];
  error?: string;
}

/** Medians over the measured edits of one preview session. */
export interface EditFigure {
  articleMs: number | null;
  indexMs: number | null;
  articlePages: number;
  indexPages: number;
  rewritten: number;
  edits: number;
  staleLinkingPages: string[];
  error?: string;
}

export interface SizeResult {
  articles: number;
  editions: number;
  build?: Figure;
  baseline?: Figure;
  /** Hugo over the same Markdown, one script (src/bench/hugo.ts), when it is installed. */
  hugo?: Figure;
  /** The build's search step alone, and the size of the index it wrote. */
  search?: Figure & { indexMB?: number };
  /** `npm run build` with search, incremental: the newest edition published onto the rest, then one older article edited. */
  publish?: Figure & { articles: number; written: number };
  publishEdit?: Figure & { written: number };
  /** On the published site's search page, the slowest of the benchmark's queries (src/bench/search-query.ts). */
  query?: { ms: number; requests: number; error?: string };
  edit?: EditFigure;
  baselineEdit?: EditFigure;
  /** The build again with page PDFs added, with an empty and then a warm page-image cache. */
  printed?: { pdfs: number; uncached: Figure; cached: Figure };
}

export interface Results {
  when: string;
  machine: { cpus: number; memoryGB: number; node: string; loadBefore: number[]; loadAfter: number[] };
  runs: number;
  sizes: SizeResult[];
  splitter?: { pagesPerSecond: number; hostile?: { page: string; bytes: number; seconds: number; full: boolean }[]; error?: string } | { pagesPerSecond?: undefined; hostile?: undefined; error: string };
  /** One page PDF read, rendered and its stories placed (src/bench/printed.ts). */
  page?: PageCost;
}

interface Row {
  label: string;
  unit: "s" | "MB" | "×" | "ms" | "" | "/s";
  value: (size: SizeResult, all: Results) => number | null | undefined;
  /** Shown in the target column, each checked at its `at` articles (5,000 unless given). */
  targets?: Target[];
}

interface Target {
  text: string;
  met: (v: number) => boolean;
  at?: number;
}

const ratio = (a?: Figure, b?: Figure) => (a && b && !a.error && !b.error ? a.ms / b.ms : undefined);
const ok = <F extends Figure>(f?: F) => (f && !f.error ? f : undefined);
const editOk = (e?: EditFigure) => (e && !e.error ? e : undefined);

/** The full build's time at each larger size over its time at `from` articles. */
function growth(from: number, target: Target): Row {
  return {
    label: `build growth vs ${from.toLocaleString("en")}`,
    unit: "×",
    value: (s, all) => (s.articles > from ? ratio(s.build, all.sizes.find((x) => x.articles === from)?.build) : undefined),
    targets: [target],
  };
}

const ROWS: Row[] = [
  { label: "full build, both scripts", unit: "s", value: (s) => ok(s.build)?.ms },
  { label: "  CPU time", unit: "s", value: (s) => ok(s.build)?.cpuMs },
  { label: "  peak memory", unit: "MB", value: (s) => ok(s.build)?.peakMB, targets: [{ text: "< 600 MB", met: (v) => v < 600 }, { text: "< 2048 MB at 100,000", met: (v) => v < 2048, at: 100000 }] },
  { label: "plain Eleventy baseline", unit: "s", value: (s) => ok(s.baseline)?.ms },
  { label: "  peak memory", unit: "MB", value: (s) => ok(s.baseline)?.peakMB },
  { label: "build / baseline", unit: "×", value: (s) => ratio(s.build, s.baseline), targets: [{ text: "≤ 1.5×", met: (v) => v <= 1.5 }] },
  { label: "Hugo, one script", unit: "s", value: (s) => ok(s.hugo)?.ms },
  { label: "build / Hugo", unit: "×", value: (s) => ratio(s.build, s.hugo), targets: [{ text: "≤ 3× at 20,000", met: (v) => v <= 3, at: 20000 }] },
  { label: "search index", unit: "s", value: (s) => ok(s.search)?.ms, targets: [{ text: "< 60 s", met: (v) => v < 60_000 }] },
  { label: "  CPU time", unit: "s", value: (s) => ok(s.search)?.cpuMs },
  { label: "  peak memory", unit: "MB", value: (s) => ok(s.search)?.peakMB, targets: [{ text: "< 2048 MB", met: (v) => v < 2048 }] },
  { label: "  index size", unit: "MB", value: (s) => ok(s.search)?.indexMB },
  { label: "publish a day, with search", unit: "s", value: (s) => ok(s.publish)?.ms, targets: [{ text: "≤ 10 s at 20,000", met: (v) => v <= 10_000, at: 20000 }] },
  { label: "  CPU time", unit: "s", value: (s) => ok(s.publish)?.cpuMs },
  { label: "  articles published", unit: "", value: (s) => ok(s.publish)?.articles },
  { label: "  files written", unit: "", value: (s) => ok(s.publish)?.written },
  { label: "edit one, build with search", unit: "s", value: (s) => ok(s.publishEdit)?.ms, targets: [{ text: "≤ 5 s at 20,000", met: (v) => v <= 5_000, at: 20000 }] },
  { label: "  CPU time", unit: "s", value: (s) => ok(s.publishEdit)?.cpuMs },
  { label: "  files written", unit: "", value: (s) => ok(s.publishEdit)?.written },
  { label: "search query → first results", unit: "ms", value: (s) => (s.query?.error ? undefined : s.query?.ms), targets: [{ text: "≤ 400 ms at 100,000", met: (v) => v <= 400, at: 100000 }] },
  { label: "  requests", unit: "", value: (s) => (s.query?.error ? undefined : s.query?.requests), targets: [{ text: "≤ 30 at 100,000", met: (v) => v <= 30, at: 100000 }] },
  { label: "edit → its pages, both scripts", unit: "ms", value: (s) => editOk(s.edit)?.articleMs, targets: [{ text: "≤ 1000 ms", met: (v) => v <= 1000 }, { text: "≤ 1000 ms at 20,000", met: (v) => v <= 1000, at: 20000 }] },
  { label: "  → pages showing its title", unit: "ms", value: (s) => editOk(s.edit)?.indexMs },
  { label: "    how many such pages", unit: "", value: (s) => editOk(s.edit)?.indexPages },
  { label: "  files rewritten", unit: "", value: (s) => editOk(s.edit)?.rewritten },
  { label: "plain edit → its page", unit: "ms", value: (s) => editOk(s.baselineEdit)?.articleMs },
  { label: "  files rewritten", unit: "", value: (s) => editOk(s.baselineEdit)?.rewritten },
  growth(5000, { text: "≤ 4.4× at 20,000", met: (v) => v <= 4.4, at: 20000 }),
  growth(20000, { text: "≤ 5.5× at 100,000", met: (v) => v <= 5.5, at: 100000 }),
];

function show(value: number, unit: Row["unit"]): string {
  if (unit === "s") return `${(value / 1000).toFixed(1)} s`;
  if (unit === "MB") return `${Math.round(value)} MB`;
  if (unit === "×") return `${value.toFixed(2)}×`;
  if (unit === "ms") return `${Math.round(value)} ms`;
  return `${Math.round(value)}${unit}`;
}

function delta(now: number, before: number | null | undefined): string {
  if (before == null || before === 0) return "";
  const change = ((now - before) / before) * 100;
  return Math.abs(change) < 0.5 ? " (=)" : ` (${change > 0 ? "+" : ""}${change.toFixed(0)}%)`;
}

function pad(text: string, width: number, right = false): string {
  // CJK and × are as wide as two Latin letters in a terminal; count them so columns line up.
  const shown = [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && ch !== "×" && ch !== "→" ? 2 : 1), 0);
  const fill = " ".repeat(Math.max(0, width - shown));
  return right ? fill + text : text + fill;
}

/** The table for standard output: one column per archive size, deltas against `previous` when given. */
export function formatTable(results: Results, previous?: Results): string {
  const sizes = results.sizes;
  const header = [pad("", 32), ...sizes.map((s) => pad(`${s.articles.toLocaleString("en")} articles`, 22, true)), "  target"].join("");
  const lines = [header, pad("", 32) + sizes.map((s) => pad(`${s.editions} editions`, 22, true)).join("")];
  for (const row of ROWS) {
    const cells = sizes.map((size) => {
      const v = row.value(size, results);
      if (v == null) return pad("–", 22, true);
      const old = previous?.sizes.find((p) => p.articles === size.articles);
      const before = old ? row.value(old, previous!) : undefined;
      return pad(show(v, row.unit) + delta(v, before), 22, true);
    });
    if (cells.every((c) => c.trim() === "–")) continue;
    const targets = (row.targets ?? []).map((target) => {
      const at = sizes.find((s) => s.articles === (target.at ?? 5000));
      const v = at ? row.value(at, results) : undefined;
      return `  ${target.text}${v == null ? "" : target.met(v) ? "  met" : "  MISSED"}`;
    });
    lines.push(pad(row.label, 32) + cells.join("") + targets.join(";"));
  }
  if (results.page) {
    const { textMs, renderMs, placeMs } = results.page;
    lines.push(pad("版面, one page", 32) + `text ${Math.round(textMs)} ms + render ${Math.round(renderMs)} ms + place ${placeMs.toFixed(1)} ms`);
  }
  for (const size of sizes) {
    const p = size.printed;
    if (p) lines.push(pad(`build with ${p.pdfs} page PDFs`, 32) + pad(`${show(p.uncached.ms, "s")} uncached, ${show(p.cached.ms, "s")} cached`, 22, true) + `  at ${size.articles.toLocaleString("en")} articles`);
  }
  if (results.splitter) {
    const rate = results.splitter.pagesPerSecond;
    const before = previous?.splitter?.pagesPerSecond;
    lines.push(
      pad("splitter, bundled page", 32) +
        pad(rate == null ? `– ${results.splitter.error ?? ""}` : `${Math.round(rate)} pages/s${delta(rate, before)}`, 22, true) +
        (rate == null ? "" : `  ≥ 100 pages/s  ${rate >= 100 ? "met" : "MISSED"}`),
    );
    for (const { page, bytes, seconds, full } of results.splitter.hostile ?? []) {
      const figure = full ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s for ${bytes / 1000} KB`;
      lines.push(pad(`splitter, ${page}`, 32) + pad(figure, 22, true) + `  < 1 s  ${full && seconds < 1 ? "met" : "MISSED"}${full ? "" : " (a tenth of the page; the whole not run)"}`);
    }
  }
  return lines.join("\n");
}

/** Problems worth a line under the table: failed steps and pages left showing an old title. */
export function formatProblems(results: Results): string[] {
  const problems: string[] = [];
  for (const size of results.sizes) {
    const named: [string, { error?: string } | undefined][] = [
      ["build", size.build],
      ["baseline", size.baseline],
      ["hugo", size.hugo],
      ["search", size.search],
      ["publish a day", size.publish],
      ["edit one, build", size.publishEdit],
      ["search query", size.query],
      ["edit", size.edit],
      ["plain edit", size.baselineEdit],
    ];
    for (const [name, figure] of named) {
      if (figure?.error) problems.push(`${size.articles} articles, ${name}: ${figure.error}`);
    }
    const stale = size.edit?.staleLinkingPages ?? [];
    if (stale.length) problems.push(`${size.articles} articles, edit: ${stale.length} pages link to the edited article but still show its old title, e.g. ${stale.slice(0, 3).join(", ")}`);
  }
  return problems;
}
