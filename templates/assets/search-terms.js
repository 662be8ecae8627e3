// How search reads text, the same when the build indexes an article (src/search/) and
// when a reader's browser reads a query (search.js), so both find the same terms.
//
// Chinese is read as overlapping pairs of characters (营商环境: 营商 商环 环境), the usual
// way to index Chinese without a dictionary: a query of any word, name or place finds
// the articles holding all its pairs, whatever a word segmenter would have made of it.
// Each character is a term alone too, so a query of one character (董) finds it. Runs of
// letters or digits (5G, GDP, 2023) are terms whole. A pair's postings say where in the
// article it occurs, so an article holding the phrase ranks above one holding its pairs apart.

/**
 * Whether a code point is a Chinese character (the unified ideographs, their extensions, compatibility forms, 〇).
 * @param {number} code
 * @returns {boolean}
 */
export const isHan = (code) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x3ffff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether a code point outside the Chinese characters is part of a word: ASCII at once, punctuation common in Chinese text at once, the rest by Unicode's classes. */
function isWordChar(code, char) {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return false;
  return LETTER_OR_DIGIT.test(char);
}

/** A posting's weight is kept as a whole number: the weight times this; most are then below 32, one digit of the postings' text. */
export const WEIGHT_SCALE = 16;

/** Letters and digits, full-width or not, and the full-width space: what folding changes besides Traditional characters. */
const FOLDED = /[A-Z\uff01-\uff5e\u3000]/g;
const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/g;

function foldChar(char) {
  const code = char.charCodeAt(0);
  if (code === 0x3000) return " ";
  return (code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : char).toLowerCase();
}

/**
 * `text` as search compares it: full-width letters, digits and spaces as ASCII, lower
 * case, and Traditional characters as Simplified where `toSimplified` says so (one
 * character for one, so that a position in the result is the same position in `text`).
 * @param {string} text
 * @param {Readonly<Record<string, string>>} [toSimplified]
 * @returns {string}
 */
export function foldText(text, toSimplified) {
  const folded = text.replace(FOLDED, foldChar);
  return toSimplified ? folded.replace(HAN_CHAR, (char) => toSimplified[char] ?? char) : folded;
}

/**
 * The terms of folded text, in order, repeats included: pairs of Chinese characters
 * (a character standing alone is a term by itself), and runs of letters or digits: what a
 * query looks up.
 * With `cover`, only pairs enough to cover each run of Chinese (营商环境: 营商 环境), which
 * is what a query needs: an article holding them holds the words nearly always, and a
 * query fetches a file per term.
 * @param {string} folded
 * @param {{ cover?: boolean }} [options]
 * @returns {string[]}
 */
export function terms(folded, { cover = false } = {}) {
  const found = [];
  // Under `cover`, the pair left out last, wanted if the run ends after it.
  let skipped = "";
  // The current run: its kind, where it began, and (for Chinese) where its last character began.
  let han = false;
  let word = -1;
  let last = -1;
  let pairs = 0;
  const end = (at) => {
    if (word >= 0 && (!han || pairs === 0)) found.push(folded.slice(word, at));
    if (skipped) found.push(skipped);
    skipped = "";
    word = -1;
  };
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i);
    const size = code > 0xffff ? 2 : 1;
    if (isHan(code)) {
      if (word >= 0 && han) {
        const pair = folded.slice(last, i + size);
        if (cover && pairs % 2 === 1) skipped = pair;
        else (found.push(pair), (skipped = ""));
        pairs++;
      } else {
        end(i);
        word = i;
        han = true;
        pairs = 0;
      }
      last = i;
    } else if (isWordChar(code, folded.slice(i, i + size))) {
      if (word < 0 || han) {
        end(i);
        word = i;
        han = false;
      }
    } else {
      end(i);
    }
    i += size;
  }
  end(folded.length);
  return found;
}

/**
 * Which of a segment's `shards` term files holds `term` (FNV-1a over its UTF-16 code
 * units; `shards` is a power of two).
 * @param {string} term
 * @param {number} shards
 * @returns {number}
 */
export function shardOf(term, shards) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (shards - 1);
}

/**
 * Where each term of folded text begins (UTF-16 offsets, in order): every pair of adjacent
 * Chinese characters, every Chinese character alone, and runs of letters or digits. What
 * the build indexes of an article.
 * @param {string} folded
 * @returns {Map<string, number[]>}
 */
export function occurrences(folded) {
  const found = new Map();
  const add = (term, at) => {
    const list = found.get(term);
    if (list) list.push(at);
    else found.set(term, [at]);
  };
  // Where the current run of letters or digits began, and where the Chinese character before this one did.
  let word = -1;
  let last = -1;
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i);
    const size = code > 0xffff ? 2 : 1;
    const char = folded.slice(i, i + size);
    if (isHan(code)) {
      if (word >= 0) add(folded.slice(word, i), word);
      word = -1;
      add(char, i);
      if (last >= 0) add(folded.slice(last, i + size), last);
      last = i;
    } else {
      last = -1;
      if (isWordChar(code, char)) word = word < 0 ? i : word;
      else if (word >= 0) (add(folded.slice(word, i), word), (word = -1));
    }
    i += size;
  }
  if (word >= 0) add(folded.slice(word), word);
  return found;
}

