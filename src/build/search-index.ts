/**
 * The search index: the article pages of a built site folder, read back as their readers
 * see them (src/search/shown-text.ts), written into `search-index/`. A build writes the
 * segments it indexes again into its staging folder, before any file reaches the site,
 * so a failed index never leaves a half-searchable site; the others stay in the site.
 *
 * The archive is indexed in segments of consecutive editions (`segmentOf`): the years
 * before the newest edition's, the months of its year before its month, and that month. A
 * new day changes the newest segment only, a corrected article the term files of its own
 * that hold the words it changed; the rest is kept, file for file, from the site in place.
 * A reader's query fetches the manifest, one term file per term and segment (a second
 * round only when no article holds every term), and the results on screen
 * (templates/assets/search.js). A common term's term file holds its head, which nearly
 * always decides the first screen; its `all/` file, every posting, is fetched after it for
 * the count and the next screens.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isRealDate } from "../article/record.ts";
import { SCRIPTS, outputPath, paths } from "../site/paths.ts";
import { HEADS } from "../../templates/assets/search-terms.js";
import { SEGMENT_FILE, SegmentWriter, correctSegment, type CharacterPairs, type Correction, type SearchDoc, type SegmentSummary } from "../search/segment.ts";
import { shownText, type ShownText } from "../search/shown-text.ts";
import { linkFilesAhead, replaceFile } from "./staging.ts";

/** The index's folder inside the site; templates/assets/search.js reads it. */
export const SEARCH_INDEX_DIR = "search-index";
/** The list of segments, the count of articles and the Traditional-to-Simplified characters, for search.js. */
const MANIFEST = "index.json";

/**
 * How editions are grouped into segments: by the calendar (the default), or each edition
 * its own segment (for tests of an index in several segments on a few days of content).
 */
export type SegmentBy = "calendar" | "edition";

/** Whether a command line's `value` names a way to group editions into segments. */
export const isSegmentBy = (value: unknown): value is SegmentBy => value === "calendar" || value === "edition";

/** The segment of the editions of the years before the newest edition's. */
export const ARCHIVE_SEGMENT = "archive";

/**
 * The segment an edition belongs to, given the newest edition's date: the newest month is
 * a segment of its own, so that a new day writes only a month's index; the months before
 * it in its year are the year's segment (written again when a month ends), and the years
 * before the archive (written again when a year ends). A query fetches a term file from
 * each: three per term however long the archive.
 */
export function segmentOf(date: string, newest: string, by: SegmentBy = "calendar"): string {
  if (by === "edition") return date;
  if (date.slice(0, 7) === newest.slice(0, 7)) return date.slice(0, 7);
  const year = date.slice(0, 4);
  return year === newest.slice(0, 4) ? year : ARCHIVE_SEGMENT;
}

/** A segment: its name (its folder) and its edition dates, oldest first. */
export interface Segment {
  id: string;
  dates: string[];
}

/** Edition dates, grouped into segments, oldest first. */
export function segmentsOf(dates: readonly string[], by: SegmentBy = "calendar"): Segment[] {
  const sorted = [...dates].sort();
  const newest = sorted.at(-1) ?? "";
  const segments: Segment[] = [];
  for (const date of sorted) {
    const id = segmentOf(date, newest, by);
    if (segments.at(-1)?.id === id) segments.at(-1)!.dates.push(date);
    else segments.push({ id, dates: [date] });
  }
  return segments;
}

export interface SearchIndex {
  /** Articles indexed (each in both scripts). */
  articles: number;
  segments: number;
  /** Segment folder → the digest of what it indexes (given `reuse`), for the next build's `reuse`. */
  keys: Record<string, string>;
  /** How many segments were indexed; the others were kept from the previous site. */
  indexed: number;
  /** Segments corrected in place, of which only the files that changed were written. */
  corrected: string[];
}

/** The previous site's index, for segments whose pages have not changed. */
export interface ReusedIndex {
  site: string;
  /** Segment folder → digest of what it indexed, as the last build's `keys`. */
  keys: Readonly<Record<string, string>>;
  /** Whether this build kept a page (site path) as the previous site had it, in both scripts. */
  kept(page: string): boolean;
}

