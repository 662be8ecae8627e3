/**
 * Named evidence about what a line of a story does: open a new story (its heading),
 * part the story's text (a subhead), or carry the text on (body). Each rule looks at one
 * line and its neighbours, and says what it saw and how much that weighs for each reading;
 * none decides alone. `reading.ts` adds the weights up with a grammar of what may follow
 * what and picks the best reading of the whole page.
 */
import { endsMidClause, endsOpen, endsSentence } from "./chars.ts";
import { INTRODUCES, type PageLine } from "./classify.ts";
import { personNames, SPACED_OUT } from "./credits.ts";
import { labelShape } from "./labels.ts";
import { NOTICE_MARKER, signsNotice } from "./notice.ts";
import { endsMidWord } from "./words.ts";

/**
 * What a line whose kind is not settled may do in its story: open a new story (heading),
 * part its text (subhead), carry it on (body), close it as its author's name (credit),
 * label a box of it (aside: 以案说法, 相关链接 …), open a photo story of its own (photo:
 * the caption of a photo credited under it, apart from the story above), name its author
 * under its headline (byline: a name printed bare), stand as printed (row: a verse line,
 * a list's row), never joined to the next, or sign the notice above (signature: its issuer, its date).
 */
export type Role = "heading" | "subhead" | "body" | "credit" | "aside" | "photo" | "byline" | "row" | "signature";

/** The lines of the page that belong to stories (no furniture, noise or referral), in order. */
export interface StoryLines {
  lines: readonly PageLine[];
  /** How many lines of the page start with each three-character lead (开发区…): siblings. */
  leads: ReadonlyMap<string, number>;
  /** The page's typical line of text, in characters (the median of its text lines of ten or more). */
  typicalWidth: number;
  /** Short lines stacked under the first of more than a deck prints: a list's rows (list-stack). */
  listRows: ReadonlySet<PageLine>;
  /** The lines of the page's tables, of its items' runs of fields and of its lists: each kept as printed, also right under a title. */
  data: ReadonlySet<PageLine>;
}

export interface Seen {
  rule: string;
  weights: Partial<Record<Role, number>>;
  saw: string;
}

export interface EvidenceRule {
  name: string;
  /** What the rule saw on line i, and what it weighs for each reading; null when it saw nothing. */
  weigh(page: StoryLines, i: number): Omit<Seen, "rule"> | null;
}

/** Strong enough that no other evidence overturns it: what the grammar of a page requires. */
export const DECISIVE = 20;
const STRONG = 10;
/** What an editorial system's tag says outweighs what the page's shape suggests. */
const TAGGED = 3 * DECISIVE;
const SOME = 4;

/** A table inside a story's text holds a header row and a row at least. */
const MIN_TABLE_ROWS = 2;
/** How many lines of text a page needs before its typical width means anything. */
const MIN_TEXT_LINES = 5;
/** A page whose typical line of text is wider than this prints a paragraph to a line (it is not hard-wrapped). */
const PARAGRAPH_LINE = 40;
/** Subheads are a short phrase or two; a longer unfinished line is part of a paragraph. */
const MAX_SUBHEAD = 24;
/**
 * Words that open a new paragraph in news prose and do not continue a broken
 * one: a date, a time phrase, a connective, 记者 (记者了解到, 记者在现场看到 …).
 */
