/**
 * What an article page shows a reader, read back from its built HTML for the search
 * index: the text inside `data-search-body` (kicker, title, byline, paragraphs, credit),
 * less what is marked `data-search-ignore` (the line of date, page and section every
 * article has), and the title, date and section marked `data-search-meta`. Indexing the
 * built page indexes exactly what each script's reader sees, Traditional included.
 */
import { Parser } from "htmlparser2";

export interface ShownText {
  title: string;
  /** The date as the page shows it: 2023年12月14日 星期四. */
  date: string;
  section: string;
  /** The text, one block (paragraph, heading, caption) a line. */
  text: string;
}

const META = ["title", "date", "section"] as const;
type Meta = (typeof META)[number];

/** Elements that end a line of text. */
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "blockquote", "div", "header", "footer", "section", "figure", "table", "tr", "ul", "ol", "br", "hr", "pre"]);

/**
 * A line break in the HTML between Chinese characters (a soft break of a hard-wrapped
 * paragraph) shows as nothing, as CSS's segment-break rules have it; a space stays a space.
 */
const GAP_BETWEEN_HAN = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])[ \t]*[\r\n][ \t\r\n]*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])/gu;

function tidy(line: string): string {
  return line.replace(GAP_BETWEEN_HAN, "").replace(/[ \t\r\n]+/g, " ").trim();
}

/** The searchable text of an article page, or undefined for a page that has none (an edition page, a list). */
export function shownText(html: string): ShownText | undefined {
  // One entry per open element: whether it opened the body, an ignored part, or a meta field.
  const open: { body: boolean; ignore: boolean; meta?: Meta }[] = [];
  let inBody = 0;
  let ignoring = 0;
  let found = false;
  const meta: Record<Meta, string> = { title: "", date: "", section: "" };
  const metaOpen: Meta[] = [];
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    const tidied = tidy(line);
    if (tidied) lines.push(tidied);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = "data-search-body" in attributes;
        const ignore = "data-search-ignore" in attributes;
        const field = META.find((m) => m === attributes["data-search-meta"]);
        open.push({ body, ignore, meta: field });
        if (body) (inBody++, (found = true));
        if (ignore) ignoring++;
        if (field) metaOpen.push(field);
        if (inBody && !ignoring && BLOCKS.has(name)) endLine();
      },
      ontext(text) {
        for (const field of metaOpen) meta[field] += text;
        if (inBody && !ignoring) line += text;
      },
      onclosetag(name) {
        if (inBody && !ignoring && BLOCKS.has(name)) endLine();
        const element = open.pop();
        if (element?.body) inBody--;
        if (element?.ignore) ignoring--;
        if (element?.meta) metaOpen.splice(metaOpen.lastIndexOf(element.meta), 1);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  endLine();
  if (!found) return undefined;
  return { title: tidy(meta.title), date: tidy(meta.date), section: tidy(meta.section), text: lines.join("\n") };
}
