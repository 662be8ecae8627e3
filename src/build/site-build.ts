/**
 * One build of the site, incremental by default: the pages whose identity is the
 * one the manifest recorded are kept in the site in place, untouched; the others are
 * rendered by Eleventy a part at a time into a staging folder, the search segments
 * whose pages changed are indexed again there, and the staged files are moved into
 * the site (src/build/swap.ts) only when all of it has succeeded.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Identity } from "../plan/fingerprint.ts";
import { planBuild } from "../plan/plan.ts";
import { formatProblem, type Content } from "../site/content.ts";
import type { ModelMemo } from "../site/memo.ts";
import { paperFrom } from "../site/model.ts";
import type { EditionRecord, Paper } from "../site/paper.ts";
import { ASSETS, outputPath, SCRIPTS } from "../site/paths.ts";
import { convertBodiesAhead, type TraditionalBodies } from "./bodies.ts";
import type { ContentCache } from "./content-cache.ts";
import { collectGarbage, pagesIn, renderInParts } from "./eleventy-parts.ts";
import { editorPhotos } from "./editor-photos.ts";
import { manifestPath, readManifest, stageManifest, type Manifest } from "./manifest.ts";
import { publishPrintedPages } from "./printed-pages.ts";
import type { Progress } from "./progress.ts";
import { buildSearchIndex, SEARCH_INDEX_DIR, type SearchIndex, type SegmentBy } from "./search-index.ts";
import { cleanStaleStaging, discard, filesUnder, lookOver, stagingFolder } from "./staging.ts";
import { finishInterruptedSwap, journalPath, movesOf, swapInPlace } from "./swap.ts";
import { indexPagesOf, renderOnWorkers, thisMachine, workersFor, type EditionsSource, type WorkersSetting } from "./workers.ts";

export interface SiteBuildOptions {
  contentDir: string;
  output: string;
  pagesPerPart: number;
  /** Whether to index the site for search, and how its editions are grouped into segments. */
  search: false | { segmentBy: SegmentBy };
  /** Build from nothing, believing no manifest. */
  clean: boolean;
  /** The digest of everything besides the content the pages are made from (environment.ts). */
  environment: string;
  /** What the model worked out before (the build's cache fills it). */
  memo: ModelMemo;
  /** What the last build read and converted (content-cache.ts). */
  cache?: ContentCache;
  progress: Progress;
  /** Whether the edition pages are rendered on two page workers (workers.ts); "auto" by default. */
  workers?: WorkersSetting;
}

export interface SiteBuildReport {
  editions: number;
  modelled: number;
  /** Article views made, both scripts (Paper.viewsMade). */
  views: number;
  articles: number;
  /** Files the site's pages make, and how many of them were rendered this time. */
  files: number;
  rendered: number;
  /** Page workers that rendered the edition pages (workers.ts); 0 when the build rendered them itself. */
  workers: number;
  search?: SearchIndex;
}

/** The manifest of the site in place, when it is believed. */
type PreviousSite = NonNullable<ReturnType<typeof readManifest>>;

/** What Eleventy's pages come to, and the identities the manifest and the search segments need. */
interface Written {
  editions: number;
  /** Editions whose pages were modelled: those changed since the last build (all of them without one). */
  modelled: number;
  views: number;
  articles: number;
  identities: Map<string, Identity>;
  /** For the manifest (src/plan/plan.ts). */
  stamps: Record<string, string>;
  rendered: string[];
  /** The printed pages' PDFs and images and the stories' photos, copied in on every build (from the page-image cache). */
  published: string[];
  /** Edition date → its article pages' files and identities, both scripts. */
  articlesByDate: Map<string, string[]>;
  /** Edition date → its article pages (site paths), for the search index. */
  articlePages: Map<string, string[]>;
  /** Files of the site in place the last build did not make. */
  strays: string[];
  /** Edition date → what its pages were made from (src/site/paper.ts), for the manifest. */
  editionStamps: Record<string, string>;
  workers: number;
}

/** Every file of an edition's pages, both scripts. */
const outputsOf = (edition: EditionRecord) => SCRIPTS.flatMap((script) => [...edition.pages, ...edition.articles].map((path) => outputPath(script, path)));

/** Whether an edition's pages are the ones the last build made: the same stamp, and every file of them on record. */
function keptAsItWas(edition: EditionRecord, previous: Manifest): boolean {
  return previous.editions[edition.date] === edition.stamp && outputsOf(edition).every((file) => file in previous.pages);
}

/**
 * Renders the pages `plan` names into `staging` with Eleventy, a part at a time: the
 * edition pages on `workers` page workers first when there are any (workers.ts), then the
 * rest here. Says how many workers rendered pages.
 */
