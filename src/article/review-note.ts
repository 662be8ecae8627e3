/**
 * A review note in an article's front matter: something an editor must check
 * before the article is published, and delete once checked. The splitter writes
 * it structured (the source line, the rule that raised it, the words it is about);
 * a note an editor typed is a line of text, and is accepted as such.
 *
 *   review:
 *     - { line: 13, rule: ocr-suspect, words: 步人, note: 第13行：疑似OCR错误“步人”（步入？），请核对后删除此条 }
 *     - 第二段的数字请与来稿核对
 */
import { z } from "zod";

export const reviewNoteSchema = z.union([
  z.string().trim().min(1, "a review note is empty; write it or delete the line"),
  z.object({
    line: z.number().int().positive(),
    rule: z.string().trim().min(1),
    words: z.string().min(1).optional(),
    note: z.string().trim().min(1),
  }),
]);
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

/** A note in one shape: what the site shows and the strict build lists. */
export interface OpenNote {
  line?: number;
  rule?: string;
  /** The words of the text the note is about, to mark where they stand. */
  words?: string;
  note: string;
}

const LINE = /^第(\d+)行[：:]/u;
/** Quoted words of a note (“惡感蹟”), the splitter's way of naming them in text. */
export const QUOTED = /“([^“”]+)”/gu;

/** The note without the 第N行： it opens with, where its line is shown on its own. */
export function withoutLine(note: string): string {
  return note.replace(LINE, "");
}

/**
 * A note of either shape; a plain one gives its line and words when it names them as
 * the splitter does: the longest quotation (引号外出现“你”（“你写图时”） is about 你写图时).
 */
export function openNote(note: ReviewNote): OpenNote {
  if (typeof note !== "string") return note;
  const line = LINE.exec(note)?.[1];
  const words = [...note.matchAll(QUOTED)].map((m) => m[1]!).reduce<string | undefined>((longest, w) => (w.length > (longest?.length ?? 0) ? w : longest), undefined);
  return { ...(line && { line: Number(line) }), ...(words && { words }), note };
}