export const PARAGRAPH_OPENER = /^(?:第[一二三四五六七八九十百零〇\d]+条|\d{1,2}月\d{1,2}日|\d{4}年|(?:今年|去年|近年|近日|近期|目前|当前|截至|据了解|据悉|据介绍|据统计|此外|另外|同时|与此同时|不仅如此|下一步|随后|记者|会上|[一二三四五六七八九十]是))/u;
/** An interview's turn: 记者：… 问：… 答：… — a short line above one is a subhead. */
const INTERVIEW_TURN = /^(?:记者|本报记者|问|答|主持人|Q|A)[：:]/u;
/** The label of an editor's note above it: 编者按, 编者的话. A subhead wherever it stands, never glued to the note. */
const EDITORS_NOTE = /^(?:编者按|编者的话|编者附言|按语)$/u;
/** Numbered parts: 一、 （一） 1. and a document's chapters: 第一章, 第二节. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、]\D|第[一二三四五六七八九十百零〇\d]+[编章节](?:\s|$))/u;

/** The first three Han characters of a line: two paragraphs of a story opening alike are siblings (开发区打造… / 开发区聚焦…). */
export function leadOf(text: string): string {
  return /^["“‘']?(\p{Script=Han}{3})/u.exec(text)?.[1] ?? "";
}

export function storyLines(lines: readonly PageLine[]): StoryLines {
  const leads = new Map<string, number>();
  for (const line of lines) {
    const lead = leadOf(line.text);
    if (lead !== "") leads.set(lead, (leads.get(lead) ?? 0) + 1);
  }
  const widths = lines.filter((l) => l.kind === "text" && l.text.length >= 10).map((l) => l.text.length).sort((a, b) => a - b);
  const data = new Set<PageLine>();
  const listRows = new Set<PageLine>();
  // A few lines say nothing of the page's width.
  const page = { lines, leads, typicalWidth: widths.length >= MIN_TEXT_LINES ? widths[Math.floor(widths.length / 2)]! : Infinity, listRows, data };
  lines.forEach((line, i) => line.kind === "short" && (inTable(page, i) !== null || inFields(page, i) || numberedRun(lines, i)) && data.add(line));
  for (let start = 0; start < lines.length; start++) {
    let end = start;
    while (lines[end]?.kind === "short") end++;
    // Under a byline, or under a title and a name printed bare, short lines are a poem's (verse evidence);
    // a table's rows or an item's fields are read as such (table, fields).
    const other = () => lines[start - 1]?.kind === "byline" || nameAlone(lines[start + 1]!) || lines.slice(start, end).some((l) => data.has(l));
    if (end - start >= LIST_RUN && !partLabel(lines[start]!) && !other()) {
      // What stands under the run may open the next story: a credit, a dateline or a first paragraph under its
      // headline, or under a headline and a name printed bare (老屋 / 周晓白 / 老屋在村子的…). Those lines are no rows.
      const last = !underHeadline(lines[end]) ? end : nameAlone(lines[end - 1]!) ? end - 2 : end - 1;
      for (let k = start + 1; k < last; k++) listRows.add(lines[k]!);
    }
    start = Math.max(start, end);
  }
  for (const line of listRows) data.add(line);
  return page;
}

/** A short line numbered as a list's row (1.… 2.…, （1）…), beside another so numbered: a numbered list, each row as printed. */
function numberedRun(lines: readonly PageLine[], i: number): boolean {
  const numbered = (line: PageLine | undefined) => line?.kind === "short" && LIST_ROW.test(line.text);
  return numbered(lines[i]) && (numbered(lines[i - 1]) || numbered(lines[i + 1]));
}

/** A line that opens like another paragraph of the page. */
export function startsLikeAnother(page: StoryLines, line: PageLine): boolean {
  return (page.leads.get(leadOf(line.text)) ?? 0) >= 2;
}

/** A line that plainly opens a paragraph: a dateline, an opening phrase, or a sibling's first words. */
export function startsParagraph(page: StoryLines, line: PageLine | undefined): boolean {
  return line !== undefined && (line.kind === "dateline" || PARAGRAPH_OPENER.test(line.text) || startsLikeAnother(page, line));
}

/** A part's own label (一、… （一）… 编者按): it may stand first in a story's text. */
export function partLabel(line: PageLine): boolean {
  return NUMBERED.test(line.text) || EDITORS_NOTE.test(line.text) || line.numbered === true;
}

/** A short line that may be a credit or a byline printed bare: a person's name alone, or a few spaced apart (陈立新 黄晓梅). */
function nameAlone(line: PageLine): boolean {
  return line.kind === "short" && personNames(line.text) !== null;
}

/** A line of plain text: no credit, source or closing note of its own, nor a line kept as printed. */
const plainText = (line: PageLine | undefined) => line?.kind === "text" && !line.reporters && line.source === undefined && !line.closing && !line.asPrinted && !line.noticeEnd;

/** A caption with text above it in its story and a photo credit on the line under it. */
function overPhotoCredit(page: StoryLines, i: number): boolean {
  const above = page.lines[i - 1];
  const credit = page.lines[i + 1];
  return plainText(page.lines[i]) && credit?.kind === "byline" && credit.photo === true && (above?.kind === "text" || above?.kind === "dateline");
}

/** A caption numbered as its photo is (①…, ②…): the numbers a page prints beside a set of photos. */
const NUMBERED_CAPTION = /^[①-⑳]/u;

/**
 * The run of numbered captions holding line i (①… / ②… / ③…) over one photo credit: [first, credit); null
 * where line i stands in none. One set, one photo story, whatever stood above it.
 */
function numberedCaptions(page: StoryLines, i: number): [number, number] | null {
  const caption = (k: number) => plainText(page.lines[k]) && NUMBERED_CAPTION.test(page.lines[k]!.text);
  if (!caption(i)) return null;
  let start = i;
  let end = i + 1;
  while (caption(start - 1)) start--;
  while (caption(end)) end++;
  const credit = page.lines[end];
  return end - start >= 2 && credit?.kind === "byline" && credit.photo === true ? [start, end] : null;
}

/** A poem prints at least this many short lines that end no sentence under its title and byline… */
const MIN_VERSE = 3;
/** …each no wider than this (prose lines of a print column are wider). */
export const MAX_VERSE_LINE = 16;
/** A deck stands in this many lines at most above a byline printed bare. */
const MAX_DECK = 3;
/** A line that stands under a story's headline, never under a list's last row: a credit, a dateline, a first paragraph. */
const underHeadline = (line: PageLine | undefined) => line !== undefined && (line.kind === "byline" || line.kind === "dateline" || line.kind === "subtitle" || plainText(line));
/** No deck prints this many short lines (banner, kicker, a title of two lines): so many stacked are a list. */
const LIST_RUN = 5;

/** A line short enough to be a verse line or a list's row. */
const rowLike = (line: PageLine | undefined) => line !== undefined && (line.kind === "short" || plainText(line)) && line.text.length <= MAX_VERSE_LINE;

/** Verse from line `from` on: short lines, most of them stopping where no sentence ends. */
function isVerse(page: StoryLines, from: number): boolean {
  if (endsSentence(page.lines[from]?.text ?? "")) return false;
  let k = from;
  let open = 0;
  for (; rowLike(page.lines[k]); k++) if (!endsSentence(page.lines[k]!.text)) open++;
  return open >= MIN_VERSE && open * 2 > k - from;
}

/**
 * A name alone under its headline, over prose, or over a poem under a deck of at most three
 * short lines that is no poem's verse itself: a byline printed bare. In a poem, a verse line
 * like 黄昏 is no name: only prose under it makes it one.
 */
function bareByline(page: StoryLines, i: number): boolean {
  const line = page.lines[i]!;
  if (!nameAlone(line) || page.lines[i - 1]?.kind !== "short") return false;
  const under = page.lines[i + 1];
  if (under?.kind === "text" && under.text.length > MAX_VERSE_LINE) return true;
  let start = i;
  while (start > 0 && page.lines[start - 1]!.kind === "short") start--;
  return i - start <= MAX_DECK && page.lines[start - 1]?.kind !== "byline" && isVerse(page, i + 1);
}

/** Where the poem holding line i starts: the first verse-like line under a titled piece's byline; -1 where it stands in none. */
function verseStart(page: StoryLines, i: number): number {
  for (let k = i; k >= 1 && rowLike(page.lines[k]); k--) {
    const above = page.lines[k - 1]!;
    if (above.kind === "byline" || bareByline(page, k - 1)) return page.lines[k - 2]?.kind === "short" && isVerse(page, k) ? k : -1;
  }
  return -1;
}

/** The readings line i may take; null where its kind settles it. */
export function rolesOf(page: StoryLines, i: number): readonly Role[] | null {
  const line = page.lines[i]!;
  if (line.kind === "short") {
    const roles: Role[] = ["heading", "subhead", "body", "row"];
    if (nameAlone(line)) roles.push("credit", "byline");
    if (signsNotice(line)) roles.push("signature");
    return roles;
  }
  // A box's label closes its story's text, or stands alone where no story is open.
  if (line.kind === "sidebar") return ["aside", "heading"];
  // A few words and a colon open a letter (编辑同志：) or a list (食材：), or lead into a headline (阳谷：) right over its credit.
  if (line.kind === "text" && line.salutation && leadIn(page, i)) return ["body", "heading"];
  // A short question may head a box, or a headline that asks and answers (…怎么看？权威解答来了); led by a bullet it is an
  // item's text, led by a turn's mark (问：…？) an interview's turn.
  if (line.kind === "text" && questionHeadline(line.text) && !line.reporters && !line.source && !line.bullet && !INTERVIEW_TURN.test(line.text)) return ["heading", "body"];
  if (overPhotoCredit(page, i) || numberedCaptions(page, i) !== null) return ["body", "photo"];
  // A byline between lines of text closes the story above, or is the byline of a story whose text goes on.
  if (line.kind === "byline" && !line.photo && page.lines[i - 1]?.kind === "text" && plainText(page.lines[i + 1])) return ["credit", "byline"];
  // A short line of text is kept as printed only as a poem's line.
  if (rowLike(line) && verseStart(page, i) >= 0) return ["body", "row"];
  return null;
}

/** A question short enough to head a story, maybe with a short phrase after it and no clause (中考新政怎么看？权威解答来了). */
const QUESTION_HEADLINE = /[？！]$|^[^。，,；;！？]{2,20}[？！][^。，,；;！？]{2,12}$/u;
const questionHeadline = (text: string) => text.length <= 24 && QUESTION_HEADLINE.test(text);

/** How a paragraph opens, where items of a run open alike: on a date, with its year or without. */
function leadShape(text: string | undefined): string | null {
  if (text === undefined) return null;
  if (/^\d{4}年\d{1,2}月\d{1,2}日/u.test(text)) return "a date with its year";
  return /^\d{1,2}月\d{1,2}日/u.test(text) ? "a date" : null;
}

/** A line that may head an item: a short line, or a question short enough to be a headline. */
const headLike = (line: PageLine | undefined) => line !== undefined && (line.kind === "short" || (plainText(line) && questionHeadline(line.text) && !INTERVIEW_TURN.test(line.text)));

/**
 * The headline of the item holding line i, where that item prints no credit over its text: the nearest line above
 * that may head an item and stands at the top of its text (no text right above it), over a paragraph, with no byline
 * or dateline over its deck. Lines that may head an item with text above them are passed, as items of the same run;
 * -1 where a credit or other line comes first.
 */
function itemHead(page: StoryLines, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const line = page.lines[k]!;
    if (headLike(line)) {
      if (plainText(page.lines[k - 1]) && !headLike(page.lines[k - 1])) continue;
      // A story credited over its text (a byline or dateline above the line) is no item printing none.
      let top = k;
      while (headLike(page.lines[top - 1])) top--;
      const above = page.lines[top - 1]?.kind;
      return plainText(page.lines[k + 1]) && above !== "byline" && above !== "dateline" && above !== "subtitle" ? k : -1;
    }
    if (!plainText(line)) return -1;
  }
  return -1;
}