async function renderPages(paper: Paper, render: Paper["render"], source: EditionsSource, staging: string, options: SiteBuildOptions, workers: number): Promise<number> {
  const { pagesPerPart, progress } = options;
  const started = workers && (await renderOnWorkers(render, source, workers, staging, pagesPerPart, progress));
  if (started) render = indexPagesOf(render);
  const total = pagesIn(render);
  // Nothing changed: Eleventy's start (≈1 s at 20,000 articles) would only copy the assets (.eleventy.ts).
  if (total === 0) {
    cpSync(ASSETS.source, join(staging, ASSETS.output), { recursive: true });
    return started;
  }
  await renderInParts(paper, render, source.memo, staging, {
    pagesPerPart,
    assets: true,
    onPart: (index, parts, written) => progress.tell(`pages: part ${index + 1} of ${parts}, ${written.toLocaleString("en")} of ${total.toLocaleString("en")} written`),
    sayError: (message) => console.error(message),
  });
  return started;
}

/** Builds the model, works out what to render against `previous`, and renders it into `staging`. */
async function writePages(content: Content, options: SiteBuildOptions, staging: string, previous: PreviousSite | undefined): Promise<Written> {
  let bodies: TraditionalBodies | undefined;
  mkdirSync(staging, { recursive: true });
  // The pages of the site in place are looked for while the model is built: one gone, or
  // modified since the build made it (say by a preview writing there), is made again, and
  // a file the build did not make is removed.
  const looking = previous ? lookOver(options.output, Object.keys(previous.pages), previous.files, previous.writtenAt) : Promise.resolve({ missing: new Set<string>(), strays: [] });
  let printed: Awaited<ReturnType<typeof publishPrintedPages>>;
  let named: Awaited<ReturnType<typeof editorPhotos>>;
  let paper: Paper;
  /** The model, with the editions in `lost` made again even when they are as the last build left them. */
  let model: (lost: ReadonlySet<string>) => Paper;
  try {
    // The e-paper's page PDFs and images (printed-pages.ts), from the page-image cache once rendered.
    options.progress.tell("the printed pages' PDFs and images");
    printed = await publishPrintedPages(content, options.contentDir, staging);
    // The photos editors name in front matter (src/build/editor-photos.ts), cached like the page images.
    options.progress.tell("the photos named in front matter");
    named = await editorPhotos(content, options.contentDir, staging);
    const warnings = [...printed.warnings, ...named.warnings];
    if (warnings.length) options.progress.clear();
    for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
    options.progress.tell("building the model");
    model = (lost) => paperFrom(content, {
      memo: options.memo, convertedBody: (article) => bodies?.take(article), printed: printed.pages, photos: [...printed.photos, ...named.photos],
      converted: options.cache && ((convert) => options.cache!.converter(convert)),
      keep: previous && ((edition) => !lost.has(edition.date) && keptAsItWas(edition, previous)),
    });
    paper = model(new Set());
  } catch (error) {
    await looking.catch(() => {});
    throw error;
  }
  // A file removed from the site, or changed, by hand is made again.
  options.progress.tell("looking over the files kept in the site in place");
  const { missing, strays } = await looking;
  // An edition kept as it was whose file was removed by hand is modelled after all.
  const lost = new Set(paper.editions.filter((e) => !e.modelled && outputsOf(e).some((file) => missing.has(file))).map((e) => e.date));
  if (lost.size) paper = model(lost);
  options.progress.tell("working out what to render");
  const plan = planBuild(paper, new Map(Object.entries(previous?.pages ?? {}).filter(([file]) => !missing.has(file))), previous?.stamps);
  const modelled = paper.editions.filter((e) => e.modelled).length;
  const workers = workersFor(plan.render, options.workers ?? "auto", thisMachine());
  // Page workers convert their own bodies, each on its core.
  if (!workers) bodies = convertBodiesAhead(content, new Set(plan.render.article.filter((p) => p.script === "hant").map((p) => p.article.file)));
  let workersStarted: number;
  try {
    workersStarted = await renderPages(paper, plan.render, { content, memo: options.memo, printed: printed.pages, photos: [...printed.photos, ...named.photos] }, staging, options, workers);
  } finally {
    await bodies?.stop();
  }
  const articlesByDate = new Map<string, string[]>();
  const articlePages = new Map<string, string[]>();
  // Only the search index reads them (40,000 strings at 20,000 articles).
  for (const edition of options.search ? paper.editions : []) {
    articlesByDate.set(edition.date, SCRIPTS.flatMap((script) => edition.articles.map((path) => outputPath(script, path))).map((output) => `${output}\u0000${plan.identities.get(output)}`));
    if (edition.articles.length) articlePages.set(edition.date, edition.articles.map((path) => outputPath("hans", path)));
  }
  return {
    editions: paper.editions.length,
    modelled,
    views: paper.viewsMade(),
    articles: content.articles.length,
    identities: plan.identities,
    stamps: plan.stamps,
    rendered: (Object.values(plan.render) as readonly { output: string }[][]).flatMap((pages) => pages.map((p) => p.output)),
    published: [...printed.files, ...named.files],
    articlesByDate,
    articlePages,
    strays,
    editionStamps: Object.fromEntries(paper.editions.map((e) => [e.date, e.stamp])),
    workers: workersStarted,
  };
}

