/**
 * Before classifying: rejoin paragraphs that arrive broken into print lines.
 * - Pages exported with every print line on its own line mark paragraph starts by
 *   indentation (two spaces or 　　): an unindented line continues an unfinished
 *   indented paragraph.
 * - Hard-wrapped pages (OCR: a break every 18–26 characters, blank lines or none) break a
 *   line where the print column ended. A line that fills its column and stops
 *   mid-sentence goes on in the next line; a short line, or one that ends a sentence,
 *   ends its paragraph. A new paragraph's indentation, a byline or a dateline always
 *   starts afresh. Chinese joins without a space; a word cut at the line end is whole again.
 * Other pages pass through line by line.
 */
import { DATELINE } from "../article/dateline.ts";
import { endsMidClause, endsOpen, endsSentence, hanCount } from "./chars.ts";
import { BYLINE_MARK, isBoxName, isByline, isCaption, isStudentCredit, SALUTATION } from "./classify.ts";
import { personNames, SPACED_OUT, workCredit } from "./credits.ts";
import { fieldText, figureLedRow, opensField, PARAGRAPH_OPENER, printedAsData, rowsAlike, tableRow } from "./evidence.ts";
import { articleMeta, furnitureOf } from "./furniture.ts";
import { titlesNotice } from "./notice.ts";
import { endsMidWord } from "./words.ts";

export interface SourceLine {
  /** 1-based line number of the (first) source line. */
  line: number;
  text: string;
  /** A headline parted from the line it was glued to (unglue). */
  glued?: boolean;
}

/** A paragraph's indent: a few spaces; a line pushed far right (a byline set flush right) is not indented. */
const INDENT = /^(?:[ \t]{2,8}|\u3000{1,4})(?=\S)/u;
/** Indentation counts as the paragraph mark when this share of lines (and at least 3) has it. */
const INDENTED_SHARE = 0.2;
/** A page is hard-wrapped when its lines of text are this narrow (in full-width characters, median)… */
const MAX_WRAP_WIDTH = 30;
/** …counting lines at least this wide, not headlines, bylines and page furniture. Blank lines between paragraphs say nothing of it. */
const TEXT_WIDTH = 10;
/** A line this wide (full-width characters) is wider than any print column: a paragraph printed to a line… */
const PARAGRAPH_WIDTH = 1.5 * MAX_WRAP_WIDTH;
/** …and a page with this share of such lines is not hard-wrapped, however many short headings it has. */
const PARAGRAPH_SHARE = 0.2;
/** A wrapped page with at least this share of blank lines sets its paragraphs apart by them. */
const BLOCK_SHARE = 0.1;
/** …and it ends its paragraphs only at blank lines when this share of its sentence-ending lines stands over one. */
const BLANK_ENDS = 0.8;
/** How far (in lines) to look around a line for its column's width. */
const COLUMN_WINDOW = 4;
/** A line this close to its column's width (full-width characters) fills the column… */
const FULL_SLACK = 2.5;
/** …if it is this wide: print columns are wider; narrower runs are lists of headlines or names. */
const MIN_COLUMN = 14;
/** How much of a paragraph's end says whether it ended: a full stop, or a caption's credit after ten characters of text. */
const PARAGRAPH_END = 120;
/** A line that begins with the tail of a word or clause cut at the line end above: 花。春分过后… */
const FRAGMENT_START = /^[^，。！？；、\s]{1,2}[，。！？；、]/u;
/** A line opening on a mark that closes what came before it (，招用… / ）…): its sentence began above. */
const MARK_START = /^[，。！？；：、）》」』”’%]/u;
/** A bracket or quotation opened and not closed: （市司法局 供 / 稿）, 市民中心推出“周 / 末不打烊”. */
const OPEN_BRACKET = /[（(][^）)]*$|“[^”]*$/u;
/** A figure cut in two at the line end: …消费者240 / 00元。, …总长6 / .8公里 */
const CUT_FIGURE = (above: string, below: string) =>
  (/(?:\p{Script=Han}\d+|\d[:：.])$/u.test(above) && /^\.?\d/u.test(below)) ||
  // …记者4月1 / 日从…: a figure at a line's end, its unit opening the next (a table's row keeps its figures to itself).
  (/\p{Script=Han}\d+$/u.test(above) && /^\p{Script=Han}/u.test(below) && !tableRow(above));
