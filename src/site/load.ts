/** Where Eleventy gets the paper: content/ read, validated and modelled once per build. */
import { resolve } from "node:path";
import { readContent, formatFinding, type Content } from "./content.ts";
import { buildPaper, type Paper } from "./paper.ts";
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

/**
 * The model of a content folder that has already passed validation. `remember`
 * (the live preview) reuses the previous build's conversions to Traditional.
 */
export function paperFrom(content: Content, { remember = false } = {}): Paper {
  const settings = content.settings!;
  const convert = converterFor(settings.traditionalVariant, content.overrides);
  if (!remember) return buildPaper(content.articles, settings, convert);
  if (memo?.base !== convert) memo = new ConversionMemo(convert);
  return buildPaper(content.articles, settings, memo.nextBuild());
}

let preloaded: { dir: string; paper: Paper } | undefined;

/** The build command validates before Eleventy starts; hand its model over instead of reading twice. */
export function preload(dir: string, paper: Paper): void {
  preloaded = { dir: resolve(dir), paper };
}

let lastGood: { dir: string; paper: Paper } | undefined;

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
  const content = readContent(dir, { withDrafts: process.env.ELEVENTY_RUN_MODE === "serve" });
  for (const w of content.warnings) console.warn(`warning: ${formatFinding(w)}`);
  for (const e of content.errors) console.error(formatFinding(e));
  if (!content.settings) {
    if (lastGood?.dir === dir) return lastGood.paper;
    const error = new Error(`the settings in ${dir} have problems; fix them and save again.`);
    error.stack = error.message; // a content problem, not a bug: no trace
    throw error;
  }
  if (content.errors.length) console.error(`${content.errors.length} problem(s): the files named above are left out until they are fixed.`);
  lastGood = { dir, paper: paperFrom(content, { remember: true }) };
  return lastGood.paper;
}