/** What two items of a run print alike: a headline that asks, or a first paragraph opening on a date. */
function itemShape(page: StoryLines, head: number): string | null {
  return questionHeadline(page.lines[head]!.text) ? "a headline that asks" : leadShape(page.lines[head + 1]?.text);
}

/** The run of undecided lines around line i: [start, end). */
function runAround(page: StoryLines, i: number): [number, number] {
  // A document's dated signature (its issuer over the date) ends it: no deck runs across it.
  const run = (k: number) => page.lines[k]?.kind === "short" && page.lines[k]!.dated !== true;
  if (page.lines[i]!.dated) return [i, i + 1];
  let start = i;
  let end = i + 1;
  while (start > 0 && run(start - 1)) start--;
  while (run(end)) end++;
  return [start, end];
}

/** The first line after the run of short lines that holds line i, past any subtitles. */
function afterDeck(page: StoryLines, i: number): PageLine | undefined {
  let k = runAround(page, i)[1];
  while (page.lines[k]?.kind === "subtitle") k++;
  return page.lines[k];
}

const heading = (weight: number, saw: string) => ({ weights: { heading: weight }, saw });
/**
 * 阳谷： right over a headline right over its byline or dateline, where a story has just ended (or none
 * has begun): a place leading into the headline. Under a byline, 教练说： is the story's first line.
 */
function leadIn(page: StoryLines, i: number): boolean {
  const [above, line, title, credit] = [page.lines[i - 1], page.lines[i]!, page.lines[i + 1], page.lines[i + 2]];
  const ended = above === undefined || (above.kind === "text" && (endsSentence(above.text) || above.closing === true || above.source !== undefined || above.reporters !== undefined));
  return line.salutation === true && !SAYS.test(line.text) && ended && title?.kind === "short" && (credit?.kind === "byline" || credit?.kind === "dateline");
}

/** Words that introduce what someone says: 教练说：, 他表示： (a lead-in names a place or a topic, never a speaker). */
const SAYS = /(?:说|道|表示|指出|介绍|强调|认为|称|问|答)[:：]$/u;

/** A story's first paragraph says when or where first: 12月13日，… 近日，… 日前，… 记者从…获悉 */
export const LEAD_PARAGRAPH = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|凌晨|中午|傍晚|晚|夜)?[，,]|(?:近日|日前|近期|连日来|今年以来|入冬以来|入夏以来)[，,]|记者从\p{Script=Han}{2,20}获悉)/u;

