/**
 * Reading content/: every edition folder, every article file, the settings and
 * the override list. Nothing is thrown for bad content: each problem becomes a
 * one-line message naming the file and field, so the build can list them all.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import type { YAMLError } from "yaml";
import type { z } from "zod";
import { EDITION_FILE, editionListSchema, type EditionList } from "../article/edition.ts";
import { openNote } from "../article/review-note.ts";
import { frontMatterSchema, isRealDate, type FrontMatter } from "../article/record.ts";
import { characterProblems, withoutForbidden } from "./characters.ts";
import { contentRoot, notAFile, resolveInContent } from "./content-path.ts";
import { ModelMemo } from "./memo.ts";
import { siteSettingsSchema, type SiteSettings } from "./settings.ts";
import { decode } from "../split/decode.ts";
import { PageError } from "../split/errors.ts";
import { parseOverrides } from "./traditional.ts";

export const SETTINGS_FILE = "site.json";
export const OVERRIDES_FILE = "opencc-overrides.txt";

/** A validated article: its front matter and its Markdown body. */
export interface ContentArticle {
  /** Path as the editor knows it, e.g. content/2023-12-14/zheng-wu-gong-kai.md */
  file: string;
  /** File name without .md, lower case: the article's name in URLs. */
  slug: string;
  meta: FrontMatter;
  body: string;
}

/** Something in content/ an editor must fix (error) or should look at (warning). */
export interface Problem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export interface Content {
  settings: SiteSettings | null;
  overrides: Map<string, string>;
  /** The articles without problems (all of them when `errors` is empty). */
  articles: ContentArticle[];
  /** Each edition's page list (content/<date>/edition.yml), by date; editions without one are absent. */
  pageLists: Map<string, EditionList>;
  errors: Problem[];
  warnings: Problem[];
}

export function formatProblem(f: Problem): string {
  const place = f.line ? `${f.file}:${f.line}` : f.file;
  return f.field ? `${place}: ${f.field}: ${f.message}` : `${place}: ${f.message}`;
}

