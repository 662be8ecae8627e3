/**
 * One segment of the search index: the articles of a run of editions, as the files a
 * reader's browser fetches (templates/assets/search.js reads them):
 *
 * - `terms/<k>.json`: for each term (search-terms.js) whose shard is k, its postings,
 *   `[id, weight, id, weight, …]` with each id the difference from the one before. A
 *   query fetches one such file per term, not the segment.
 * - `hans/<id>.json`, `hant/<id>.json`: what a result shows in each script (address,
 *   title, date, section, text for the excerpt); fetched only for results on screen.
 * - `segment.json`: how many articles and shards, which Traditional characters the
 *   segment's pages show for which Simplified ones (the manifest merges these, so a query
 *   typed in Traditional finds Simplified terms), and the articles' pages by number. Not
 *   fetched by readers.
 *
 * Articles are numbered in the order of their pages' paths, so a segment that gains a
 * day keeps the numbers, and the result files, of the articles it had.
 *
 * Weights are BM25's term-frequency part (k1 1.2, b 0.75 over the segment's average
 * length), plus a bonus for a term of the title; the browser multiplies by each term's
 * rarity over the whole index, so ranking is the same whichever segment an article is in.
 */
import { WEIGHT_SCALE, foldText, isHan, shardOf, terms } from "../../templates/assets/search-terms.js";
import { outputPath } from "../site/paths.ts";
import type { ShownText } from "./shown-text.ts";

export interface SearchDoc {
  /** The article's site path ("2023-12-14/a.html"): the Simplified page, the Traditional one under zh-hant/. */
  page: string;
  hans: ShownText;
  hant: ShownText;
}

/** Traditional character → Simplified character → how often the pages show one for the other. */
export type CharacterPairs = Record<string, Record<string, number>>;

export interface SegmentSummary {
  docs: number;
  shards: number;
  pairs: CharacterPairs;
  /** The articles' site paths by number: where the next build finds what a page it kept showed. */
  pages: string[];
}

export const SEGMENT_FILE = "segment.json";
const K1 = 1.2;
const B = 0.75;
/** What a term of the title adds to its weight: a title naming the query comes before a passing mention. */
const TITLE_BONUS = 1.5;
/** Postings per term file, about 15 KB of JSON: a query fetches one per term and segment, so they stay small however large the segment. */
const POSTINGS_PER_SHARD = 2000;

/** Counts, in `pairs`, each Chinese character of `hant` that stands for a different one in `hans` (texts of equal length only; by UTF-16 unit, so characters beyond the first plane are left out). */
function countPairs(hans: string, hant: string, pairs: CharacterPairs): void {
  if (hans.length !== hant.length) return;
  for (let i = 0; i < hans.length; i++) {
    const s = hans.charCodeAt(i);
    const t = hant.charCodeAt(i);
    if (s === t || !isHan(s) || !isHan(t)) continue;
    const counts = (pairs[hant[i]!] ??= {});
    counts[hans[i]!] = (counts[hans[i]!] ?? 0) + 1;
  }
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Writes one segment, an article at a time in the order of their pages, so that only the
 * postings are held, never the segments' texts: `add` gives an article's result files,
 * `finish` the term files and the summary (paths relative to the segment's folder).
 */
export class SegmentWriter {
  // Term → [id, count in the text, id, count, …]: weights need the average length, known only at the end.
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private readonly titles: Set<string>[] = [];
  private readonly pages: string[] = [];
  private readonly pairs: CharacterPairs = {};

  /** Adds the next article (number `pages.length`); returns its result files. */
  add(doc: SearchDoc): Map<string, string> {
    const id = this.pages.length;
    if (id > 0 && !(this.pages[id - 1]! < doc.page)) throw new Error(`${doc.page}: articles must come in the order of their pages`);
    this.pages.push(doc.page);
    const all = terms(foldText(doc.hans.text));
    for (const term of all) {
      const list = this.postings.get(term);
      if (!list) this.postings.set(term, [id, 1]);
      else if (list[list.length - 2] === id) list[list.length - 1]!++;
      else list.push(id, 1);
    }
    this.lengths.push(all.length);
    this.titles.push(new Set(terms(foldText(doc.hans.title))));
    countPairs(doc.hans.text, doc.hant.text, this.pairs);
    countPairs(doc.hans.title, doc.hant.title, this.pairs);
    const results = new Map<string, string>();
    for (const script of ["hans", "hant"] as const) {
      const { title, date, section, text } = doc[script];
      results.set(`${script}/${id}.json`, JSON.stringify({ url: outputPath(script, doc.page), title, date, section, text }));
    }
    return results;
  }

  /** The term files and the summary, once every article is added. */
  finish(): { files: Map<string, string>; summary: SegmentSummary } {
    const { postings, lengths, titles } = this;
    const averageLength = lengths.reduce((n, l) => n + l, 0) / Math.max(1, lengths.length);
    const norms = lengths.map((length) => K1 * (1 - B + (B * length) / averageLength));
    let total = 0;
    for (const [term, list] of postings) {
      for (let i = 0; i < list.length; i += 2) {
        const id = list[i]!;
        const tf = list[i + 1]!;
        const weight = (tf * (K1 + 1)) / (tf + norms[id]!) + (titles[id]!.has(term) ? TITLE_BONUS : 0);
        list[i + 1] = Math.max(1, Math.round(weight * WEIGHT_SCALE));
      }
      total += list.length / 2;
    }
    const files = new Map<string, string>();
    const shards = nextPowerOfTwo(Math.ceil(total / POSTINGS_PER_SHARD));
    const byShard = Array.from({ length: shards }, () => [] as string[]);
    for (const term of [...postings.keys()].sort()) byShard[shardOf(term, shards)]!.push(term);
    byShard.forEach((shardTerms, k) => {
      const shard: Record<string, number[]> = {};
      for (const term of shardTerms) {
        const list = postings.get(term)!;
        const deltas: number[] = [];
        for (let i = 0, last = 0; i < list.length; i += 2) {
          deltas.push(list[i]! - last, list[i + 1]!);
          last = list[i]!;
        }
        shard[term] = deltas;
      }
      files.set(`terms/${k}.json`, JSON.stringify(shard));
    });
    const summary: SegmentSummary = { docs: this.pages.length, shards, pairs: this.pairs, pages: this.pages };
    files.set(SEGMENT_FILE, JSON.stringify(summary));
    return { files, summary };
  }
}