export const EVIDENCE: readonly EvidenceRule[] = [
  {
    // A rule across the column parts two stories: a short line under it heads the next one.
    name: "below-rule",
    weigh: (page, i) => (page.lines[i]!.belowRule ? heading(STRONG, "a rule line stands above it") : null),
  },
  {
    // An editorial system's tag says what the line is: a headline's line heads its story, a line tagged as text does not.
    name: "tagged",
    weigh(page, i) {
      const line = page.lines[i]!;
      const field = line.tagged;
      if (field === undefined) return null;
      if (field === "subhead") return { weights: { subhead: TAGGED }, saw: `tagged as a subhead: ${line.text}` };
      if (field === "body") return { weights: { heading: -TAGGED }, saw: "tagged as the story's text" };
      return heading(TAGGED, `tagged as the ${field}: ${line.text}`);
    },
  },
  {
    // A byline, dateline or caption under a line says a story starts there: the line is its headline.
    name: "over-credit",
    weigh(page, i) {
      const line = page.lines[i]!;
      const run = runAround(page, i);
      const end = line.kind === "short" ? run[1] : i + 1;
      const below = page.lines[end];
      if (below?.kind === "subtitle" && (line.kind === "short" || below.kind === "subtitle")) return heading(DECISIVE, `a dash-led subtitle under it: ${below.text}`);
      const next = line.kind === "short" ? afterDeck(page, i) : below;
      const kind = next?.kind;
      if (kind === "byline" || (line.kind === "short" && (kind === "dateline" || kind === "caption"))) return heading(DECISIVE, `a ${kind} under it: ${next!.text}`);
      return null;
    },
  },
  {
    // Two or more short lines stacked: a deck (kicker, title), never two subheads in a row.
    name: "stacked",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "short") return null;
      const [start, end] = runAround(page, i);
      // A numbered part heads its part, never a deck: over its first sub-part (一、… / （一）…) or over a line its text begins with.
      if (partLabel(page.lines[start]!)) return null;
      return end - start >= 2 ? heading(DECISIVE, `${end - start} short lines stacked`) : null;
    },
  },
  {
    // …年项目进展情况（部分） over 项目名称｜建设内容｜… rows in a credited story, its text going on under the table: the table's title, in the story.
    // Under a finished story, over rows closed by a note on them (注：…): a table of its own, and this its headline.
    name: "table-in-the-text",
    weigh(page, i) {
      const line = page.lines[i]!;
      // Inside a reported story (its byline or dateline above): a service item's table under its own title is an item of its own.
      if (line.kind !== "short" || page.data.has(line) || !plainText(page.lines[i - 1]) || !endsSentence(page.lines[i - 1]!.text)) return null;
      let k = i + 1;
      while (page.lines[k] !== undefined && page.data.has(page.lines[k]!) && inTable(page, k) !== null) k++;
      if (k - i - 1 < MIN_TABLE_ROWS) return null;
      // A note on the table under its rows (注：…) is the table's own last line, not the story's text going on: a table
      // printed apart, with its own title. Rows closing the story with no note (积分榜 under a match report) stay its own.
      if (plainText(page.lines[k]) && TABLE_NOTE.test(page.lines[k]!.text)) return heading(SOME + 2, `the title of a table closed by its own note, the story above finished: ${line.text}`);
      return plainText(page.lines[k]) && storyCredit(page, i) !== undefined ? { weights: { row: DECISIVE + SOME, heading: -DECISIVE }, saw: `the title of a table the story's text goes on under: ${line.text}` } : null;
    },
  },
  {
    // More short lines stacked than any deck prints (一等奖 / 《父亲的书架》 张晓红 / …): a list under its title, each line a row.
    name: "list-stack",
    weigh(page, i) {
      const line = page.lines[i]!;
      if (page.listRows.has(line)) return { weights: { row: DECISIVE + SOME, heading: -DECISIVE }, saw: "one of more short lines stacked than a deck prints: a list's row" };
      return line.kind === "short" && page.lines[i + 1] !== undefined && page.listRows.has(page.lines[i + 1]!) ? heading(STRONG, "over a list of short lines: its title") : null;
    },
  },
  {
    // 公　告, 讣　告: a title spaced out character by character, as documents and notices print theirs (a name so spaced is a byline).
    name: "spaced-title",
    weigh(page, i) {
      const line = page.lines[i]!;
      return line.kind === "short" && SPACED_OUT.test(line.text) && !nameAlone(line) ? heading(DECISIVE, `a title spaced out character by character: ${line.text}`) : null;
    },
  },
  {
    // 阳谷： over a headline over its credit: a place leading into the story's headline, its kicker (a letter's 编辑同志： stands over text).
    name: "lead-in-over-a-deck",
    weigh: (page, i) => (leadIn(page, i) ? heading(DECISIVE, `a lead-in over the headline ${page.lines[i + 1]!.text}, its ${page.lines[i + 2]!.kind} under it`) : null),
  },
  {
    // 编辑同志： under it: a letter's salutation opens the letter's text, and the line over it is the letter's title.
    name: "over-a-salutation",
    weigh: (page, i) => (page.lines[i + 1]?.salutation ? heading(DECISIVE, `a letter's salutation under it: ${page.lines[i + 1]!.text}`) : null),
  },
  {
    name: "over-article-meta",
    weigh: (page, i) => (page.lines[i]!.overMeta ? heading(DECISIVE, "a web article's meta lines (来源, 发布时间) stand under it") : null),
  },
  {
    name: "glued-to-text",
    weigh: (page, i) => (page.lines[i]!.glued ? heading(STRONG, "printed glued to the line after it by spaces, as an index glues a title to its story") : null),
  },
  {
    name: "bullet",
    weigh: (page, i) => (page.lines[i]!.bullet ? heading(DECISIVE, "led by a bullet: an item of its own") : null),
  },
  {
    // Under a credited story, a line whose text below closes on a credit line of its own (答疑专家：… 任雅琴):
    // a box that is its own item (a question a doctor answers), not more of the story above.
    name: "over-a-credited-box",
    weigh(page, i) {
      if (rolesOf(page, i)?.includes("heading") !== true || storyCredit(page, i) === undefined) return null;
      let k = i + 1;
      while (plainText(page.lines[k])) k++;
      const credit = page.lines[k];
      return k > i + 1 && credit?.kind === "byline" && !credit.photo && plainText(page.lines[k - 1]) && endsSentence(page.lines[k - 1]!.text) ? heading(DECISIVE, `the text under it closes on a credit of its own: ${credit.text}`) : null;
    },
  },
  {
    // Under a finished sentence, over a document's text that runs (its list's rows too) to its dated signature: the document's title.
    name: "over-a-signed-document",
    weigh(page, i) {
      const before = page.lines[i - 1];
      // A numbered part (第三章 附则) heads a part of the document, not a document.
      if (page.lines[i]!.kind !== "short" || partLabel(page.lines[i]!) || (before !== undefined && !endsSentence(before.text) && !before.dated)) return null;
      let k = i + 1;
      while (plainText(page.lines[k]) || (page.lines[k]?.kind === "short" && LIST_ROW.test(page.lines[k]!.text))) k++;
      return k > i + 1 && page.lines[k]?.dated ? heading(DECISIVE, `the text under it runs to the document's signature: ${page.lines[k]!.text}`) : null;
    },
  },
  {
    // Text under the line that ends with a credit or source of its own: wire and brief copy prints no byline above.
    name: "closed-below",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "short") return null;
      let k = i + 1;
      while (page.lines[k]?.kind === "text" && !page.lines[k]!.reporters && !page.lines[k]!.source) k++;
      const last = page.lines[k];
      // Text closing on a credit may be the last part of a story parted by subheads, or one paragraph of it; it is another
      // story's where the story above is credited already.
      const closes = last?.kind === "text" && (last.source !== undefined || last.reporters !== undefined) && (storyCredit(page, i) !== undefined || (k > i + 1 && !partedAbove(page, i)));
      return closes ? heading(DECISIVE, `the text under it closes on its own credit or source: ${last.text.slice(-12)}`) : null;
    },
  },
  {
    // Under a story's open text, with no byline above, text closing on a credit that names its outlet
    // (……。（本报记者 程远 实习生 舒畅）): that is the story's byline moved to its end, so the line parts its text, heading no story.
    name: "byline-at-the-end",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "short" || !plainText(page.lines[i - 1]) || storyCredit(page, i) !== undefined) return null;
      let k = i + 1;
      while (plainText(page.lines[k])) k++;
      const last = page.lines[k];
      return last?.kind === "text" && last.outletCredit ? { weights: { heading: -DECISIVE }, saw: `the text under it closes on the story's byline: ${last.text.slice(-12)}` } : null;
    },
  },
  {
    // A headline-like line (no clause break) alone at the end, with no story line after it: a story of its own, left empty.
    name: "last-line",
    weigh(page, i) {
      const line = page.lines[i]!;
      const alone = page.lines[i - 1]?.kind !== "short";
      return line.kind === "short" && alone && i === page.lines.length - 1 && !/[，,；;]/u.test(line.text) ? heading(DECISIVE, "nothing of a story follows it") : null;
    },
  },
  {
    // One paragraph, then a photographer's credit: a captioned photo, and the line over it is its title.
    name: "over-a-credited-photo",
    weigh(page, i) {
      const caption = page.lines[i + 1];
      const credit = page.lines[i + 2];
      return page.lines[i]!.kind === "short" && caption?.kind === "text" && credit?.kind === "byline" && credit.photo ? heading(STRONG, `one paragraph under it, then a photo credit: ${credit.text}`) : null;
    },
  },
  {
    // After a finished sentence, a paragraph that opens as a story's first one does (12月13日，… 近日，…)
    // says a new story may start: not enough alone, since a subhead may stand there too.
    name: "lead-paragraph-under",
    weigh(page, i) {
      const before = page.lines[i - 1];
      const after = page.lines[i + 1];
      if (page.lines[i]!.kind !== "short" || !before || !after || after.kind !== "text" || !endsSentence(before.text) || !LEAD_PARAGRAPH.test(after.text)) return null;
      return heading(SOME + 2, `a sentence ends above it and a lead paragraph opens under it: ${after.text.slice(0, 8)}…`);
    },
  },
  {
    // 武昌起义爆发 / 1911年10月10日晚，… … 第18届奥运会在东京开幕 / 1964年10月10日，…: under a finished sentence, a short line
    // over a paragraph that opens as the paragraph right under the story's own headline does is the next item's headline.
    name: "like-the-item-above",
    weigh(page, i) {
      const line = page.lines[i]!;
      const before = page.lines[i - 1];
      if (!headLike(line) || !plainText(before) || headLike(before) || !endsSentence(before!.text) || !plainText(page.lines[i + 1])) return null;
      const shape = itemShape(page, i);
      const head = shape === null ? -1 : itemHead(page, i);
      return head >= 0 && itemShape(page, head) === shape ? heading(SOME + 2, `${shape}, as the item above (${page.lines[head]!.text}) does: the next item of the run`) : null;
    },
  },
  {
    // 服务热线：96588, 预约电话：0538-6987654 under an item's text: the item's contact line, its last, never a line of the next deck.
    name: "contact-line",
    weigh(page, i) {
      const line = page.lines[i]!;
      // Last on the page, it may be the page's own (新闻线索热线：…), as furniture is: it is an item's only where an item above
      // closed on one too.
      const contact = (k: number) => page.lines[k]!.kind === "short" && CONTACT.test(page.lines[k]!.text) && plainText(page.lines[k - 1]);
      const items = () => i + 1 < page.lines.length || page.lines.some((_, k) => k < i && contact(k));
      return contact(i) && items() ? { weights: { heading: -2 * DECISIVE, subhead: -DECISIVE }, saw: `a label over a telephone number under the text: ${line.text}` } : null;
    },
  },
  {
    // 冷知识 over 秋天的树叶为什么会变红？ over its answer: a column's label atop a headline that asks, no subhead and no text.
    name: "label-over-a-question",
    weigh(page, i) {
      const line = page.lines[i]!;
      const under = page.lines[i + 1];
      const before = page.lines[i - 1];
      if (line.kind !== "short" || !labelShape(line.text) || under?.kind !== "text" || !questionHeadline(under.text) || INTERVIEW_TURN.test(under.text) || !plainText(page.lines[i + 2])) return null;
      return before === undefined || endsSentence(before.text) || !plainText(before) ? heading(DECISIVE, `a label over the headline that asks: ${under.text}`) : null;
    },
  },
  {
    // Text on both sides: the story goes on around the line.
    name: "parts-the-text",
    weigh(page, i) {
      const after = page.lines[i + 1];
      return page.lines[i]!.kind === "short" && (after?.kind === "text" || after?.kind === "dateline") ? { weights: { subhead: 3 }, saw: "text goes on under it" } : null;
    },
  },
  {
    name: "too-long-for-subhead",
    weigh: (page, i) => (page.lines[i]!.text.replace(/\s/gu, "").length > MAX_SUBHEAD ? { weights: { subhead: -DECISIVE }, saw: `longer than ${MAX_SUBHEAD} characters` } : null),
  },
  {
    name: "part-label",
    weigh: (page, i) => (partLabel(page.lines[i]!) ? { weights: { subhead: STRONG }, saw: "a numbered part or an editor's note label" } : null),
  },
  {
    name: "over-a-turn",
    weigh: (page, i) => (INTERVIEW_TURN.test(page.lines[i + 1]?.text ?? "") ? { weights: { subhead: STRONG }, saw: `an interview turn under it: ${page.lines[i + 1]!.text.slice(0, 8)}` } : null),
  },
  {
    name: "paragraph-opening",
    weigh: (page, i) => (PARAGRAPH_OPENER.test(page.lines[i]!.text) ? { weights: { heading: -SOME, subhead: -STRONG }, saw: "it opens like a paragraph" } : null),
  },
  {
    // As wide as the page's lines of text (a hard-wrapped page): a line of a paragraph more likely than a headline.
    name: "as-wide-as-text",
    weigh(page, i) {
      const width = page.lines[i]!.text.length;
      return width >= page.typicalWidth - 2 ? { weights: { heading: -SOME, subhead: -SOME }, saw: `${width} characters, as wide as the page's lines of text (${page.typicalWidth})` } : null;
    },
  },
  {
    // 开发区打造… / 开发区聚焦…: a line opening like another paragraph starts one, unless a paragraph plainly starts under it.
    name: "like-a-sibling",
    weigh(page, i) {
      const line = page.lines[i]!;
      return line.kind === "short" && startsLikeAnother(page, line) && !startsParagraph(page, page.lines[i + 1]) ? { weights: { subhead: -STRONG }, saw: `it opens like another paragraph (${leadOf(line.text)}…)` } : null;
    },
  },
  {
    // A line that stops in the middle of a word goes on in the next: no headline and no subhead.
    name: "ends-mid-word",
    weigh(page, i) {
      const line = page.lines[i]!;
      const next = page.lines[i + 1];
      // Only a line that could have been cut: one as wide as a wrapped page's lines, or any line where the page prints a paragraph to a line.
      const couldBeCut = line.text.length >= page.typicalWidth - 4 || page.typicalWidth > PARAGRAPH_LINE;
      return couldBeCut && next !== undefined && next.kind !== "byline" && next.kind !== "dateline" && endsMidWord(line.text, next.text) ? { weights: { heading: -STRONG, subhead: -STRONG }, saw: `a word runs on into the next line: …${line.text.slice(-2)}|${next.text.slice(0, 2)}…` } : null;
    },
  },
  {
    // 王晓东 alone after a story's last sentence, with no text going on under it: the story's author, printed bare.
    name: "name-after-the-text",
    weigh(page, i) {
      const line = page.lines[i]!;
      const before = page.lines[i - 1];
      const after = page.lines[i + 1];
      if (!nameAlone(line) || before?.kind !== "text" || !endsSentence(before.text) || after?.kind === "text" || after?.kind === "dateline") return null;
      return { weights: { credit: DECISIVE + SOME }, saw: `a person's name alone after the story's last sentence: ${line.text}` };
    },
  },
  {
    // 林青禾 alone under a headline, over prose or a poem: the byline 副刊 and opinion pages print without ■.
    name: "name-under-headline",
    weigh: (page, i) => (bareByline(page, i) ? { weights: { byline: DECISIVE + SOME }, saw: `a person's name alone under the headline, over the text: ${page.lines[i]!.text}` } : null),
  },
  {
    // A byline under a story's text is its closing credit, as a rule: what follows is another story.
    name: "credit-under-text",
    weigh: (page, i) => (page.lines[i]!.kind === "byline" && page.lines[i - 1]?.kind === "text" ? { weights: { credit: SOME }, saw: `a byline under the story's text: ${page.lines[i]!.text}` } : null),
  },
  {
    // An e-paper index prints a story's byline after its first paragraph, pushed right: under a
    // titled story's lead, with no byline above and no brackets, the text goes on under it.
    name: "byline-under-the-lead",
    weigh(page, i) {
      const line = page.lines[i]!;
      if (line.kind !== "byline" || /^[(（]/u.test(line.text) || page.lines[i - 2]?.kind !== "short" || !endsSentence(page.lines[i - 1]!.text)) return null;
      return { weights: { byline: STRONG }, saw: `a byline under the story's first paragraph, its text going on: ${line.text}` };
    },
  },
  {
    // 老屋 over 周晓白 over prose: a headline over its byline printed bare.
    name: "over-a-bare-byline",
    weigh: (page, i) => (page.lines[i]!.kind === "short" && page.lines[i + 1] !== undefined && bareByline(page, i + 1) ? heading(DECISIVE, `a name printed bare under it: ${page.lines[i + 1]!.text}`) : null),
  },
  {
    // Short lines under a titled piece's byline, most stopping where no sentence ends: a poem, each line as printed.
    name: "verse",
    weigh(page, i) {
      const start = verseStart(page, i);
      return start >= 0 ? { weights: { row: DECISIVE + SOME }, saw: `verse under the byline ${page.lines[start - 1]!.text}, from ${page.lines[start]!.text}` } : null;
    },
  },
  {
    // A poem's lines run on to the next poem's title, the one line right over its byline (颠出了声响 / 麦浪 / ◎ 江畔),
    // or to a signature after its last line (——穆青禾): the lines above that are verse, not a deck over that credit.
    name: "poem-goes-on",
    weigh(page, i) {
      const start = verseStart(page, i);
      const next = page.lines[i + 1];
      if (start < 0 || next === undefined || next.kind === "byline" || bareByline(page, i + 1)) return null;
      return { weights: { heading: -2 * DECISIVE }, saw: `a line of the poem from ${page.lines[start]!.text}, not right over the next poem's byline` };
    },
  },
  {
    // Short lines under a line ending in a colon (本轮其他比赛结果：), or numbered in a run (1. 青山队 24分): a list's rows.
    // Short lines over a byline, dateline or subtitle are a deck, whatever stands above them.
    name: "list-rows",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "short") return null;
      const [start, end] = runAround(page, i);
      // A document's signature ends its list: what stands under it is no row of that list.
      if (page.lines.slice(start, i + 1).some((l) => l.dated)) return null;
      const under = page.lines[end]?.kind;
      if (under === "byline" || under === "dateline" || under === "caption" || under === "subtitle") return null;
      const above = page.lines[start - 1];
      const numbered = page.lines.slice(start, end).filter((l) => LIST_ROW.test(l.text)).length >= 2;
      if (numbered) return { weights: { row: DECISIVE + SOME }, saw: "numbered rows in a run" };
      return above?.kind === "text" && INTRODUCES.test(above.text) ? { weights: { row: DECISIVE + SOME }, saw: `rows under ${above.text.slice(-10)}` } : null;
    },
  },
  {
    // Rows of figures (名次 代表团 金牌 总分 / 1 青山区 42 1268.5), the 附 line over them, the source under them: a table, each line as printed.
    name: "table",
    weigh(page, i) {
      const saw = page.lines[i]!.kind === "short" ? inTable(page, i) : null;
      // Stacked short lines over a byline read as a deck: a table is none, however many of its rows stand there.
      return saw ? { weights: { row: DECISIVE + STRONG, heading: -2 * DECISIVE, subhead: -DECISIVE }, saw } : null;
    },
  },
  {
    // 以案释法 over 借条没写利息，能否主张利息？ over text: a column's label over a headline that asks.
    name: "question-under-a-label",
    weigh(page, i) {
      const line = page.lines[i]!;
      const above = page.lines[i - 1];
      const under = page.lines[i + 1];
      if (line.kind !== "text" || !/[？?]$/u.test(line.text) || above?.kind !== "short" || !labelShape(above.text) || (under?.kind !== "text" && under?.kind !== "byline" && under?.kind !== "dateline")) return null;
      return heading(STRONG, `a question under the label ${above.text}, over the story's text`);
    },
  },
  {
    // 停电时间：… / 停电范围：… / 影响区域：…: a run of fields, an item's details, each line as printed.
    name: "fields",
    weigh: (page, i) => (page.lines[i]!.kind === "short" && inFields(page, i) ? { weights: { row: DECISIVE + STRONG, heading: -2 * DECISIVE, subhead: -DECISIVE }, saw: `a field in a run of fields: ${page.lines[i]!.text.slice(0, 10)}` } : null),
  },
  {
    // 城北片区线路检修 over 停电时间：… 停电范围：…: a short line over a run of fields is its item's title.
    // Fields written as sentences (穿衣指数：炎热，宜穿短衫。) are a story's text: a line over them may be its subhead.
    name: "over-fields",
    weigh(page, i) {
      const line = page.lines[i]!;
      return line.kind === "short" && !fieldShaped(line) && page.lines[i + 1]?.kind === "short" && inFields(page, i + 1) && fieldShaped(page.lines[i + 2]) ? heading(STRONG, `a run of fields under it: ${page.lines[i + 1]!.text.slice(0, 10)}`) : null;
    },
  },
  {
    // A short line right under a table's last row or an item's last field, over more lines: what the table or item closed, another story opens.
    name: "after-the-data",
    weigh(page, i) {
      const line = page.lines[i]!;
      const before = page.lines[i - 1];
      const after = page.lines[i + 1];
      if (line.kind !== "short" || line.dated || page.data.has(line) || before === undefined || !page.data.has(before) || after === undefined || page.data.has(after)) return null;
      return heading(STRONG, `the table or run of fields above ends at it: ${before.text.slice(0, 10)}`);
    },
  },
  {
    // 水城市城市管理局 / 2024年6月11日 under 特此通告。, or under a notice of a run of notices: the notice's issuer and date.
    name: "signs-the-notice",
    weigh(page, i) {
      if (!signsNotice(page.lines[i]!)) return null;
      if (page.lines[i]!.dated) return { weights: { signature: DECISIVE + SOME }, saw: "an issuer's name over the date, under the document's last line" };
      let k = i - 1;
      while (k >= 0 && page.lines[k]!.kind === "short" && signsNotice(page.lines[k]!)) k--;
      const above = page.lines[k];
      if (above?.noticeEnd) return { weights: { signature: DECISIVE + SOME }, saw: `under the notice's closing formula ${above.text}` };
      const run = above?.kind === "text" ? noticesRun(page, k) : undefined;
      return run ? { weights: { signature: DECISIVE + SOME }, saw: `under a notice of the run of ${run.text}` } : null;
    },
  },
  {
    // 专家提醒 / … / 农时提示 / …: a story closes on one box; a second box's name right under a box's text opens an item of its own.
    name: "box-after-a-box",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "sidebar") return null;
      // A short line among the box's text that the line above leads into is a piece of it (a column jump cut its paragraph).
      const piece = (k: number) => page.lines[k]!.kind === "short" && plainText(page.lines[k + 1]) && (page.lines[k - 1]?.kind === "sidebar" || (plainText(page.lines[k - 1]) && endsOpen(page.lines[k - 1]!.text)));
      let k = i - 1;
      while (k > 0 && (plainText(page.lines[k]) || piece(k))) k--;
      const above = page.lines[k];
      // The box above closes its story's text; a box at a story's head (人物名片 under the byline) is followed by the story's text.
      const closing = above?.kind === "sidebar" && page.lines[k - 1]?.kind === "text";
      return k < i - 1 && closing ? heading(DECISIVE + STRONG, `right under the box ${above.text}: a box of its own`) : null;
    },
  },
  {
    // 以案说法, 律师提醒, 相关链接: a box's name after the story's text labels its aside.
    name: "box-label",
    weigh: (page, i) => (page.lines[i]!.kind === "sidebar" ? { weights: { aside: DECISIVE }, saw: `a box's name: ${page.lines[i]!.text}` } : null),
  },
  {
    // A box's name over text closing on its own credit, naming nobody the story above credits (记者 谌思琪 above,
    // ……。（记者 温亦凡） under 球迷观赛提示): another reporter's piece, a story of its own, not the story's box.
    name: "box-credited-apart",
    weigh(page, i) {
      if (page.lines[i]!.kind !== "sidebar") return null;
      const credit = storyCredit(page, i);
      let k = i + 1;
      while (plainText(page.lines[k])) k++;
      const last = page.lines[k];
      if (credit?.reporters === undefined || last?.kind !== "text" || !last.reporters?.length) return null;
      const above = new Set(credit.reporters.map((r) => r.name));
      return last.reporters.some((r) => above.has(r.name)) ? null : heading(DECISIVE + STRONG, `the box's text closes on a credit of its own, naming nobody the story above credits: ${last.text.slice(-12)}`);
    },
  },
  {
    // The story above prints its own byline or dateline: a photo credited at its end is the last caption's, a photo story of its own.
    name: "credited-story-above",
    weigh(page, i) {
      if (!overPhotoCredit(page, i)) return null;
      const credit = storyCredit(page, i);
      return credit ? { weights: { photo: STRONG }, saw: `the story above is credited already: ${credit.text.slice(0, 16)}` } : null;
    },
  },
  {
    // ①… ②… ③… over one photo credit: a set of photos, one photo story opening at its first caption, the rest its lines.
    name: "numbered-captions",
    weigh(page, i) {
      const set = numberedCaptions(page, i);
      if (set === null) return null;
      return i === set[0] ? { weights: { photo: DECISIVE }, saw: `the first of ${set[1] - set[0]} numbered captions over one photo credit` } : { weights: { body: DECISIVE + SOME }, saw: "a numbered caption of the set above" };
    },
  },
  {
    // Captions opening alike (9月30日，… 10月1日，… or 图①… 图②…) under a title or banner, with no credit of their own: one set under one credit.
    name: "set-of-captions",
    weigh(page, i) {
      if (!overPhotoCredit(page, i)) return null;
      let k = i;
      while (k > 0 && plainText(page.lines[k - 1]) && CAPTION_OPENING.test(page.lines[k - 1]!.text)) k--;
      const start = page.lines[k - 1];
      const count = i - k + 1;
      const headed = start === undefined || start.kind === "short" || start.kind === "caption" || start.source !== undefined || start.closing === true;
      return count >= 2 && headed && CAPTION_OPENING.test(page.lines[i]!.text) ? { weights: { body: DECISIVE }, saw: `${count} captions opening alike under one credit` } : null;
    },
  },
];