/**
 * Across a column jump's noise, …改造老旧小区 / 52个，…: a count opening the line (a figure and its measure word,
 * no date) is the object of the words above. Without noise between them a headline may open on a count (2万名跑者…).
 */
const countCut = (above: string, below: string) => /\p{Script=Han}$/u.test(above) && COUNT_START.test(below);
/** A line opening on a count: 52个, 1.8万户, 3200名 (a date, 2024年 or 3月, opens paragraphs). */
const COUNT_START = /^\d+(?:\.\d+)?(?:万|亿)?(?:个|名|家|处|户|人|条|项|部|所|座|辆|台|吨|公里|米|元|余)/u;
/** A row of a table (cells parted by spaces, a figure among them) or its header row (名次 代表团 金牌 总分): a line as printed. */
const tableLine = (text: string) => tableRow(text) || /^\p{Script=Han}{1,6}(?:\s+\p{Script=Han}{1,6}){2,}$/u.test(text);
/** Line k is a row of a table beside another of its rows: one row alone (二  第5版  县域) is a header's tail, no table. */
const inTable = (lines: readonly RawLine[], k: number) => k >= 0 && tableLine(lines[k]!.text) && ((k > 0 && tableLine(lines[k - 1]!.text)) || (k + 1 < lines.length && tableLine(lines[k + 1]!.text)));
/** A print line of prose: a sentence ends inside it (……冲过终点。当日，林若溪以), or it opens on its day (8月3日，中国队选手…); a headline does neither. */
const PROSE_LINE = /[。！？；](?!$)|^\d{1,2}月\d{1,2}日[，,]/u;

/** A line opening as a field does, or an item's title glued to its first field (城北片区线路检修   停电时间：…). */
const fieldLine = (text: string) => opensField(text) || opensField(GLUED.exec(text)?.[2] ?? "");

/** A word that leads into what follows and ends no phrase: a preposition, a conjunction, 的. */
const LEADS_INTO = /[在于对向把被从与和及将的]$/u;

/** A line shaped as a title may be: no clause break, not the count a cut left (30人，报满为止). */
const titleShaped = (text: string) => !/[，,、；;。]/u.test(text) && !COUNT_START.test(text);

/** A speck alone on a line (OCR dirt: ., ·', 丨), not a mark a wrap cut off its sentence: it stands alone, joined to nothing. */
const speck = (text: string) => /^[\p{P}\p{S}]{1,2}$/u.test(text) && !MARK_START.test(text);

/** Of a wrapped paragraph's lines, each is nearly as wide as the next; a headline over its text is far narrower. */
const PRINT_LINE_SHARE = 0.6;
const printLine = (above: RawLine, below: RawLine) => above.width >= below.width * PRINT_LINE_SHARE;

/**
 * `below` opens on the tail of a word cut at the end of `above` (…油菜 / 花。春分过后…). A paragraph may
 * open on a clause of two characters as well (近日，… 入夜，…): under a headline far narrower than a print
 * line, only a word made across the break says it was cut.
 */
function cutTail(above: string, below: string): boolean {
  if (!FRAGMENT_START.test(below) || PARAGRAPH_OPENER.test(below)) return false;
  return above.length >= MIN_COLUMN || endsMidWord(above, below);
}

/** The print line above stops where its sentence visibly goes on in `below`. */
/** A line stopping a character or two into a clause (……作风建设，现): no paragraph ends there. */
const CUT_CLAUSE = /[，,、；;]\p{Script=Han}{1,2}$/u;

