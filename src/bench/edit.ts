/**
 * Edit latency under a running preview server: save a change to one article
 * and time how long until its pages (and the pages showing its title) are
 * rewritten. The change puts an ASCII marker in the title and the body, so it
 * reads the same in both scripts and survives HTML escaping.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { startGroup, stopGroup } from "./measure.ts";

const POLL_MS = 5;
const READY_TIMEOUT_MS = 600_000;
const EDIT_TIMEOUT_MS = 60_000;
/** Output is settled when nothing has been written for this long. */
const QUIET_MS = 2_000;
/** Generated assets that never hold article text. */
const SKIP_DIRS = new Set(["search-index", "assets", "css", "js", "fonts"]);

export interface EditTiming {
  /** Save → every page of the article (each script) holds the edit; null if it never did. */
  articleMs: number | null;
  articlePages: number;
  /** Save → the last other page showing the new title was written. */
  indexMs: number | null;
  indexPages: number;
  /** Pages that link to the article but never showed the new title (sitemaps and the like excepted). */
  staleLinkingPages: string[];
  /** Files whose modification time moved after the save. */
  rewritten: number;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* filesUnder(path);
    } else yield path;
  }
}

function mtimes(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const path of filesUnder(dir)) {
    try {
      times.set(path, statSync(path).mtimeMs);
    } catch {
      // replaced while we looked
    }
  }
  return times;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The built pages of the article with this slug: one per script (by URL, which carries the slug). */
function articlePagesOf(output: string, slug: string): string[] {
  return [...filesUnder(output)].filter((p) => p.endsWith(".html") && (p.includes(`/${slug}/`) || p.endsWith(`/${slug}.html`)));
}

function htmlPagesLinkingTo(output: string, slug: string, except: readonly string[]): string[] {
  const link = new RegExp(`["/]${slug}(?:\\.html|/)`);
  return [...filesUnder(output)].filter((p) => p.endsWith(".html") && !except.includes(p) && link.test(readOrEmpty(p)));
}

/** Puts `marker` at the end of the title and of the last body paragraph. */
export function markArticle(markdown: string, marker: string): string {
  const withTitle = markdown.replace(/^(title: )(["']?)(.*?)(\2)$/m, (_m, key: string, q: string, title: string) => `${key}${q}${title}${marker}${q}`);
  if (withTitle === markdown) throw new Error("the article has no title line to edit");
  return `${withTitle.trimEnd()}${marker}\n`;
}

async function waitFor(condition: () => boolean, timeoutMs: number, every = POLL_MS): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return true;
    await sleep(every);
  }
  return false;
}

/** Waits until no file under `output` has been written for QUIET_MS. */
async function settle(output: string, since: number): Promise<Map<string, number>> {
  let last = mtimes(output);
  const deadline = Date.now() + EDIT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const newest = [...last.values()].reduce((a, b) => Math.max(a, b), since);
    if (Date.now() - newest >= QUIET_MS) return last;
    await sleep(250);
    last = mtimes(output);
  }
  return last;
}

export interface ServeSession {
  command: string;
  cwd: string;
  output: string;
  /** Content folder the server watches. */
  content: string;
  /** Articles (paths relative to `content`) to edit, one per measured edit. */
  articles: readonly string[];
}

/** Starts the server, waits for its first build, then edits each article in turn. */
export async function measureEdits(session: ServeSession): Promise<{ edits: EditTiming[]; error?: string }> {
  const { child, output: log } = startGroup(session.command, { cwd: session.cwd });
  try {
    const firstSlug = session.articles[0]!.replace(/^.*\/|\.md$/g, "");
    const ready = await waitFor(() => /Watching/.test(log()) && safeCount(() => articlePagesOf(session.output, firstSlug).length) > 0, READY_TIMEOUT_MS, 500);
    if (!ready) return { edits: [], error: `the server did not finish its first build: ${lastLine(log())}` };
    await settle(session.output, 0);

    const edits: EditTiming[] = [];
    for (const [i, article] of session.articles.entries()) {
      const slug = article.replace(/^.*\/|\.md$/g, "");
      const pages = articlePagesOf(session.output, slug);
      const linking = htmlPagesLinkingTo(session.output, slug, pages);
      const before = mtimes(session.output);
      const marker = `bench${Date.now().toString(36)}${i}`;
      const source = join(session.content, article);
      const edited = markArticle(readFileSync(source, "utf8"), marker);

      const saved = performance.now();
      const savedWall = Date.now();
      writeFileSync(source, edited);
      const done = await waitFor(() => pages.length > 0 && pages.every((p) => readOrEmpty(p).includes(marker)), EDIT_TIMEOUT_MS);
      const articleMs = done ? performance.now() - saved : null;

      const after = await settle(session.output, savedWall);
      const rewritten = [...after].filter(([path, t]) => before.get(path) !== t).map(([path]) => path);
      const showing = rewritten.filter((p) => p.endsWith(".html") && !pages.includes(p) && readOrEmpty(p).includes(marker));
      const indexMs = showing.length ? showing.reduce((a, p) => Math.max(a, after.get(p)!), 0) - savedWall : null;
      edits.push({
        articleMs,
        articlePages: pages.length,
        indexMs,
        indexPages: showing.length,
        staleLinkingPages: linking.filter((p) => !readOrEmpty(p).includes(marker)).map((p) => relative(session.output, p)),
        rewritten: rewritten.length,
      });
    }
    return { edits };
  } finally {
    await stopGroup(child);
  }
}

function safeCount(count: () => number): number {
  try {
    return count();
  } catch {
    return 0; // the output folder does not exist yet
  }
}

function lastLine(text: string): string {
  return text.trim().split("\n").slice(-3).join(" / ") || "no output";
}