/** What to do about a wrong field, in the editor's terms. */
const FIELD_HINTS: Record<string, string> = {
  title: 'write the headline (主题) as "title: …"',
  section: "name the desk, one of the sections in site.json",
  reporter: "write it as a list, e.g. reporter: [{ name: 赵宗锋, role: 记者 }] (role may be null)",
  date: "write the edition date as YYYY-MM-DD, e.g. 2023-12-14",
  order: "give the position on the page as a whole number from 1",
  page: "give the printed page (版次) as a whole number from 1",
  type: "use article, photo or brief",
  review: "write review notes as a list, each a line of text or { line, rule, words, note } as the splitter writes them",
  properNames: "write proper names as a list, e.g. properNames: [聊城百思特游艇有限公司]",
};

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
/** Slugs whose pages would collide with the edition's own index page. */
const RESERVED_SLUGS = new Set(["index"]);
const TEXT_FIELDS = ["title", "kicker", "subtitle", "column"] as const;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const KNOWN_FIELDS = new Set(Object.keys(frontMatterSchema.shape));

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key + 1}]` : (i ? "." : "") + String(key))).join("");
}

/** Forbidden characters and YAML aliases in parsed front matter, site.json or edition.yml (src/site/characters.ts). */
function characterProblemsIn(file: string, data: unknown): Problem[] {
  return characterProblems(data).map((p) => ({ file, field: fieldName(p.path) || undefined, message: p.message }));
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const top = String(issue.path[0] ?? "");
    // Our own checks (code "custom") already say what to do.
    const hint = issue.code === "custom" ? undefined : FIELD_HINTS[top];
    return { file, field: fieldName(issue.path) || undefined, message: hint ? `${issue.message}; ${hint}` : issue.message };
  });
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A file's text; throws a TypeError when it is not UTF-8. */
const decodeText = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");

/** \`yaml\` is loaded only for front matter js-yaml refuses (≈0.1 s of every build's start otherwise). */
const require = createRequire(import.meta.url);

/**
 * Front matter as data. js-yaml reads it ten times faster than \`yaml\` (≈0.6 s saved
 * per 5,000 articles) and agrees with it on YAML 1.2's core schema; \`yaml\` reads
 * what js-yaml refuses, so an editor's mistake is reported with its messages and lines.
 */
export function frontMatterData(source: string): unknown {
  try {
    return loadYaml(source, { schema: CORE_SCHEMA });
  } catch {
    return (require("yaml") as typeof import("yaml")).parse(source, { uniqueKeys: true });
  }
}

/**
 * Parses one article file (pure: bytes in, article or findings out). `sections`
 * are site.json's; the section is checked even when other fields are wrong, so
 * the editor sees every problem of the file at once.
 */
export function parseArticle(file: string, bytes: Uint8Array, editionDate: string, sections?: readonly string[]): { article?: ContentArticle; errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    return { errors: [{ file, message: "is not UTF-8 text; save it again as UTF-8 (not GBK/GB18030)" }], warnings };
  }
  if (!text.trim()) return { errors: [{ file, message: "is empty; write the article or delete the file" }], warnings };
  const slug = file.replace(/^.*[\\/]/, "").replace(/\.md$/i, "").toLowerCase();
  if (!SLUG.test(slug) || RESERVED_SLUGS.has(slug)) {
    errors.push({ file, message: `"${slug}" cannot be an article's name in links; rename the file with Latin letters, digits and hyphens (not "index")` });
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) return { errors: [...errors, { file, line: 1, message: 'has no front matter; start the file with a "---" line, the fields, and another "---" line' }], warnings };
  let data: unknown;
  try {
    data = frontMatterData(match[1]!);
  } catch (e) {
    const problem = yamlProblem(file, e as YAMLError, 1); // 1: the opening "---"
    return { errors: [...errors, { ...problem, message: `front matter ${problem.message}` }], warnings };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { errors: [...errors, { file, line: 2, message: 'front matter must be fields like "title: …", one per line' }], warnings };
  }
  // Checked first: other messages quote the fields, and a control character would act on the terminal.
  const unsafe = characterProblemsIn(file, data);
  if (unsafe.length) return { errors: [...errors, ...unsafe], warnings };
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) warnings.push({ file, field: key, message: "is not a known field and is ignored; check its spelling" });
  }
  const section = (data as { section?: unknown }).section;
  if (sections && typeof section === "string" && section.trim() && !sections.includes(section.trim())) {
    errors.push({ file, field: "section", message: `"${section.trim()}" is not a section in site.json; use one of ${sections.join("、")} or add it to site.json` });
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) return { errors: [...errors, ...schemaProblems(file, parsed.error)], warnings };
  const meta = parsed.data;
  if (meta.date !== editionDate) {
    errors.push({ file, field: "date", message: `${meta.date} does not match its edition folder ${editionDate}; fix the date or move the file` });
  }
  // The body's first line in the file: after the front matter's lines.
  const { text: bodyText, removed } = withoutForbidden(text.slice(match[0].length), match[0].split("\n").length);
  if (removed) warnings.push({ file, line: removed.line, field: "body", message: removed.message });
  for (const [field, value] of [...TEXT_FIELDS.map((f) => [f, meta[f]] as const), ["reporter", meta.reporter.map((r) => r.name).join(" ")] as const, ["body", bodyText] as const]) {
    const tag = typeof value === "string" ? HTML_TAG.exec(value) : null;
    if (tag) warnings.push({ file, field, message: `contains HTML (${tag[0]}); it is shown as text, never run; remove it unless it belongs to the text` });
  }
  for (const note of meta.review ?? []) warnings.push({ file, field: "review", message: openNote(note).note });
  const body = bodyText.trim();
  // An article is its text (a photo's caption is its text); headings alone are none.
  if (!body.split("\n").some((l) => l.trim() !== "" && !/^#{1,6}\s/u.test(l.trim()))) {
    errors.push({ file, message: "has no text below its front matter (a photo's caption counts as text); write the article or delete the file" });
  }
  return errors.length ? { errors, warnings } : { article: { file, slug, meta, body }, errors, warnings };
}

/**
 * An article's text is at most this long: ≈350,000 characters of Chinese, ten times a
 * government work report printed whole. A 50 MB file took 2.3 GB of memory to build
 * and made a 606 MB site.
 */
const MAX_ARTICLE_BYTES = 1024 * 1024;

function tooLarge(file: string, size: number): Problem {
  return { file, message: `is ${String(Math.ceil((size / 1048576) * 10) / 10)} MB, more than an article may be (at most ${MAX_ARTICLE_BYTES / 1048576} MB); split it into several articles, or remove what is not its text` };
}

/** A digest of the article's text, to tell a copy without reading two bodies; the build's cache keeps those of the files it keeps (src/build/content-cache.ts). */
export function textDigest(article: ContentArticle, memo: ModelMemo): string {
  let digest = memo.textDigests.get(article);
  if (digest === undefined) memo.textDigests.set(article, (digest = createHash("sha1").update(article.body).digest("base64url")));
  return digest;
}

/**
 * Checks across files of one edition: link names must be unique, and a second
 * file with the same headline and text is a copy saved twice. Two stories that
 * merely share a headline (简讯 on two pages) only get a warning: the splitter
 * gives them -2 names on purpose.
 */