/**
 * The files of the search index's segments in `output` that the new index in `staging` has
 * not (`segments` names its segments; those `corrected` in place have the same files).
 */
function searchRemovals(output: string, staging: string, { segments, corrected }: { segments: readonly string[]; corrected: readonly string[] }): string[] {
  const index = join(output, SEARCH_INDEX_DIR);
  if (!existsSync(index)) return [];
  const now = new Set(segments);
  const same = new Set(corrected);
  return readdirSync(index, { withFileTypes: true }).filter((e) => e.isDirectory() && !same.has(e.name)).flatMap(({ name }) => {
    const folder = join(SEARCH_INDEX_DIR, name);
    const staged = now.has(name) && new Set(filesUnder(join(staging, folder)));
    // A segment kept as it was is not staged.
    if (staged && !staged.size) return [];
    return filesUnder(join(output, folder)).filter((file) => !(staged && staged.has(file))).map((file) => join(folder, file));
  });
}

/**
 * What the swap of `staging` into `output` moves and removes. Against a manifest it
 * believes, removals are the files the manifest names and the new site no longer
 * makes; without one, the files of the site in place the staging folder has not.
 */
function swapOf(output: string, staging: string, previous: PreviousSite | undefined, now: { pages: ReadonlyMap<string, unknown>; files: readonly string[]; search?: SearchIndex; strays: readonly string[] }): { moves: string[]; removals: string[] } {
  const staged = filesUnder(staging);
  const moves = movesOf(output, staging, staged);
  if (!previous) {
    const all = new Set(staged);
    return { moves, removals: filesUnder(output).filter((file) => !all.has(file)) };
  }
  const files = new Set(now.files);
  const removals = [...Object.keys(previous.pages).filter((file) => !now.pages.has(file)), ...previous.files.filter((file) => !files.has(file)), ...now.strays.filter((file) => !files.has(file) && !now.pages.has(file))];
  return { moves, removals: [...removals, ...searchRemovals(output, staging, { segments: Object.keys(now.search?.keys ?? {}), corrected: now.search?.corrected ?? [] })] };
}

/**
 * Builds the site of `source.content` (already validated) into `options.output`, and
 * lets go of the content once the pages are written. Throws, leaving the output as it
 * was, on failure.
 */
export async function buildSite(source: { content?: Content }, options: SiteBuildOptions): Promise<SiteBuildReport> {
  const { output, progress } = options;
  const finished = finishInterruptedSwap(output, manifestPath(output));
  if (finished) console.log(finished);
  cleanStaleStaging(output);
  const { environment } = options;
  const manifest = options.clean ? undefined : readManifest(output);
  // Templates, code or settings changed: every page is rendered again, and files that come out the same are kept.
  const previous = manifest?.environment === environment ? manifest : undefined;
  const staging = stagingFolder(output);
  discard(staging);
  try {
    const written = await writePages(source.content!, options, staging, previous);
    // The content, model and Eleventy are done with once the pages are written; the search index gets their memory.
    delete source.content;
    let search: SearchIndex | undefined;
    if (options.search) {
      collectGarbage();
      const rendered = new Set(written.rendered);
      const keyOf = (dates: readonly string[]) => createHash("sha1").update(environment).update(dates.flatMap((date) => written.articlesByDate.get(date) ?? []).sort().join("\n")).digest("base64url");
      search = await buildSearchIndex(staging, {
        segmentBy: options.search.segmentBy,
        keyOf,
        pages: { byDate: written.articlePages, inPlace: output },
        // Without a manifest to believe, nothing of the old index is: it is written afresh.
        reuse: previous && { site: output, keys: previous.search, kept: (page) => !rendered.has(page) && !rendered.has(outputPath("hant", page)) },
        onSegment: (done, of) => progress.tell(`search: segment ${done} of ${of} indexed`),
      });
    }
    progress.tell("putting the new files in place");
    const files = [...written.published, ...filesUnder(join(staging, ASSETS.output)).map((f) => join(ASSETS.output, f))];
    const swap = swapOf(output, staging, previous, { pages: written.identities, files, search, strays: written.strays });
    const manifestFile = stageManifest(output, { environment, pages: Object.fromEntries(written.identities), search: search?.keys ?? {}, stamps: written.stamps, editions: written.editionStamps, files });
    swapInPlace(output, staging, swap, manifestFile);
    return { editions: written.editions, modelled: written.modelled, views: written.views, articles: written.articles, files: written.identities.size, rendered: written.rendered.length, workers: written.workers, search };
  } catch (error) {
    // A swap begun is finished by the next build, from the staging folder its journal names.
    if (!existsSync(journalPath(output))) discard(staging);
    throw error;
  } finally {
    progress.done();
  }
}