export interface SearchIndexOptions {
  segmentBy?: SegmentBy;
  /** The digest of what a segment indexes now (the identities of its pages), recorded for the next build's `reuse`. */
  keyOf?: (dates: readonly string[]) => string;
  reuse?: ReusedIndex;
  /**
   * The article pages by edition date, and the site they are in when not under the folder
   * indexed: a build's staging folder holds only the pages it rendered, and only the files of
   * the index it writes (a segment corrected in place, its changed files; see `corrected`).
   * Without them, the pages under the folder indexed, and a whole index written there.
   */
  pages?: { byDate: ReadonlyMap<string, string[]>; inPlace: string };
  /** Articles a segment is written with at once (tests of a segment written in passes, on a few articles). */
  articlesPerPass?: number;
  /** Postings a term file holds of a common term (tests of common terms, on a few articles). */
  headPostings?: number;
  /** Told as each segment is done, for the build's progress line. */
  onSegment?: (done: number, of: number) => void;
}

/** The article pages of the editions under `siteDir`, by date: their site paths (the edition page and 版面 views left out). */
function articlePages(siteDir: string): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  // Edition folders are named by their date, as content/ is (src/site/content.ts).
  for (const date of readdirSync(siteDir).filter(isRealDate)) {
    const pages = readdirSync(join(siteDir, date)).filter((f) => f.endsWith(".html") && f !== basename(paths.edition(date)));
    if (pages.length) byDate.set(date, pages.map((f) => `${date}/${f}`));
  }
  return byDate;
}

/** The previous index's segments (folder → summary), as their `segment.json` files have them; a summary written by an older build, without its pages, is left out. */
async function previousSegments(oldIndex: string): Promise<Map<string, SegmentSummary>> {
  const segments = new Map<string, SegmentSummary>();
  for (const id of existsSync(oldIndex) ? readdirSync(oldIndex) : []) {
    const summaryFile = join(oldIndex, id, SEGMENT_FILE);
    if (!existsSync(summaryFile)) continue;
    const summary = JSON.parse(await readFile(summaryFile, "utf8")) as SegmentSummary;
    if (summary.pages && summary.postings !== undefined) segments.set(id, summary);
  }
  return segments;
}

/** Pages read at once: enough to keep libuv's threads busy, few enough that only their texts are held. */
const PAGES_AT_ONCE = 32;
/** Files written at once, on libuv's four threads. */
const WRITES_AT_ONCE = 64;

/** How large a segment's parts are: HEAD_POSTINGS and ARTICLES_PER_PASS unless tests say otherwise (SearchIndexOptions). */
type Sizes = Pick<SearchIndexOptions, "articlesPerPass" | "headPostings">;

/** What the previous index can give a segment indexed again. */
interface Previous {
  dir: string;
  segments: Map<string, SegmentSummary>;
  /** Page → its old segment's folder and the page's number there, as `<folder>/{script}/<n>.json`. */
  shown: Map<string, string>;
  kept: (page: string) => boolean;
}

/** What the previous index's result files at `at` record of `page`, in both scripts (JSON, cheaper to read than the page); undefined when one is gone. */
async function recorded(previous: Previous, at: string, page: string): Promise<SearchDoc | undefined> {
  const read = await Promise.all(SCRIPTS.map(async (script) => JSON.parse(await readFile(join(previous.dir, at.replace("{script}", script)), "utf8")) as ShownText)).catch(() => undefined);
  return read && { page, hans: pick(read[0]!), hant: pick(read[1]!) };
}

/** Where the pages are read from: the folder indexed, or the site in place for a page not rendered into it. */
type PageFolders = readonly [siteDir: string, inPlace?: string];

/** What a page shows now in both scripts, read back from the built page. */
async function shownNow([siteDir, inPlace]: PageFolders, page: string): Promise<SearchDoc> {
  const read = (file: string) => readFile(join(siteDir, file), "utf8").catch((error: NodeJS.ErrnoException) => (inPlace && error.code === "ENOENT" ? readFile(join(inPlace, file), "utf8") : Promise.reject(error)));
  const [hans, hant] = await Promise.all(SCRIPTS.map(async (script) => shownText(await read(outputPath(script, page)))));
  if (!hans || !hant) throw new Error(`${page}: an article page without its text marked for search (data-search-body)`);
  return { page, hans: pick(hans), hant: pick(hant) };
}

