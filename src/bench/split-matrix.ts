/**
 * The split matrix: every page with an editor's reading, as received and under every
 * surface transformation, split and scored check by check. The CLI
 * (`npm run split-matrix`) prints it; tests/split/transformations.test.ts holds its floor.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../split/decode.ts";
import { splitPage, toReading, type EditionOptions } from "../split/split-page.ts";
import { score, type ExpectedReading } from "./score-split.ts";
import { TRANSFORMATIONS, UNCHANGED, transform, type PageCase, type Transformation } from "./transform-page.ts";

export interface Cell {
  page: string;
  transformation: string;
  pass: number;
  total: number;
  /** The transformation found nothing to change on this page: the cell repeats the page's own score. */
  unchanged: boolean;
  misses: string[];
}

/** Every `<name>.txt` in `dir` with a `<name>.expected.json` beside it, by name. */
export function loadPages(dir: string): PageCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/u, "");
      const expected = JSON.parse(readFileSync(join(dir, f), "utf8")) as ExpectedReading;
      return { name, text: readFileSync(join(dir, `${name}.txt`), "utf8"), expected };
    });
}

/** The splitter as the command line runs it on bytes: decode, split, the `--json` reading. Only the date is given. */
function readPage(bytes: Uint8Array, date: string, desks: Pick<EditionOptions, "sections" | "defaultSection">) {
  const options = { date, ...desks };
  return toReading(splitPage(decode(bytes).text, options), options);
}

export function scoreCell(page: PageCase, transformation: Transformation, desks: Pick<EditionOptions, "sections" | "defaultSection">): Cell {
  const { bytes, expected } = transform(page, transformation);
  const unchanged = transformation !== UNCHANGED && Buffer.from(bytes).equals(Buffer.from(page.text, "utf8"));
  try {
    const result = score(readPage(bytes, expected.edition.date, desks), expected);
    return { page: page.name, transformation: transformation.name, unchanged, ...result };
  } catch (error) {
    // A page the splitter refuses meets none of its checks; the total is the page's own.
    const total = score(readPage(Buffer.from(page.text, "utf8"), page.expected.edition.date, desks), page.expected).total;
    return { page: page.name, transformation: transformation.name, unchanged, pass: 0, total, misses: [`the splitter refused the page: ${(error as Error).message}`] };
  }
}

export function runMatrix(pages: PageCase[], transformations: Transformation[], desks: Pick<EditionOptions, "sections" | "defaultSection">): Cell[] {
  return pages.flatMap((page) => [UNCHANGED, ...transformations].map((t) => scoreCell(page, t, desks)));
}

const percent = (pass: number, total: number) => (total === 0 ? "–" : `${Math.floor((100 * pass) / total)}%`);
const sum = (cells: Cell[]) => cells.reduce((acc, c) => ({ pass: acc.pass + c.pass, total: acc.total + c.total }), { pass: 0, total: 0 });

/**
 * The table: a row per page, a column per transformation (the page as received first),
 * the page's total over its transformations at the right, the transformations' totals
 * at the bottom. A cell the transformation leaves unchanged is marked · and counted in
 * no total.
 */
export function formatMatrix(cells: Cell[], options: { counts?: boolean } = {}): string {
  const pages = [...new Set(cells.map((c) => c.page))];
  const columns = [...new Set(cells.map((c) => c.transformation))];
  const at = (page: string, column: string) => cells.find((c) => c.page === page && c.transformation === column)!;
  const changed = (c: Cell) => c.transformation !== UNCHANGED.name && !c.unchanged;
  const cellText = (c: Cell) => (c.unchanged ? "·" : options.counts ? `${c.pass}/${c.total}` : percent(c.pass, c.total));
  const first = Math.max(8, ...pages.map((p) => p.length)) + 2;
  const widths = columns.map((c) => Math.max(c.length, 7) + 2);
  const row = (label: string, values: string[], tail: string) => label.padEnd(first) + values.map((v, i) => v.padStart(widths[i]!)).join("") + "  " + tail;
  const lines = [row("page", columns, "transformed: met/checks")];
  for (const page of pages) {
    const mine = columns.map((c) => at(page, c));
    const total = sum(mine.filter(changed));
    lines.push(row(page, mine.map(cellText), `${percent(total.pass, total.total)} ${total.pass}/${total.total}`));
  }
  const byColumn = columns.map((c) => sum(cells.filter((x) => x.transformation === c && (c === UNCHANGED.name || changed(x)))));
  lines.push(row("all", byColumn.map((t) => percent(t.pass, t.total)), ""));
  lines.push(row("checks", byColumn.map((t) => `${t.pass}/${t.total}`), ""));
  const overall = sum(cells.filter(changed));
  lines.push("", `overall, every transformation of every page: ${percent(overall.pass, overall.total)} (${overall.pass} of ${overall.total} checks)`);
  const asReceived = byColumn[0]!;
  lines.push(`pages as received: ${percent(asReceived.pass, asReceived.total)} (${asReceived.pass} of ${asReceived.total} checks)`);
  return lines.join("\n");
}

export const LEGEND = [UNCHANGED, ...TRANSFORMATIONS].map((t) => `  ${t.name.padEnd(15)} ${t.about}`).join("\n");

/** The floor file's shape: for each page, the checks each transformation must keep meeting. */
export type Floors = Record<string, Record<string, number>>;

export function floorsOf(cells: Cell[]): Floors {
  const floors: Floors = {};
  for (const c of cells) (floors[c.page] ??= {})[c.transformation] = c.pass;
  return floors;
}
