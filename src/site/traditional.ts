/**
 * The Traditional edition: opencc-js, our phrase data for the characters OpenCC
 * gets wrong, person names, and the newsroom's override list.
 *
 * OpenCC converts phrase by phrase and picks the wrong phrase where one
 * Simplified character stands for several Traditional ones (新征程 → 新徵程,
 * 心里直发慌 → 直髮慌, 余秋云 → 餘秋雲). Those phrases, overrides and names are
 * therefore swapped for private-use placeholders before OpenCC runs and put back
 * afterwards, so OpenCC never sees them and its own choices elsewhere stay untouched.
 * Only text is converted, never markup: bodies go through markdown-it's text
 * tokens (markdown.ts), fields are escaped by the templates afterwards.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { wordCutter } from "../article/words.ts";

export const TRADITIONAL_VARIANTS = ["tw", "hk", "twp", "hkp"] as const;
export type TraditionalVariant = (typeof TRADITIONAL_VARIANTS)[number];

/** The standard each variant follows, as the site's footer names it (in Simplified, converted like every label). */
export const TRADITIONAL_STANDARD: Record<TraditionalVariant, string> = {
  tw: "台湾用字",
  hk: "香港用字",
  twp: "台湾用字及用语",
  hkp: "香港用字及用语",
};

/** Simplified phrase → Traditional phrase as the newsroom wants it. Keeping a phrase maps it to itself. */
export type Overrides = ReadonlyMap<string, string>;

export interface OverrideProblem {
  line: number;
  message: string;
}

/**
 * A phrase is Han characters; a foreign name's middle dot (·, ‧, ・) may join them. Nothing
 * else: a Latin letter, digit or < would rewrite URLs, numbers and markup (p → 段).
 */
const PHRASE = /^\p{Script=Han}+(?:[·‧・]\p{Script=Han}+)*$/u;
const NOT_PHRASE = /[^\p{Script=Han}·‧・]/u;

function phraseProblem(phrase: string): string | undefined {
  if (PHRASE.test(phrase)) return undefined;
  const bad = NOT_PHRASE.exec(phrase)?.[0];
  const shown = bad ? `"${bad}" (U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})` : "a middle dot at its start or end";
  return `"${phrase}" holds ${shown}; a phrase is Chinese characters only (· may join a foreign name), since it is replaced wherever it appears in text`;
}

/**
 * Reads an override list (`content/opencc-overrides.txt`, and our phrase data in
 * src/site/traditional/): one `简体短语 繁體短語` pair per line, or a single phrase
 * to keep as written (a proper name); `#` starts a comment. Each phrase is Han text,
 * and the Traditional phrase has as many characters as the Simplified one: an
 * override corrects a conversion, it does not reword.
 */
export function parseOverrides(text: string): { overrides: Map<string, string>; problems: OverrideProblem[] } {
  const overrides = new Map<string, string>();
  const lines = new Map<string, number>();
  const problems: OverrideProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return;
    const problem = (message: string) => problems.push({ line: index + 1, message });
    const fields = line.split(/\s+/);
    if (fields.length > 2) return problem(`expected "简体短语 繁體短語" or one phrase to keep, found ${fields.length} words; remove the extra spaces or start a comment with #`);
    const [from, to = from] = fields as [string, string?];
    const bad = phraseProblem(from) ?? phraseProblem(to);
    if (bad) return problem(bad);
    if ([...from].length !== [...to].length) return problem(`"${from}" has ${[...from].length} characters but "${to}" has ${[...to].length}; write the same phrase in Traditional characters, one for each`);
    const earlier = lines.get(from);
    if (earlier !== undefined) return problem(`"${from}" is already on line ${earlier}; keep one of the two lines`);
    lines.set(from, index + 1);
    overrides.set(from, to);
  });
  return { overrides, problems };
}

/** One of our data files beside this module; a fault in it is ours, so it throws. */
function dataFile(name: string): Map<string, string> {
  const path = new URL(`./traditional/${name}`, import.meta.url);
  const { overrides, problems } = parseOverrides(readFileSync(path, "utf8"));
  if (problems.length) throw new Error(`src/site/traditional/${name}:${problems[0]!.line}: ${problems[0]!.message}`);
  return overrides;
}

/** The phrase data a variant uses: phrases.txt, and for Taiwan's standard phrases-tw.txt as well. */
export function phraseData(variant: TraditionalVariant): Map<string, string> {
  const phrases = dataFile("phrases.txt");
  if (variant === "tw" || variant === "twp") for (const [from, to] of dataFile("phrases-tw.txt")) phrases.set(from, to);
  return phrases;
}

