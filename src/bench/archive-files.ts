/** The archive generator's I/O: where real paragraphs come from, and writing an archive folder. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateArchive, poolFromArticles, poolFromPageText, type ArchiveFile, type ParagraphPool } from "./archive.ts";

/** The bundled edition whose articles are the preferred source of paragraphs. */
const BUNDLED_EDITION = "content/2023-12-14";
/** Until the splitter has written the bundled edition: the raw page text. */
const BUNDLED_PAGE = "tests/fixtures/pages/liaocheng-daily-page.txt";

/** Real paragraphs from the bundled articles, or from the raw page when there are none yet. */
export function loadPool(repo: string): { pool: ParagraphPool; source: string } {
  const edition = join(repo, BUNDLED_EDITION);
  const articles = existsSync(edition) ? readdirSync(edition).filter((f) => f.endsWith(".md")) : [];
  if (articles.length > 0) {
    const pool = poolFromArticles(articles.map((f) => readFileSync(join(edition, f), "utf8")));
    if (pool.paragraphs.length > 0) return { pool, source: BUNDLED_EDITION };
  }
  return { pool: poolFromPageText(readFileSync(join(repo, BUNDLED_PAGE), "utf8")), source: BUNDLED_PAGE };
}

export function loadSections(repo: string): string[] {
  const site = JSON.parse(readFileSync(join(repo, "content/site.json"), "utf8")) as { sections?: unknown };
  if (!Array.isArray(site.sections) || site.sections.length === 0) throw new Error("content/site.json: `sections` must list at least one section");
  return site.sections.map(String);
}

/**
 * Writes the articles into `target` (which must not hold files yet) with a
 * copy of the site-wide settings files from the repository's content/.
 */
export function writeArchive(repo: string, target: string, files: readonly ArchiveFile[]): void {
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} is not empty; give a new folder for the archive`);
  mkdirSync(target, { recursive: true });
  const content = join(repo, "content");
  for (const entry of readdirSync(content, { withFileTypes: true })) {
    if (entry.isFile()) copyFileSync(join(content, entry.name), join(target, entry.name));
  }
  for (const file of files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Generates an archive of `articles` articles from the repository's own text and settings into `target`. */
export function buildArchive(repo: string, target: string, articles: number, seed?: number): ArchiveFile[] {
  const files = generateArchive({ articles, seed, sections: loadSections(repo), pool: loadPool(repo).pool });
  writeArchive(repo, target, files);
  return files;
}
