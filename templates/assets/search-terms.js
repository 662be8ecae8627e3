// How search reads text, the same when the build indexes an article (src/search/) and
// when a reader's browser reads a query (search.js), so both find the same terms.
//
// Chinese is read as overlapping pairs of characters (营商环境: 营商 商环 环境), the usual
// way to index Chinese without a dictionary: a query of any word, name or place finds
// the articles holding all its pairs, whatever a word segmenter would have made of it.
// Runs of letters or digits (5G, GDP, 2023) are terms whole.

/** Chinese characters, and the rest of the letters and digits, as runs. */
const RUN = /[\p{Script=Han}\u3007]+|(?:(?![\p{Script=Han}\u3007])[\p{L}\p{N}])+/gu;
const HAN = /[\p{Script=Han}\u3007]/u;

/** A posting's weight is kept as a whole number: the weight times this. */
export const WEIGHT_SCALE = 50;

/**
 * `text` as search compares it: full-width letters, digits and spaces as ASCII, lower
 * case, and Traditional characters as Simplified where `toSimplified` says so (one
 * character for one, so that a position in the result is the same position in `text`).
 * @param {string} text
 * @param {Readonly<Record<string, string>>} [toSimplified]
 * @returns {string}
 */
export function foldText(text, toSimplified = {}) {
  let folded = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (code === 0x3000) folded += " ";
    else if (code < 0x80) folded += char.toLowerCase();
    else folded += toSimplified[char] ?? char;
  }
  return folded;
}

/**
 * The terms of folded text, in order, repeats included: pairs of Chinese characters
 * (a character standing alone is a term by itself), and runs of letters or digits.
 * @param {string} folded
 * @returns {string[]}
 */
export function terms(folded) {
  const found = [];
  for (const [run] of folded.matchAll(RUN)) {
    if (!HAN.test(run)) {
      found.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) found.push(run);
    for (let i = 0; i + 1 < chars.length; i++) found.push(chars[i] + chars[i + 1]);
  }
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