function cutVisibly(above: string, below: string): boolean {
  return endsMidClause(above) || CUT_CLAUSE.test(above) || cutTail(above, below) || MARK_START.test(below) || OPEN_BRACKET.test(above) || CUT_FIGURE(above, below);
}

interface RawLine {
  line: number;
  raw: string;
  text: string;
  width: number;
}

/** Printed width in full-width characters: Han and CJK punctuation 1, ASCII ½; an indent takes its room. */
function printedWidth(raw: string, text: string): number {
  let width = INDENT.test(raw) ? 2 : 0;
  for (const c of text) width += c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/**
 * Lines of text this narrow are print lines: the page is hard-wrapped. A page of short
 * stories under many headings may have as many headings as lines of text: where a good
 * share of its lines are paragraphs far wider than any print column, it prints a paragraph to a line.
 */
function wrappedPage(filled: readonly RawLine[]): boolean {
  // A table's rows and an item's fields are no print lines of a column, however narrow.
  const widths = filled.filter((l) => !tableLine(l.text) && !opensField(l.text)).map((l) => l.width).filter((w) => w >= TEXT_WIDTH);
  return median(widths) <= MAX_WRAP_WIDTH && widths.filter((w) => w > PARAGRAPH_WIDTH).length < widths.length * PARAGRAPH_SHARE;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The width of the column a line stands in: the second widest line around it, so one wide line does not set it. */
function columnWidth(lines: readonly RawLine[], i: number): number {
  // A line of parts spaced apart (a title glued to its text, a byline pushed right) is no print line of the column.
  const around = lines.slice(Math.max(0, i - COLUMN_WINDOW), i + COLUMN_WINDOW + 1).map((l) => (l !== lines[i] && /\S\s{2,}\S/u.test(l.text) ? 0 : l.width)).sort((a, b) => b - a);
  return around[1] ?? around[0] ?? 0;
}

/**
 * A page printed a paragraph to a line: only where noise stands between two lines (a column
 * jump's running head, page number or speck) is a paragraph cut, and it is joined again when
 * the line above stops mid-clause or mid-word, or the line below opens with the cut's tail.
 */
function rejoinAcrossNoise(lines: readonly RawLine[], noise: ReadonlySet<number>): SourceLine[] {
  const out: SourceLine[] = [];
  let last: SourceLine | undefined;
  let across = false;
  let meta = false;
  for (const l of lines) {
    if (l.text === "") continue;
    if (noise.has(l.line - 1) || speck(l.text)) {
      out.push({ line: l.line, text: l.text });
      // A web article's meta lines (来源：…, 发布时间：…) stand between its title and its text, never inside a paragraph.
      meta ||= articleMeta(l.text);
      across = last !== undefined && !meta;
      continue;
    }
    meta = false;
    const cut = across && last !== undefined && !endsSentence(last.text) && (cutVisibly(last.text, l.text) || countCut(last.text, l.text) || endsMidWord(last.text, l.text));
    across = false;
    if (cut) {
      last!.text += l.text;
      continue;
    }
    last = { line: l.line, text: l.text };
    out.push(last);
  }
  return out;
}

/**
 * `noise` and `furniture`: indexes of lines that are no part of any story (noise.ts) and
 * of the page's header and footer lines. They stand alone and are passed over: a paragraph
 * a column jump cut goes on across them where the cut shows (mid-clause, mid-word, or the
 * cut's tail opening the line below); a full line above them may have ended its paragraph.
 */
export function unwrap(rawLines: readonly string[], noise: ReadonlySet<number> = new Set(), furniture: ReadonlySet<number> = new Set(), parts: ReadonlySet<number> = new Set()): SourceLine[] {
  const lines = rawLines.map((raw, i) => ({ line: i + 1, raw, text: raw.trim(), width: 0 }));
  const filled = lines.filter((l) => l.text !== "" && !noise.has(l.line - 1));
  for (const l of filled) l.width = printedWidth(l.raw, l.text);
  const indented = filled.filter((l) => INDENT.test(l.raw)).length;
  const byIndent = indented >= 3 && indented >= filled.length * INDENTED_SHARE;
  const wrapped = wrappedPage(filled);
  // A wrapped page that sets its paragraphs apart by blank lines: a print line of text goes on to the blank line.
  const blocked = wrapped && lines.length - filled.length >= filled.length * BLOCK_SHARE;
  // Where nearly every line that ends a sentence stands over a blank line, a paragraph ends only there: a sentence ending at a print line's end goes on.
  const sentenceEnds = filled.filter((l) => endsSentence(l.text));
  const byBlank = blocked && sentenceEnds.length > 0 && sentenceEnds.filter((l) => lines[l.line]?.text === "").length >= sentenceEnds.length * BLANK_ENDS;
  const passOver = new Set([...noise, ...furniture]);
  if (!byIndent && !wrapped) return rejoinAcrossNoise(lines, passOver);

  const out: SourceLine[] = [];
  // Whether each line is a byline or a student's credit, read once: a line is asked as itself and as the line under another.
  const bylines: (boolean | undefined)[] = [];
  const bylineAt = (k: number) => (bylines[k] ??= isByline(filled[k]!.text) || isStudentCredit(filled[k]!.text));
  let paragraph: SourceLine | null = null;
  // The paragraph's last characters, kept apart: slicing a long joined string would copy it at every line.
  let end = "";
  let previous: RawLine | null = null;
  let indentedStart = false;
  let bylineAbove = false;
  // Noise stood between the line before and this one.
  let across = false;
  // A part's number stood right above this line: it is its part's heading, a line of its own.
  let numberAbove = false;
  // The paragraph opens as a field does; the paragraph above was a field on one line (the paragraph here stands in a run of fields).
  let fieldParagraph = false;
  let fieldAbove = false;
  let index = 0;
  for (const l of lines) {
    if (l.text === "") {
      paragraph = previous = null;
      continue;
    }
    // A speck (·., 丨) is dirt between two print lines: passed over as noise is.
    if (passOver.has(l.line - 1) || (wrapped && speck(l.text))) {
      out.push({ line: l.line, text: l.text });
      across = true;
      // Under a web article's meta lines its text starts afresh.
      if (articleMeta(l.text)) paragraph = previous = null;
      numberAbove = parts.has(l.line - 1);
      continue;
    }
    index = filled.indexOf(l, index);
    // On a hard-wrapped page any indent marks a paragraph, however few paragraphs there are.
    const byline = bylineAt(index);
    // Bare names under a title (陈立新 黄晓梅) stand on a line of their own, as a byline does, unless the line above was visibly cut.
    const names = personNames(l.text) !== null && !(previous !== null && cutVisibly(previous.text, l.text));
    // A line under a bracket left open (……服务。（记者 / 　麦嘉欣）) goes on inside it, whatever space the wrap left before it.
    const inBracket = previous !== null && /[(（][^()（）]*$/u.test(previous.text);
    const opensAnew = numberAbove || ((byIndent || wrapped) && INDENT.test(l.raw) && !inBracket) || byline || names || LIST_ITEM.test(l.text) || SPACED_OUT.test(l.text) || BYLINE_MARK.test(l.text) || DATELINE.test(l.text) || SUBTITLE_DASH.test(l.text) || speck(l.text) || (wrapped && furnitureOf(l.text) !== null);
    const fills = previous !== null && previous.width >= MIN_COLUMN && previous.width >= columnWidth(filled, index - 1) - FULL_SLACK;
    // Without hard wrapping, only an indented paragraph has continuation lines; with it, an
    // indented paragraph also goes on over a line cut short of its column (widths vary by line).
    // A line cut short of its column still goes on after a comma, or into a fragment (…油菜 / 花。).
    // Across noise only a visible cut goes on: a full line above may also have ended its paragraph at the noise.
    const midWord = previous !== null && (across || wrapped) && endsMidWord(previous.text, l.text);
    // On a wrapped page a line of prose that stops short of its sentence's end goes on, however short of its column.
    // So does one that goes on in clauses (…介绍，今年还将 / 在医院…), as wide as a print column may be.
    const prose = wrapped && previous !== null && (PROSE_LINE.test(previous.text) || (previous.width >= MIN_COLUMN && /[，,；;](?!$)/u.test(previous.text))) && endsOpen(previous.text);
    // An indented paragraph's line that stops on a word leading into more (…上午10时在 / 水城市…) goes on, however short of its column.
    const leadsInto = byIndent && indentedStart && previous !== null && LEADS_INTO.test(previous.text);
    const visible = previous !== null && (cutVisibly(previous.text, l.text) || midWord || prose || leadsInto || (across && countCut(previous.text, l.text)));
    // A line over a subtitle's dash, a byline or a dateline that ends no sentence is a headline's last line: it
    // goes on from the line above only where a cut shows, however it fills the column (从“望楼兴叹”到“一键直达” / 加装电梯让…).
    const next = filled[index + 1]?.text;
    // (A line above that goes on in clauses is a sentence, cut where it fills the column: 总投资412亿元，涵盖…城市更新 / 等领域.)
    const heads = next !== undefined && !endsSentence(l.text) && previous !== null && !/[，,、；;]/u.test(previous.text) && (SUBTITLE_DASH.test(next) || BYLINE_MARK.test(next) || DATELINE.test(next) || bylineAt(index + 1));
    const cut = (fills && !across && !heads) || visible;
    across = false;
    // A caption's credit (……出发。 本报记者 许金松 摄) ends its paragraph as a full stop does, unless a word of it was cut (本报记 / 者).
    // Only the paragraph's end is read, so a paragraph that never ends (no punctuation) costs no more per line.
    // A byline is a line of its own: the text under it starts a paragraph.
    // A line cut short of its column goes on where the paragraph's start was indented, or to the blank line where blank lines part paragraphs.
    // A line short of its column over one that opens as a paragraph does (4月7日至9日，… 近日，…) ended where it stops: a headline over its story's text.
    const shortCut = previous !== null && !heads && previous.width >= MIN_COLUMN && ((byIndent && indentedStart) || (blocked && printLine(previous, l) && (byBlank || !PARAGRAPH_OPENER.test(l.text) || endsMidClause(previous.text))));
    // A notice's formal title (关于…的通告) stands alone, however wide: the notice's text starts under it; so does a title spaced out (讣　告).
    // A table's rows stand as printed, however evenly they fill the column.
    // A field (停电时间：… / 停电范围：…) ends where the next field opens; a wrap that cut it leaves a tail
    // shorter than a print line, so a full line under it, no cut showing, is the item's own text, and
    // a short line over a field is the next item's title, as a headline is printed (no clause in it, not opening on a count).
    // Only in a run of fields: a turn of an interview (记者：…) runs on over many lines.
    // Where indents mark paragraphs, a full print line under a full line that ended a sentence, itself unindented, goes on: the paragraph did not end.
    const sentenceOn = byIndent && indentedStart && fills && !INDENT.test(l.raw) && l.width >= columnWidth(filled, index) - FULL_SLACK && !across;
    const fieldEnds = paragraph !== null && fieldParagraph && (fieldLine(l.text) || (fieldAbove && (l.width >= MIN_COLUMN || (next !== undefined && opensField(next) && titleShaped(l.text))) && !visible));
    const goesOn = paragraph !== null && !opensAnew && !fieldEnds && !bylineAbove && !titlesNotice(previous!.text) && !workCredit(previous!.text) && !REFERS_ON.test(previous!.text) && !SPACED_OUT.test(previous!.text) && !(wrapped && (inTable(filled, filled.indexOf(previous!)) || inTable(filled, index))) && !speck(previous!.text) && (byBlank || !endsSentence(end) || MARK_START.test(l.text) || sentenceOn) && (!isCaption(end) || midWord) && (wrapped ? (cut || shortCut) && !furnitureOf(previous!.text) : indentedStart);
    if (goesOn) {
      // A space the wrap cut at (（李娜 / 赵鹏）) parted two words, as a paragraph's indent never does.
      paragraph!.text += (/^ \S/u.test(l.raw) ? " " : "") + l.text;
      end = (end + l.text).slice(-PARAGRAPH_END);
    } else {
      fieldAbove = paragraph !== null && fieldParagraph && paragraph.line === previous?.line;
      // Read at the paragraph's start: the joined text is long, and reading it again would flatten it at every line.
      fieldParagraph = fieldLine(l.text);
      paragraph = { line: l.line, text: l.text };
      end = l.text.slice(-PARAGRAPH_END);
      indentedStart = INDENT.test(l.raw);
      bylineAbove = byline || names || numberAbove;
      out.push(paragraph);
    }
    numberAbove = false;
    previous = l;
  }
  return out;
}

/** A headline glued to its story's first line by a run of spaces (e-paper index exports): 城区新增3处便民停车场   本报讯…… */
const GLUED = /^(\S[^\s。！？；]{0,28}(?:\s[^\s。！？；]{1,20})?[？?]?)(?:[ \t]{2,}|\u3000+)(\S.*)$/u;
/** A headline may ask a question: 孩子发烧，什么时候该去医院？ */
const QUESTION = /[？?]$/u;
/** A numbered item of a list (1.青禾路片区用地规划图, （2）…): a line of its own, never the tail of the line above. */
const LIST_ITEM = /^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])\s*\S/u;
/** A line ending on the page it refers to (…  →详见A2版, （下转第2版）) ends there: an index's entry, or a story going on elsewhere. */
const REFERS_ON = /(?:详见|下转|转|见)第?\s*[A-Z]?\d{1,2}\s*版[)）]?$/u;
/** A subtitle's dash: ——全市春季农资市场调查. */
const SUBTITLE_DASH = /^(?:——|—|-{1,2}|－)\s*\S/u;
/** A short title, words only (雪后古城), glued to a sentence that opens on its day or its photo's number (1月8日，…, 图①：…): a caption or a brief. */
const SHORT_TITLE = /^[\p{Script=Han}“”"]{2,12}$/u;
const DATED_TEXT = /^(?:\d{1,2}月\d{1,2}日|图\s*[①-⑳\d]).*[。！？]$/u;
/** …or to a whole sentence in clauses (一场夏雨把操场洗得干干净净，跑道上的积水映出灰白的天空。): a story's first line. */
const SENTENCE_TEXT = /^[^\s。！？]{4,}[，,；;][^\s。！？]{4,}[。！？]$/u;
/** The text after it is a story's first line (far longer than a headline, or a dateline), a subtitle or a byline. */
const MIN_GLUED_TEXT = 30;
/** An article's number before its text (第三条　…, 第二章　…): the document's own numbering, no headline glued to a line. */
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百零〇\d]+[条章节款]$/u;