/** Finds phrases in text, leftmost first and the longest at each place (新征程 over 征程). */
class PhraseMatcher {
  private readonly byFirst = new Map<string, string[]>();
  /** Any phrase's first character: the regex engine skips the text between them, faster than a loop over every character. */
  private readonly starts: RegExp | undefined;

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      if (!phrase) continue;
      const first = String.fromCodePoint(phrase.codePointAt(0)!);
      const list = this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!;
      list.push(phrase);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    const firsts = [...this.byFirst.keys()].map((ch) => ch.replace(/[\\\]^-]/g, "\\$&")).join("");
    this.starts = firsts ? new RegExp(`[${firsts}]`, "gu") : undefined;
  }

  replace(text: string, by: (phrase: string) => string): string {
    if (!this.starts) return text;
    let out = "";
    let last = 0;
    this.starts.lastIndex = 0;
    for (let m = this.starts.exec(text); m; m = this.starts.exec(text)) {
      const at = m.index;
      const phrase = this.byFirst.get(m[0])!.find((p) => text.startsWith(p, at));
      if (!phrase) continue;
      out += text.slice(last, at) + by(phrase);
      last = at + phrase.length;
      this.starts.lastIndex = last;
    }
    return last ? out + text.slice(last) : text;
  }
}

const PLACEHOLDER_BASE = 0xf0000; // Supplementary Private Use Area-A: never in news text, untouched by OpenCC.

/**
 * Traditional texts in Taiwan and Hong Kong quote with corner brackets: “…” → 「…」, ‘…’ → 『…』.
 * A ’ between Latin letters is an apostrophe (Liaocheng’s) and stays.
 */
export function cornerQuotes(text: string): string {
  return text
    .replace(/“/g, "「")
    .replace(/”/g, "」")
    .replace(/(?<![A-Za-z])‘/g, "『")
    .replace(/’(?![A-Za-z])/g, "』");
}

/**
 * An article's names. `kept`: phrases an editor marked in front matter (properNames), printed
 * exactly as written. `people`: its reporters, whose names are converted as names.
 */
export interface ArticleNames {
  kept?: readonly string[];
  people?: readonly string[];
}

export type ToTraditional = (text: string, names?: ArticleNames) => string;

/** How far around a possible surname the tagger reads, within its clause: a name and the words beside it. */
const AROUND = 8;
const HAN = /\p{Script=Han}/u;

/** What finding names needs: surnames and how names write them, titles, and whether OpenCC knows two characters as a word. */
interface NameData {
  surnames: ReadonlyMap<string, string>;
  surname: RegExp;
  titles: ReadonlySet<string>;
  openccWord: (pair: string) => boolean;
}

/** A name found in text: where it starts, how long it is, and which of its characters is the surname. */
interface NameSpan {
  start: number;
  length: number;
  surname: number;
}

/**
 * Person names in `text` with a surname of `surnames` (余秋云, 范大姐, 老范), by jieba's tagger:
 * a word it marks as a person (nr); a three-character word it does not know (x: its model
 * found it, and most names are a surname and two characters); a two-character unknown word
 * before a verb (涂磊说: alone they were mostly not names on our pages, 于民, 党日); the
 * surname alone before a title (`titles`) or after 老/小; the surname alone before a given
 * name the tagger cut off (志强/nrfg, 建华/nz), or before a noun when the surname itself is
 * tagged a person or follows a title (书记于振华); a two-character noun after a title
 * (党委书记于洋/ns). Only the clause around each such
 * surname is tagged: tagging whole bodies cost ≈1 µs a character.
 */
function namesIn(text: string, { surnames, surname, titles, openccWord }: NameData): NameSpan[] {
  const spans: NameSpan[] = [];
  let taggedTo = 0;
  for (const m of text.matchAll(surname)) {
    if (m.index < taggedTo) continue;
    let start = m.index;
    while (start > 0 && m.index - start < AROUND && HAN.test(text[start - 1]!)) start--;
    let end = m.index + 1;
    while (end < text.length && end - m.index < AROUND && HAN.test(text[end]!)) end++;
    taggedTo = end;
    const words = wordCutter().tag(text.slice(start, end), true);
    let at = start;
    words.forEach(({ word, tag }, k) => {
      const here = at;
      at += word.length;
      if (here < m.index - 1 || !surnames.has(word[0]!) && !/^[老小].$/u.test(word)) return;
      const next = words[k + 1];
      const previous = words[k - 1]?.word;
      // 书记, 党委书记, 厂长: a title before the surname.
      const afterTitle = previous !== undefined && [...titles].some((title) => previous.endsWith(title));
      const span = (length: number, surnameAt = 0) => spans.push({ start: here, length, surname: surnameAt });
      if (/^[老小].$/u.test(word)) {
        if (surnames.has(word[1]!)) span(2, 1);
      } else if (word.length === 1) {
        const given = next && next.word.length <= 2 && /^\p{Script=Han}+$/u.test(next.word) ? next : undefined;
        if ((next && titles.has(next.word)) || previous === "老" || previous === "小") span(1);
        // 余/m 志强/nrfg, 范/nr 建国/ns, 书记 于/p 振华/nz: the tagger split the name at its surname.
        else if (given && (given.tag.startsWith("nr") || given.tag === "nz" || (given.tag.startsWith("n") && (tag === "nr" || afterTitle)))) span(1 + given.word.length);
      } else if (openccWord(word.slice(0, 2))) {
        // A word whose first two characters OpenCC knows as a word (钟鼓楼: 鐘鼓, 岳父) is OpenCC's to write.
      } else if (tag === "nr" && word.length <= 3) span(word.length);
      else if (afterTitle && tag.startsWith("n") && word.length === 2) span(2);
      else if (tag === "x" && word.length === 3 && HAN.test(word[2]!)) span(3);
      else if (tag === "x" && word.length === 2 && next?.tag === "v") span(2);
    });
  }
  // A surname the tagger split differently in two clauses is found once.
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.start + spans[i - 1]!.length);
}

