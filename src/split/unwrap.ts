/**
 * Before classifying: pages exported with every print line on its own line mark
 * paragraph starts by indentation (two spaces or 　　). On such a page an
 * unindented line that follows an unfinished indented paragraph continues it.
 * Pages without indentation pass through line by line.
 */
import { endsSentence } from "./chars.ts";

export interface SourceLine {
  /** 1-based line number of the (first) source line. */
  line: number;
  text: string;
}

const INDENT = /^(?:[ \t]{2,}|\u3000+)\S/u;
/** Indentation counts as the paragraph mark when this share of lines (and at least 3) has it. */
const INDENTED_SHARE = 0.2;

export function unwrap(rawLines: readonly string[]): SourceLine[] {
  const lines = rawLines.map((raw, i) => ({ line: i + 1, raw, text: raw.trim() }));
  const filled = lines.filter((l) => l.text !== "");
  const indented = filled.filter((l) => INDENT.test(l.raw)).length;
  if (indented < 3 || indented < filled.length * INDENTED_SHARE) return filled.map(({ line, text }) => ({ line, text }));
  const out: SourceLine[] = [];
  let paragraph: SourceLine | null = null;
  for (const { line, raw, text } of lines) {
    if (text === "") {
      paragraph = null;
    } else if (INDENT.test(raw)) {
      paragraph = { line, text };
      out.push(paragraph);
    } else if (paragraph && !endsSentence(paragraph.text)) {
      paragraph.text += text;
    } else {
      paragraph = null;
      out.push({ line, text });
    }
  }
  return out;
}