/**
 * A table's cell that is a figure, maybe with its unit or a verb before it: 2386.4亿元, 7.2%, 增长4.9%, 42;
 * a telephone number (0762-8210000); a date (7月13日), maybe with its weekday (7月11日（周六）); a time of day (19:30).
 */
const FIGURE_CELL = /^(?:\p{Script=Han}{0,2}[-+]?\d[\d.,]*(?:-\d+)*(?:%|‰|\p{Script=Han}{1,3}(?:\d{1,4}\p{Script=Han}{1,2})?)?(?:[(（]\p{Script=Han}{1,3}[)）])?|\d{1,2}[:：]\d{2})$/u;
/** A header row's cell: a word (名次, 代表团, 金牌), maybe with its unit in brackets (单价（元/公斤）). */
const HEADER_CELL = /^\p{Script=Han}{1,6}(?:[(（][^()（）\s]{1,8}[)）])?$/u;
/** At most this many characters in a cell of a table printed as text. */
const MAX_CELL = 16;
/** A row's cells, parted by spaces, or a figure's name parted from it by a colon (地区生产总值：2386.4亿元). */
const cellsOf = (text: string) => {
  const row = text.trim();
  // Cells ruled apart by bars (项目名称｜建设内容｜总投资（亿元）), as a table copied from a web page or a word processor prints them.
  if (BARRED.test(row)) return row.split(/\s*[｜|]\s*/u);
  return row.replace(/(?<=\p{Script=Han})[:：]\s*(?=\p{Script=Han}{0,2}[-+]?\d)/u, " ").split(/\s+/u);
};
/** A row of cells parted by two bars or more. */
const BARRED = /^[^｜|]+(?:[｜|][^｜|]+){2,}$/u;