/**
 * A title glued, by one space or none, to its story's first sentence opening on its date: 市民中心推出“周末不打烊”2月9日，市民中心……
 * The title ends no sentence and no clause, and does not stop on a word that leads into a date (至, 在, 于, 从 …, 年).
 */
const DATED_LEAD = /^(\S.{3,27}?)\s?((?<!\d)\d{1,2}月\d{1,2}日(?:[上下]午|晚上|晚间|凌晨|中午|早上|傍晚)?[，,].*)$/u;
const NOT_A_TITLE_END = /[在于至从到自及和与的是为将已截止起年，,、：:；;。！？]$/u;
const MIN_TITLE_HAN = 4;

/** The title and the text of a line whose title is glued to a first sentence opening on its date; null where it is no such line. */
export function dateGlued(text: string): [string, string] | null {
  // A dateline's credit (本报讯（记者 段子琪）5月14日，…) stands before the date as a title would: it is the sentence's.
  const m = DATELINE.test(text) ? null : DATED_LEAD.exec(text);
  if (!m || m[2]!.length < MIN_GLUED_TEXT || NOT_A_TITLE_END.test(m[1]!) || !gluedTitle(m[1]!)) return null;
  return [m[1]!, m[2]!];
}

/** What stands before a story's opening glued to it reads as its title: enough words, no sentence or clause in it. */
const gluedTitle = (text: string) => hanCount(text) >= MIN_TITLE_HAN && !endsSentence(text) && !/[。！？；，,!?;]/u.test(text);

