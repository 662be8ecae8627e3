/**
 * One segment of the search index: the articles of a run of editions, as the files a
 * reader's browser fetches (templates/assets/search.js reads them):
 *
 * - `terms/<k>.json`: for each term (search-terms.js) whose shard is k, its postings as
 *   `encodePostings` writes them: each article's number, the term's weight there and, for
 *   a pair of characters, where it occurs. A query fetches one such file per term, not the segment.
 *   Of a common term (more than HEAD_POSTINGS articles) only its head: the articles where it
 *   weighs most, which nearly always hold a query's first screen; the file's HEADS entry
 *   names these terms with their counts.
 * - `all/<k>.json`: every posting of shard k's common terms, for the rest of the results
 *   and their count; there only when the shard has a common term.
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
 * Weights are BM25's term-frequency part (k1 1.2, b 0.75, lengths in steps of 9 % against
 * a typical article's), plus a bonus for a term of the title; the browser multiplies by each term's
 * rarity over the whole index, so ranking is the same whichever segment an article is in.
 * An article's postings (weights, and where its pairs occur) depend on its own text alone,
 * so a corrected article changes its own postings and nothing else: `correctSegment`
 * rewrites only the term files holding the terms it gained, lost or changed, and an
 * article added after the last (a new day's) only those holding its terms.
 */
import { DIGITS, HEADS, WEIGHT_SCALE, foldText, isHan, isPair, occurrences, shardOf } from "../../templates/assets/search-terms.js";
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
  /** Postings in all the term files, which decide how many there are. */
  postings: number;
  pairs: CharacterPairs;
  /** The articles' site paths by number: where the next build finds what a page it kept showed. */
  pages: string[];
}

export const SEGMENT_FILE = "segment.json";
const K1 = 1.2;
const B = 0.75;
/**
 * The length, in terms, BM25 measures articles against: about a typical article's
 * (聊城日报's run 600–1,500 characters). A constant rather than the segment's average,
 * so that one article's weights do not move when another changes.
 */
const TYPICAL_LENGTH = 1000;
/** What a term of the title adds to its weight: a title naming the query comes before a passing mention. */
const TITLE_BONUS = 1.5;
/** Postings per term file, about 10 KB: a query fetches one per term and segment, so they stay small however large the segment. */
const POSTINGS_PER_SHARD = 2000;

/**
 * A length to the nearest eighth of an octave (9 %): BM25 barely tells the difference,
 * and a correction of a few characters leaves the weights of the article's other terms
 * as they were, so it rewrites only the term files of the words it changed.
 */
const lengthStep = (length: number) => (length ? 2 ** (Math.round(Math.log2(length) * 8) / 8) : 0);

/**
 * An article's terms, each with its posting less the article's number: its weight (a whole
 * number: the weight times WEIGHT_SCALE) and, for a pair of characters, where it occurs.
 */
export function postingsOf(shown: ShownText): Map<string, number[]> {
  const found = occurrences(foldText(shown.text));
  // The length in pairs and words, as BM25 measures it: a character alone is a term as well, but no longer text.
  let length = 0;
  for (const [term, at] of found) if (isPair(term) || !isHan(term.codePointAt(0)!)) length += at.length;
  const titled = new Set(occurrences(foldText(shown.title)).keys());
  const norm = K1 * (1 - B + (B * lengthStep(length)) / TYPICAL_LENGTH);
  for (const [term, at] of found) {
    const tf = at.length;
    const weight = Math.max(1, Math.round(((tf * (K1 + 1)) / (tf + norm) + (titled.has(term) ? TITLE_BONUS : 0)) * WEIGHT_SCALE));
    // The offsets list becomes the posting, in place: fewer arrays for a segment of thousands of articles.
    if (isPair(term)) at.unshift(weight);
    else found.set(term, [weight]);
  }
  return found;
}

