/**
 * The search index: Pagefind over a built site folder, before it is swapped into
 * place, so a failed index never leaves a half-searchable site. Pagefind splits the
 * index by `<html lang>` (one for zh-Hans, one for zh-Hant) and, because article
 * pages mark their text with `data-pagefind-body`, indexes only those.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Article pages of both scripts (paths.article: YYYY-MM-DD/<slug>.html, zh-hant/ in front).
 * Pagefind would index whole pages of a site where no page marks its text (an empty
 * paper); only offering it article pages keeps navigation out of the index even then.
 */
export const ARTICLE_PAGES = "**/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/*.html";

/** Pagefind's folder inside the site; templates/assets/search.js loads pagefind/pagefind.js from it. */
const SEARCH_INDEX_DIR = "pagefind";

/** Pages indexed per language, from Pagefind's own record of what it wrote. */
export type IndexedPages = Record<string, number>;

/** Indexes the HTML under `siteDir` into `siteDir/pagefind/`. Throws one line on failure. */
export async function buildSearchIndex(siteDir: string): Promise<IndexedPages> {
  // Pagefind unrefs its service's pipes; once restarted after close(), nothing keeps
  // Node alive while it works and the process would exit mid-build with status 0.
  const keepAlive = setInterval(() => {}, 60_000);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  } catch (error) {
    throw new Error(`search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
    clearInterval(keepAlive);
  }
  const entry = JSON.parse(await readFile(join(siteDir, SEARCH_INDEX_DIR, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}
