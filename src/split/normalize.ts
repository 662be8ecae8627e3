/**
 * Step 2: normalization to mainland newspaper conventions (GUIDE §2). Each rule
 * is named and does one thing, so tests and the splitter can say which rule
 * changed what. Digits and Latin stay half-width, `.` never becomes `。`, and no
 * spaces are added between Han and Latin (pangu spacing is a web habit, not print).
 */
import { cjkContextRe, hanRe } from "./chars.ts";

export interface NormalizeRule {
  name: string;
  apply(text: string): string;
}

export interface RuleChange {
  rule: string;
  before: string;
  after: string;
}

/** `**闫宗鹏**` → `闫宗鹏`, `# 老旧小区加装电梯提速` → the headline: markup left by the export tool (a `#话题#` is no heading). */
export const markdownResidue: NormalizeRule = {
  name: "markdown-residue",
  apply: (text) => text.replace(/(\*\*|__)(.+?)\1/gu, "$2").replace(/^#{1,6}\s+(?=\S)/u, ""),
};

/** `(聊城行政学院)` → `（聊城行政学院）`: parentheses around Han text are full-width. */
export const fullwidthParen: NormalizeRule = {
  name: "fullwidth-paren",
  apply: (text) =>
    text.replace(/[(（]([^()（）\n]*)[)）]/gu, (whole, inner: string) => (hanRe.test(inner) ? `（${inner}）` : whole)),
};

const FULLWIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
const DIGIT = /\d/;

/** Nearest character before/after `i` that is not whitespace or a straight quote. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    const c = text[j]!;
    if (!/[\s"']/.test(c)) return c;
  }
  return "";
}

/** `品牌,为` → `品牌，为`: half-width `, : ; ? !` next to Han text (not `1,000` or `12:30`). */
export const fullwidthPunct: NormalizeRule = {
  name: "fullwidth-punct",
  apply: (text) =>
    text.replace(/[,:;?!]/g, (mark, i: number) => {
      const before = text[i - 1] ?? "";
      const after = text[i + 1] ?? "";
      if (DIGIT.test(before) && DIGIT.test(after)) return mark;
      return cjkContextRe.test(neighbour(text, i, -1)) || cjkContextRe.test(neighbour(text, i, 1)) ? FULLWIDTH[mark]! : mark;
    }),
};

/**
 * `"公开聊亮"` → `“公开聊亮”`: straight quotes paired in order (mainland style).
 * Single quotes only next to Chinese text, so `Xi'an` keeps its apostrophe.
 * An unpaired last quote stays straight for the editor to see.
 */
export const curlyQuotes: NormalizeRule = {
  name: "curly-quotes",
  apply: (text) => {
    const doubled = pairQuotes(text, '"', "“", "”", () => true);
    return pairQuotes(doubled, "'", "‘", "’", (i) => cjkContextRe.test(doubled[i - 1] ?? "") || cjkContextRe.test(doubled[i + 1] ?? ""));
  },
};

function pairQuotes(text: string, straight: string, open: string, close: string, applies: (i: number) => boolean): string {
  const places: number[] = [];
  for (let at = text.indexOf(straight); at !== -1; at = text.indexOf(straight, at + 1)) if (applies(at)) places.push(at);
  if (places.length < 2) return text;
  // Most fields hold no straight quote at all; where they do, only their places are visited (this was the splitter's hottest step).
  let paired = "";
  let from = 0;
  places.slice(0, places.length - (places.length % 2)).forEach((at, n) => {
    paired += text.slice(from, at) + (n % 2 === 0 ? open : close);
    from = at + 1;
  });
  return paired + text.slice(from);
}

/**
 * `品牌 为抓手` → `品牌为抓手`, `2005年 5月` → `2005年5月`: a space next to Han text in
 * the body is where a print line ended. Spaces between Latin words or numbers stay.
 * Not for headlines and banners, whose spaces may be meant (`牢记历史 勿忘国耻`).
 */
export const hanSpace: NormalizeRule = {
  name: "han-space",
  apply: (text) =>
    text.replace(/\s+/gu, (space, i: number) => {
      const before = text[i - 1] ?? "";
      const after = text[i + space.length] ?? "";
      return cjkContextRe.test(before) || cjkContextRe.test(after) ? "" : space;
    }),
};

/** Rules for every line as it arrives, before lines are classified. */
export const LINE_RULES: readonly NormalizeRule[] = [markdownResidue, fullwidthParen, fullwidthPunct];
/** Rules for a finished text field (quotes pair across lines that were rejoined). */
export const FIELD_RULES: readonly NormalizeRule[] = [curlyQuotes];
/** Rules for body text only (paragraphs and subheads), never headlines. */
export const BODY_RULES: readonly NormalizeRule[] = [hanSpace];

/** Applies rules in order, recording each rule that changed the text. */
export function normalize(text: string, rules: readonly NormalizeRule[]): { text: string; changes: RuleChange[] } {
  const changes: RuleChange[] = [];
  let current = text;
  for (const rule of rules) {
    const next = rule.apply(current);
    if (next !== current) changes.push({ rule: rule.name, before: current, after: next });
    current = next;
  }
  return { text: current, changes };
}

/** A rule's change to one source line, cut down to the part that changed. */
export interface LineChange {
  line: number;
  rule: string;
  before: string;
  after: string;
}

const CONTEXT = 3;
const MAX_SHOWN = 30;

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** What each rule changed on a line: `品牌 为抓手` → `品牌为抓手`, with a little context. */
export function lineChanges(line: number, changes: readonly RuleChange[]): LineChange[] {
  return changes.map(({ rule, before, after }) => {
    let head = 0;
    while (head < before.length && before[head] === after[head]) head++;
    let tail = 0;
    while (tail < before.length - head && tail < after.length - head && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
    const from = Math.max(0, head - CONTEXT);
    const cut = (text: string) => clip(text.slice(from, Math.min(text.length, text.length - tail + CONTEXT)));
    return { line, rule, before: cut(before), after: cut(after) };
  });
}
