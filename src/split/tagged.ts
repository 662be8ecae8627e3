/**
 * Step 0: a page exported from an editorial system with each story's fields tagged
 * (【引题】… 【主题】… 【副题】… 【作者】… 【正文】…, `主标题：…`, `<副题>…</副题>`). The tags say
 * what each line is, so they are read as the page's structure and kept out of its text.
 * A page is read so only when it tags a headline and at least one other field: one
 * bracketed word on a page (【网友留言】, 【招聘】) is a printed label, not an export's tag.
 */
import { classifyLine, withoutDash, type PageLine } from "./classify.ts";
import { personNames } from "./credits.ts";
import type { SourceLine } from "./unwrap.ts";

/** What a tag says its line is. A separator (【稿件2】, 【稿号】…) parts two stories. */
export type TaggedField = "column" | "kicker" | "title" | "subtitle" | "byline" | "subhead" | "body" | "separator";

/** The tags' words as editorial systems write them. */
const FIELD_WORDS: Record<TaggedField, readonly string[]> = {
  column: ["栏目", "专栏", "栏题", "栏目名"],
  kicker: ["引题", "肩题", "眉题", "上标题"],
  title: ["主题", "主标题", "标题", "大标题", "正标题", "题目"],
  subtitle: ["副题", "副标题", "子标题", "下标题"],
  byline: ["作者", "署名", "撰稿", "撰稿人"],
  subhead: ["小标题", "小题", "插题"],
  body: ["正文", "内文", "稿件正文", "文本"],
  separator: ["稿件", "稿号", "稿件编号", "文章", "稿件ID"],
};

const FIELD_OF = new Map(Object.entries(FIELD_WORDS).flatMap(([field, words]) => words.map((w) => [w, field as TaggedField])));
const WORDS = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join("|");
/** 【主题】…, [主题]…, <主题>…</主题>; a separator may number its story (【稿件2】). */
const BRACKETED = new RegExp(`^[【\\[［<〈〔]\\s*(${WORDS})\\s*(?:\\d{0,6})\\s*[】\\]］>〉〕]\\s*(.*?)\\s*(?:<\\/\\s*(?:${WORDS})\\s*>)?$`, "u");
/** A tag left at a line's end after spaces (临清轴承产业集群    【正文】): it holds for the lines under it. */
const TRAILING = new RegExp(`^(.*?\\S)\\s+[【\\[［<〈〔]\\s*(${WORDS})\\s*\\d{0,6}\\s*[】\\]］>〉〕]$`, "u");
/** A byline's tag inside the brackets of a credit moved to a story's end: （【作者】本报记者 曹雨）. */
const IN_CREDIT = new RegExp(`([（(])\\s*[【\\[［]\\s*(?:${FIELD_WORDS.byline.join("|")})\\s*[】\\]］]\\s*`, "gu");
/** 主题：…; 记者： is no tag here, it opens an interview's turn. */
const COLON = new RegExp(`^(${WORDS})\\s*(?:\\d{0,6})\\s*[：:]\\s*(.*)$`, "u");

/** Fields that say a page is tagged when a headline's tag stands beside them. */
const STRUCTURE = new Set<TaggedField>(["kicker", "subtitle", "byline", "body", "column"]);

export interface TaggedPage {
  /** The page's lines with their tags taken off (a tag alone on its line leaves it blank). */
  lines: string[];
  /** What each line is, by the last tag above it; undefined above the first tag. */
  fields: (TaggedField | undefined)[];
}

/** One line's tag and what follows it. */
function tagOf(text: string, pattern: RegExp): { field: TaggedField; rest: string } | null {
  const m = pattern.exec(text.trim());
  return m ? { field: FIELD_OF.get(m[1]!)!, rest: m[2]! } : null;
}

/** The page read by its tags, or null when it is no tagged export. */
export function taggedPage(raw: readonly string[]): TaggedPage | null {
  for (const pattern of [BRACKETED, COLON]) {
    const tags = raw.map((l) => tagOf(l, pattern));
    const found = new Set(tags.flatMap((t) => (t ? [t.field] : [])));
    if (!found.has("title") || ![...found].some((f) => STRUCTURE.has(f))) continue;
    const fields: (TaggedField | undefined)[] = [];
    let current: TaggedField | undefined;
    const lines = raw.map((line, i) => {
      const tag = tags[i];
      if (tag) {
        fields.push(tag.field);
        // A tag alone on its line holds for the lines under it (to a blank line, for a headline's);
        // after a headline's line, untagged lines are its story's text, after a separator the page's own.
        current = tag.rest === "" ? tag.field : tag.field === "separator" ? undefined : "body";
        return tag.rest;
      }
      if (line.trim() === "" && current !== undefined && current !== "body") current = "body";
      fields.push(line.trim() === "" ? undefined : current);
      const trailing = TRAILING.exec(line.trim());
      if (trailing) current = FIELD_OF.get(trailing[2]!)!;
      return (trailing?.[1] ?? line).replace(IN_CREDIT, "$1");
    });
    return { lines, fields };
  }
  return null;
}

/** A tagged line as the page's reading takes it: a headline's lines undecided only in which story they open. */
export function taggedLine(text: string, line: number, field: TaggedField): PageLine {
  switch (field) {
    case "separator":
      return { line, kind: "furniture", text };
    case "subtitle":
      return { line, kind: "subtitle", text: withoutDash(text), tagged: field };
    case "byline": {
      const read = classifyLine(text, line);
      const reporters = read.kind === "byline" ? read.reporters : (personNames(text) ?? [text]).map((name) => ({ name, role: null }));
      return { ...read, kind: "byline", reporters, tagged: field };
    }
    case "body":
      return { ...classifyLine(text, line), tagged: field };
    default:
      return { line, kind: "short", text, tagged: field };
  }
}

/**
 * The source lines of a tagged page: its text unwrapped as any page's (`unwrap`), each line of a
 * headline, byline or subhead standing alone, in print order.
 */
export function taggedSource(raw: readonly string[], fields: readonly (TaggedField | undefined)[], unwrap: (raw: readonly string[]) => SourceLine[]): SourceLine[] {
  const alone = (i: number) => fields[i] !== undefined && fields[i] !== "body";
  const text = unwrap(raw.map((l, i) => (alone(i) ? "" : l)));
  const decks = raw.flatMap((l, i) => (alone(i) && l.trim() !== "" ? [{ line: i + 1, text: l.trim() }] : []));
  return inPrintOrder([...text, ...decks].sort((a, b) => a.line - b.line), (l) => fields[l.line - 1]);
}

/**
 * The lines of a tagged story in the order a page prints them (column, kicker, title,
 * subtitle, byline, then text): some systems export the byline or the subtitle first.
 */
function inPrintOrder<T>(items: readonly T[], fieldOf: (item: T) => TaggedField | undefined): T[] {
  const rank: Partial<Record<TaggedField, number>> = { column: 0, kicker: 1, title: 2, subtitle: 3, byline: 4 };
  const out: T[] = [];
  let deck: T[] = [];
  const flush = () => {
    out.push(...deck.map((item, n) => [item, n] as const).sort(([a, m], [b, n]) => (rank[fieldOf(a)!]! - rank[fieldOf(b)!]!) || m - n).map(([item]) => item));
    deck = [];
  };
  for (const item of items) {
    const field = fieldOf(item);
    if (field !== undefined && rank[field] !== undefined) deck.push(item);
    else {
      flush();
      out.push(item);
    }
  }
  flush();
  return out;
}