/**
 * What a page shows in both scripts: for a page this build kept (its bytes unchanged),
 * what the previous index recorded, with where it was found; for the others (or a result
 * file removed by hand), read back from the built page.
 */
async function readDoc(folders: PageFolders, page: string, previous?: Previous): Promise<{ doc: SearchDoc; recorded?: string }> {
  const at = previous?.kept(page) ? previous.shown.get(page) : undefined;
  const fromRecord = at ? await recorded(previous!, at, page) : undefined;
  return fromRecord ? { doc: fromRecord, recorded: at } : { doc: await shownNow(folders, page) };
}

/** The fields of what a page shows, whether read from the page or from a result file (which also names its address). */
const pick = ({ title, date, section, text }: ShownText): ShownText => ({ title, date, section, text });

/** Writes `files` (relative to `folder`, in folders made as needed), a few at a time; `over` links to the previous site's files, replacing them. */
async function writeFiles(folder: string, files: ReadonlyMap<string, string>, over = false): Promise<void> {
  const entries = [...files];
  for (const sub of new Set(entries.map(([file]) => dirname(join(folder, file))))) await mkdir(sub, { recursive: true });
  for (let start = 0; start < entries.length; start += WRITES_AT_ONCE) {
    await Promise.all(entries.slice(start, start + WRITES_AT_ONCE).map(([file, text]) => (over ? replaceFile : writeFile)(join(folder, file), text)));
  }
}

/**
 * Articles whose postings a segment is written with at once: about a year of this paper
 * (≈15,000 articles, ≈1,500 terms each). A larger segment (the archive) is written in
 * passes, a part of its term files each (`Part`), so memory does not grow with the archive.
 */
const ARTICLES_PER_PASS = 16_384;

/** Passes to write a segment of `articles` in: a power of two. */
export function passesFor(articles: number, perPass = ARTICLES_PER_PASS): number {
  let passes = 1;
  while (passes * perPass < articles) passes *= 2;
  return passes;
}

/**
 * Writes the segment of `pages` into `indexDir/<id>/` afresh, a few pages at a time. The
 * result files of articles that kept their place are the old files: linked, not written
 * and compared again. A large segment's later passes read what its pages show from the
 * result files the first wrote. Returns the summary.
 */
async function indexSegment(folders: PageFolders, indexDir: string, id: string, pages: readonly string[], previous: Previous | undefined, sizes: Sizes): Promise<SegmentSummary> {
  const passes = passesFor(pages.length, sizes.articlesPerPass);
  const writer = new SegmentWriter({ of: passes, group: 0 }, sizes.headPostings);
  const folder = join(indexDir, id);
  await rm(folder, { recursive: true, force: true });
  for (const sub of ["hans", "hant", "terms"]) await mkdir(join(folder, sub), { recursive: true });
  // all/ is made when a term file needs it (a common term).
  const unchanged: string[] = [];
  const write = (files: ReadonlyMap<string, string>) => writeFiles(folder, files);
  for (let start = 0; start < pages.length; start += PAGES_AT_ONCE) {
    const read = await Promise.all(pages.slice(start, start + PAGES_AT_ONCE).map((page) => readDoc(folders, page, previous)));
    const results = new Map<string, string>();
    read.forEach(({ doc, recorded }, k) => {
      const files = writer.add(doc);
      if (recorded === join(id, `{script}/${start + k}.json`)) unchanged.push(...files.keys());
      else for (const [file, text] of files) results.set(file, text);
    });
    await write(results);
  }
  const { files, summary } = writer.finish();
  await write(files);
  if ((await linkFilesAhead(join(previous?.dir ?? "", id), folder, unchanged)).size) throw new Error("the previous site's index lost files while it was read; build again with --clean");
  for (let group = 1; group < passes; group++) {
    const part = new SegmentWriter({ of: passes, group }, sizes.headPostings);
    for (let start = 0; start < pages.length; start += PAGES_AT_ONCE) {
      const shown = await Promise.all(pages.slice(start, start + PAGES_AT_ONCE).map(async (_, k) => JSON.parse(await readFile(join(folder, `hans/${start + k}.json`), "utf8")) as ShownText));
      shown.forEach((hans, k) => part.addTerms(pages[start + k]!, pick(hans)));
    }
    await write(part.finish().files);
  }
  return summary;
}