/**
 * A headline glued to its story's dateline by one space (◆冬季供暖热线开通 本报讯 记者从…获悉), or to the
 * words a report opens on (记者从…获悉): they open a story, never a clause inside a line, so whatever stands before it, headline-shaped, is that story's title.
 */
export function datelineGlued(text: string): [string, string] | null {
  for (const space of text.slice(0, MAX_DATELINE_TITLE + 1).matchAll(/\s+/gu)) {
    const title = text.slice(0, space.index);
    const rest = text.slice(space.index + space[0].length);
    if (!(DATELINE.test(rest) || REPORTED.test(rest)) || rest.length < MIN_DATELINED_TEXT) continue;
    return gluedTitle(title) ? [title, rest] : null;
  }
  return null;
}
/** What a reported story's first sentence opens on, as a dateline does: 记者从市体育局获悉，… */
const REPORTED = /^记者从\p{Script=Han}{2,20}(?:获悉|了解到)/u;
/** A headline glued before a dateline is at most this long (its spaces included); the dateline opens at least a clause. */
const MAX_DATELINE_TITLE = 30;
const MIN_DATELINED_TEXT = 12;

/**
 * A run's item led by a bullet whose first sentence is a headline (●市青少年科技创新大赛落幕。大赛共收到…):
 * a short statement with no clause in it and no time or place it happens at, more sentences after it.
 */
