/**
 * A full build's edition pages (editions, 版面, articles) on two cores: the editions are
 * split between page workers (worker threads), each modelling only its own editions' pages
 * and writing them with an Eleventy of its own into the staging folder; the index pages are
 * rendered after, by the build itself (site-build.ts). A worker is given its editions' articles,
 * their facts and bodies, one article of each edition beside them (its links to the day before
 * and after) and the reporters' slugs the whole archive decides: not the archive (Archive).
 */
import { availableParallelism, totalmem } from "node:os";
import { serialize } from "node:v8";
import { Worker } from "node:worker_threads";
import type { EditionList } from "../article/edition.ts";
import type { Content, ContentArticle } from "../site/content.ts";
import type { BodyFacts, ModelMemo } from "../site/memo.ts";
import { reporterSlugsOf, type Paper } from "../site/paper.ts";
import { outputPath, paths, SCRIPTS } from "../site/paths.ts";
import type { StoryPhoto } from "../site/photo.ts";
import type { PrintedPage } from "../site/printed.ts";
import type { SiteSettings } from "../site/settings.ts";
import { TYPESCRIPT_WORKER } from "./bodies.ts";
import { collectGarbage } from "./eleventy-parts.ts";
import type { Progress } from "./progress.ts";
import { weightOf } from "./shards.ts";

type Render = Paper["render"];

/** `--workers`: one process, two workers, or two when the build renders enough pages to gain by them and the machine has two cores. */
export type WorkersSetting = "auto" | 1 | 2;

export const WORKERS_SETTINGS: readonly string[] = ["auto", "1", "2"];

/**
 * Edition pages (in article pages' weight, shards.ts) from which `auto` splits them between two
 * workers. A worker's start costs ≈2 s of CPU (its TypeScript loader, Eleventy, OpenCC's tables,
 * the archive's fields copied and modelled) where a page costs ≈1 ms: below this, as in a day's
 * or a correction's build, one process is faster.
 */
export const WORKERS_FROM = 4000;

/**
 * Two workers hold more than one process does (each models the archive's lists): a full build
 * of 100,000 articles peaked at 3.9 GB with them, 3.1 GB without. On a machine with less memory
 * than this, `auto` keeps one process.
 */
const ROOM_FOR_WORKERS = 8 * 1024 ** 3;

/** The kinds of page made from one edition alone, which the workers render. */
const EDITION_KINDS = ["edition", "printedPage", "article"] as const satisfies readonly (keyof Render)[];
type EditionKind = (typeof EDITION_KINDS)[number];

const dateOf = (kind: EditionKind, page: Render[EditionKind][number]): string => ("article" in page && kind === "article" ? page.article.date : (page as Render["edition" | "printedPage"][number]).edition.date);

/** The machine a build runs on: its cores and memory in bytes. */
export interface Machine {
  cores: number;
  memory: number;
}
export const thisMachine = (): Machine => ({ cores: availableParallelism(), memory: totalmem() });

/** How many workers render the edition pages of `render` on `machine`: 0 when the build renders them itself. */
export function workersFor(render: Render, setting: WorkersSetting, machine: Machine): number {
  const weight = EDITION_KINDS.reduce((sum, kind) => sum + (render[kind] as readonly Render[EditionKind][number][]).reduce((w, page) => w + weightOf(kind, page as never), 0), 0);
  if (weight === 0) return 0;
  if (setting === "auto") return machine.cores > 1 && machine.memory >= ROOM_FOR_WORKERS && weight >= WORKERS_FROM ? 2 : 0;
  return setting === 1 ? 0 : setting;
}

/** `render` without its edition pages: what the build renders itself once the workers are done. */
export function indexPagesOf(render: Render): Render {
  return { ...render, ...Object.fromEntries(EDITION_KINDS.map((kind) => [kind, []])), sitemap: render.sitemap };
}

/** A worker's editions and the files of theirs it renders. */
interface Share {
  dates: string[];
  outputs: string[];
}

/** The edition pages of `render` cut into `count` runs of consecutive editions of about the same weight. */
function shares(render: Render, count: number): Share[] {
  const byDate = new Map<string, { weight: number; outputs: string[] }>();
  for (const kind of EDITION_KINDS) {
    for (const page of render[kind] as readonly Render[EditionKind][number][]) {
      const date = dateOf(kind, page);
      const edition = byDate.get(date) ?? byDate.set(date, { weight: 0, outputs: [] }).get(date)!;
      edition.weight += weightOf(kind, page as never);
      edition.outputs.push(page.output);
    }
  }
  const total = [...byDate.values()].reduce((w, e) => w + e.weight, 0);
  const cut: Share[] = [];
  let share: Share = { dates: [], outputs: [] };
  let weight = 0;
  for (const [date, edition] of [...byDate].sort(([a], [b]) => b.localeCompare(a))) {
    if (share.dates.length && weight >= (total * (cut.length + 1)) / count) {
      cut.push(share);
      share = { dates: [], outputs: [] };
    }
    share.dates.push(date);
    share.outputs.push(...edition.outputs);
    weight += edition.weight;
  }
  if (share.dates.length) cut.push(share);
  return cut;
}

/**
 * What a worker models its editions from: their articles without bodies and what the model knows
 * of them, an article of each edition beside one of them (for the links to the day before and after),
 * and what the whole archive decides (reporters' slugs). Not the archive: a worker of a full build at
 * 100,000 articles held the model of all of it.
 */
export interface Archive {
  settings: SiteSettings;
  overrides: [string, string][];
  pageLists: [string, EditionList][];
  articles: Omit<ContentArticle, "body">[];
  reporterSlugs: [string, string][];
  /** Each article's facts (memo.ts), in `articles`' order: the model reads a body for them otherwise. */
  facts: (BodyFacts | undefined)[];
  headlines: [string, string][];
  slugs: [string, string][];
  printed: readonly PrintedPage[];
  photos: readonly StoryPhoto[];
}

