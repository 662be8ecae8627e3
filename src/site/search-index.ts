/**
 * The search index: Pagefind over a built site folder, before it is swapped into
 * place, so a failed index never leaves a half-searchable site. Pagefind splits the
 * index by `<html lang>` (one for zh-Hans, one for zh-Hant) and, because article
 * pages mark their text with `data-pagefind-body`, indexes only those.
 *
 * Pagefind holds every page it indexes in memory until it writes the index, and
 * writing needs about as much again (≈0.56 MB per Chinese page at its peak); its
 * service gives that back only when it stops. So an archive is indexed in parts of
 * consecutive editions, one Pagefind bundle each, stopping the service after each:
 * memory stays that of one part however large the archive grows. The browser merges
 * the parts into one search (templates/assets/search.js, Pagefind's mergeIndex).
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import * as pagefind from "pagefind";
import { SCRIPTS, outputPath, paths } from "./paths.ts";

/**
 * Article pages (both scripts) per part. A part of 1,500 generated articles' pages
 * (1,000–2,000 characters each) peaks at ≈0.9 GB in Pagefind; this leaves room for
 * twice as much text per page under the 2 GB a build may use. A bundled edition or a
 * few weeks of the paper is one part, written at `pagefind/` alone as before.
 */
export const PART_PAGES = 1500;

/** Pagefind's folder inside the site; templates/assets/search.js loads pagefind/pagefind.js from it. */
const SEARCH_INDEX_DIR = "pagefind";
/** The other parts' bundles, relative to SEARCH_INDEX_DIR, as search.js reads them. */
export const PARTS_FILE = "parts.json";

const EDITION_FOLDER = /^\d{4}-\d\d-\d\d$/;

/** Pages indexed per language, summed over the parts, from Pagefind's own record of what it wrote. */
export type IndexedPages = Record<string, number>;

export interface SearchIndex {
  pages: IndexedPages;
  /** How many bundles the index was written as (1 for a small site). */
  parts: number;
}

export interface SearchIndexOptions {
  /** Article pages per part; PART_PAGES unless a test wants several parts of a small site. */
  partPages?: number;
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
    .filter((name) => EDITION_FOLDER.test(name))
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

/** Where part `n` (0 = the main bundle) is written, relative to SEARCH_INDEX_DIR. */
const partFolder = (n: number) => (n === 0 ? "" : `part-${n + 1}/`);

/** One part, one Pagefind service from start to stop: stopping it is what gives its memory back. */
async function writeBundle(siteDir: string, part: Part, bundleDir: string): Promise<IndexedPages> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    if (part.length > 0) {
      const added = await index.addDirectory({ path: siteDir, glob: globOf(part) });
      if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(await readFile(join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}

/**
 * Indexes the article pages under `siteDir` into `siteDir/pagefind/` (the main bundle,
 * the oldest part) and `siteDir/pagefind/part-N/`, listed in `pagefind/parts.json`.
 * Throws one line on failure, leaving no index behind.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const indexDir = join(siteDir, SEARCH_INDEX_DIR);
  const grouped = groupEditions(editionsOf(siteDir), options.partPages ?? PART_PAGES);
  // A paper without articles still gets an (empty) bundle, so its search page answers "nothing found".
  const parts = grouped.length > 0 ? grouped : [[]];
  // Pagefind unrefs its service's pipes; once restarted after close(), nothing keeps
  // Node alive while it works and the process would exit mid-build with status 0.
  const keepAlive = setInterval(() => {}, 60_000);
  const pages: IndexedPages = {};
  try {
    await rm(indexDir, { recursive: true, force: true });
    for (const [n, part] of parts.entries()) {
      for (const [lang, count] of Object.entries(await writeBundle(siteDir, part, join(indexDir, partFolder(n))))) {
        pages[lang] = (pages[lang] ?? 0) + count;
      }
    }
    await writeFile(join(indexDir, PARTS_FILE), JSON.stringify({ parts: parts.slice(1).map((_, n) => partFolder(n + 1)) }) + "\n");
  } catch (error) {
    await rm(indexDir, { recursive: true, force: true });
    throw new Error(`search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearInterval(keepAlive);
  }
  return { pages, parts: parts.length };
}