const TITLE_SENTENCE = /^([△▲●◆★☆▶►]\s*)([^\s。！？，,；;：:（）()]{6,20})。(\S.{14,})$/u;

/** The title and the text of a bulleted item opening on its headline sentence; null where it opens on none. */
export function bulletTitled(text: string): [string, string] | null {
  const m = TITLE_SENTENCE.exec(text);
  if (!m || DATELINE.test(m[2]!) || PARAGRAPH_OPENER.test(m[2]!) || hanCount(m[2]!) < MIN_TITLE_HAN || !/[。！？](?:[(（][^()（）]+[)）])?$/u.test(m[3]!)) return null;
  return [m[1]! + m[2]!, m[3]!];
}

/** A line of a deck: Chinese words, one sentence at most, closed at its end if at all (日均就餐老人2.3万人次，满意率达97.6%). */
const deckLine = (text: string) => hanCount(text) >= MIN_TITLE_HAN && !/[。！？；][^。！？；]/u.test(text) && !endsMidClause(text);
/** A byline or dateline: what stands under a story's deck. */
const creditLine = (text: string | undefined) => text !== undefined && (isByline(text) || BYLINE_MARK.test(text) || DATELINE.test(text));

/**
 * A headline's couplet after a colon (立秋：凉风至　白露生, 小寒：天渐冷　年味浓): the phrase after the
 * spaces is as long as the one before it, the second half of one headline, no name glued to a title.
 */
