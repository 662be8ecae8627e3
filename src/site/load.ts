/** Where Eleventy gets the paper: content/ read, validated and modelled once per build. */
import { resolve } from "node:path";
import { TraditionalBodies } from "../build/bodies.ts";
import { readContent, formatFinding, type ArticleCache, type Content } from "./content.ts";
import { LivePaper } from "../preview/live.ts";
import { buildPaper, inPaperOrder, type ConvertedBody, type Paper } from "./paper.ts";
import type { PrintedPage } from "../pdf/printed-pages.ts";
import type { StoryPhoto } from "./photo.ts";
import { ConversionMemo, traditionalConverter, type ToTraditional, type TraditionalVariant } from "./traditional.ts";

/** The content folder: EDITION_CONTENT (set by the build command) or ./content. */
export function contentDir(): string {
  return resolve(process.env.EDITION_CONTENT ?? "content");
}

let converter: { key: string; convert: ToTraditional } | undefined;

/** One OpenCC converter per process, rebuilt only when the variant or the override list changes. */
export function converterFor(variant: TraditionalVariant, overrides: ReadonlyMap<string, string>): ToTraditional {
  const key = JSON.stringify([variant, [...overrides]]);
  if (converter?.key !== key) converter = { key, convert: traditionalConverter(variant, overrides) };
  return converter.convert;
}

let memo: ConversionMemo | undefined;

const serving = () => process.env.ELEVENTY_RUN_MODE === "serve";

/**
 * The model of a content folder that has already passed validation. `remember`
 * (the live preview) reuses the previous build's conversions to Traditional and
 * the views of unchanged articles; `review` (the live preview too) shows open review
 * notes where the text is; `convertedBody` hands over bodies converted ahead, and
 * `converted` wraps the converter (the build's cache of conversions, src/build/content-cache.ts).
 */
export function paperFrom(content: Content, { remember = false, review = false, convertedBody, printed, photos, converted }: { remember?: boolean; review?: boolean; convertedBody?: ConvertedBody; printed?: readonly PrintedPage[]; photos?: readonly StoryPhoto[]; converted?: (convert: ToTraditional) => ToTraditional } = {}): Paper {
  const settings = content.settings!;
  const convert = converterFor(settings.traditionalVariant, content.overrides);
  const pageLists = content.pageLists;
  if (!remember) return buildPaper(content.articles, settings, converted ? converted(convert) : convert, { convertedBody, pageLists, review, printed, photos });
  if (memo?.base !== convert) memo = new ConversionMemo(convert);
  return buildPaper(content.articles, settings, memo.nextBuild(), { convertedBody, pageLists, review, reuse: JSON.stringify([settings.traditionalVariant, [...content.overrides]]) });
}

/**
 * Fewer Traditional bodies than this are converted where their pages render: the
 * worker's start (a TypeScript loader and OpenCC's tables, ≈1.5 s of CPU) costs more
 * than converting them there (≈1.2 ms a body at 1,500 characters), as in a day's or
 * a correction's build.
 */
const BODIES_AHEAD_FROM = 100;

/**
 * Starts converting the Traditional bodies of the articles in `files` on the second
 * core, in the order the build renders them; undefined when there are too few to be worth it.
 */
export function convertBodiesAhead(content: Content, files: ReadonlySet<string>): TraditionalBodies | undefined {
  if (files.size < BODIES_AHEAD_FROM) return undefined;
  return new TraditionalBodies(
    content.settings!.traditionalVariant,
    content.overrides,
    inPaperOrder(content.articles.filter((a) => files.has(a.file))),
  );
}

let preloaded: { dir: string; paper: Paper } | undefined;

/** The build command validates before Eleventy starts; hand its model over instead of reading twice. */
export function preload(dir: string, paper: Paper): void {
  preloaded = { dir: resolve(dir), paper };
}

let lastGood: { dir: string; paper: Paper } | undefined;
/** The warnings the preview's last rebuild printed. */
let warned = new Set<string>();
const parsed: ArticleCache = new Map();
let live: LivePaper | undefined;

/** The preview's fast path (src/preview/live.ts), for Eleventy's watch events. */
export function livePaper(dir: string): LivePaper {
  if (live?.contentDir !== dir) live = new LivePaper(dir);
  return live;
}

/**
 * Eleventy's global data. Under `serve` this runs on every rebuild, so edits show
 * up. A file with a problem is reported and left out of the preview; broken
 * settings keep the last good version on screen.
 */
export function loadPaper(dir: string): Paper {
  if (preloaded?.dir === resolve(dir)) {
    const { paper } = preloaded;
    preloaded = undefined;
    return paper;
  }
  return serving() ? livePaper(dir).paper((saved) => readPaper(dir, true, saved)) : readPaper(dir, false);
}

/** `saved`: the files written since the last rebuild, when the preview's watcher knows them (readContent). */
function readPaper(dir: string, preview: boolean, saved?: ReadonlySet<string>): Paper {
  const content = readContent(dir, { withDrafts: preview, cache: preview ? parsed : undefined, saved });
  const warnings = content.warnings.map((w) => `warning: ${formatFinding(w)}`);
  // The preview says a warning once, not at every save (an archive may hold hundreds).
  for (const line of warnings) if (!preview || !warned.has(line)) console.warn(line);
  if (preview) warned = new Set(warnings);
  for (const e of content.errors) console.error(formatFinding(e));
  if (!content.settings) {
    if (lastGood?.dir === dir) return lastGood.paper;
    const error = new Error(`the settings in ${dir} have problems; fix them and save again.`);
    error.stack = error.message; // a content problem, not a bug: no trace
    throw error;
  }
  if (content.errors.length) console.error(`${content.errors.length} problem(s): the files named above are left out until they are fixed.`);
  lastGood = { dir, paper: paperFrom(content, { remember: preview, review: preview }) };
  return lastGood.paper;
}
