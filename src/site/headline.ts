/**
 * Headlines break where a reader would. On a phone a headline takes two or three
 * lines, and the browser may break Chinese between any two characters, splitting
 * “全国优秀” into “全国优 / 秀” or 集中 into 集 / 中. So a headline breaks only between
 * words: jieba finds them, a <wbr> marks each boundary, and the text sits in a
 * `.words` span (word-break: keep-all, with overflow-wrap as the safety net for a
 * word longer than the line). A short quotation or book title is one unit of
 * meaning, so it is kept on one line.
 */
import { toSimplified } from "../article/simplified.ts";
import { wordCutter } from "../article/words.ts";
import { escapeXml } from "./formats/xml.ts";
import type { ModelMemo } from "./memo.ts";

/** A quotation or book title of up to 10 characters, in either script's marks. */
const UNIT = /[“「『《‘][^“”「」『』《》‘’\n]{1,10}[”」』》’]/gu;
const HAN = /\p{Script=Han}/u;

// jieba's dictionary is Simplified: a Traditional headline is cut where its Simplified form is.

/** The words of a run of text, in order; joined they are the text. */
export function headlineWords(text: string): string[] {
  if (!HAN.test(text)) return [text];
  const simplified = toSimplified(text);
  // OpenCC maps character for character here; where it does not, cut the text as it is.
  const cutOf = [...simplified].length === [...text].length ? simplified : text;
  const chars = [...text];
  let at = 0;
  return wordCutter().cut(cutOf, false).map((word) => {
    const n = [...word].length;
    const original = chars.slice(at, at + n).join("");
    at += n;
    return original;
  });
}

/** Punctuation no line may start with (，。” …) or end with (“《（ …): the break goes elsewhere, as Chinese typesetting requires. */
const NO_BREAK_BEFORE = /^[，。、；：？！…—”’」』）》〉】〕,.;:?!)\]]/u;
const NO_BREAK_AFTER = /[“‘「『（《〈【〔(\[]$/u;

interface Piece {
  text: string;
  html: string;
}

/** Pieces joined with a <wbr> between each two, except where the break would start or end a line with punctuation. */
function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((p, i) => (i > 0 && !NO_BREAK_BEFORE.test(p.text) && !NO_BREAK_AFTER.test(pieces[i - 1]!.text) ? `<wbr>${p.html}` : p.html)).join("");
}

const wordPieces = (text: string): Piece[] => headlineWords(text).map((word) => ({ text: word, html: escapeXml(word) }));

/** One phrase's HTML: breakable only between words, short quotations whole. */
function phraseHtml(text: string): string {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(UNIT)) {
    if (m.index > last) pieces.push(...wordPieces(text.slice(last, m.index)));
    pieces.push({ text: m[0], html: `<span class="nobr">${escapeXml(m[0])}</span>` });
    last = m.index + m[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push(...wordPieces(text.slice(last)));
  return joinPieces(pieces);
}

/**
 * The headline as HTML: escaped text, breakable only between words, short quotations whole.
 * A space the paper printed between Chinese phrases (牢记历史 勿忘国耻, 冬闲变冬忙 大棚里头“种”出好日子)
 * is where the headline parts: each phrase is a `.phrase` box that moves to the next line
 * whole when it fits there, so a phone never reads 冬闲变冬忙 大棚 / 里头…
 * `memo` keeps each headline's HTML (the build's cache saves them, src/build/content-cache.ts).
 */
export function headlineHtml(text: string, memo?: ModelMemo): string {
  let html = memo?.headlines.get(text);
  if (html !== undefined) return html;
  const phrases = text.trim().split(/\s+/u);
  const parted = phrases.length > 1 && phrases.every((phrase) => HAN.test(phrase));
  html = `<span class="words">${parted ? phrases.map((phrase) => clausesHtml(phrase, true)).join(" ") : clausesHtml(text, false)}</span>`;
  memo?.headlines.set(text, html);
  return html;
}

/** A clause ends at its comma, semicolon, question or exclamation mark; the mark stays with it. */
const CLAUSE_END = /(?<=[，；？！])(?=\S)/u;

/**
 * A phrase of two clauses or more (热心市民自发让道，患者转危为安) parts at the clauses' ends as a
 * spaced headline parts at its spaces: each clause a box that moves to the next line whole.
 * `boxed`: the phrase is one of a spaced headline's, a box even as one clause.
 */
function clausesHtml(phrase: string, boxed: boolean): string {
  const clauses = phrase.split(CLAUSE_END);
  return boxed || clauses.length > 1 ? clauses.map((clause) => `<span class="phrase">${phraseHtml(clause)}</span>`).join("<wbr>") : phraseHtml(phrase);
}