/**
 * Builds the converter once (OpenCC's tables take ~150 ms to load); the returned
 * function is cheap to call for every field of every article.
 * Newsroom overrides win over our phrase data where both name a phrase.
 */
export function traditionalConverter(variant: TraditionalVariant, overrides: Overrides): ToTraditional {
  // Made on first use: a build whose short texts all come from its cache never converts (src/build/content-cache.ts).
  let opencc: ((text: string) => string) | undefined;
  const convert = (text: string) => (opencc ??= OpenCC.Converter({ from: "cn", to: variant }))(text);
  // Our data is written as Taiwan writes; each variant then writes it its own way (麵 → 麪 in Hong Kong).
  const inVariant = OpenCC.Converter({ from: "tw", to: variant });
  const table = new Map([...[...phraseData(variant)].map(([from, to]) => [from, inVariant(to)] as const), ...overrides]);
  const phrases = new PhraseMatcher(table.keys());
  const surnames = dataFile("surnames.txt");
  const surname = new RegExp(`[${[...surnames.keys()].join("")}]`, "gu");
  const titles = new Set(dataFile("titles.txt").keys());
  // OpenCC converts the pair as a word when it writes it otherwise than character by character.
  const pairs = new Map<string, boolean>();
  const openccWord = (pair: string) => pairs.get(pair) ?? pairs.set(pair, convert(pair) !== [...pair].map(convert).join("")).get(pair)!;
  const nameData: NameData = { surnames, surname, titles, openccWord };
  /** A person's name: the surname as names write it (余, not 餘), the other characters one by one. */
  const asName = (name: string, at = [...name].findIndex((ch) => surnames.has(ch))) =>
    [...name].map((ch, i) => (i === at ? surnames.get(ch)! : convert(ch))).join("");
  return (text, { kept = [], people = [] } = {}) => {
    if (!text) return text;
    const replacements: string[] = [];
    const hold = (target: string) => {
      replacements.push(target);
      return String.fromCodePoint(PLACEHOLDER_BASE + replacements.length - 1);
    };
    let held = text;
    if (kept.length) held = new PhraseMatcher(kept).replace(held, hold);
    if (people.length) held = new PhraseMatcher(people).replace(held, (name) => hold(asName(name)));
    const found = namesIn(held, nameData);
    if (found.length) {
      let named = "";
      let last = 0;
      for (const { start, length, surname: at } of found) {
        named += held.slice(last, start) + hold(asName(held.slice(start, start + length), at));
        last = start + length;
      }
      held = named + held.slice(last);
    }
    held = phrases.replace(held, (phrase) => hold(table.get(phrase)!));
    const converted = cornerQuotes(convert(held));
    return replacements.length
      ? converted.replace(/[\u{f0000}-\u{ffffd}]/gu, (ch) => replacements[ch.codePointAt(0)! - PLACEHOLDER_BASE] ?? ch)
      : converted;
  };
}

/** The memo's key for a text and its article's names. */
function memoKey(text: string, { kept = [], people = [] }: ArticleNames): string {
  return kept.length || people.length ? `${kept.join("\n")}\u0001${people.join("\n")}\u0000${text}` : text;
}

/**
 * Remembers conversions from one build to the next: for the live preview, after
 * an edit only the changed text is converted again; for the build, across runs,
 * from what the last build left (src/build/content-cache.ts). Results the latest
 * build did not ask for are forgotten, so memory stays at one build's worth.
 */
export class ConversionMemo {
  private previous = new Map<string, string>();
  private current: Map<string, string>;
  /** Conversions the latest build could not take from the memo. */
  added = 0;

  /**
   * `remembered` is what an earlier build converted (its `remembered`); `longest`
   * leaves longer texts out of the memo (the build's bodies, converted once per build).
   */
  constructor(readonly base: ToTraditional, remembered: ReadonlyMap<string, string> = new Map(), private readonly longest = Infinity) {
    this.current = new Map(remembered);
  }

  /** The converter for the next build. */
  nextBuild(): ToTraditional {
    this.previous = this.current;
    this.current = new Map();
    this.added = 0;
    return (text, names = {}) => {
      if (text.length > this.longest) return this.base(text, names);
      const source = memoKey(text, names);
      // Long texts (bodies) are keyed by a digest so the memo does not keep a second copy of them.
      const key = source.length > 256 ? createHash("sha1").update(source).digest("base64") : source;
      let result = this.current.get(key) ?? this.previous.get(key);
      if (result === undefined) {
        result = this.base(text, names);
        this.added++;
      }
      this.current.set(key, result);
      return result;
    };
  }

  /** What the latest build converted, by key. */
  get remembered(): ReadonlyMap<string, string> {
    return this.current;
  }
}
