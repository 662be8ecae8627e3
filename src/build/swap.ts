/**
 * Puts a build's staged files into the site in place, one rename each, so a file of
 * the site is always whole, the old version or the new, and a file both versions have
 * is never missing. Files that came out with the bytes the site has are left where
 * they are, with their times, so a sync skips them. The order is one in which a
 * reader never meets a broken link: new files first, then changed pages, then the
 * index pages that link to them (front, 往期, sections, reporters, feeds, sitemap, the
 * search index, its manifest last), then removals. The manifest is written last.
 *
 * Before the first rename the moves are written down in a journal beside the site; a
 * build killed midway leaves it, and the next build finishes those moves first.
 * Moving only what changed costs a day's build a few hundred renames, where swapping
 * in a whole new site meant linking every kept file into it (≈98,000 at 20,000
 * articles, 1.5–2.4 s of system time).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { writeWhole } from "./write-whole.ts";

export interface Swap {
  /** Files of the staging folder to move into the site, in order. */
  moves: string[];
  /** Files of the site the new one does not have. */
  removals: string[];
}

interface Journal extends Swap {
  staging: string;
}

/** Where a build's moves are written down while it makes them. */
export const journalPath = (output: string) => `${output}.journal.json`;

/** Not the pages of one edition (its folder is named by its date) nor their files: a page that lists and links others. */
const IN_AN_EDITION = /^(?:zh-hant\/)?\d{4}-\d\d-\d\d\//;
/** The search index's manifest: a query reads it first, and then the segments it names. */
const SEARCH_MANIFEST = "search-index/index.json";

/** Where a staged file goes in the order of the moves: new, changed, index pages, the search manifest. */
function rank(file: string, isNew: boolean): number {
  if (file === SEARCH_MANIFEST) return 3;
  if (isNew) return 0;
  return IN_AN_EDITION.test(file) || file.startsWith("assets/") ? 1 : 2;
}

/** Whether `a` and `b` are the same file or hold the same bytes. */
function same(a: string, b: string): boolean {
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b)];
  if (!x?.isFile()) return false;
  return x.ino === y.ino || (x.size === y.size && readFileSync(a).equals(readFileSync(b)));
}

/** The moves of `staged` (files of `staging`) into `output` that change it, in their order. */
export function movesOf(output: string, staging: string, staged: readonly string[]): string[] {
  const ranked: [number, string][] = [];
  for (const file of staged) {
    const inPlace = join(output, file);
    if (same(inPlace, join(staging, file))) continue;
    ranked.push([rank(file, !existsSync(inPlace)), file]);
  }
  // Stable: within a rank, the order the files were staged in.
  return ranked.sort((a, b) => a[0] - b[0]).map(([, file]) => file);
}

/** Makes the moves and removals of `journal`; moves already made (a journal finished again) are passed over. */
function carryOut(output: string, journal: Journal): void {
  const made = new Set<string>();
  for (const file of journal.moves) {
    const to = join(output, file);
    const parent = dirname(to);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    try {
      renameSync(join(journal.staging, file), to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || !existsSync(to)) throw error;
    }
  }
  const emptied = new Set<string>();
  for (const file of journal.removals) {
    rmSync(join(output, file), { force: true });
    for (let parent = dirname(file); parent !== "."; parent = dirname(parent)) emptied.add(parent);
  }
  // A deleted edition's folder goes with its last file; the deepest folders first.
  for (const folder of [...emptied].sort((a, b) => b.split(sep).length - a.split(sep).length)) {
    try {
      rmdirSync(join(output, folder));
    } catch {
      // Not empty: it holds files of the new site.
    }
  }
}

/**
 * Moves the staged files `swap` names into `output`, removes what it names, and then
 * puts in place the manifest written beside the site as `manifest` (its temporary file).
 */
export function swapInPlace(output: string, staging: string, swap: Swap, manifest: string): void {
  mkdirSync(output, { recursive: true });
  const journal: Journal = { staging, ...swap };
  writeWhole(journalPath(output), JSON.stringify(journal));
  finish(output, journal, manifest);
}

function finish(output: string, journal: Journal, manifest: string): void {
  carryOut(output, journal);
  if (existsSync(`${manifest}.tmp`)) renameSync(`${manifest}.tmp`, manifest);
  rmSync(journalPath(output));
  rmSync(journal.staging, { recursive: true, force: true });
}

/**
 * Finishes the swap of a build of `output` killed midway, if one was: its journal is
 * there. Returns a line saying so, or undefined.
 */
export function finishInterruptedSwap(output: string, manifest: string): string | undefined {
  const path = journalPath(output);
  if (!existsSync(path)) return undefined;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(path, "utf8")) as Journal;
  } catch {
    // Never the case (it is written whole): a journal that cannot be read is of no use, and the site is built afresh.
    rmSync(path, { force: true });
    rmSync(manifest, { force: true });
    return `${path}: could not be read; the site is rendered afresh`;
  }
  finish(output, journal, manifest);
  return `finished putting in place a build stopped midway: ${journal.moves.length} files moved, ${journal.removals.length} removed`;
}
