/**
 * Review notes where the text is, for the live preview only: each open note of an
 * article as the box above its text shows it, and the words a note is about marked
 * in the rendered body. A build never asks for these (src/site/paper.ts), so no
 * published page, feed or search index can carry them.
 */
import { openNote, withoutLine, type ReviewNote } from "../article/review-note.ts";

export interface ReviewView {
  /** The note's anchor on its article page (review-1 …); its marked words are `${anchor}-text`. */
  anchor: string;
  line?: number;
  rule?: string;
  /** The words, in the page's script, as they stand in its text. */
  words?: string;
  note: string;
}

/** The notes of one article, in one script (`convert` turns the words into it). */
export function reviewViews(notes: readonly ReviewNote[], convert: (text: string) => string): ReviewView[] {
  return notes.map((raw, i) => {
    const { line, rule, words, note } = openNote(raw);
    return { anchor: `review-${i + 1}`, ...(line && { line }), ...(rule && { rule }), ...(words && { words: convert(words) }), note: line ? withoutLine(note) : note };
  });
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Words as markdown-it writes them into HTML text. */
const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * The body HTML with every note's words marked where they stand, in text only
 * (never inside a tag); the first place of each gets the id its note links to.
 */
export function markWords(html: string, notes: readonly ReviewView[]): string {
  let marked = html;
  for (const note of notes) {
    if (!note.words?.trim()) continue;
    const words = escapeText(note.words);
    let first = true;
    marked = marked
      .split(/(<[^>]*>)/)
      .map((part, i) => {
        if (i % 2 === 1 || !part.includes(words)) return part;
        return part.replaceAll(words, () => {
          const id = first ? ` id="${note.anchor}-text"` : "";
          first = false;
          return `<mark class="review-mark"${id}>${words}</mark>`;
        });
      })
      .join("");
  }
  return marked;
}