/** Adds to `pairs`, `sign` times, each Chinese character of `hant` that stands for a different one in `hans` (texts of equal length only; by UTF-16 unit, so characters beyond the first plane are left out). */
function countPairs(hans: string, hant: string, pairs: CharacterPairs, sign: 1 | -1): void {
  if (hans.length !== hant.length) return;
  for (let i = 0; i < hans.length; i++) {
    const s = hans.charCodeAt(i);
    const t = hant.charCodeAt(i);
    if (s === t || !isHan(s) || !isHan(t)) continue;
    const counts = (pairs[hant[i]!] ??= {});
    counts[hans[i]!] = (counts[hans[i]!] ?? 0) + sign;
  }
}

function addPairs(doc: SearchDoc, pairs: CharacterPairs, sign: 1 | -1 = 1): void {
  countPairs(doc.hans.text, doc.hant.text, pairs, sign);
  countPairs(doc.hans.title, doc.hant.title, pairs, sign);
}

/** `pairs` in code point order, without counts of nothing: the same whichever order articles were added and taken away in. */
function orderedPairs(pairs: CharacterPairs): CharacterPairs {
  const ordered: CharacterPairs = {};
  for (const t of Object.keys(pairs).sort()) {
    const counts = Object.entries(pairs[t]!).filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1));
    if (counts.length) ordered[t] = Object.fromEntries(counts);
  }
  return ordered;
}

/**
 * Postings of a common term its term file holds: the head of them, about 25 KB. A query's
 * first screen is read from the heads when they prove no other article ranks higher
 * (templates/assets/search.js); 聊城, in most of an archive's 86,000 articles, is 1 MB whole.
 * At 100,000 articles heads of 1,000 left 创新发展's first screen unproven by 0.4 % of a
 * score; 2,000 prove it, and 营商环境 and 聊城市 (经济发展, whose phrase is rare among the
 * articles where its words weigh most, is not proven even by 3,000).
 */
export const HEAD_POSTINGS = 2000;

/**
 * The head of a term's postings (text): the `size` that rank first by weight,
 * newer first among equals, as search.js ranks one term's results, in order of number.
 */
function headOf(term: string, text: string, size: number): string {
  const byWeight: number[] = [];
  scanPostings(term, text, (_, weight) => void (byWeight[weight] = (byWeight[weight] ?? 0) + 1));
  // The weight of the last posting in the head: the postings above it, and the newest of those at it.
  let least = byWeight.length - 1;
  let above = 0;
  for (; above + (byWeight[least] ?? 0) < size; least--) above += byWeight[least] ?? 0;
  let older = byWeight[least]! - (size - above);
  const head = new PostingsText(isPair(term));
  scanPostings(term, text, (id, weight, start, end) => {
    if (weight > least || (weight === least && older-- <= 0)) head.addText(id, text, start, end);
  });
  return head.toString();
}

/**
 * The files of shard `k` for its terms' postings (text, with how many articles each):
 * `terms/<k>.json`, and `all/<k>.json` when a term is common (more than `head` articles).
 */
function shardFiles(k: number, entries: readonly (readonly [term: string, text: string, count: number])[], head: number): Map<string, string> {
  const heads: [string, number][] = [];
  const whole: [string, string][] = [];
  const held = entries.map(([term, text, count]): [string, string] => {
    if (count <= head) return [term, text];
    heads.push([term, count]);
    whole.push([term, text]);
    return [term, headOf(term, text, head)];
  });
  const files = new Map([[`terms/${k}.json`, termFile(held, heads)]]);
  if (whole.length) files.set(`all/${k}.json`, termFile(whole));
  return files;
}

/** Term files for `postings`: a power of two, about POSTINGS_PER_SHARD postings each. */
function shardCount(postings: number): number {
  let p = 1;
  while (p < Math.ceil(postings / POSTINGS_PER_SHARD)) p *= 2;
  return p;
}