/** A row of a table printed as text: cells parted by spaces, one of them a figure, no sentence in it (1 青山区 42 1268.5, 地区生产总值 2386.4亿元). */
export function tableRow(text: string): boolean {
  if (/[。，；！？]/u.test(text)) return false;
  const cells = cellsOf(text);
  return cells.length >= 2 && cells.every((c) => c.length <= MAX_CELL) && cells.some((c) => FIGURE_CELL.test(c));
}

/** A row of a table led by a figure (7日（周五） 多云 24℃～35℃, 1 青山区 42): like the rows beside it, never a title glued to its text. */
export function figureLedRow(text: string): boolean {
  return tableRow(text) && FIGURE_CELL.test(cellsOf(text)[0]!);
}

/** A table's header row: three or more words over a row of as many cells (名次 代表团 金牌 总分). */
function headerRow(text: string, under: string | undefined): boolean {
  const cells = cellsOf(text);
  return cells.length >= 3 && cells.every((c) => HEADER_CELL.test(c)) && under !== undefined && tableRow(under) && cellsOf(under).length === cells.length;
}

/** A label and a telephone number, nothing else: 服务热线：96588, 预约电话：0538-6987654, 咨询热线 0635-8241234. */
const CONTACT = /^\p{Script=Han}{2,6}[:：]?\s*(?:\d{3,5}[-－—]\d{5,8}(?:[-－—]\d{1,4})?|\d{5,12})$/u;
/** A note under a table's rows, on its figures: 注：…, 备注：…, 说明：… */
const TABLE_NOTE = /^(?:注|备注|说明)[:：]/u;
/** What introduces a table under a story (附：…) or says where its figures come from, under it (数据来源：…). */
const APPENDIX = /^附(?:表|录)?[:：]/u;
const FIGURES_SOURCE = /^(?:(?:数据|资料)?来源|发布(?:单位|机构))[:：]/u;

