/**
 * `npm run build -- --strict`: the gate before publishing. A review note left in an
 * article's front matter means an editor has not checked that text yet, so a
 * publishing script or CI refuses the build until every note is resolved.
 */
import { openNote } from "../article/review-note.ts";
import type { ContentArticle, Problem } from "../site/content.ts";

/** Every open review note of the articles a build would publish (drafts are not published). */
export function openReviewNotes(articles: readonly ContentArticle[]): Problem[] {
  return articles.flatMap((a) =>
    (a.meta.review ?? []).map((raw) => {
      const { rule, note } = openNote(raw);
      return { file: a.file, field: "review", message: rule ? `${note} [${rule}]` : note };
    }),
  );
}

/** The one line after the list: how many, in how many files, and what to do. */
export function heldBack(notes: readonly Problem[], output: string): string {
  const files = new Set(notes.map((n) => n.file)).size;
  return `--strict: ${notes.length} open review note(s) in ${files} article(s); check each text, fix it, delete the note from review:, and build again (without --strict notes are warnings). Nothing was built and ${output} is unchanged.`;
}
