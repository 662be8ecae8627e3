/**
 * A page description from the article text: what search engines and link previews
 * show under the headline. The dateline (本报讯(记者 赵琦)) is print furniture,
 * not news, so it is left out; subheads are left out too.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt();
type Token = ReturnType<typeof markdown.parse>[number];

/** 本报讯(记者 赵琦) · 本报聊城10月30日讯(记者 张召旭) · 新华社北京12月13日电 … at the start of the text. */
const DATELINE = /^(?:本报|新华社|中新社)[^，。,.()（）]{0,16}[讯电]\s*(?:[(（][^()（）]{0,40}[)）])?[\s　]*/u;

const SENTENCE_END = /[。！？!?]/u;

/** The body's paragraphs as plain text, in order (markdown markup removed, headings skipped). */
export function paragraphsOf(body: string): string[] {
  const tokens = markdown.parse(body, {});
  const paragraphs: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === "inline" && tokens[i - 1]?.type === "paragraph_open") {
      paragraphs.push(plainText(token.children ?? []).replace(/\s+/gu, " ").trim());
    }
  });
  return paragraphs.filter((p) => p !== "");
}

function plainText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      if (child.type === "image") return plainText(child.children ?? []);
      return "";
    })
    .join("");
}

/** The first paragraph without its dateline; unchanged when it has none. */
export function withoutDateline(paragraph: string): string {
  return paragraph.replace(DATELINE, "");
}

/**
 * About `min`–`max` characters of the article's opening: cut after the last full
 * sentence that fits, or at `max` with an ellipsis when no sentence ends in range.
 */
export function describe(body: string, { min = 80, max = 120 } = {}): string {
  const [first, ...rest] = paragraphsOf(body);
  if (first === undefined) return "";
  // Characters, not UTF-16 units: a rare character outside the BMP must not be cut in half.
  const chars = Array.from([withoutDateline(first), ...rest].join(""));
  if (chars.length <= max) return chars.join("");
  for (let end = max; end >= min; end--) {
    if (SENTENCE_END.test(chars[end - 1]!)) return chars.slice(0, end).join("");
  }
  return chars.slice(0, max - 1).join("") + "…";
}