export function checkSlugs(articles: readonly ContentArticle[], memo = new ModelMemo()): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Map<string, string>();
  const titles = new Map<string, ContentArticle>();
  for (const a of articles) {
    const key = `${a.meta.date}/${a.slug}`;
    const other = seen.get(key);
    const sameTitle = titles.get(`${a.meta.date}/${a.meta.title}`);
    if (other) errors.push({ file: a.file, message: `has the same name in links ("${a.slug}") as ${other}; rename one of the two files` });
    else if (sameTitle && textDigest(sameTitle, memo) === textDigest(a, memo)) errors.push({ file: a.file, message: `is a copy of ${sameTitle.file} (same title and text); delete one of the two files` });
    else if (sameTitle) warnings.push({ file: a.file, field: "title", message: `"${a.meta.title}" is also the title of ${sameTitle.file}; readers may confuse the two, consider a more telling title` });
    seen.set(key, other ?? a.file);
    titles.set(`${a.meta.date}/${a.meta.title}`, sameTitle ?? a);
  }
  return { errors, warnings };
}

/**
 * An edition's page list (pure: bytes in, list or findings out), checked like an
 * article's front matter so the editor gets the same kind of message.
 */
export function parseEditionList(file: string, bytes: Uint8Array): { list?: EditionList; errors: Problem[] } {
  let data: unknown;
  try {
    data = frontMatterData(decodeText(bytes));
  } catch (e) {
    if (e instanceof TypeError) return { errors: [{ file, message: "is not UTF-8 text; save it again as UTF-8" }] };
    return { errors: [yamlProblem(file, e as YAMLError, 0)] };
  }
  const unsafe = characterProblemsIn(file, data);
  if (unsafe.length) return { errors: unsafe };
  const parsed = editionListSchema.safeParse(data);
  if (!parsed.success) {
    if (typeof data !== "object" || data === null || !("pages" in data)) return { errors: [{ file, field: "pages", message: "is missing; list the printed pages, one per line, e.g. pages: [{ page: 5, name: 广告 }]" }] };
    return { errors: schemaProblems(file, parsed.error) };
  }
  return { list: parsed.data, errors: [] };
}

/** A YAML syntax error as a finding; `offset` lines come before the YAML in its file. */
function yamlProblem(file: string, error: YAMLError, offset: number): Problem {
  const line = (error.linePos?.[0]?.line ?? 0) + offset;
  return { file, line, message: `is not valid YAML (${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}); check quotes, colons and indentation` };
}

/**
 * The override list. Editors on Windows save it as GB18030 or UTF-16: read as UTF-8 it
 * would be garbage that converts nothing, so it is decoded as the splitter decodes a page
 * (src/split/decode.ts), with a warning, or refused when it is none of those.
 */
function readOverrides(bytes: Uint8Array, file: string, errors: Problem[], warnings: Problem[]): Map<string, string> {
  if (bytes.every((b) => b <= 0x20)) return new Map();
  let text: string;
  try {
    const decoded = decode(bytes);
    text = decoded.text;
    if (decoded.encoding !== "utf-8") warnings.push({ file, message: `is ${decoded.encoding.toUpperCase()}, not UTF-8; it was read as ${decoded.encoding.toUpperCase()}, but save it again as UTF-8 so every tool reads it the same` });
  } catch (e) {
    if (!(e instanceof PageError)) throw e;
    errors.push({ file, message: "is not text in UTF-8 (nor GB18030, nor UTF-16 with a byte-order mark); save it again as UTF-8" });
    return new Map();
  }
  const { overrides, problems } = parseOverrides(text);
  errors.push(...problems.map((p) => ({ file, line: p.line, message: p.message })));
  return overrides;
}

function readJson(path: string, file: string, errors: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    errors.push({ file, message: `is not valid JSON (${(e as Error).message}); check commas and quotes` });
    return undefined;
  }
}

/**
 * Parsed article files by path, reused while a file's size, times and inode
 * (and the sections it was checked against) stay the same: the live preview
 * rereads content/ after every save, and a build the archive (src/build/content-cache.ts),
 * and most files have not changed.
 */
export type ArticleCache = Map<string, { stamp: string; result: ReturnType<typeof parseArticle> }>;

/**
 * Reads and validates everything under `dir`. `withDrafts` keeps articles marked
 * `draft: true` (for the live preview); a build leaves them out. `saved` (the live
 * preview, from its watcher) names the files written since `cache` was last filled:
 * any other file in the cache is taken as it was without asking the disk for its
 * times (≈0.1 s of every save at 20,000 articles). `memo` keeps the text digests
 * the check for copies works out (src/site/memo.ts).
 */
