/**
 * An editor's reading made by hand from a page and its expected file: each story's text is
 * cut from the page itself, from its first words to its last, without what the expected file
 * says must not be there and without its subheads. If this reading does not score every check,
 * the expected file asks for something the page cannot give (words not on the page, out of
 * order, or contradicting each other).
 */
import type { PageReading, SplitArticle } from "../../src/article/record.ts";
import { norm, stripDateline, type ExpectedReading } from "./score.ts";

export function handReading(text: string, expected: ExpectedReading): { reading: PageReading; problems: string[] } {
  const lines = text.split("\n").map(norm);
  const page = lines.join("");
  // Where each printed line ends in the page: a table's rows end no sentence, only their line.
  const lineEnds = new Set<number>();
  lines.reduce((at, line) => (lineEnds.add(at + line.length), at + line.length), 0);
  const problems: string[] = [];
  let cursor = 0;
  const articles = expected.articles.map((e, order): SplitArticle => {
    const start = stripDateline(norm(e.bodyStartsWith));
    const from = page.indexOf(start, cursor);
    if (from < 0) problems.push(`#${order + 1}: bodyStartsWith is not on the page after the story before it: ${e.bodyStartsWith}`);
    const end = e.bodyEndsWith ? page.indexOf(norm(e.bodyEndsWith), Math.max(from, 0)) : -1;
    if (e.bodyEndsWith && end < 0) problems.push(`#${order + 1}: bodyEndsWith is not on the page after its start: ${e.bodyEndsWith}`);
    const until = end >= 0 ? end + norm(e.bodyEndsWith).length : from + start.length;
    cursor = Math.max(cursor, until);
    let body = from >= 0 ? page.slice(from, until) : start;
    for (const s of [...(e.subheads ?? []), ...(e.mustNotContain ?? [])]) body = body.split(norm(s)).join("");
    for (const s of e.subheads ?? []) if (!page.includes(norm(s))) problems.push(`#${order + 1}: subhead not on the page: ${s}`);
    const heads = [e.title, e.kicker, e.subtitle, e.column, ...(e.titleAnyOf ?? []), ...(e.headingLines ?? [])];
    for (const h of heads) if (h && !page.includes(norm(h))) problems.push(`#${order + 1}: heading not on the page: ${h}`);
    for (const b of e.bylines ?? []) if (!page.includes(norm(b.name))) problems.push(`#${order + 1}: byline name not on the page: ${b.name}`);
    // The paragraphs: the text cut after sentences into as many pieces as the reading says.
    const count = e.paragraphsAnyOf?.[0] ?? e.paragraphs ?? 1;
    const sentences = body.split(/(?<=[。！？!?”])/u);
    // Fewer sentences than paragraphs (rows of a table): cut at the page's line ends too.
    if (sentences.length < count && from >= 0) {
      sentences.length = 0;
      let piece = "";
      for (let k = 0; k < body.length; k++) {
        piece += body[k];
        if (lineEnds.has(from + k + 1) || /[。！？!?”]/u.test(body[k]!)) sentences.push(piece), (piece = "");
      }
      if (piece !== "") sentences.push(piece);
    }
    const paragraphs: string[] = Array.from({ length: count }, () => "");
    sentences.forEach((s, i) => (paragraphs[Math.min(count - 1, Math.floor((i * count) / sentences.length))] += s));
    if (paragraphs.some((p) => p === "")) problems.push(`#${order + 1}: fewer sentences than the ${count} paragraphs it expects`);
    const title = e.title ?? e.titleAnyOf?.[0] ?? null;
    return {
      slug: `story-${order + 1}`,
      type: (e.type as SplitArticle["type"] | undefined) ?? "article",
      title,
      ...(e.kicker && { kicker: e.kicker }),
      ...(e.subtitle && { subtitle: e.subtitle }),
      ...(e.column && { column: e.column }),
      section: e.column ?? "要闻",
      reporter: (e.bylines ?? []).map((b) => ({ name: b.name, role: b.role })),
      order: order + 1,
      body: [...paragraphs.map((p) => ({ kind: "paragraph" as const, text: p })), ...(e.subheads ?? []).map((s) => ({ kind: "subhead" as const, text: s }))],
    };
  });
  return { reading: { edition: expected.edition, articles, warnings: [] }, problems };
}