/** An article's result files: what a result on screen shows, in each script. */
function resultFiles(id: number, doc: SearchDoc): Map<string, string> {
  const results = new Map<string, string>();
  for (const script of ["hans", "hant"] as const) {
    const { title, date, section, text } = doc[script];
    results.set(`${script}/${id}.json`, JSON.stringify({ url: outputPath(script, doc.page), title, date, section, text }));
  }
  return results;
}

/** A term file's text: its terms in code point order, each with its postings' text (`encodePostings`), then its common terms' counts. */
function termFile(terms: Iterable<[string, string]>, heads: readonly [string, number][] = []): string {
  const byTerm = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : 1);
  const file: Record<string, unknown> = Object.fromEntries([...terms].sort(byTerm));
  if (heads.length) file[HEADS] = Object.fromEntries([...heads].sort(byTerm));
  return JSON.stringify(file);
}

const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));

/**
 * A term's postings as text (search-terms.js: DIGITS), an article at a time, kept as
 * bytes: a segment of a year holds millions of postings, as numbers eight bytes each.
 */
class PostingsText {
  private bytes = new Uint8Array(16);
  private length = 0;
  /** Articles holding the term so far, and the number of the last. */
  count = 0;
  last = 0;

  constructor(private readonly pair: boolean) {}

  /** Adds article `id`'s posting: `[weight, ...offsets]`, offsets for a pair only. */
  add(id: number, posting: readonly number[]): void {
    // Each number takes at most 7 digits.
    this.room(7 * (posting.length + 2));
    this.number(id - this.last);
    this.number(posting[0]!);
    if (this.pair) {
      this.number(posting.length - 1);
      for (let k = 1, last = 0; k < posting.length; last = posting[k++]!) this.number(posting[k]! - last);
    }
    this.count++;
    this.last = id;
  }

  /** Adds article `id`'s posting as `text` has it from `start` to `end`, less its number: copied, not read. */
  addText(id: number, text: string, start: number, end: number): void {
    this.room(7 + end - start);
    this.number(id - this.last);
    for (let i = start; i < end; i++) this.bytes[this.length++] = text.charCodeAt(i);
    this.count++;
    this.last = id;
  }

  private room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes `n` (a whole number below 2^32: a number, a weight, an offset). */
  private number(n: number): void {
    let digits = 1;
    for (let rest = n >>> 5; rest > 0; rest >>>= 5) digits++;
    this.bytes[this.length + digits - 1] = DIGIT_CODES[n & 31]!;
    for (let d = digits - 2; d >= 0; d--) this.bytes[this.length + d] = DIGIT_CODES[32 + ((n >>>= 5) & 31)]!;
    this.length += digits;
  }

  toString(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString("latin1");
  }
}

/** A term's postings (`[id, weight, ...offsets]` each, in order of id) as text. */
export function encodePostings(term: string, postings: readonly (readonly number[])[]): string {
  const text = new PostingsText(isPair(term));
  for (const [id, ...posting] of postings) text.add(id!, posting);
  return text.toString();
}

/**
 * Which of a segment's terms a writer keeps: those of group `group` of `of` (a power of
 * two), by `shardOf(term, of)`, which is the term file's number modulo `of` whatever the
 * number of term files. A segment too large to hold all its postings at once (the
 * archive's closed years) is written in `of` passes over its articles, a group each.
 */
export interface Part {
  of: number;
  group: number;
}

/**
 * Writes one segment, an article at a time in the order of their pages, so that only the
 * postings are held, never the segments' texts: `add` gives an article's result files,
 * `finish` the term files and the summary (paths relative to the segment's folder). A
 * writer given a `part` keeps the postings of that part's terms only, and counts the rest.
 */
export class SegmentWriter {
  private readonly postings = new Map<string, PostingsText>();
  private readonly pages: string[] = [];
  private readonly pairs: CharacterPairs = {};
  private total = 0;

  /** `head`: the postings a term file holds of a common term (HEAD_POSTINGS; fewer in tests, on a few articles). */
  constructor(
    private readonly part: Part = { of: 1, group: 0 },
    private readonly head = HEAD_POSTINGS,
  ) {}

