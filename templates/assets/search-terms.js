// How search reads text, the same when the build indexes an article (src/search/) and
// when a reader's browser reads a query (search.js), so both find the same terms.
//
// Chinese is read as overlapping pairs of characters (营商环境: 营商 商环 环境), the usual
// way to index Chinese without a dictionary: a query of any word, name or place finds
// the articles holding all its pairs, whatever a word segmenter would have made of it.
// Runs of letters or digits (5G, GDP, 2023) are terms whole.

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

/** A posting's weight is kept as a whole number: the weight times this. */
export const WEIGHT_SCALE = 50;

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
 * (a character standing alone is a term by itself), and runs of letters or digits.
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
