/**
 * Review flags: suspected damage an editor must look at. Flags never change the
 * text; they say where and why. Each check reads one located text (a heading
 * line, or a body block whose characters are mapped back to source lines).
 */
import { toSimplified, traditionalCount } from "../article/simplified.ts";
import { excerpt, finding, type Finding } from "./finding.ts";
import { CONFUSIONS } from "./ocr-confusions.ts";
import { leadsWithCharacter } from "./words.ts";

/** A text and the source line of each of its characters' runs. */
export interface LocatedText {
  role: "heading" | "body";
  text: string;
  /** Where each source line's share starts in `text`, in order. */
  spans: { line: number; start: number }[];
}

function lineAt(located: LocatedText, offset: number): number {
  let line = located.spans[0]!.line;
  for (const span of located.spans) if (span.start <= offset) line = span.line;
  return line;
}

/** The run of Han characters around `offset` (`三提三敢 惡感蹟` → `惡感蹟`). */
function hanRunAt(text: string, from: number, to = from + 1): [number, number] {
  let start = from;
  let end = to;
  while (start > 0 && /\p{Script=Han}/u.test(text[start - 1]!)) start--;
  while (end < text.length && /\p{Script=Han}/u.test(text[end]!)) end++;
  return [start, end];
}

/** Traditional characters inside a Simplified page are almost always OCR noise. */
function traditionalChars(located: LocatedText): Finding[] {
  const { text } = located;
  if (traditionalCount(text) === 0) return [];
  const simplified = toSimplified(text);
  if (simplified === text || simplified.length !== text.length) return [];
  const findings: Finding[] = [];
  let reportedTo = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === simplified[i] || i < reportedTo) continue;
    const [start, end] = hanRunAt(text, i);
    const run = text.slice(start, end);
    const simple = simplified.slice(start, end);
    findings.push(
      finding(lineAt(located, i), "traditional-char", `Traditional characters in a Simplified page: ${run} (simplified: ${simple}); likely OCR noise`, `简体版面中出现繁体字“${run}”（简体作“${simple}”），疑似OCR错误`, run),
    );
    reportedTo = end;
  }
  return findings;
}

/** Known OCR confusions (步人 for 步入 …), from the data in ocr-confusions.ts. */
function confusions(located: LocatedText): Finding[] {
  return CONFUSIONS.flatMap(({ pattern, likely }) =>
    [...located.text.matchAll(pattern)].map((m) =>
      finding(lineAt(located, m.index), "ocr-suspect", `possible OCR damage: ${m[0]} (${likely(m[0])}?)`, `疑似OCR错误“${m[0]}”（${likely(m[0])}？）`, m[0]),
    ),
  );
}

/**
 * A headline or banner phrase ending in 的 lacks its noun (聚力九个学行的): damage,
 * unless it is the 是…的 construction (幸福是奋斗出来的).
 */
function danglingParticle(located: LocatedText): Finding[] {
  if (located.role !== "heading") return [];
  return located.text
    .split(/\s+/u)
    .filter((phrase) => phrase.length > 2 && phrase.endsWith("的") && !phrase.includes("是"))
    .map((phrase) =>
      finding(lineAt(located, located.text.indexOf(phrase)), "odd-wording", `heading phrase ends in 的 with nothing after it: ${phrase}; likely damaged`, `标题短语“${phrase}”以“的”结尾，语义不完整，疑似OCR错误`, phrase),
    );
}

/**
 * A deliberate space in a headline separates parallel phrases (牢记历史 勿忘国耻);
 * one before a connective (公园 暨文化体验廊道) is where a print line ended. The connective is
 * a word of its own: in 的哥一路绿灯送医 or 和平街道 the character begins a longer word.
 */
function headingSpace(located: LocatedText): Finding[] {
  if (located.role !== "heading") return [];
  return [...located.text.matchAll(/(\p{Script=Han})\s+([暨和与及并的])/gu)].filter((m) => leadsWithCharacter(located.text.slice(m.index + m[0].length - 1))).map((m) =>
    finding(lineAt(located, m.index), "heading-space", `space before the connective ${m[2]} in a heading: ${m[0]}; probably a print line end`, `标题中连接词“${m[2]}”前有空格（“${m[0]}”），可能是排版断行`, m[0]),
  );
}

const QUESTION = /^(?:记者|本报记者|问|主持人|Q)[：:]/u;

/**
 * Reporters write in the third person: 你 outside quotation marks and book titles
 * is rare in news prose and often OCR damage (牢记历史，你写图时 for 勿忘国耻).
 */
function secondPerson(located: LocatedText): Finding[] {
  // An interview's question (记者：… 问：…) speaks to the person asked.
  if (located.role !== "body" || !/[你您]/u.test(located.text) || QUESTION.test(located.text)) return [];
  const findings: Finding[] = [];
  let depth = 0;
  const { text } = located;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ("“‘《「『".includes(c)) depth++;
    else if ("”’》」』".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "你" || c === "您")) {
      const [start, end] = hanRunAt(text, i);
      const clause = text.slice(start, end);
      findings.push(
        finding(lineAt(located, i), "odd-wording", `"${c}" outside a quotation is rare in a news report: ${excerpt(clause, 16)}; possibly damaged`, `引号外出现“${c}”（“${excerpt(clause, 16)}”），新闻叙述中少见，疑似OCR错误`, clause),
      );
      i = end;
    }
  }
  return findings;
}

/** A straight quote left after pairing has lost its partner (or a quote was misread). */
function unpairedQuote(located: LocatedText): Finding[] {
  const at = located.text.indexOf('"');
  if (at < 0) return [];
  const around = located.text.slice(Math.max(0, at - 6), at + 7);
  return [finding(lineAt(located, at), "unpaired-quote", `quotation mark without its partner: ${around}`, `引号不成对（“${around}”），可能缺字或多字`, around)];
}

/**
 * A half-width `.` ending a Chinese sentence (闭幕.本届) is an export's or OCR's stop, but `.`
 * is never made 。 by rule (it may be an abbreviation or a damaged 、): the editor is asked, once per text.
 */
function halfWidthStop(located: LocatedText): Finding[] {
  const stops = [...located.text.matchAll(/(?<=[\p{Script=Han}”’」』）])\.(?=[\p{Script=Han}“‘”’「『（]|$)/gu)];
  const first = stops[0];
  if (!first) return [];
  const around = located.text.slice(Math.max(0, first.index - 4), first.index + 5);
  const more = stops.length > 1 ? ` (${stops.length} in this text)` : "";
  const moreZh = stops.length > 1 ? `（本段共${stops.length}处）` : "";
  return [finding(lineAt(located, first.index), "half-width-stop", `half-width full stop in Chinese text: ${around}${more}; make it 。 where it ends a sentence`, `中文句中出现半角句点“${around}”${moreZh}，如为句号请改为“。”`, around)];
}

export const CHECKS: readonly [name: string, check: (located: LocatedText) => Finding[]][] = [
  ["traditional-char", traditionalChars],
  ["ocr-suspect", confusions],
  ["dangling-particle", danglingParticle],
  ["heading-space", headingSpace],
  ["second-person", secondPerson],
  ["unpaired-quote", unpairedQuote],
  ["half-width-stop", halfWidthStop],
];

export function review(located: LocatedText): Finding[] {
  return CHECKS.flatMap(([, check]) => check(located));
}