/** A row's cells parted by a wide gap (a tab, a full-width space, two spaces or more), three or more, no sentence in them. */
function gapCells(text: string | undefined): number {
  if (text === undefined || /[。，；！？]/u.test(text)) return 0;
  const cells = text.trim().split(/(?:\t|\u3000|\s{2,})\s*/u).filter((c) => c !== "");
  return cells.length >= 3 && cells.every((c) => c.length <= MAX_CELL) ? cells.length : 0;
}
/** Rows alike make a table when at least this many stand together. */
const MIN_ALIKE_ROWS = 3;

/**
 * Line i (of the lines `text` gives) is one of three or more lines together whose cells are parted by wide gaps,
 * as many in each (泰岳第一中学　　招生计划1200人　　学校代码3701): rows of a list or table, each as printed.
 */
export function rowsAlike(text: (k: number) => string | undefined, i: number): boolean {
  const n = gapCells(text(i));
  if (n === 0) return false;
  let start = i;
  let end = i + 1;
  while (gapCells(text(start - 1)) === n) start--;
  while (gapCells(text(end)) === n) end++;
  return end - start >= MIN_ALIKE_ROWS;
}

/** Line i is a line of a table: a row beside another row, its header row, the 附 line over it, or its source under it. */
function inTable(page: StoryLines, i: number): string | null {
  if (rowsAlike((k) => page.lines[k]?.text, i)) return "one of rows alike, their cells parted by wide gaps";
  const text = (k: number) => page.lines[k]?.text;
  const row = (k: number) => (text(k) !== undefined && tableRow(text(k)!)) || headerRow(text(k) ?? "", text(k + 1));
  const line = text(i)!;
  if (tableRow(line) && (row(i - 1) || row(i + 1))) return "a row of a table";
  if (headerRow(line, text(i + 1))) return "a table's header row";
  if (APPENDIX.test(line) && row(i + 1)) return "the line introducing the table under it";
  if (FIGURES_SOURCE.test(line) && row(i - 1)) return "the source of the table above it";
  return null;
}