export interface PagesJob extends Share {
  /** Its Archive, in V8's serialisation. */
  archive: Uint8Array;
  /** The bodies of the articles whose pages this worker renders, by their place in its archive's articles. */
  bodies: [number, string][];
  staging: string;
  pagesPerPart: number;
}

/** An error as a worker posts it: what outputFailure and the build's line read of it (output-failure.ts). */
export interface PostedError {
  message: string;
  code?: unknown;
  path?: unknown;
  originalError?: PostedError;
  cause?: PostedError;
}

export type WorkerMessage =
  | { kind: "part"; written: number }
  | { kind: "done"; written: number; headlines: [string, string][] }
  | { kind: "failed"; error: PostedError; said: string[] };

/** The error a worker posted, as the build's own would be. */
function errorFrom(posted: PostedError): Error {
  const { message, code, path, originalError, cause } = posted;
  return Object.assign(new Error(message), { code, path, originalError: originalError && errorFrom(originalError), cause: cause && errorFrom(cause) });
}

/** What the model and the pages are made from, besides the pages to render. */
export interface EditionsSource {
  content: Content;
  memo: ModelMemo;
  printed: readonly PrintedPage[];
  photos: readonly StoryPhoto[];
}

/**
 * Renders the edition pages of `render` into `staging` on up to `count` workers (no more than
 * editions), and says how many. Rejects with the first worker's error once every worker has
 * stopped: nothing is written into the staging folder after.
 */
/**
 * The jobs of up to `count` workers: each its editions' articles and bodies, and an article of each
 * edition beside them (Archive). A worker's parts are a `count`th of the build's, so that the workers'
 * Eleventys together hold what the build's one would.
 */
function jobsFor(render: Render, { content, memo, printed, photos }: EditionsSource, count: number, staging: string, pagesPerPart: number): PagesJob[] {
  const reporterSlugs = [...reporterSlugsOf(content.articles, memo)];
  const byDate = new Map<string, ContentArticle[]>();
  for (const article of content.articles) (byDate.get(article.meta.date) ?? byDate.set(article.meta.date, []).get(article.meta.date)!).push(article);
  const dates = [...byDate.keys()].sort();
  const at = new Map(dates.map((date, i) => [date, i]));
  return shares(render, count).map((share) => {
    const mine = new Set(share.dates);
    const beside = new Set(share.dates.flatMap((date) => [dates[at.get(date)! - 1], dates[at.get(date)! + 1]]).filter((date) => date !== undefined && !mine.has(date)));
    const articles = dates.flatMap((date) => (mine.has(date) ? byDate.get(date)! : beside.has(date) ? byDate.get(date)!.slice(0, 1) : []));
    const archive: Archive = {
      settings: content.settings!, overrides: [...content.overrides], pageLists: [...content.pageLists].filter(([date]) => mine.has(date) || beside.has(date)),
      articles: articles.map(({ file, slug, meta }) => ({ file, slug, meta })), reporterSlugs,
      facts: articles.map((article) => memo.facts.get(article)),
      headlines: [...memo.headlines], slugs: [...memo.slugs], printed, photos,
    };
    // The bodies of the article pages it renders: an edition modelled for its link to a new day renders its edition page alone.
    const outputs = new Set(share.outputs);
    const bodies = articles.flatMap((a, i): [number, string][] => (SCRIPTS.some((script) => outputs.has(outputPath(script, paths.article(a.meta.date, a.slug)))) ? [[i, a.body]] : []));
    return { ...share, archive: serialize(archive), bodies, staging, pagesPerPart: Math.max(1, Math.round(pagesPerPart / count)) };
  });
}

/**
 * Renders the edition pages of `render` into `staging` on up to `count` workers (no more than
 * editions), and says how many. Rejects with the first worker's error once every worker has
 * stopped: nothing is written into the staging folder after.
 */
export async function renderOnWorkers(render: Render, source: EditionsSource, count: number, staging: string, pagesPerPart: number, progress: Progress): Promise<number> {
  const total = EDITION_KINDS.reduce((n, kind) => n + render[kind].length, 0);
  const written: number[] = [];
  const tell = () => progress.tell(`pages: ${written.reduce((a, b) => a + b, 0).toLocaleString("en")} of ${total.toLocaleString("en")} edition pages written on ${written.length} workers`);
  const runs = jobsFor(render, source, count, staging, pagesPerPart).map((job, n) => {
    // The job is copied to the worker here: what the build made of it is garbage from now.
    const worker = new Worker(TYPESCRIPT_WORKER(new URL("./pages-worker.ts", import.meta.url).href), { eval: true, workerData: job });
    written[n] = 0;
    const done = new Promise<void>((resolve, reject) => {
      worker.on("message", (message: WorkerMessage) => {
        if (message.kind === "failed") {
          for (const line of message.said) console.error(line);
          reject(errorFrom(message.error));
          return;
        }
        written[n] = message.written;
        tell();
        if (message.kind === "done") {
          for (const [headline, html] of message.headlines) source.memo.headlines.set(headline, html);
          resolve();
        }
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`a page worker stopped before writing its pages (exit code ${code})`)));
    });
    return { worker, done };
  });
  tell();
  // While the workers render, the build's heap gives back the bodies and the archive it copied to them, and the plan's garbage.
  collectGarbage();
  try {
    await Promise.all(runs.map((run) => run.done));
    return runs.length;
  } finally {
    // After a failure, the other workers are stopped before the staging folder is discarded.
    await Promise.all(runs.map((run) => run.worker.terminate()));
  }
}