  /** Adds the next article (number `pages.length`); returns its result files. */
  add(doc: SearchDoc): Map<string, string> {
    this.addTerms(doc.page, doc.hans);
    addPairs(doc, this.pairs);
    return resultFiles(this.pages.length - 1, doc);
  }

  /** Adds the next article's terms only, from what its Simplified page shows: a later pass over a segment. */
  addTerms(page: string, hans: ShownText): void {
    const id = this.pages.length;
    if (id > 0 && !(this.pages[id - 1]! < page)) throw new Error(`${page}: articles must come in the order of their pages`);
    this.pages.push(page);
    const { of, group } = this.part;
    for (const [term, posting] of postingsOf(hans)) {
      this.total++;
      if (of > 1 && shardOf(term, of) !== group) continue;
      let text = this.postings.get(term);
      if (!text) this.postings.set(term, (text = new PostingsText(isPair(term))));
      text.add(id, posting);
    }
  }

  /** The term files of this writer's part and the summary (written by the first part only), once every article is added. */
  finish(): { files: Map<string, string>; summary: SegmentSummary } {
    const { of, group } = this.part;
    const shards = Math.max(shardCount(this.total), of);
    const byShard = new Map<number, [string, string, number][]>();
    for (let k = group; k < shards; k += of) byShard.set(k, []);
    for (const [term, text] of this.postings) byShard.get(shardOf(term, shards))!.push([term, text.toString(), text.count]);
    const files = new Map([...byShard].flatMap(([k, entries]) => [...shardFiles(k, entries, this.head)]));
    const summary: SegmentSummary = { docs: this.pages.length, shards, postings: this.total, pairs: orderedPairs(this.pairs), pages: this.pages };
    if (group === 0) files.set(SEGMENT_FILE, JSON.stringify(summary));
    return { files, summary };
  }
}

const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (const [d, code] of DIGIT_CODES.entries()) DIGIT_VALUE[code] = d;

/** Where a scan of postings stands: one per scan, not an object per number read (millions of them a correction). */
interface Cursor {
  at: number;
}

/** The number of `term`'s postings text that starts at `cursor.at`, which it moves past the number. */
function readNumber(term: string, text: string, cursor: Cursor): number {
  for (let n = 0, at = cursor.at; ; at++) {
    const d = DIGIT_VALUE[text.charCodeAt(at)]!;
    if (!(d >= 0)) throw new Error(`postings of ${term}: ${at < text.length ? `unexpected ${JSON.stringify(text[at])}` : "cut short"}`);
    if (d < 32) {
      cursor.at = at + 1;
      return n * 32 + d;
    }
    n = n * 32 + d - 32;
  }
}

/**
 * Reads `term`'s postings text a posting at a time, holding none: `visit` is told each
 * article's number and weight, and where in `text` its posting less the number lies.
 * A pair's offsets are passed over, not read: each ends at its last digit, one below 32.
 * A correction reads a common term's postings, ≈1 MB, once or more (0.6 s of one at 20,000 articles).
 */
function scanPostings(term: string, text: string, visit: (id: number, weight: number, start: number, end: number) => void): void {
  const pair = isPair(term);
  const cursor: Cursor = { at: 0 };
  for (let id = 0; cursor.at < text.length; ) {
    id += readNumber(term, text, cursor);
    const start = cursor.at;
    const weight = readNumber(term, text, cursor);
    if (pair) {
      let many = readNumber(term, text, cursor);
      for (; many > 0; cursor.at++) {
        const d = DIGIT_VALUE[text.charCodeAt(cursor.at)]!;
        if (!(d >= 0)) readNumber(term, text, cursor); // throws, saying where
        if (d < 32) many--;
      }
    }
    visit(id, weight, start, cursor.at);
  }
}

/**
 * `term`'s postings text with the postings of `changes` (article number → its posting less
 * the number, or undefined for none) put in or taken out: the others copied as they are,
 * so that a common term's tens of thousands of postings are never held as numbers.
 */
