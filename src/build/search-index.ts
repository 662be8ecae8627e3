/**
 * The search index: Pagefind over a built site folder, before it is swapped into
 * place, so a failed index never leaves a half-searchable site. Pagefind splits the
 * index by `<html lang>` (one for zh-Hans, one for zh-Hant) and, because article
 * pages mark their text with `data-pagefind-body`, indexes only those.
 *
 * Pagefind holds every page it indexes in memory until it writes the index, and
 * writing needs about as much again (≈0.56 MB per Chinese page at its peak); it gives
 * that back only when its process ends. So an archive is indexed in parts of
 * consecutive editions, each part by its own Pagefind process writing its own bundle:
 * memory stays that of the parts in hand however large the archive grows. The browser
 * merges the parts into one search (templates/assets/search.js, Pagefind's mergeIndex).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { isRealDate } from "../article/record.ts";
import { SCRIPTS, outputPath, paths } from "../site/paths.ts";
import { filesUnder, linkFilesAhead } from "./staging.ts";

/**
 * Article pages (both scripts) per part. A part of 1,000 generated articles' pages
 * (1,000–2,000 characters each) peaks at ≈0.6 GB in Pagefind, two at once (PARALLEL_PARTS)
 * at ≈1.3 GB: room for half as much text again under the 2 GB the step may use. Larger
 * parts would mean fewer files for a reader's browser to fetch per search, but memory
 * grows with the part. A bundled edition or a few weeks of the paper is one part.
 */
export const PART_PAGES = 1000;

/**
 * Parts indexed at once. Pagefind writes a part's index on one thread, so a second part
 * keeps the other core busy (≈1.4× faster on 2 cores); each more would add a part's memory.
 */
const PARALLEL_PARTS = 2;

/** Pagefind's folder inside the site; templates/assets/search.js loads pagefind/pagefind.js from it. */
const SEARCH_INDEX_DIR = "pagefind";
/** The index's bundles, relative to SEARCH_INDEX_DIR, for search.js to merge. */
const PARTS_FILE = "parts.json";

/** Pages indexed per language, summed over the parts, from Pagefind's own record of what it wrote. */
export type IndexedPages = Record<string, number>;

export interface SearchIndex {
  pages: IndexedPages;
  /** How many bundles the index was written as (1 for a small site, 0 for a paper without articles). */
  parts: number;
  /** Part folder → the digest of what it indexes (given `reuse`), for the next build's `reuse`. */
  keys: Record<string, string>;
  /** How many parts Pagefind indexed; the others were kept from the previous site. */
  indexed: number;
  /** The files of the index this build wrote (the parts indexed again, the list of parts), relative to the site. */
  written: string[];
}

/** The previous site's index, for parts whose pages have not changed. */
export interface ReusedIndex {
  site: string;
  /** Part folder → digest of what it indexed, as the last build's `keys`. */
  keys: Readonly<Record<string, string>>;
  /** The digest of what a part indexes now: the identities of its pages. */
  keyOf(part: Part): string;
}

export interface SearchIndexOptions {
  /** Article pages per part; PART_PAGES unless a test wants several parts of a small site. */
  partPages?: number;
  reuse?: ReusedIndex;
  /** Told as each part is done, for the build's progress line. */
  onPart?: (done: number, of: number) => void;
}

/** A part: the edition dates it covers, oldest first. */
export type Part = string[];

/** Consecutive editions, oldest first, grouped into parts of at most `partPages` pages (an edition never split). */
export function groupEditions(editions: readonly { date: string; pages: number }[], partPages: number): Part[] {
  const parts: { dates: string[]; pages: number }[] = [];
  for (const { date, pages } of [...editions].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = parts.at(-1);
    if (last && last.pages + pages <= partPages) {
      last.dates.push(date);
      last.pages += pages;
    } else {
      parts.push({ dates: [date], pages });
    }
  }
  return parts.map((p) => p.dates);
}

/** The editions under `siteDir` with their article pages in both scripts (the edition page itself left out). */
function editionsOf(siteDir: string): { date: string; pages: number }[] {
  return readdirSync(siteDir)
    // Edition folders are named by their date, as content/ is (src/site/content.ts).
    .filter(isRealDate)
    .map((date) => ({
      date,
      pages: SCRIPTS.reduce((n, script) => {
        const dir = join(siteDir, outputPath(script, date));
        return n + (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".html") && f !== basename(paths.edition(date))).length : 0);
      }, 0),
    }))
    .filter((e) => e.pages > 0);
}

/**
 * The article pages of a part's editions in both scripts, as a Pagefind glob. The
 * edition pages in the same folders carry no `data-pagefind-body`, so Pagefind skips them.
 */
function globOf(part: Part): string {
  return `{${part.flatMap((date) => SCRIPTS.map((script) => outputPath(script, date))).join(",")}}/*.html`;
}

/** Where part `n` is written, relative to SEARCH_INDEX_DIR: the first is the main bundle, with Pagefind's script. */
const partFolder = (n: number) => (n === 0 ? "./" : `part-${n + 1}/`);
const OTHER_PARTS = /^part-\d+\//;
/** The folder of the part an index file belongs to. */
const partOf = (file: string) => OTHER_PARTS.exec(file)?.[0] ?? "./";

/** A part's files in an index folder, relative to it: the main bundle's leave out the other parts and the list. */
function partFiles(indexDir: string, folder: string): string[] {
  const files = filesUnder(join(indexDir, folder)).map((f) => join(folder, f));
  return folder === "./" ? files.filter((f) => !OTHER_PARTS.test(f) && f !== PARTS_FILE) : files;
}