/**
 * Articles a segment gains in place at most (a day's, or a month's when a month ends);
 * more (a year joining the archive) and it is written afresh, in passes.
 */
const ADDED_IN_PLACE = 4096;

/**
 * Corrects in place the segment `indexDir/<id>/` whose articles are the pages it had,
 * in their order, and maybe pages after them (a new day's): only the term files and
 * result files that the pages this build rendered again, and the pages added, change.
 * Over the site in place (`overlay`) only those are written, the others staying where
 * they are; otherwise the others are linked from the previous index. Undefined when the
 * segment must be written afresh.
 */
async function correctInPlace(folders: PageFolders, indexDir: string, id: string, pages: readonly string[], previous: Previous, overlay: boolean, head?: number): Promise<SegmentSummary | undefined> {
  const before = previous.segments.get(id);
  if (!before || before.pages.length > pages.length || pages.length - before.pages.length > ADDED_IN_PLACE || before.pages.some((page, n) => page !== pages[n])) return undefined;
  const [folder, old] = [join(indexDir, id), join(previous.dir, id)];
  const corrections: Correction[] = [];
  // The result files there are, listed once: not asked for one by one (28,000 of them in a year's segment at 20,000 articles).
  const results = SCRIPTS.map((script) => new Set(existsSync(join(old, script)) ? readdirSync(join(old, script)) : []));
  for (const [n, page] of before.pages.entries()) {
    if (previous.kept(page)) {
      // A result file removed by hand: the segment is written afresh, which reads the page.
      if (results.some((names) => !names.has(`${n}.json`))) return undefined;
      continue;
    }
    const was = await recorded(previous, join(id, `{script}/${n}.json`), page);
    if (!was) return undefined;
    const now = await shownNow(folders, page);
    // Rendered again for a neighbour's title, say, with the same text.
    if (JSON.stringify([was.hans, was.hant]) !== JSON.stringify([now.hans, now.hant])) corrections.push({ id: n, before: was, after: now });
  }
  for (let n = before.pages.length; n < pages.length; n += PAGES_AT_ONCE) {
    const added = await Promise.all(pages.slice(n, n + PAGES_AT_ONCE).map((page) => readDoc(folders, page, previous)));
    added.forEach(({ doc }, k) => corrections.push({ id: n + k, after: doc }));
  }
  const correction = correctSegment(before, corrections, head);
  if (!correction) return undefined;
  if (!overlay) await linkFilesAhead(previous.dir, indexDir, [], [id]);
  // A few term files at a time: read, corrected and written, so that only theirs are held.
  for (let start = 0; start < correction.shards.length; start += PAGES_AT_ONCE) {
    const shards = correction.shards.slice(start, start + PAGES_AT_ONCE);
    const texts = await Promise.all(shards.map((k) => readFile(join(old, `terms/${k}.json`), "utf8").catch(() => undefined)));
    const files = new Map<string, string>();
    for (const [j, k] of shards.entries()) {
      const [text, all] = [texts[j], join(old, `all/${k}.json`)];
      // A term file naming common terms whose all/ file was removed by hand: the segment is written afresh.
      if (text === undefined || (text.includes(`"${HEADS}"`) && !existsSync(all))) return undefined;
      const corrected = correction.shard(k, text, () => (existsSync(all) ? readFileSync(all, "utf8") : undefined));
      // A shard left without a common term would leave its all/ file behind: rare enough to write the segment afresh.
      if (!corrected || corrected.removed) return undefined;
      for (const [file, written] of corrected.files) files.set(file, written);
    }
    await writeFiles(folder, files, !overlay);
  }
  const { files, summary } = correction.finish();
  await writeFiles(folder, files, !overlay);
  return summary;
}

