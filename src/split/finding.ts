/**
 * A review note: a warning for the summary and JSON (English, ESLint-like), and
 * the same note in Chinese for the article's front matter, where the editor
 * reads it and deletes it once checked.
 */
import type { Warning } from "../article/record.ts";

export interface Finding extends Warning {
  note: string;
}

/** `words`: the text the note is about, exactly as it stands, so the preview can mark it. */
export function finding(line: number, code: string, message: string, zh: string, words?: string): Finding {
  return { line, code, message, ...(words && { words }), note: `第${line}行：${zh}，请核对后删除此条` };
}

/** Up to `max` characters of a text, for quoting in a note. */
export function excerpt(text: string, max = 12, from: "start" | "end" = "start"): string {
  if (text.length <= max) return text;
  return from === "start" ? `${text.slice(0, max)}…` : `…${text.slice(-max)}`;
}
