/**
 * The splitter as one pure function: page text in, reading out. The steps run
 * in order (tags → unwrap → normalize → classify → group → derive); decoding bytes and writing
 * files are the steps at either end, done by the command line.
 */
import type { PageReading } from "../article/record.ts";
import { classifyLine, leadsOn, type PageLine } from "./classify.ts";
import { derive, pageSectionFinding, type ArticleDraft, type DeskOptions } from "./derive.ts";
import { PageError } from "./errors.ts";
import type { Finding } from "./finding.ts";
import { furnitureOf, pageNameLines, printedEdition, type EditionHeader } from "./furniture.ts";
import { group } from "./group.ts";
import { noiseLines, ruleLine } from "./noise.ts";
import { LINE_RULES, lineChanges, normalize, type LineChange } from "./normalize.ts";
import { changeInPageScript, findingInPageScript, inPageScript, traditionalShadow } from "./script.ts";
import { unglue, unwrap } from "./unwrap.ts";
import { taggedLine, taggedPage, taggedSource } from "./tagged.ts";
import { withoutMarkup } from "./markup.ts";

export interface EditionOptions extends DeskOptions {
  date: string;
  page?: number;
}

export interface SplitResult {
  articles: ArticleDraft[];
  /** Every finding, articles' and the page's, in line order. */
  findings: Finding[];
  /** Every change normalization made, in line order. */
  changes: LineChange[];
}

/** Characters a word processor or a web page leaves unseen: zero-width space, word joiner, a BOM inside the text, a soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu;

/** The page's lines: a word processor's line or paragraph separator (U+2028, U+2029) ends one too, and a no-break space is a space. */
export function pageLines(text: string): string[] {
  return withoutMarkup(text.replace(INVISIBLE, "").replace(/\u00A0/gu, " ").split(/\n|[\u2028\u2029]/u));
}

/** What the page's header prints about its edition, read before the page is split. */
export function headerOf(text: string): EditionHeader {
  const texts = pageLines(text).map((l) => normalize(l.trim(), LINE_RULES).text);
  const named = pageNameLines(texts);
  return printedEdition(texts.flatMap((l, i) => (l === "" ? [] : [named.get(i) ?? furnitureOf(l)])));
}

/** Noise rules that find the page's own lines (its masthead, its weather box, its rules): furniture, not noted. */
const EDITION_NOISE = new Set(["masthead", "weather-box", "rule-line"]);

/** The text line a referral on its own line sends on (……出行。 / 详见A10版): its story's text ends there. */
function referredOn(lines: readonly PageLine[]): PageLine[] {
  const out = [...lines];
  let last = -1;
  out.forEach((line, k) => {
    if (line.kind === "referral" && leadsOn(line.text) && last >= 0 && out[last]!.kind === "text") out[last] = { ...out[last]!, leadsOn: true };
    if (line.kind !== "noise" && line.kind !== "furniture" && line.kind !== "referral") last = k;
  });
  return out;
}

/** The first line of a story under a rule line: a rule parts stories, so it may open one. */
function belowRules(lines: readonly PageLine[]): PageLine[] {
  let ruled = false;
  return lines.map((line) => {
    if (line.kind === "noise" || line.kind === "furniture") {
      ruled ||= ruleLine(line.text);
      return line;
    }
    const below = ruled && line.kind !== "referral";
    if (line.kind !== "referral") ruled = false;
    return below ? { ...line, belowRule: true } : line;
  });
}

/** Splits a page; a page printed in Traditional characters is read through its Simplified shadow (script.ts). */
export function splitPage(text: string, options: DeskOptions): SplitResult {
  const shadow = traditionalShadow(text);
  if (shadow === null) return readPage(text, options);
  const result = readPage(shadow.simplified, options);
  return {
    articles: result.articles.map((a) => inPageScript(a, shadow.back)),
    findings: result.findings.map((f) => findingInPageScript(f, shadow.back)),
    changes: result.changes.map((c) => changeInPageScript(c, shadow.back)),
  };
}

function readPage(text: string, options: DeskOptions): SplitResult {
  const changes: LineChange[] = [];
  const printed = pageLines(text);
  const tagged = taggedPage(printed);
  const raw = tagged?.lines ?? printed;
  const fieldAt = (line: number) => tagged?.fields[line - 1];
  const trimmed = raw.map((l) => l.trim());
  const noise = noiseLines(trimmed);
  // Noise and the page's furniture stand alone wherever they fall: a paragraph goes on across them.
  const named = pageNameLines(trimmed);
  const furniture = new Set(trimmed.flatMap((l, i) => (l !== "" && (furnitureOf(l) || named.has(i)) ? [i] : [])));
  // A part's number (01, 02, 03) stands over its part's heading: that line stands alone, and heads its part.
  const parts = new Set([...noise].flatMap(([i, n]) => (n.rule === "part-number" ? [i] : [])));
  const unwrapped = (text: readonly string[]) => unglue(unwrap(text, new Set(noise.keys()), furniture, parts));
  const source = tagged ? taggedSource(raw, tagged.fields, unwrapped) : unwrapped(raw);
  const lines = source.map((l, at): PageLine => {
    const normalized = normalize(l.text, LINE_RULES);
    changes.push(...lineChanges(l.line, normalized.changes));
    const nature = noise.get(l.line - 1);
    // A masthead is the edition's, as a header line is; other noise is noted for the editor.
    if (nature) return { line: l.line, kind: EDITION_NOISE.has(nature.rule) ? "furniture" : "noise", text: normalized.text };
    if (named.has(l.line - 1)) return { line: l.line, kind: "furniture", text: normalized.text };
    const field = fieldAt(l.line);
    const line = field ? taggedLine(normalized.text, l.line, field) : classifyLine(normalized.text, l.line);
    const numbered = at > 0 && parts.has(source[at - 1]!.line - 1) && line.kind === "short";
    return l.glued || numbered ? { ...line, ...(l.glued && { glued: true }), ...(numbered && { numbered: true }) } : line;
  });
  const page = group(belowRules(referredOn(lines)));
  const articles = derive(page.stories, options);
  if (!articles.some((a) => a.body.some((b) => /\p{Script=Han}/u.test(b.text)))) {
    throw new PageError("has no recognisable story (no paragraph of Chinese text); is this the page's text?");
  }
  const section = pageSectionFinding(options, lines.find((l) => l.kind === "furniture" && options.pageName !== undefined && l.text.includes(options.pageName))?.line ?? 1);
  const findings = [...page.findings, ...(section ? [section] : []), ...articles.flatMap((a) => a.findings)];
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  return { articles, findings: findings.sort(byLine), changes: [...changes, ...articles.flatMap((a) => a.changes)].sort(byLine) };
}

/** The `--json` reading: exactly the shape other tools read. */
export function toReading(result: SplitResult, options: EditionOptions): PageReading {
  return {
    edition: { date: options.date, ...(options.page !== undefined && { page: options.page }), ...(options.pageName !== undefined && { pageName: options.pageName }) },
    articles: result.articles.map(({ derivedTitle: _t, findings: _f, changes: _c, ...article }) => article),
    warnings: result.findings.map(({ line, code, message }) => ({ line, code, message })),
  };
}