function mergePostings(term: string, text: string, changes: ReadonlyMap<number, readonly number[] | undefined>): PostingsText {
  const merged = new PostingsText(isPair(term));
  const ids = [...changes.keys()].sort((a, b) => a - b);
  const put = (id: number) => changes.get(id) && merged.add(id, changes.get(id)!);
  let c = 0;
  scanPostings(term, text, (id, _, start, end) => {
    while (c < ids.length && ids[c]! < id) put(ids[c++]!);
    if (ids[c] === id) put(ids[c++]!);
    else merged.addText(id, text, start, end);
  });
  while (c < ids.length) put(ids[c++]!);
  return merged;
}

/**
 * A common term's head (headOf) after `changes`, from its head before (`head`, a few KB)
 * rather than from every posting (a second and third reading of up to 1 MB): where each
 * changed article's posting was in the head and stays above its weakest posting, or was
 * not and stays below it (every posting outside ranks below that weakest one). Undefined
 * when one crosses the edge.
 */
function headCorrected(term: string, head: string, changes: ReadonlyMap<number, readonly number[] | undefined>): string | undefined {
  // The weakest posting of the head: the lowest weight, the oldest (lowest number) at it.
  let [leastWeight, leastId] = [Infinity, Infinity];
  const inHead = new Set<number>();
  scanPostings(term, head, (id, weight) => {
    inHead.add(id);
    if (weight < leastWeight || (weight === leastWeight && id < leastId)) [leastWeight, leastId] = [weight, id];
  });
  const inside = new Map<number, readonly number[]>();
  for (const [id, posting] of changes) {
    const above = posting !== undefined && (posting[0]! > leastWeight || (posting[0] === leastWeight && id > leastId));
    if (above !== inHead.has(id)) return undefined;
    if (above) inside.set(id, posting!);
  }
  return inside.size ? mergePostings(term, head, inside).toString() : head;
}

/**
 * A change to a segment's articles: an article corrected, keeping its number (`before`, as
 * the segment's files have it), or added after the last (no `before`: the next number, its
 * page after the last article's), as its page shows it now.
 */
export interface Correction {
  id: number;
  before?: SearchDoc;
  after: SearchDoc;
}

/** What correcting a segment needs read (its term files that change), and what it then writes, a term file at a time. */
export interface SegmentCorrection {
  /** Numbers of the term files that change (or all, when they split), each to read and pass to `shard`. */
  shards: number[];
  /**
   * The files of term file `k` that change, given its text and `readAll` to read its `all/`
   * file (undefined where there is none), called only when one of its common terms changes,
   * a term becomes common or the file splits: the term file (or those it splits into), and
   * the `all/` file of each that has common terms.
   * `removed`: its `all/` file, where it is left without a common term. Undefined when the
   * segment must be written afresh: the term file names a common term its `all/` file
   * does not hold (removed by hand).
   */
  shard(k: number, terms: string, readAll?: () => string | undefined): { files: Map<string, string>; removed?: string } | undefined;
  /** The corrected articles' result files and the summary, once. */
  finish(): { files: Map<string, string>; summary: SegmentSummary };
}

const samePosting = (a: readonly number[] | undefined, b: readonly number[] | undefined) => a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]));

/**
 * The changes to a segment that the `corrections` make: the same files a SegmentWriter
 * would write for the segment so corrected, where they differ. Only the postings of the
 * terms the articles gained, lost or weigh differently are read and written, and of a
 * term file's common terms only those; when articles added double the term files, each
 * is read and split in two. Undefined when the segment must be written whole (it would
 * have fewer term files).
 */
