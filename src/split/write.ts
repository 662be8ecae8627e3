/**
 * Step 6: articles → Markdown files with YAML front matter, written atomically.
 * Files an editor has changed are never overwritten without --force.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { Document, isSeq, parse, type YAMLSeq } from "yaml";
import { frontMatterSchema } from "../article/record.ts";
import type { ArticleDraft } from "./derive.ts";
import type { EditionOptions } from "./split-page.ts";

export interface EditionFile {
  /** File name inside the edition folder: `<slug>.md`. */
  name: string;
  content: string;
}

/** Markdown syntax that would turn a newspaper's text into markup. */
const INLINE_MARKUP = /[\\`*_[\]<]/g;
const BLOCK_MARK = /^[#>+=-]/u;
const LIST_NUMBER = /^(\d+)([.)])/u;

function escapeMarkdown(text: string): string {
  const escaped = text.replace(INLINE_MARKUP, "\\$&").replace(LIST_NUMBER, "$1\\$2");
  return BLOCK_MARK.test(escaped) ? `\\${escaped}` : escaped;
}

export function renderArticle(article: ArticleDraft, edition: EditionOptions): string {
  const frontMatter = frontMatterSchema.parse({
    title: article.title ?? article.derivedTitle,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    source: article.source,
    section: article.section,
    reporter: article.reporter,
    date: edition.date,
    page: edition.page,
    pageName: edition.pageName,
    order: article.order,
    type: article.type,
    titleDerived: article.title === null ? true : undefined,
    review: article.findings.length > 0 ? article.findings.map((f) => ({ line: f.line, rule: f.code, ...(f.words && { words: f.words }), note: f.note })) : undefined,
    regions: article.regions,
  });
  const doc = new Document(frontMatter);
  // One line per reporter, as editors write it (- { name: 赵宗锋, role: 记者 }), per
  // review note, so an editor deletes a checked note with its line, and per region.
  for (const list of [doc.get("reporter"), doc.get("review"), doc.get("regions")]) if (isSeq(list)) for (const item of (list as YAMLSeq).items) (item as { flow?: boolean }).flow = true;
  const yaml = doc.toString({ lineWidth: 0 });
  // A closing box (相关链接 …) opens with a level-3 heading and runs to the end: the site shows it as an aside.
  // A box printed at the story's head (人物名片, a book's facts) goes there too, after the text, its blocks in order.
  const firstText = article.body.findIndex((b) => b.kind !== "aside");
  const blocks = firstText > 0 ? [...article.body.slice(firstText), ...article.body.slice(0, firstText)] : article.body;
  const body = blocks
    .map((b, i) => {
      if (b.kind === "subhead") return `## ${escapeMarkdown(b.text)}`;
      const opensBox = b.kind === "aside" && (blocks[i - 1]?.kind !== "aside" || blocks[i - 1]?.label !== b.label);
      return opensBox ? `### ${escapeMarkdown(b.label ?? "")}\n\n${escapeMarkdown(b.text)}` : escapeMarkdown(b.text);
    })
    .join("\n\n");
  return `---\n${yaml}---\n\n${body}\n`;
}

export function editionFiles(articles: readonly ArticleDraft[], edition: EditionOptions): EditionFile[] {
  return articles.map((a) => ({ name: `${a.slug}.md`, content: renderArticle(a, edition) }));
}

/** The page an article file says it is from; a file we cannot read counts as another page's. */
function printedPage(path: string): unknown {
  try {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, "utf8"))?.[1] ?? "";
    return (parse(frontMatter) as { page?: unknown } | null)?.page;
  } catch {
    return Symbol("unreadable");
  }
}

/**
 * Slugs in an edition folder that belong to other pages: one folder holds every
 * page of the date, so page 3 must not take (or, with --force, replace) page 1's
 * file. Files of this page keep their slugs, so a second run finds them again.
 */
export function slugsOfOtherPages(outDir: string, page: number | undefined): Set<string> {
  if (!existsSync(outDir)) return new Set();
  const names = readdirSync(outDir).filter((name) => name.endsWith(".md"));
  return new Set(
    names
      .filter((name) => printedPage(join(outDir, name)) !== page)
      .map((name) => name.slice(0, -".md".length)),
  );
}

export type FileStatus = "new" | "unchanged" | "differs";

export interface PlannedFile extends EditionFile {
  path: string;
  status: FileStatus;
}

/** What writing would do to each file: create it, leave it (identical), or meet an edited file. */
export function planEdition(files: readonly EditionFile[], outDir: string): PlannedFile[] {
  return files.map((file) => {
    const path = join(outDir, file.name);
    const status: FileStatus = !existsSync(path) ? "new" : readFileSync(path, "utf8") === file.content ? "unchanged" : "differs";
    return { ...file, path, status };
  });
}

/**
 * Writes the planned files that are new (and, with `force`, those that differ):
 * all go to a temporary folder first and are renamed into place, so a failure
 * leaves no half-written file; a new edition folder appears whole.
 */
export function writeEdition(plan: readonly PlannedFile[], outDir: string, force: boolean): PlannedFile[] {
  const toWrite = plan.filter((f) => f.status === "new" || (force && f.status === "differs"));
  if (toWrite.length === 0) return [];
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.split-`));
  try {
    for (const file of toWrite) writeFileSync(join(staging, file.name), file.content);
    if (!existsSync(target)) {
      renameSync(staging, target);
    } else {
      for (const file of toWrite) renameSync(join(staging, file.name), join(target, file.name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return toWrite;
}