export function readContent(dir: string, { withDrafts = false, cache, saved, memo }: { withDrafts?: boolean; cache?: ArticleCache; saved?: ReadonlySet<string>; memo?: ModelMemo } = {}): Content {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  // Paths as the editor typed them: relative to where they are, unless the content is elsewhere.
  const shown = (path: string) => (relative(process.cwd(), path).startsWith("..") ? path : relative(process.cwd(), path));
  const root = contentRoot(dir);
  /** A file the build reads, as it resolves: "file", "missing", or not to be read (the problem is reported). */
  const fileAt = (path: string, what: string) => {
    const found = resolveInContent(root, path);
    const problem = notAFile(found, what);
    if (problem) errors.push({ file: shown(path), message: problem });
    return problem ? "refused" : found.kind;
  };
  const settingsPath = join(dir, SETTINGS_FILE);
  let settings: SiteSettings | null = null;
  const settingsFile = fileAt(settingsPath, "the site's settings");
  if (settingsFile === "missing") {
    errors.push({ file: shown(settingsPath), message: "is missing; the site needs its settings (paper, url, sections)" });
  } else if (settingsFile === "file") {
    const raw = readJson(settingsPath, shown(settingsPath), errors);
    const unsafe = characterProblemsIn(shown(settingsPath), raw);
    errors.push(...unsafe);
    if (raw !== undefined && !unsafe.length) {
      const parsed = siteSettingsSchema.safeParse(raw);
      if (parsed.success) settings = parsed.data;
      else errors.push(...parsed.error.issues.map((i) => ({ file: shown(settingsPath), field: fieldName(i.path), message: i.message })));
    }
  }

  const overridesPath = join(dir, OVERRIDES_FILE);
  const overrides = fileAt(overridesPath, "the list of OpenCC overrides") === "file" ? readOverrides(readFileSync(overridesPath), shown(overridesPath), errors, warnings) : new Map<string, string>();

  const articles: ContentArticle[] = [];
  const pageLists = new Map<string, EditionList>();
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const found = resolveInContent(root, path);
      if (found.kind === "refused") {
        errors.push({ file: shown(path), message: found.message });
        continue;
      }
      isFolder = found.kind === "folder";
    }
    if (!isFolder) {
      if (/\.md$/i.test(entry.name)) errors.push({ file: shown(path), message: "articles belong in an edition folder named by date, e.g. content/2023-12-14/" });
      continue;
    }
    if (!isRealDate(entry.name)) {
      errors.push({ file: shown(path), message: "folders in content/ are editions and must be named by a real date, YYYY-MM-DD" });
      continue;
    }
    const inEdition = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const listPath = join(path, EDITION_FILE);
    // Told by the folder's listing, as an article is: only a link or a folder of that name needs following (≈0.1 s of a save at 20,000 articles).
    const listed = inEdition.find((e) => e.name === EDITION_FILE);
    if (listed && (listed.isFile() || fileAt(listPath, "the edition's page list") === "file")) {
      const { list, errors: listErrors } = parseEditionList(shown(listPath), readFileSync(listPath));
      errors.push(...listErrors);
      if (list) pageLists.set(entry.name, list);
    }
    for (const article of inEdition) {
      if (!/\.md$/i.test(article.name)) continue;
      const file = join(path, article.name);
      // Only a link (or a folder) needs following: a plain file in an edition folder is inside.
      if (!article.isFile() && fileAt(file, "an article") !== "file") continue;
      let result = saved && !saved.has(file) ? cache?.get(file)?.result : undefined;
      if (!result) {
        const stat = statSync(file);
        // Times, size and inode: a file written again, or replaced by another, gets a new stamp.
        const stamp = `${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}:${stat.ino}:${settings?.sections.join("|")}`;
        result = cache?.get(file)?.stamp === stamp ? cache.get(file)!.result : undefined;
        if (!result) {
          result = stat.size > MAX_ARTICLE_BYTES ? { errors: [tooLarge(shown(file), stat.size)], warnings: [] } : parseArticle(shown(file), readFileSync(file), entry.name, settings?.sections);
          cache?.set(file, { stamp, result });
        }
      }
      errors.push(...result.errors);
      warnings.push(...result.warnings);
      if (result.article && (withDrafts || !result.article.meta.draft)) articles.push(result.article);
    }
  }
  const { errors: clashes, warnings: alike } = checkSlugs(articles, memo);
  errors.push(...clashes);
  warnings.push(...alike);
  // `articles` stays a set that renders: a file with any problem is left out.
  const clashing = new Set(clashes.map((c) => c.file));
  return { settings, overrides, articles: articles.filter((a) => !clashing.has(a.file)), pageLists, errors, warnings };
}