export function correctSegment(summary: SegmentSummary, corrections: readonly Correction[], head = HEAD_POSTINGS): SegmentCorrection | undefined {
  // Term → article number → its posting now, less the number (undefined: the article no longer has the term).
  const changed = new Map<string, Map<number, number[] | undefined>>();
  let total = summary.postings;
  const pairs: CharacterPairs = structuredClone(summary.pairs);
  const pages = [...summary.pages];
  for (const { id, before, after } of corrections) {
    if (!before && (id !== pages.length || (id > 0 && !(pages[id - 1]! < after.page)))) throw new Error(`${after.page}: articles must come in the order of their pages`);
    if (!before) pages.push(after.page);
    const [was, is] = [before ? postingsOf(before.hans) : new Map<string, number[]>(), postingsOf(after.hans)];
    for (const term of new Set([...was.keys(), ...is.keys()])) {
      if (samePosting(was.get(term), is.get(term))) continue;
      total += (is.has(term) ? 1 : 0) - (was.has(term) ? 1 : 0);
      (changed.get(term) ?? changed.set(term, new Map()).get(term)!).set(id, is.get(term));
    }
    if (before) addPairs(before, pairs, -1);
    addPairs(after, pairs);
  }
  // Articles added can double the term files (or more): each then splits in two, its terms going by shardOf as in a fresh segment.
  const [was, shards] = [summary.shards, shardCount(total)];
  if (shards < was) return undefined;
  const byShard = new Map<number, string[]>();
  for (let k = 0; shards > was && k < was; k++) byShard.set(k, []);
  for (const term of changed.keys()) {
    const k = shardOf(term, was);
    (byShard.get(k) ?? byShard.set(k, []).get(k)!).push(term);
  }
  return {
    shards: [...byShard.keys()].sort((a, b) => a - b),
    shard(k, terms, readAll = () => undefined) {
      const { [HEADS]: heads = {}, ...texts } = JSON.parse(terms) as Record<string, string> & { [HEADS]?: Record<string, number> };
      // The all/ file, read when one of the shard's common terms changes or a term becomes common.
      let whole: { had: boolean; texts: Record<string, string> } | undefined;
      const wholeTexts = () => {
        if (!whole) {
          const text = readAll();
          whole = { had: text !== undefined, texts: text === undefined ? {} : (JSON.parse(text) as Record<string, string>) };
        }
        return whole.texts;
      };
      for (const term of byShard.get(k)!) {
        const common = Object.hasOwn(heads, term);
        if (common && !Object.hasOwn(wholeTexts(), term)) return undefined;
        const merged = mergePostings(term, common ? wholeTexts()[term]! : (texts[term] ?? ""), changed.get(term)!);
        const text = merged.toString();
        if (merged.count > head) {
          const corrected = common ? headCorrected(term, texts[term]!, changed.get(term)!) : undefined;
          [wholeTexts()[term], heads[term], texts[term]] = [text, merged.count, corrected ?? headOf(term, text, head)];
          continue;
        }
        if (common) {
          delete wholeTexts()[term];
          delete heads[term];
        }
        if (merged.count) texts[term] = text;
        else delete texts[term];
      }
      // Split, the common terms' postings are read to go with their heads.
      if (shards > was && Object.keys(heads).length) wholeTexts();
      const files = new Map<string, string>();
      for (let split = k; split < shards; split += was) {
        const inSplit = <T>(entries: Record<string, T>) => Object.entries(entries).filter(([term]) => shards === was || shardOf(term, shards) === split);
        files.set(`terms/${split}.json`, termFile(inSplit(texts), inSplit(heads)));
        const common = whole && inSplit(whole.texts);
        if (common?.length) files.set(`all/${split}.json`, termFile(common));
      }
      return { files, removed: whole?.had && !files.has(`all/${k}.json`) ? `all/${k}.json` : undefined };
    },
    finish() {
      const files = new Map<string, string>();
      for (const { id, after } of corrections) for (const [file, text] of resultFiles(id, after)) files.set(file, text);
      const summary: SegmentSummary = { docs: pages.length, shards, postings: total, pairs: orderedPairs(pairs), pages };
      files.set(SEGMENT_FILE, JSON.stringify(summary));
      return { files, summary };
    },
  };
}
