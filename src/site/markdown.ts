/**
 * Article bodies: Markdown to HTML. Raw HTML in a body is shown as text
 * (html: false), and line breaks inside a Chinese paragraph do not turn into
 * spaces between characters.
 */
import MarkdownIt from "markdown-it";
import { DATELINE } from "../article/dateline.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Bodies are text from print; an image reference could only point at a file the site does not have.
md.disable("image");

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{3134f}]/u;
md.renderer.rules.softbreak = (tokens, idx) => {
  const before = tokens[idx - 1]?.content.slice(-1) ?? "";
  const after = tokens[idx + 1]?.content.charAt(0) ?? "";
  return CJK.test(before) || CJK.test(after) ? "" : " ";
};


/** A level-3 heading opens the story's closing box (### 相关链接), which runs to the end: an aside. */
const SIDEBAR = /<h3>([\s\S]*?)<\/h3>\n([\s\S]*)$/u;

type Token = ReturnType<typeof md.parse>[number];

/** The dateline opening the first paragraph, set apart in a span: found in the Simplified text, before any conversion. */
function markDateline(tokens: Token[]): void {
  const first = tokens[0]?.type === "paragraph_open" ? tokens[1]?.children?.[0] : undefined;
  const dateline = first?.type === "text" ? DATELINE.exec(first.content)?.[0] : undefined;
  if (!first || !dateline) return;
  const Made = first.constructor as new (type: string, tag: string, nesting: number) => Token;
  const piece = (type: string, content: string) => Object.assign(new Made(type, "", 0), { content });
  tokens[1]!.children!.splice(0, 1, piece("html_inline", '<span class="dateline">'), piece("text", dateline), piece("html_inline", "</span>"), piece("text", first.content.slice(dateline.length)));
}

/** The text a reader reads, never a link's address, an autolink's text (a URL) or code. */
function readableText(tokens: readonly Token[]): Token[] {
  const texts: Token[] = [];
  for (const block of tokens) {
    let autolink = false;
    for (const token of block.children ?? []) {
      if (token.type === "link_open") autolink = token.markup === "autolink";
      else if (token.type === "link_close") autolink = false;
      else if (token.type === "text" && token.content && !autolink) texts.push(token);
    }
  }
  return texts;
}

/**
 * A body's HTML. `convert` (the Traditional edition) converts its text, and only its
 * text: all of a body's text in one call, so a converter's per-call costs are paid once,
 * a line apart, so no phrase runs from one piece of text into the next.
 */
export function renderBody(markdown: string, convert?: (text: string) => string): string {
  const env = {};
  const tokens = md.parse(markdown, env);
  markDateline(tokens);
  if (convert) {
    const texts = readableText(tokens);
    const converted = convert(texts.map((t) => t.content).join("\n")).split("\n");
    // A converter keeps lines (overrides are Han text); were it not to, each text is converted alone.
    texts.forEach((t, i) => (t.content = converted.length === texts.length ? converted[i]! : convert(t.content)));
  }
  return md.renderer.render(tokens, md.options, env).replace(SIDEBAR, (_all, label: string, rest: string) => `<aside class="sidebar"><h3>${label}</h3>\n${rest}</aside>\n`);
}

/** Markdown reduced to its words: headings, emphasis and link syntax removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(MARKUP, (_, escaped: string | undefined) => escaped ?? "");
}

/** Emphasis and code marks and a quote's `>` go; a character the splitter escaped (`1\.`, `\*`, `\<`) is itself. */
const MARKUP = /\\([!-/:-@[-`{-~])|[*_`]|^>\s?/gm;

/** Characters a reader counts (全文约 N 字): everything but whitespace and Markdown syntax. */
export function countCharacters(markdown: string): number {
  const text = plainText(markdown).replace(/\s+/g, "");
  // Characters, not UTF-16 units: a character outside the BMP (𠮷) is one.
  return text.length - (text.match(/[\ud800-\udbff]/g)?.length ?? 0);
}

/** "约 N 字" rounds: exact below 100, to tens below 1,000, to hundreds above. */
export function roundCount(n: number): number {
  const unit = n < 100 ? 1 : n < 1000 ? 10 : 100;
  return Math.round(n / unit) * unit;
}

const QUOTE_PAIRS = ["“”", "‘’", "「」", "『』"] as const;

/** True when every quotation opened in `text` is closed in it. */
function quotesClosed(text: string): boolean {
  return QUOTE_PAIRS.every(([open, close]) => text.split(open!).length === text.split(close!).length);
}

/**
 * The opening of an article for lists: its first paragraph without the dateline,
 * cut at a sentence end near `limit` characters. A sentence that ends inside a
 * quotation ends after its closing mark (……时间成本。” not ……时间成本。), and a
 * cut that would leave a quotation open is not a sentence end.
 */
export function opening(markdown: string, limit = 90): string {
  const first = markdown.split(/\n\s*\n/).find((block) => block.trim() && !/^#{1,6}\s/.test(block.trim())) ?? "";
  const text = plainText(first).replace(/\s*\n\s*/g, "").trim().replace(DATELINE, "").trim();
  const chars = [...text];
  if (chars.length <= limit) return text;
  const cut = chars.slice(0, limit).join("");
  for (let end = limit; end > limit / 2 + 1; end--) {
    if (!"。！？".includes(chars[end - 1]!)) continue;
    let close = end;
    while (close < chars.length && "”’」』".includes(chars[close]!)) close++;
    const sentences = chars.slice(0, close).join("");
    if (quotesClosed(sentences)) return sentences;
  }
  // Otherwise stop at a clause break, so the ellipsis does not split a word.
  const clauseEnd = Math.max(cut.lastIndexOf("，"), cut.lastIndexOf("；"), cut.lastIndexOf("、"));
  return `${clauseEnd > limit / 2 ? cut.slice(0, clauseEnd) : cut}……`;
}