function couplet(head: string, rest: string): boolean {
  const half = /[:：]\s*(\p{Script=Han}{2,8})$/u.exec(head)?.[1];
  return half !== undefined && /^\p{Script=Han}{2,8}$/u.test(rest) && [...half].length === [...rest].length;
}

/**
 * Parts a headline from the line it was glued to: the part before the spaces reads as a
 * headline (short, no sentence in it), the part after as the story's first line. Both keep
 * the source line's number.
 */
export function unglue(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((l, i) => {
    // The page's header and footer space their parts the same way: 国内新闻  2024年6月12日  责编：周敏.
    // So do a byline's role and name (■ 本报记者　柴晓东), also inside a dateline's brackets (本报讯（记者　蔺舒）10月9日，…):
    // a credit whole is no title glued to anything.
    // A table's row led by a figure beside another (7日（周五）　多云转雷阵雨　24℃～35℃) spaces its cells, gluing nothing.
    // So do rows whose cells are parted by wide gaps, as many in each (东滨港务集团    装卸机械司机    月薪6000元起).
    const rowOfRows = (figureLedRow(l.text) && [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && figureLedRow(n.text))) || rowsAlike((k) => lines[k]?.text, i);
    // Two fields spaced apart on one line (发布单位：冀南市气象台　发布时间：8月6日17时): a line of fields, no title glued to its first.
    const fields = fieldText(l.text) && /\s\p{Script=Han}{2,6}[:：]\s*[^\s。！？]/u.test(l.text);
    const spacedWhole = furnitureOf(l.text) !== null || isByline(l.text) || DATELINE.test(l.text) || rowOfRows || fields;
    const m = spacedWhole ? null : GLUED.exec(l.text);
    const datelined = spacedWhole ? null : datelineGlued(l.text);
    if (datelined) return [{ line: l.line, text: datelined[0], glued: true }, { line: l.line, text: datelined[1] }];
    const dated = m === null && !spacedWhole ? dateGlued(l.text) : null;
    if (dated) return [{ line: l.line, text: dated[0], glued: true }, { line: l.line, text: dated[1] }];
    const titled = spacedWhole ? null : bulletTitled(l.text);
    if (titled) return [{ line: l.line, text: titled[0], glued: true }, { line: l.line, text: titled[1] }];
    if (!m || (endsSentence(m[1]!) && !QUESTION.test(m[1]!)) || endsMidClause(m[1]!) || ARTICLE_NUMBER.test(m[1]!) || couplet(m[1]!, m[2]!)) return [l];
    const rest = m[2]!;
    // A title glued to its subtitle printed without a dash, over the story's byline or dateline: two lines of one deck.
    // One space is the headline's own (以学促干　在服务群众中践行初心, 牢记历史 勿忘国耻): a glue is wider.
    const gap = l.text.length - m[1]!.length - rest.length;
    if (gap >= 2 && rest.length < MIN_GLUED_TEXT && deckLine(rest) && creditLine(lines[i + 1]?.text)) return [{ line: l.line, text: m[1]! }, { line: l.line, text: rest }];
    // A table's title glued to its first row or its header row, more rows under it (一季度全市主要经济指标  地区生产总值 2386.4亿元);
    // an item's title glued to its first field, more fields under it (城北片区线路检修  停电时间：…).
    const parted = (printedAsData(rest) && lines[i + 1] !== undefined && printedAsData(lines[i + 1]!.text)) || rest.length >= MIN_GLUED_TEXT || articleMeta(rest) || SALUTATION.test(rest) || DATELINE.test(rest) || SUBTITLE_DASH.test(rest) || isByline(rest) || personNames(rest) !== null || workCredit(rest) || isBoxName(rest) || (SHORT_TITLE.test(m[1]!) && (DATED_TEXT.test(rest) || SENTENCE_TEXT.test(rest)));
    return parted ? [{ line: l.line, text: m[1]!, glued: true }, { line: l.line, text: rest }] : [l];
  });
}