/**
 * Whether `term` is a pair of Chinese characters, whose postings say where it occurs.
 * @param {string} term
 * @returns {boolean}
 */
export function isPair(term) {
  const first = term.codePointAt(0) ?? 0;
  return isHan(first) && term.length > (first > 0xffff ? 2 : 1);
}

/**
 * The runs of three or more Chinese characters in a query's folded word, each as the pairs
 * `terms(word, { cover: true })` looks up, with their offsets from the run's start: an
 * article holds the run as written where it holds those pairs at those distances.
 * @param {string} folded
 * @returns {[string, number][][]}
 */
export function phrases(folded) {
  const runs = [];
  // The UTF-16 offsets of the current run's characters.
  let run = [];
  const end = () => {
    const n = run.length;
    if (n >= 3) {
      const pairs = [];
      // Every other pair from the first, and the last: the pairs `terms` covers a run with.
      for (let k = 0; k <= n - 2; k++) {
        if (k % 2 === 0 || k === n - 2) pairs.push([folded.slice(run[k], k + 2 < n ? run[k + 2] : run[n - 1] + (folded.codePointAt(run[n - 1]) > 0xffff ? 2 : 1)), run[k] - run[0]]);
      }
      runs.push(pairs);
    }
    run = [];
  };
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i);
    if (isHan(code)) run.push(i);
    else end();
    i += code > 0xffff ? 2 : 1;
  }
  end();
  return runs;
}

/**
 * The key of a term file (src/search/segment.ts) listing its common terms, each with the
 * number of articles holding it: the file holds only each one's head, the articles where it
 * weighs most, and `all/<k>.json` beside `terms/` every posting of them. A query's first
 * screen is nearly always in the heads; a term is never a key starting with "#".
 */
export const HEADS = "#heads";

// Postings are written as text (src/search/segment.ts): for each article holding the term,
// in order of their numbers, its number less the one before, the term's weight and, for a
// pair, how often it occurs and where (each offset less the one before). Whole numbers in
// base 32, most significant digit first, every digit but a number's last from the upper
// half of DIGITS: a third the size of the same numbers in JSON, and safe inside a JSON string.
export const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

/**
 * A term's postings from their text, in typed arrays (a common term is held by most of a
 * segment's articles, and a reader's browser reads them all): `count` articles, the `j`th
 * of them number `ids[j]` with weight `weights[j]` and, for a pair, its offsets
 * `offsets[starts[j]]` up to `offsets[starts[j + 1]]`.
 * @param {string} term
 * @param {string} text
 * @returns {{ count: number, ids: Uint32Array, weights: Uint32Array, starts: Uint32Array, offsets: Uint32Array }}
 */
export function readPostings(term, text) {
  // A number takes one character at least.
  const numbers = new Uint32Array(text.length);
  let size = 0;
  for (let i = 0, n = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? DIGIT_VALUE[code] : -1;
    if (d < 0) throw new Error(`postings of ${term}: unexpected ${JSON.stringify(text[i])}`);
    if (d >= 32) n = n * 32 + d - 32;
    else (numbers[size++] = n * 32 + d), (n = 0);
  }
  const pair = isPair(term);
  // A word's postings hold two numbers each; a pair's, at least three.
  const most = pair ? Math.floor(size / 3) : size >> 1;
  const ids = new Uint32Array(most);
  const weights = new Uint32Array(most);
  const starts = new Uint32Array(most + 1);
  const offsets = new Uint32Array(pair ? size : 0);
  let count = 0;
  let placed = 0;
  for (let i = 0, id = 0; i < size; count++) {
    ids[count] = id += numbers[i];
    weights[count] = numbers[i + 1];
    i += 2;
    starts[count] = placed;
    if (pair) {
      const many = numbers[i++];
      for (let k = 0, at = 0; k < many; k++) offsets[placed++] = at += numbers[i++];
    }
  }
  starts[count] = placed;
  return { count, ids: ids.subarray(0, count), weights: weights.subarray(0, count), starts: starts.subarray(0, count + 1), offsets: offsets.subarray(0, placed) };
}

/**
 * A term's postings from their text: `[id, weight, ...offsets]` for each article holding `term`.
 * @param {string} term
 * @param {string} text
 * @returns {number[][]}
 */
export function decodePostings(term, text) {
  const { count, ids, weights, starts, offsets } = readPostings(term, text);
  return Array.from({ length: count }, (_, j) => [ids[j], weights[j], ...offsets.subarray(starts[j], starts[j + 1])]);
}