async function pagesOf(bundleDir: string): Promise<IndexedPages> {
  const entry = JSON.parse(await readFile(join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}

/** The Pagefind command the package's Node API runs, found the way it finds it. */
async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL("resolveBinary.js", import.meta.resolve("pagefind")).href)) as {
    resolveBinaryPath(names: string[]): string;
  };
  return resolveBinaryPath(["pagefind_extended", "pagefind"]);
}

/** The line of Pagefind's output that says what went wrong, or how it ended. */
function failureOf(output: string, code: number | null, signal: NodeJS.Signals | null): string {
  const said = output.split("\n").find((line) => line.startsWith("Error:"));
  if (said) return said.replace(/^Error:\s*/, "").trim();
  return signal ? `Pagefind was stopped by ${signal}${signal === "SIGKILL" ? " (out of memory?)" : ""}` : `Pagefind exited with status ${code}`;
}

/**
 * Indexes one part with a Pagefind process of its own (ending it is what gives its memory
 * back, and its exit status tells a failure). `running` holds it while it runs.
 */
async function writePart(binary: string, siteDir: string, glob: string, bundleDir: string, running: Set<ChildProcess>): Promise<IndexedPages> {
  const child = spawn(binary, ["--site", siteDir, "--glob", glob, "--output-path", bundleDir], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const output: string[] = [];
  child.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.once("error", (error) => (output.push(`Error: ${error.message}`), resolve([null, null])));
    child.once("close", (c, s) => resolve([c, s]));
  });
  running.delete(child);
  if (code !== 0) throw new Error(failureOf(output.join(""), code, signal));
  return pagesOf(bundleDir);
}

/**
 * Indexes the parts numbered `todo`, PARALLEL_PARTS at a time. On a failure it starts no
 * more parts, stops the running ones, and throws the failure once they have all ended.
 */
async function writeParts(siteDir: string, parts: Part[], todo: number[], indexDir: string, onDone: () => void): Promise<Map<number, IndexedPages>> {
  const binary = await pagefindBinary();
  const running = new Set<ChildProcess>();
  const results = new Map<number, IndexedPages>();
  let next = 0;
  let failure: Error | undefined;
  const lane = async () => {
    while (!failure && next < todo.length) {
      const n = todo[next++]!;
      try {
        results.set(n, await writePart(binary, siteDir, globOf(parts[n]!), join(indexDir, partFolder(n)), running));
        onDone();
      } catch (error) {
        failure ??= error as Error;
        for (const child of running) child.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PARTS }, lane));
  if (failure) throw failure;
  return results;
}

/** What an index holds, for the build's and the search step's last line: "7 zh-hans, 7 zh-hant in 3 parts". */
export function describeIndex({ pages, parts }: SearchIndex): string {
  const counts = Object.entries(pages).map(([lang, n]) => `${n} ${lang}`).join(", ") || "nothing to index";
  return parts > 1 ? `${counts} in ${parts} parts` : counts;
}

/**
 * Indexes the article pages under `siteDir` into `siteDir/pagefind/` (the main bundle,
 * the oldest part) and `siteDir/pagefind/part-N/`, all listed in `pagefind/parts.json`
 * (none for a paper without articles). Throws one line on failure, leaving no index behind.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const indexDir = join(siteDir, SEARCH_INDEX_DIR);
  const parts = groupEditions(editionsOf(siteDir), options.partPages ?? PART_PAGES);
  const { reuse } = options;
  const keys: Record<string, string> = reuse ? Object.fromEntries(parts.map((part, n) => [partFolder(n), reuse.keyOf(part)])) : {};
  // A part is kept when it covers the same pages, unchanged, in the same folder (the folder is in the key's place).
  const kept = reuse ? parts.flatMap((_, n) => (reuse.keys[partFolder(n)] === keys[partFolder(n)] ? [n] : [])) : [];
  const todo = parts.map((_, n) => n).filter((n) => !kept.includes(n));
  const pages: IndexedPages = {};
  const count = (indexed: IndexedPages) => {
    for (const [lang, n] of Object.entries(indexed)) pages[lang] = (pages[lang] ?? 0) + n;
  };
  let done = kept.length;
  const written: string[] = [];
  try {
    await rm(indexDir, { recursive: true, force: true });
    await mkdir(indexDir);
    // The kept parts are linked on libuv's threads while Pagefind indexes the others.
    const oldIndex = reuse ? join(reuse.site, SEARCH_INDEX_DIR) : "";
    const keptFolders = new Set(kept.map(partFolder));
    const linking = linkFilesAhead(oldIndex, indexDir, kept.length ? filesUnder(oldIndex).filter((f) => f !== PARTS_FILE && keptFolders.has(partOf(f))) : []);
    options.onPart?.(done, parts.length);
    let indexed: Map<number, IndexedPages>;
    try {
      indexed = await writeParts(siteDir, parts, todo, indexDir, () => options.onPart?.(++done, parts.length));
    } finally {
      await linking.catch(() => {});
    }
    if ((await linking).size) throw new Error("the previous site's index lost files while it was read; build again with --clean");
    for (const n of kept) count(await pagesOf(join(indexDir, partFolder(n))));
    for (const pagesOfPart of indexed.values()) count(pagesOfPart);
    await writeFile(join(indexDir, PARTS_FILE), JSON.stringify({ parts: parts.map((_, n) => partFolder(n)) }) + "\n");
    written.push(PARTS_FILE, ...todo.flatMap((n) => partFiles(indexDir, partFolder(n))));
  } catch (error) {
    await rm(indexDir, { recursive: true, force: true });
    // Pagefind's own messages may run over several lines (a missing binary's, say): the first says what happened.
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new Error(`search index (Pagefind) failed: ${message}`);
  }
  return { pages, parts: parts.length, keys, indexed: todo.length, written: written.map((f) => join(SEARCH_INDEX_DIR, f)) };
}
