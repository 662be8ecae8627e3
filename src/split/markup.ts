/**
 * Step 0: what a content system or an editor's tool leaves around a page's text, taken off
 * before it is read: web markup copied with a story (<p>, <br>, <strong>, &nbsp;), Markdown an
 * export writes (![图片](…), > quotes) and the line or position numbers some exports print in
 * the margin (001 …, …… 053). None of it is the newspaper's; each is known by its own shape, so a page
 * without it is read as before.
 */

/** Tags that end a block of text: a paragraph, a line break, a heading, a list item, a table row or cell. */
const BLOCK_TAG = /<\/?(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tbody|thead|tr|td|th)(?:\s[^<>]*)?>|<br\s*\/?>/giu;
/** Tags inside a block of text, kept out of it: bold, italics, spans, links, fonts; an image says nothing. */
const INLINE_TAG = /<\/?(?:strong|b|em|i|u|span|font|a|small|big|sup|sub|img|mark)(?:\s[^<>]*)?\/?>/giu;
/** Either kind: a page is marked up only where it holds one. */
const ANY_TAG = new RegExp(`${BLOCK_TAG.source}|${INLINE_TAG.source}`, "iu");

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", hellip: "…", mdash: "—" };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/giu;

function entities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/**
 * A line of web markup as the text it shows: block boundaries part it into lines (several
 * <p> on one line are several paragraphs), other tags go, entities become their characters.
 */
function unmarked(line: string): string[] {
  const blocks = line.replace(INLINE_TAG, "").split(BLOCK_TAG).map((b) => entities(b).trim());
  const kept = blocks.filter((b) => b !== "");
  return kept.length > 0 ? kept : [""];
}

/** A Markdown image (![说明](photo.jpg)) stands where the photo was: no text of the page. */
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/u;
/** A Markdown quote's mark: `> 他说，…`. */
const QUOTE_MARK = /^>\s?/u;

/**
 * An export's line number down the margin: 001 …, 12| …, 7: …. Counted as one only where
 * most of the page's lines carry the number of their own place, so a numbered list (1. 2. 3.)
 * inside a story is never taken for it.
 */
const LINE_NUMBER = /^\s*(\d{1,5})(?:[\s|:：]+|$)/u;
/** The share of lines that must carry their own place's number. */
const NUMBERED_SHARE = 0.8;

function lineNumbers(lines: readonly string[]): string[] {
  const filled = lines.filter((l) => l.trim() !== "").length;
  // The numbers may start anywhere (a page cut from a longer export) but go up by one a line.
  const first = lines.findIndex((l) => LINE_NUMBER.test(l));
  const offset = first < 0 ? 0 : Number(LINE_NUMBER.exec(lines[first]!)![1]) - first;
  const own = (line: string, i: number) => Number(LINE_NUMBER.exec(line)?.[1] ?? NaN) - i === offset;
  const counted = lines.filter(own).length;
  return filled >= 5 && counted >= NUMBERED_SHARE * filled ? lines.map((l, i) => (own(l, i) ? l.replace(LINE_NUMBER, "") : l)) : [...lines];
}

/**
 * A position number printed after each line, apart from its text (……出台。 053): some exports
 * mark where each line sat on the page. Counted as such only where most lines end on one and
 * the numbers rise down the page, so a line that ends on a figure (增长 12) is never cut.
 */
const POSITION = /\d{2,5}$/u;

/** A line's position number and the text before it, or null. Found from the line's end, without backtracking over its spaces. */
function position(line: string): { text: string; number: number } | null {
  const trimmed = line.trimEnd();
  const m = POSITION.exec(trimmed);
  if (!m || m.index === 0 || !/\s/u.test(trimmed[m.index - 1]!)) return null;
  return { text: trimmed.slice(0, m.index).trimEnd(), number: Number(m[0]) };
}

function positionNumbers(lines: readonly string[]): string[] {
  const filled = lines.filter((l) => l.trim() !== "").length;
  const found = lines.map(position);
  const numbers = found.flatMap((p) => (p ? [p.number] : []));
  const rising = numbers.every((n, k) => k === 0 || n > numbers[k - 1]!);
  return filled >= 5 && rising && numbers.length >= NUMBERED_SHARE * filled ? lines.map((l, i) => found[i]?.text ?? l) : [...lines];
}

/** A Markdown list's item: `- …`, `* …`, `+ …`. */
const LIST_MARK = /^[-*+]\s+(?=\S)/u;

/** Markdown list items, two or more together (blank lines aside), without their marks; a dash alone before one line may lead a subtitle. */
function listItems(lines: readonly string[]): string[] {
  const filled = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l !== "");
  const items = new Set<number>();
  filled.forEach(([l, i], n) => {
    if (LIST_MARK.test(l) && [filled[n - 1], filled[n + 1]].some((f) => f !== undefined && LIST_MARK.test(f[0]))) items.add(i);
  });
  return lines.map((l, i) => (items.has(i) ? l.trim().replace(LIST_MARK, "") : l));
}

/** The page's lines without the markup, Markdown and line numbers its tools left. */
export function withoutMarkup(lines: readonly string[]): string[] {
  const numbered = listItems(positionNumbers(lineNumbers(lines)));
  const marked = numbered.some((l) => ANY_TAG.test(l));
  return numbered.flatMap((line) => {
    const trimmed = line.trim();
    if (MARKDOWN_IMAGE.test(trimmed)) return [""];
    const quoted = QUOTE_MARK.test(trimmed) ? trimmed.replace(QUOTE_MARK, "") : line;
    return marked ? unmarked(quoted) : [quoted];
  });
}
