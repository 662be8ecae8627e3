/**
 * Step 3: what kind of line each line of the page is, judged on the line alone.
 * Like markdown-it's block rules, a table of named rules tried in order; the
 * first that matches decides. Whether a short line is a headline, a subhead or
 * half of a broken paragraph depends on its neighbours and is left to `group`.
 */
import { DATELINE } from "../article/dateline.ts";
import type { Reporter } from "../article/record.ts";
import { endsMidClause, endsSentence, hanCount, hanRe } from "./chars.ts";
import { readCredits } from "./credits.ts";
import { furnitureOf, type Furniture } from "./furniture.ts";

export type LineKind = "furniture" | "noise" | "referral" | "section" | "byline" | "subtitle" | "dateline" | "caption" | "short" | "text";

export interface PageLine {
  /** 1-based line number in the page file. */
  line: number;
  kind: LineKind;
  /** The line's text; for a caption, without its credit; for a subtitle, without its dash. */
  text: string;
  /** People credited by a byline, dateline or caption. */
  reporters?: Reporter[];
  /** A byline or caption credit ending in 摄. */
  photo?: boolean;
  /** A referral printed at the end of a text line (`（下转C02版）`), kept out of the text. */
  referral?: string;
  /** Page furniture: the header or footer (kind furniture) or e-paper chrome (kind noise). */
  furniture?: Furniture;
}

type Reading = Omit<PageLine, "line" | "kind">;
type LineRule = [kind: LineKind, read: (text: string) => Reading | null];

// Header, footer and web chrome are furniture (furniture.ts); these are ornaments.
const NOISE: RegExp[] = [
  /^[\p{P}\p{S}\s]+$/u, // rules and ornaments: ◆◆◆, ———
  /^[-—\s]*\d{1,3}[-—\s]*$/u, // a page number alone
];

const REFERRAL_BODY = "(?:详见|下转|上接|转|接|见)第?\\s*[A-Z]?[\\d一二三四五六七八九十]{1,3}\\s*版";
const REFERRAL_LINE = new RegExp(`^[(（]?${REFERRAL_BODY}[)）]?$`, "u");
const REFERRAL_TAIL = new RegExp(`\\s*[(（]${REFERRAL_BODY}[)）]$`, "u");

// Desk names printed without parentheses; a parenthesised short line is a marker too.
const SECTION_WORDS = new Set(["图片新闻", "新闻简讯", "简讯", "短讯", "要闻简报"]);
const SECTION_PARENS = /^[(（]\s*(\p{Script=Han}{2,8})\s*[)）]$/u;

const SUBTITLE = /^(?:——|—|-|－|–|―|─){1,2}\s*(\S.*)$/u;

// A caption ends with its credit: `… ■ 本报记者 许金松` or `… 本报记者 张承斌 摄`.
const CAPTION_SQUARE = /^(.*\S)\s*■\s*([^■]+)$/u;
const CAPTION_PHOTO = /^(.*[。！？”])\s*[(（]?([^()（）。]+?摄)[)）]?$/u;

const MAX_HEADING = 40;

function byline(text: string): Reading | null {
  const square = /^[■□◆●]\s*(.+)$/u.exec(text);
  const parens = /^[(（](.+)[)）]$/u.exec(text);
  const credits = square ? readCredits(square[1]!, true) : readCredits(parens ? parens[1]! : text, false);
  return credits ? { text, reporters: credits.reporters, photo: credits.photo } : null;
}

function caption(text: string): Reading | null {
  for (const pattern of [CAPTION_SQUARE, CAPTION_PHOTO]) {
    const m = pattern.exec(text);
    const credits = m ? readCredits(m[2]!, true) : null;
    if (m && credits && hanCount(m[1]!) >= 10) return { text: m[1]!.trim(), reporters: credits.reporters, photo: true };
  }
  return null;
}

/** Short, Chinese, and not a sentence: a headline, banner, kicker, subhead, or a broken line. */
function isHeadingLike(text: string): boolean {
  return (
    text.replace(/\s/gu, "").length <= MAX_HEADING &&
    hanRe.test(text) &&
    !endsSentence(text) &&
    !endsMidClause(text) &&
    !/[。！？]/u.test(text)
  );
}

export const LINE_RULES: readonly LineRule[] = [
  ["noise", (text) => (NOISE.some((p) => p.test(text)) ? { text } : null)],
  ["referral", (text) => (REFERRAL_LINE.test(text) ? { text } : null)],
  ["byline", byline],
  ["section", (text) => {
    const name = SECTION_PARENS.exec(text)?.[1] ?? (SECTION_WORDS.has(text) ? text : null);
    return name ? { text: name } : null;
  }],
  ["subtitle", (text) => {
    const rest = SUBTITLE.exec(text)?.[1];
    return rest && rest.length <= MAX_HEADING + 10 && !/[。]/u.test(rest) ? { text: rest } : null;
  }],
  ["dateline", (text) => {
    const m = DATELINE.exec(text);
    return m ? { text, reporters: m[1] ? (readCredits(m[1], true)?.reporters ?? []) : [] } : null;
  }],
  ["caption", caption],
  ["short", (text) => (isHeadingLike(text) ? { text } : null)],
];

// A brief may end with its credit: ……发展。（记者 张三）
const CREDIT_TAIL = /\s*[(（]([^()（）]+)[)）]$/u;

/** Anything else is a line of body text, minus a referral or credit printed at its end. */
function textLine(text: string): Reading {
  const referral = REFERRAL_TAIL.exec(text);
  if (referral) return { text: text.slice(0, referral.index), referral: referral[0].trim() };
  const tail = CREDIT_TAIL.exec(text);
  const credits = tail && hanCount(text.slice(0, tail.index)) > 0 ? readCredits(tail[1]!, false) : null;
  return credits ? { text: text.slice(0, tail!.index), reporters: credits.reporters } : { text };
}

/** Classifies one line (already normalized, trimmed, not blank). */
export function classifyLine(text: string, line: number): PageLine {
  const furniture = furnitureOf(text);
  if (furniture) return { line, kind: furniture.kind === "header" ? "furniture" : "noise", text, furniture };
  for (const [kind, read] of LINE_RULES) {
    const reading = read(text);
    if (reading) return { line, kind, ...reading };
  }
  return { line, kind: "text", ...textLine(text) };
}