/**
 * A field of an item's details: a label of a few characters (an indicator's maybe with its Latin name and figures, PM2.5平均浓度), a colon, its value, no sentence
 * ending inside it (停电时间：7月16日8:00至18:00, 原告：李某, 地点：东园街道文化广场).
 */
const FIELD = /^(?:\p{Script=Han}{2,6}|(?=[^:：]*\p{Script=Han}{2})[\p{Script=Han}A-Za-z\d.]{3,12})[:：]\s*[^\s。！？]/u;

/** A line opening as a field does (停电范围：…): in a run of fields, a new field, never the tail of the one above. */
export const opensField = (text: string) => FIELD.test(text);
/** A whole field: it opens as one and no sentence ends inside it. */
export const fieldText = (text: string) => FIELD.test(text) && !/[。！？](?!$)/u.test(text);
const fieldShaped = (line: PageLine | undefined) => line !== undefined && (line.kind === "short" || line.kind === "text") && fieldText(line.text);

/** Line i is a field of an item's run of fields: field-shaped, beside another field. */
export function inFields(page: Pick<StoryLines, "lines">, i: number): boolean {
  return fieldShaped(page.lines[i]) && (fieldShaped(page.lines[i - 1]) || fieldShaped(page.lines[i + 1]));
}

/** A line printed as data, whatever stands around it: a table's row, a header row's words, a field (label：value). */
export function printedAsData(text: string): boolean {
  const cells = cellsOf(text);
  return tableRow(text) || FIELD.test(text) || (cells.length >= 3 && cells.every((c) => HEADER_CELL.test(c)));
}

/** The notices marker (公告, 遗失声明 …) whose run holds line i: the nearest marker above, with no byline of a story between. */
function noticesRun(page: StoryLines, i: number): PageLine | undefined {
  for (let k = i; k >= 0; k--) {
    const line = page.lines[k]!;
    if (line.kind === "section") return NOTICE_MARKER.test(line.text) ? line : undefined;
    if (line.kind === "byline") return undefined;
  }
  return undefined;
}

/** A numbered row of a list or table: 1. 青山队 24分, （2）…, ③… */
const LIST_ROW = /^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|[①-⑳])\s*\S/u;

/** How a caption opens: the day the photo was taken (9月30日，…) or the photo's number (图①：…, 图2 …). */
const CAPTION_OPENING = /^(?:\d{1,2}月\d{1,2}日|图\s*[①-⑳\d一二三四五六七八九十])/u;

/** The byline or dateline of the story that holds line i, looking back over its text, subheads and boxes; undefined where it prints none. */
function storyCredit(page: StoryLines, i: number): PageLine | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const line = page.lines[k]!;
    // A story's byline moved to its end (……。（本报记者 邵雨桐）) credits the story above too.
    // A dateline with no credit in it (本报讯 近日，…) credits nobody: its story's credit is still to come, at its end.
    if ((line.kind === "dateline" && (line.reporters?.length ?? 0) > 0) || (line.kind === "byline" && !line.photo) || bareByline(page, k) || line.outletCredit) return line;
    if (!plainText(line) && line.kind !== "short" && line.kind !== "sidebar") return undefined;
  }
  return undefined;
}

/** The text above line i, back to its story's start, is parted by a subhead: a short line with text on both sides. */
function partedAbove(page: StoryLines, i: number): boolean {
  for (let k = i - 1; k > 0 && (plainText(page.lines[k]) || page.lines[k]!.kind === "short"); k--) {
    if (page.lines[k]!.kind === "short" && plainText(page.lines[k - 1]) && plainText(page.lines[k + 1])) return true;
  }
  return false;
}

/**
 * What every reading of a line weighs before any evidence: inside a story a short line carries
 * it on; a caption over a photo credit is that photo's, apart from the text above, unless evidence says the set is one.
 */
export const PRIOR: Record<Role, number> = { heading: -SOME, subhead: 0, body: 0, credit: -SOME, aside: -SOME, photo: 2, byline: -SOME, row: -SOME, signature: -SOME };

/** Every rule's evidence about line i. */
export function evidenceFor(page: StoryLines, i: number): Seen[] {
  return EVIDENCE.flatMap((rule) => {
    const seen = rule.weigh(page, i);
    return seen ? [{ rule: rule.name, ...seen }] : [];
  });
}

/** A body line's text stops where its sentence goes on: the next line carries it on, unless it plainly opens a paragraph. */
export function carriesOn(page: StoryLines, previous: PageLine, line: PageLine): boolean {
  return !previous.asPrinted && endsOpen(previous.text) && (endsMidClause(previous.text) || !startsParagraph(page, line));
}