/** For each Traditional character, the Simplified one it stands for most often (ties: the lower code point). */
function toSimplified(pairs: readonly CharacterPairs[]): Record<string, string> {
  const summed: CharacterPairs = {};
  for (const segment of pairs) {
    for (const [t, counts] of Object.entries(segment)) {
      for (const [s, n] of Object.entries(counts)) (summed[t] ??= {})[s] = (summed[t]![s] ?? 0) + n;
    }
  }
  const map: Record<string, string> = {};
  for (const t of Object.keys(summed).sort()) {
    map[t] = Object.entries(summed[t]!).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0]![0];
  }
  return map;
}

/** What an index holds, for the build's and the search step's last line: "120 articles in 3 segments". */
export function describeIndex({ articles, segments }: SearchIndex): string {
  return articles === 0 ? "nothing to index" : `${articles} articles${segments > 1 ? ` in ${segments} segments` : ""}`;
}

/**
 * Indexes the article pages under `siteDir` into `siteDir/search-index/`: a folder per
 * segment and the manifest. Throws one line on failure, leaving no index behind.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const indexDir = join(siteDir, SEARCH_INDEX_DIR);
  const byDate = options.pages?.byDate ?? articlePages(siteDir);
  const folders: PageFolders = [siteDir, options.pages?.inPlace];
  const segments = segmentsOf([...byDate.keys()], options.segmentBy);
  const { reuse } = options;
  const { keyOf } = options;
  const keys: Record<string, string> = keyOf ? Object.fromEntries(segments.map((s) => [s.id, keyOf(s.dates)])) : {};
  const oldIndex = reuse ? join(reuse.site, SEARCH_INDEX_DIR) : "";
  const summaries = new Map<string, SegmentSummary>();
  const corrected: string[] = [];
  try {
    await rm(indexDir, { recursive: true, force: true });
    await mkdir(indexDir);
    const old = reuse ? await previousSegments(oldIndex) : new Map<string, SegmentSummary>();
    // A segment is kept when it covers the same pages, unchanged, and the last build wrote it whole.
    for (const s of segments) if (keys[s.id] !== undefined && reuse?.keys[s.id] === keys[s.id] && old.has(s.id)) summaries.set(s.id, old.get(s.id)!);
    // A segment kept stays in the site in place; only the index's manifest names it.
    let done = summaries.size;
    options.onSegment?.(done, segments.length);
    const todo = segments.filter((s) => !summaries.has(s.id));
    // After a change to templates or code no page is kept, and nothing of the old index is read.
    const anyKept = reuse && todo.some((segment) => segment.dates.some((date) => byDate.get(date)!.some(reuse.kept)));
    const previous: Previous | undefined = anyKept ? { dir: oldIndex, segments: old, shown: shownAt(old), kept: reuse.kept } : undefined;
    for (const segment of todo) {
      const pages = segment.dates.flatMap((date) => byDate.get(date)!).sort();
      const inPlace = previous && (await correctInPlace(folders, indexDir, segment.id, pages, previous, options.pages !== undefined, options.headPostings));
      if (inPlace) corrected.push(segment.id);
      summaries.set(segment.id, inPlace ?? (await indexSegment(folders, indexDir, segment.id, pages, previous, options)));
      options.onSegment?.(++done, segments.length);
    }
    const listed = segments.map((s) => ({ id: s.id, ...summaries.get(s.id)! }));
    const manifest = {
      docs: listed.reduce((n, s) => n + s.docs, 0),
      segments: listed.map(({ id, docs, shards }) => ({ id, docs, shards })),
      simplified: toSimplified(listed.map((s) => s.pairs)),
    };
    await writeFile(join(indexDir, MANIFEST), JSON.stringify(manifest) + "\n");
    return { articles: manifest.docs, segments: segments.length, keys, indexed: todo.length, corrected };
  } catch (error) {
    await rm(indexDir, { recursive: true, force: true });
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new Error(`search index failed: ${message}`);
  }
}

/** Page → where the previous index's segments hold what it showed, as `<folder>/{script}/<n>.json`. */
function shownAt(segments: ReadonlyMap<string, SegmentSummary>): Map<string, string> {
  const shown = new Map<string, string>();
  for (const [id, { pages }] of segments) pages.forEach((page, n) => shown.set(page, join(id, `{script}/${n}.json`)));
  return shown;
}
