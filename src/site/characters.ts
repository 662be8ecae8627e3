/**
 * Characters no page may carry: control characters (NUL, ESC, VT …), noncharacters
 * (U+FFFF …) and halves of surrogate pairs, which HTML forbids and readers cannot see;
 * and the direction controls (U+202A–E, U+2066–9), which reverse or reorder the text
 * after them, so an unclosed U+202E in a title runs on through the page's <title>.
 * OCR and copying from other programs bring them in unseen.
 *
 * In front matter (and site.json, edition.yml) each is refused with its field and
 * position: a field is a line or two, which the editor retypes. Direction controls are
 * refused there rather than closed at the field's end: a Chinese paper's headlines,
 * names and labels never need them (the reader's browser orders Arabic or Hebrew
 * words by itself), and a field that carries none needs no closing in any of the
 * places it is shown (the page, its <title>, feeds, JSON-LD, the search index). In
 * a body they are removed, with a warning naming the lines.
 */

/**
 * A superset of both, without Unicode classes, to pass over clean text fast (≈3 times faster
 * over 20,000 articles): a surrogate may be half of a good pair (𠮷), CR of a line's end.
 */
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;
/** Forbidden in a field: every control character but tab and newline. */
const IN_FIELD = /(?![\t\n])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
const EVERY_IN_FIELD = new RegExp(IN_FIELD.source, "gu");
/** Forbidden in a body: the same, but a body's lines may end in CR LF. */
const IN_BODY = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;

const C0_NAMES = "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US".split(" ");

/** U+001B (ESC, an invisible control character), and the like. */
function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code < 0x20) return `${hex} (${C0_NAMES[code]}, an invisible control character)`;
  if (code === 0x7f) return `${hex} (DEL, an invisible control character)`;
  if (code < 0xa0) return `${hex} (an invisible control character)`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return `${hex} (an invisible direction control, which reverses or reorders the text after it)`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (half of a character, cut from its pair)`;
  return `${hex} (a noncharacter, which no text may hold)`;
}

/** `text` with each forbidden character written as its code (\u{1B}), to be printed in a message. */
export function visible(text: string): string {
  return text.replace(EVERY_IN_FIELD, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

const ALIAS = "repeats a list or map given elsewhere (a YAML alias, *name); write the value out instead";

/** Front matter deeper than this is no article's (regions: is three levels). */
const MAX_DEPTH = 16;

export interface CharacterProblem {
  /** Where in the data: keys (made visible) and list indexes. */
  path: (string | number)[];
  message: string;
}

/**
 * Forbidden characters in the strings and keys of parsed YAML or JSON, each with its
 * place and its position in the field (in characters, from 1). A list or map that
 * stands in two places is a YAML alias (*name): refused too, because aliases of
 * aliases make a few lines into billions of values ("billion laughs"), and no editor needs them.
 */
export function characterProblems(data: unknown): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === "string") {
      const found = SUSPECT.test(value) ? IN_FIELD.exec(value) : null;
      if (found) problems.push({ path, message: `contains ${describeCharacter(found[0])} at character ${[...value.slice(0, found.index)].length + 1}; delete it (retype the text around it if it does not show)` });
      return;
    }
    if (typeof value !== "object" || value === null || value instanceof Date) return;
    if (seen.has(value)) {
      // One line is enough: a bomb holds thousands.
      if (!problems.some((p) => p.message === ALIAS)) problems.push({ path, message: ALIAS });
      return;
    }
    seen.add(value);
    if (path.length >= MAX_DEPTH) {
      problems.push({ path, message: `nests lists or maps more than ${MAX_DEPTH} deep; no field needs that` });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const found = Array.isArray(value) || !SUSPECT.test(key) ? null : IN_FIELD.exec(key);
      const at = [...path, Array.isArray(value) ? Number(key) : found ? visible(key) : key];
      if (found) problems.push({ path: at, message: `the field's name contains ${describeCharacter(found[0])}; delete it` });
      else visit(item, at);
    }
  };
  visit(data, []);
  return problems;
}

/** How many lines' positions a warning lists. */
const LINES_LISTED = 5;

/**
 * A body without its forbidden characters, and the lines (counted from `firstLine`,
 * the body's first line in its file) that had any, with what was removed.
 */
export function withoutForbidden(body: string, firstLine: number): { text: string; removed?: { line: number; message: string } } {
  if (!SUSPECT.test(body)) return { text: body };
  IN_BODY.lastIndex = 0;
  if (!IN_BODY.test(body)) return { text: body };
  const lines: number[] = [];
  const kinds = new Set<string>();
  let count = 0;
  body.split("\n").forEach((line, i) => {
    const found = line.match(IN_BODY);
    if (!found) return;
    lines.push(firstLine + i);
    count += found.length;
    for (const c of found) kinds.add(describeCharacter(c).replace(/ \(.*/, ""));
  });
  const where = lines.length > LINES_LISTED ? `lines ${lines.slice(0, LINES_LISTED).join(", ")} and ${lines.length - LINES_LISTED} more` : `line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}`;
  return {
    text: body.replace(IN_BODY, ""),
    removed: { line: lines[0]!, message: `${count} invisible character(s) removed from the text (${[...kinds].join(", ")}) on ${where}; delete them from the file` },
  };
}
