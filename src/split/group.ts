/**
 * Step 4b: the page's reading → stories. The reading (reading.ts) decides what each line
 * is and where each story starts; group() carries that out, line by line, into story
 * drafts. Inside a story, paragraphs broken where a print column ended are rejoined
 * (readBody), and a story with no text is dropped or its headline handed on (keepEmpty).
 */
import { DATELINE } from "../article/dateline.ts";
import type { Reporter } from "../article/record.ts";
import { endsMidClause, endsOnContact, endsOpen } from "./chars.ts";
import { personNames } from "./credits.ts";
import { signedBy, type PageLine } from "./classify.ts";
import { fieldText, LEAD_PARAGRAPH, PARAGRAPH_OPENER, printedAsData, startsParagraph, storyLines } from "./evidence.ts";
import { excerpt, finding, type Finding } from "./finding.ts";
import { articleMeta, articleSource } from "./furniture.ts";
import { datedSignatures, inNotices, NOTICE_MARKER, signsNotice } from "./notice.ts";
import { labelShape } from "./labels.ts";
import { nearTie, readStories, type StoryLine } from "./reading.ts";

/** One source line's share of a body block. */
export interface Piece {
  line: number;
  text: string;
}

export interface BlockDraft {
  kind: "paragraph" | "subhead" | "aside";
  pieces: Piece[];
  /** For an aside: the box's name (相关链接, 背景 …). */
  label?: string;
  /** A line printed as a whole (PageLine.asPrinted): nothing joins it. */
  whole?: boolean;
}

export interface StoryDraft {
  /** The short lines above the story: banner, kicker, headline (in print order). */
  heading: PageLine[];
  subtitle?: PageLine;
  /** The section marker (`（时政动态）`) whose run of items this story belongs to. */
  marker?: PageLine;
  reporters: Reporter[];
  /** Where the first byline line is, for notes about it. */
  bylineLine?: number;
  /** A photo story: a caption with its credit, or a 摄 credit over a short text. */
  photo: boolean;
  photoCredit: boolean;
  /** The first paragraph is a dateline (本报讯…). */
  dateline: boolean;
  /** Where the story says it comes from, at its end: 据《人民日报》, 新华社电. */
  source?: string;
  /** The story is an item led by a bullet (△ ● ◆ …): a brief. */
  bullet: boolean;
  /** The story is a poem: its lines are kept as printed. */
  verse: boolean;
  blocks: BlockDraft[];
  findings: Finding[];
}

export interface GroupedPage {
  stories: StoryDraft[];
  /** Notes about lines outside every story. */
  findings: Finding[];
}

function newStory(heading: PageLine[] = [], subtitle?: PageLine, marker?: PageLine): StoryDraft {
  return { heading, subtitle, marker, reporters: [], photo: false, photoCredit: false, dateline: false, bullet: false, verse: false, blocks: [], findings: [] };
}

/** Lines of body text collected for a story before they are made into blocks. */
type BodyLines = Map<StoryDraft, BodyLine[]>;

function outsideNote(line: PageLine): Finding {
  return line.kind === "noise"
    ? finding(line.line, "layout-noise", `web/layout noise kept out of the text: ${excerpt(line.text, 30)}`, `版面或网页杂项“${excerpt(line.text, 20)}”未放入正文`)
    : finding(line.line, "referral", `referral kept out of the text: ${line.text}`, `转版提示“${line.text}”未放入正文`);
}

/** A line of a story's text, and whether the page's reading makes it a subhead. */
type BodyLine = PageLine & { subhead?: boolean };

/**
 * An e-paper lists the page's headlines (标题导航) before its stories: a short line
 * printed again further down, beside another such line, is that list's entry:
 * navigation, and no deck.
 */
function headlineList(lines: readonly PageLine[]): PageLine[] {
  // A headline may ask a question: 老旧小区加装电梯难在哪？
  const headline = (line: PageLine) => line.kind === "short" || (line.kind === "text" && line.text.length <= MAX_QUESTION && /[？?]$/u.test(line.text));
  const later = new Map<string, number>();
  lines.forEach((line, i) => headline(line) && later.set(line.text, i));
  const listed = lines.map((line, i) => headline(line) && later.get(line.text)! > i);
  // A list has entries side by side; one headline printed twice (简讯 on two runs) is no list.
  const entry = lines.map((_, i) => listed[i] === true && (listed[i - 1] === true || listed[i + 1] === true));
  // The list's own label over its first entry (本版导读, 本期要目) is navigation too.
  const label = (line: PageLine, i: number) => line.kind === "short" && RUN_LABEL.test(line.text) && entry[i + 1] === true && !entry[i];
  return lines.map((line, i) => (entry[i] || label(line, i) ? { ...line, kind: "noise" } : line));
}

/** A question this short may be a headline. */
const MAX_QUESTION = 24;

/**
 * A notice's own heading printed under the notices banner (公告 over 注销公告): the banner opens
 * the run, the kind of notice under it heads its notice, as a headline does.
 */
function noticeHeadings(lines: readonly PageLine[]): PageLine[] {
  const marker = (line: PageLine | undefined) => line?.kind === "section" && NOTICE_MARKER.test(line.text);
  return lines.map((line, i) => (marker(line) && marker(lines[i - 1]) ? { ...line, kind: "short", brief: undefined } : line));
}

/** A label over an index of referrals (今日导读 over 全县秋收秋种进度过半  →详见A2版 …): the index's, furniture. */
function indexLabels(lines: readonly PageLine[]): PageLine[] {
  // A speck may stand among the entries.
  const entries = (i: number) => {
    const found: PageLine[] = [];
    for (let k = i + 1; k < lines.length && found.length < 2; k++) if (lines[k]!.kind !== "noise") found.push(lines[k]!);
    return found;
  };
  return lines.map((line, i) => (line.kind === "short" && RUN_LABEL.test(line.text) && entries(i).length === 2 && entries(i).every((l) => l.kind === "referral") ? { ...line, kind: "furniture" } : line));
}

/** A short line over a web article's meta lines (来源：…, 发布时间：…), past its byline: the article's title. */
function titlesOverMeta(lines: readonly PageLine[]): PageLine[] {
  return lines.map((line, i) => {
    if (line.kind !== "short") return line;
    let k = i + 1;
    while (lines[k]?.kind === "byline") k++;
    return lines[k]?.kind === "noise" && articleMeta(lines[k]!.text) ? { ...line, overMeta: true } : line;
  });
}

/** A run's label: a few characters, no punctuation (乡村动态, 热线速递, 国际简讯). */
const RUN_LABEL = /^\p{Script=Han}{2,8}$/u;

/**
 * A short label straight over an item led by a bullet (● ▲ △) that closes on its credit or
 * source is the marker of the run of items under it, whatever its words: each item's column.
 */
function runMarkers(lines: readonly PageLine[]): PageLine[] {
  const item = (line: PageLine | undefined) => line?.bullet === true && line.kind === "text";
  // An item closes on its credit or source, or, an ad, on its contact's number.
  const credited = (line: PageLine) => line.reporters !== undefined || line.source !== undefined || endsOnContact(line.text);
  // …or over two items or more, credited or not (网络问政 over 【网友留言】… items).
  const items = (from: number) => {
    let k = from;
    while (lines[k]?.kind === "text") k++;
    return lines.slice(from, k).filter(item).length;
  };
  const marks = (line: PageLine, i: number) => line.kind === "short" && RUN_LABEL.test(line.text) && item(lines[i + 1]) && (credited(lines[i + 1]!) || items(i + 1) >= 2);
  return lines.map((line, i) => (marks(line, i) ? { ...line, kind: "section", brief: true, bullets: true } : line.kind === "section" && item(lines[i + 1]) ? { ...line, bullets: true } : line));
}

/**
 * Lines led by a bullet (▲ 12月3日，游客在…) over a photo credit (本报记者 许金松 摄) are a photo
 * set's captions, as a page marks them beside their photos: one story's, not items of a run.
 */
function captionMarks(lines: readonly PageLine[]): PageLine[] {
  const captions = new Set<number>();
  lines.forEach((line, i) => {
    if (line.kind !== "byline" || line.photo !== true) return;
    for (let k = i - 1; k >= 0 && lines[k]!.kind === "text" && lines[k]!.bullet === true && !lines[k]!.reporters; k--) captions.add(k);
  });
  return lines.map((line, i) => (captions.has(i) ? { ...line, bullet: undefined } : line));
}

/**
 * A byline printed as a field (作者：李长河) in a block of three fields or more over the story's
 * text (书名：… / 作者：… / 出版社：… / 翻开《运河人家》…): a book's or a show's facts, one field of
 * the block, never the story's byline. A student's credits (作者： / 班级： / 指导教师：) close
 * the essay: no text follows them, so they stay credits.
 */
function fieldBylines(lines: readonly PageLine[]): PageLine[] {
  const field = (line: PageLine | undefined) => line !== undefined && (line.kind === "short" || line.kind === "text" || line.kind === "byline") && fieldText(line.text);
  return lines.map((line, i) => {
    if (line.kind !== "byline" || !field(line)) return line;
    let start = i;
    let end = i + 1;
    while (field(lines[start - 1])) start--;
    while (field(lines[end])) end++;
    // A field the page's furniture also prints (定价：58元) may stand at the block's end.
    let below = end;
    while (lines[below]?.kind === "furniture" || lines[below]?.kind === "noise") below++;
    const textBelow = lines[below]?.kind === "text" && !lines[below]!.asPrinted;
    return end - start >= 3 && textBelow ? { line: line.line, kind: "text", text: line.text, asPrinted: true } : line;
  });
}

/** A line led by a bracketed label: 【网友留言】学校门口…, 【办理结果】东城区… */
const LABEL_LEAD = /^【(\p{Script=Han}{2,6})】\s*\S/u;

/**
 * Items printed as turns under bracketed labels (【网友留言】… 【办理结果】…, again and again)
 * under a run's label (网络问政): in a run of such lines with two labels or more, the label the
 * run opens with opens each item, as a bullet does.
 */
function labelledItems(lines: readonly PageLine[]): PageLine[] {
  const leads = lines.map((line) => (line.kind === "text" ? LABEL_LEAD.exec(line.text)?.[1] : undefined));
  const opens = new Set<number>();
  for (let start = 0; start < lines.length; start++) {
    if (leads[start] === undefined || leads[start - 1] !== undefined) continue;
    let end = start;
    while (leads[end] !== undefined) end++;
    const run = leads.slice(start, end);
    const first = run[0]!;
    // Only under a run's label: turns under a story's headline and byline are an interview's, one story.
    const above = lines[start - 1];
    const labelled = above !== undefined && (above.kind === "section" || (above.kind === "short" && RUN_LABEL.test(above.text)));
    if (!labelled || new Set(run).size < 2 || run.filter((l) => l === first).length < 2) continue;
    for (let k = start; k < end; k++) if (leads[k] === first) opens.add(k);
  }
  return lines.map((line, i) => (opens.has(i) ? { ...line, bullet: true } : line));
}

/**
 * A marker in brackets under a letter's signature, over text (读者 陈立新 / 【部门回复】 / …): the
 * reply's label, kept in the letter's item, never a section marker that would part the reply from it.
 */
function replyLabels(lines: readonly PageLine[]): PageLine[] {
  return lines.map((line, i) => {
    const above = lines[i - 1];
    const below = lines[i + 1];
    const reply = line.kind === "section" && above?.kind === "text" && signedBy(above.text) && below?.kind === "text" && !below.bullet;
    return reply ? { ...line, kind: "text", text: `【${line.text}】`, asPrinted: true } : line;
  });
}

/** One sentence going on in clauses, short as a deck's line: 全市已实现城区社区全覆盖，每餐补贴3元。 */
const DECK_CLAUSE = /^(?=.{8,40}$)[^。！？!?，,；;]{4,}[，,；;][^。！？!?，,；;]{2,}[。！？!?]?$/u;

/**
 * A subtitle printed without a dash and closed by a full stop stands between its headline and
 * the story's byline or dateline: a clause under a short line, over the credit, is the deck's
 * subtitle, not the first paragraph of a story the headline would part as a subhead.
 */
export function dashlessSubtitles(lines: readonly PageLine[]): PageLine[] {
  return lines.map((line, i) => {
    const above = lines[i - 1];
    const below = lines[i + 1];
    // Under the deck, the story's byline or dateline; where the byline went to the story's end, its lead paragraph
    // (记者从…获悉，…; 5月15日，…) under a line of figures (全市已实现城区社区全覆盖，每餐补贴3元。): a subhead's first sentence carries none.
    const credited = (below?.kind === "byline" && !below.photo) || below?.kind === "dateline" || (below?.kind === "text" && LEAD_PARAGRAPH.test(below.text) && /\d/u.test(line.text));
    const plain = line.kind === "text" && !line.reporters && line.source === undefined && !line.closing && !line.asPrinted;
    // An index glues a title to its lead, the byline under the lead: that lead is text.
    // A line opening as a paragraph does (记者近日从…, 5月15日，…) is the lead, and two lines glued by spaces are no one line of a deck.
    const deckLine = DECK_CLAUSE.test(line.text) && !PARAGRAPH_OPENER.test(line.text) && !/\s{2,}/u.test(line.text);
    // A question under a column's label (以案释法 / 借条没写利息，能否主张利息？) is the story's headline, asking.
    const asks = /[？?]$/u.test(line.text) && above !== undefined && labelShape(above.text);
    return plain && above?.kind === "short" && !above.glued && credited && deckLine && !asks ? { ...line, kind: "subtitle" } : line;
  });
}

/**
 * What a line is read as where its neighbours settle it before the page's reading, in order:
 * a notice's dated signature, a headline list, the notices' own headings, titles over a web
 * article's meta lines, an index's label, a letter's reply, bracketed items, a photo set's
 * marked captions, bylines printed as fields, run markers, subtitles printed without a dash.
 */
const LINE_STEPS: readonly ((lines: readonly PageLine[]) => PageLine[])[] = [
  datedSignatures, headlineList, noticeHeadings, titlesOverMeta, indexLabels, replyLabels, labelledItems, captionMarks, fieldBylines, runMarkers, dashlessSubtitles,
];

/**
 * Which run of items each story belongs to: a section marker (（时政动态）, 简讯) opens a run;
 * it ends at a feature with its own byline or subtitle under its deck, and a run of photos
 * at a story with a dateline (briefs have datelines; photos do not). Keyed by each story's first line.
 */
function sectionRuns(lines: readonly StoryLine[]): Map<PageLine, PageLine | undefined> {
  const runs = new Map<PageLine, PageLine | undefined>();
  let marker: PageLine | undefined;
  lines.forEach(({ line, role, opens }, i) => {
    if (line.kind === "section") marker = line;
    if (!opens) return;
    // A run of bulleted items ends at a story no bullet leads (an obituary, a notice under its own title).
    if (marker?.bullets && !line.bullet && line.kind !== "section") marker = undefined;
    if (role === "heading") {
      let k = i + 1;
      while (lines[k]?.role === "heading") k++;
      const deck = k;
      while (lines[k]?.line.kind === "subtitle") k++;
      const next = lines[k]?.line.kind;
      if (next === "byline" || k > deck || (next === "dateline" && PHOTO_DESK.test(marker?.text ?? ""))) {
        // A marker right over the feature's deck (【书评】 over a signed review) is that feature's column, and no run's.
        runs.set(line, lines[i - 1]?.line.kind === "section" ? marker : undefined);
        marker = undefined;
        return;
      }
    }
    runs.set(line, marker);
  });
  return runs;
}

/**
 * Splits the page's lines into stories, as the page's one reading (reading.ts) decided:
 * a story starts where the reading says, and each line goes to the story it stands in,
 * as what the reading made of it.
 */
export function group(pageLines: readonly PageLine[]): GroupedPage {
  const lines = LINE_STEPS.reduce<readonly PageLine[]>((ls, step) => step(ls), pageLines);
  const reading = readStories(lines.filter(inStory));
  const decided = new Map(reading.map((d) => [d.line, d]));
  const runs = sectionRuns(reading);
  const stories: StoryDraft[] = [];
  const pageFindings: Finding[] = [];
  const body: BodyLines = new Map();
  // The reading's last story line: a note goes to its story while that story is open.
  let last: StoryLine | undefined;
  const note = (f: Finding) => (last && !last.closed && stories.length > 0 ? stories.at(-1)!.findings : pageFindings).push(f);
  const hasBody = (story: StoryDraft) => body.get(story)!.length > 0;
  const push = (story: StoryDraft, line: BodyLine) => body.get(story)!.push(line);
  const open = (story: StoryDraft, at: number): StoryDraft => {
    // Text under （上接A1版） with no headline here is the tail of a story begun on another page.
    const referral = story.heading.length === 0 ? continuedFrom(lines, at) : undefined;
    if (referral) story.findings.push(finding(referral.line, "continued", `text under ${referral.text} is the tail of a story begun on another page, with no headline here: join it to that story or give it a title`, `“${referral.text}”下是其他版面稿件的续文，本版未印标题：请并入原稿或补标题`));
    stories.push(story);
    body.set(story, []);
    return story;
  };
  // A line kept as printed; the first line of a story's text so kept opens a poem or a list under its title, noted.
  const asRow = (story: StoryDraft, line: PageLine): BodyLine => {
    if (!hasBody(story) && !story.verse && !printedAsData(line.text)) {
      story.verse = true;
      story.findings.push(finding(line.line, "verse", `short lines kept as printed, each a line of its own (a poem or a list): ${excerpt(line.text, 20)}`, `短行按原样逐行保留（诗行或名单），始于“${excerpt(line.text)}”`));
    }
    return { ...line, kind: "text", asPrinted: true };
  };

  lines.forEach((line, at) => {
    const d = decided.get(line);
    if (d === undefined) {
      // A date the page's header would also print signs a notice right under its last line.
      if (line.kind === "furniture" && last !== undefined && signsNotice(line) && signedAbove(last, stories.at(-1)!)) push(stories.at(-1)!, { ...line, kind: "text", asPrinted: true });
      else if (line.kind !== "furniture") note(outsideNote(line));
      // A web article's 来源 line under its title names the article's source.
      const source = articleSource(line.text);
      if (line.kind === "noise" && source !== undefined && last !== undefined && !last.closed) stories.at(-1)!.source ??= source;
      return;
    }
    if (line.kind === "section") {
      last = d;
      return;
    }
    const heading = d.role === "heading";
    if (d.opens || stories.length === 0) open(newStory(heading ? [line] : [], undefined, runs.get(line)), at);
    last = d;
    const story = stories.at(-1)!;
    if (d.reading) {
      const tie = nearTie(line, d.reading);
      if (tie) story.findings.push(tie);
    }
    if (heading && !d.opens) story.heading.push(line);
    if (heading) {
      // A box's name standing where no story is open, with no headline under it, is an item of its own; over a headline it names the story's column.
      if (line.kind === "sidebar" && reading[reading.indexOf(d) + 1]?.role !== "heading") note(finding(line.line, "unplaced-line", `${line.text} box with no story above it, read as an item of its own`, `“${line.text}”栏目上方无稿件，单独成篇`));
      return;
    }
    switch (d.role) {
      case "byline":
      case "credit":
        if (line.kind === "byline") break;
        story.reporters.push(...(personNames(line.text) ?? [line.text]).map((name) => ({ name, role: null })));
        story.bylineLine ??= line.line;
        story.findings.push(
          d.role === "byline"
            ? finding(line.line, "bare-byline", `name under the headline read as the byline: ${line.text}`, `标题下的“${line.text}”按作者署名处理`)
            : finding(line.line, "bare-credit", `${line.text}, alone after the last paragraph, read as the story's credit, without a role`, `文末单独一行的“${line.text}”按署名处理（未印身份）`),
        );
        return;
      case "row":
        push(story, asRow(story, line));
        return;
      case "signature":
        push(story, { ...line, kind: "text", asPrinted: true });
        return;
      case "aside":
        push(story, line);
        return;
      case "subhead":
      case "body":
        if (line.kind === "short") {
          push(story, { ...line, subhead: d.role === "subhead" });
          return;
        }
    }
    switch (line.kind) {
      case "subtitle":
        if (story.heading.length > 0 && story.subtitle === undefined && !hasBody(story)) story.subtitle = line;
        else {
          const message = story.subtitle ? [`second subtitle kept in the text: ${line.text}`, `多出的副题“${excerpt(line.text)}”已放入正文`] : [`dash-led line with no headline above it, kept in the text: ${excerpt(line.text, 30)}`, `无主题的副题“${excerpt(line.text)}”已放入正文`];
          story.findings.push(finding(line.line, "unplaced-line", message[0]!, message[1]!));
          push(story, { ...line, kind: "text" });
        }
        return;
      case "byline": {
        // A credit under text ends that story, unless the reading says its text goes on (a byline
        // printed under the lead); under headless text it is a caption's credit.
        const closing = hasBody(story) && d.role !== "byline";
        // A photo credit closing a story that printed no byline of its own makes it a photo
        // story: one caption, or a set of them under one credit (the reading kept them together).
        story.photo ||= closing && line.photo === true && story.reporters.length === 0 && !story.dateline;
        story.reporters.push(...line.reporters!);
        story.source ??= line.source;
        story.photoCredit ||= line.photo === true || (closing && story.heading.length === 0);
        story.bylineLine ??= line.line;
        return;
      }
      case "dateline":
        story.dateline = true;
        story.reporters.push(...line.reporters!);
        push(story, line);
        // A one-paragraph wire story may close on its source: 新华社…电 ……。（新华社电）
        story.source = line.source ?? story.source;
        return;
      case "caption":
        story.photo = true;
        story.reporters.push(...line.reporters!);
        story.source ??= line.source;
        push(story, line);
        return;
      case "text":
        // A bulleted item is a brief; a caption the reading parted from the text above is a photo's.
        story.bullet ||= line.bullet === true;
        story.photo ||= d.role === "photo";
        // A note on the author closes the piece apart from its text, as a box of it labelled 作者.
        if (line.authorNote) push(story, { line: line.line, kind: "sidebar", text: AUTHOR_LABEL });
        if (line.text !== "") push(story, line);
        story.reporters.push(...(line.reporters ?? []));
        if (line.referral) story.findings.push(outsideNote({ ...line, kind: "referral", text: line.referral }));
        if (line.bareCredit) {
          const names = line.reporters!.map((r) => r.name).join(" ");
          story.findings.push(finding(line.line, "bare-credit", `closing （${names}） read as the story's credit, without a role`, `文末“（${names}）”按署名处理（未印身份）`));
        }
        if (line.source) story.source = line.source;
        return;
    }
  });
  const read = resumedAfterPhotos(stories, body);
  for (const story of read) story.blocks = readBody(body.get(story)!, story.findings);
  for (const story of read) headlineUnderLead(story);
  return { stories: read.filter((story, i) => keepEmpty(story, read[i + 1], pageFindings)), findings: pageFindings };
}

/**
 * A photo printed inside a story parts its text in an export (…王女士说。 / 12月5日晚，游客…（本报记者 许诺 摄） /
 * 今年10月，…): text right under the caption with no headline, dateline, byline or bullet of its own is the
 * story above the photo going on, not a story of its own. The photo stays a photo story, after the story.
 */
function resumedAfterPhotos(stories: readonly StoryDraft[], body: BodyLines): StoryDraft[] {
  const kept: StoryDraft[] = [];
  stories.forEach((story, i) => {
    const [text, photo] = [stories[i - 2], stories[i - 1]];
    // The story's box (相关链接) under the photo goes on the story too.
    const box = story.heading.length === 1 && story.heading[0]!.kind === "sidebar" ? story.heading[0]! : undefined;
    // A box is the story's last part: one holding subheads, or credited apart, has read a story of its own into itself.
    const boxAlone = box === undefined || (story.reporters.length === 0 && !body.get(story)!.some((l) => l.subhead === true));
    const headless = (story.heading.length === 0 || box !== undefined) && boxAlone && story.subtitle === undefined && !story.dateline && !story.photo && !story.bullet && !story.verse && story.bylineLine === undefined;
    const caption = photo !== undefined && photo.photo && photo.heading.length === 0 && body.get(photo)!.length === 1;
    const goesOn = text !== undefined && kept.includes(text) && text.heading.length > 0 && !text.photo && !text.verse && body.get(text)!.length > 0 && text.marker === story.marker;
    if (!(headless && caption && goesOn && body.get(story)![0]?.kind === "text")) {
      kept.push(story);
      return;
    }
    body.get(text)!.push(...(box ? [box] : []), ...body.get(story)!);
    text.reporters.push(...story.reporters);
    text.source ??= story.source;
    // The box is placed now: the note that it stood alone goes.
    text.findings.push(...story.findings.filter((f) => !(box && f.line === box.line && f.code === "unplaced-line")));
  });
  return kept;
}

/**
 * An export may print a story's byline and lead above its headline (□记者 … / 今年以来，… /
 * 上半年全市…加速推进 / 记者在…): a story with a byline but no headline whose only subhead stands
 * right under its first paragraph has its headline there. Read as its title, noted.
 */
function headlineUnderLead(story: StoryDraft): void {
  const [lead, line] = story.blocks;
  if (story.heading.length > 0 || story.reporters.length === 0 || story.photo || lead?.kind !== "paragraph" || line?.kind !== "subhead" || story.blocks.filter((b) => b.kind === "subhead").length > 1) return;
  const piece = line.pieces[0]!;
  story.heading = [{ line: piece.line, kind: "short", text: blockText(line) }];
  story.blocks = story.blocks.filter((b) => b !== line);
  story.findings.push(finding(piece.line, "headline-under-lead", `headline printed under the story's first paragraph, read as its title: ${excerpt(blockText(line), 30)}`, `标题“${excerpt(blockText(line))}”印在导语之下，已作为标题`));
}

/** Under the notice's formula, its signature, or a notice's text in a run of notices: where a date signs the notice. */
function signedAbove(last: StoryLine, notice: StoryDraft): boolean {
  return last.line.noticeEnd === true || last.role === "signature" || (last.line.kind === "text" && inNotices(notice.marker));
}

/** The （上接A1版） referral right above line `at`, past noise and furniture: the text under it began on another page. */
function continuedFrom(lines: readonly PageLine[], at: number): PageLine | undefined {
  for (let k = at - 1; k >= 0 && !inStory(lines[k]!); k--) if (lines[k]!.kind === "referral" && CONTINUED.test(lines[k]!.text)) return lines[k];
  return undefined;
}

/** The label of the box an author's note is set in. */
const AUTHOR_LABEL = "作者";

/** A referral saying where the text under it began: （上接A1版）, 接第2版. */
const CONTINUED = /^[(（]?(?:上接|接)/u;

/** A desk whose items are photos: 图片新闻, 新闻图片, 图说… */
export const PHOTO_DESK = /图/u;

/** A line that is part of some story: not furniture, noise or a referral. */
const inStory = (line: PageLine) => line.kind !== "furniture" && line.kind !== "noise" && line.kind !== "referral";

/**
 * A story with no text is never an article. Its headline heads the story that follows
 * when that one prints none; otherwise it is dropped, with a note. A byline with nothing
 * under it is dropped, with a note saying so.
 */
function keepEmpty(story: StoryDraft, next: StoryDraft | undefined, pageFindings: Finding[]): boolean {
  if (story.blocks.length > 0) return true;
  const first = story.heading[0];
  if (first && next && next.heading.length === 0 && next.blocks.length > 0) {
    next.heading = [...story.heading];
    next.subtitle ??= story.subtitle;
    next.reporters.unshift(...story.reporters);
    next.findings.push(...story.findings);
    return false;
  }
  if (first) {
    const text = story.heading.map((l) => l.text).join(" ");
    pageFindings.push(...story.findings, finding(first.line, "empty-story", `headline with no text under it, left out: ${excerpt(text, 30)}`, `标题“${excerpt(text)}”下没有正文，未生成稿件`));
    return false;
  }
  const names = story.reporters.map((r) => r.name).join(" ");
  pageFindings.push(...story.findings, finding(story.bylineLine ?? 1, "unplaced-line", `byline with no story under it: ${names}`, `署名“${names}”下没有稿件`));
  return false;
}

/** A dateline's mark with nothing after it: 本报讯, 新华社北京1月15日电. */
function markOnly(text: string): boolean {
  return DATELINE.exec(text)?.[0].length === text.trim().length;
}

function blockText(block: BlockDraft): string {
  return block.pieces.map((p) => p.text).join("");
}

function missingEnding(block: BlockDraft): Finding {
  const last = block.pieces.at(-1)!;
  const text = blockText(block);
  const tail = excerpt(text, 10, "end");
  // The words marked are the last Chinese ones: punctuation is normalized after this step.
  const words = /\p{Script=Han}{1,10}$/u.exec(text)?.[0];
  return finding(last.line, "missing-ending", `paragraph stops mid-sentence (${tail}); text may be missing`, `段落在句中中断（${tail}），可能缺少文字`, words);
}

/**
 * Makes a story's body lines into paragraphs and subheads. A paragraph that stops
 * mid-sentence takes the next line as its continuation, unless that line plainly
 * opens a new paragraph (a paragraph opener, or the same first words as another
 * paragraph of the story, as in 开发区打造… / 开发区聚焦…): then text was lost, and
 * the paragraph is kept apart and flagged.
 */
function readBody(lines: readonly BodyLine[], findings: Finding[]): BlockDraft[] {
  const story = storyLines(lines);
  const blocks: BlockDraft[] = [];
  let aside: string | undefined;
  // A box at the story's head (人物名片 under the byline) holds its one paragraph; the story's text goes on under it.
  let headBox = false;
  lines.forEach((line) => {
    if (line.kind === "sidebar") {
      aside = line.text;
      headBox = blocks.every((b) => b.kind === "aside");
      return;
    }
    const piece = { line: line.line, text: line.text };
    const last = blocks.at(-1);
    if (aside !== undefined) {
      if (last?.kind === "aside" && !last.whole && !line.asPrinted && endsOpen(blockText(last))) last.pieces.push(piece);
      else if (headBox && last?.kind === "aside" && last.label === aside) aside = undefined;
      else blocks.push({ kind: "aside", pieces: [piece], label: aside, ...(line.asPrinted && { whole: true }) });
      if (aside !== undefined) return;
    }
    if (line.asPrinted) {
      blocks.push({ kind: "paragraph", pieces: [piece], whole: true });
      return;
    }
    if (last?.kind === "paragraph" && !last.whole && endsOpen(blockText(last))) {
      // A dateline's mark alone on its line (本报讯) opens the paragraph under it.
      if (endsMidClause(blockText(last)) || !startsParagraph(story, line) || markOnly(blockText(last))) {
        last.pieces.push(piece);
        return;
      }
      findings.push(missingEnding(last));
    }
    // The page's reading decided which short lines part the text (reading.ts).
    const subhead = line.kind === "short" && line.subhead === true;
    blocks.push({ kind: subhead ? "subhead" : "paragraph", pieces: [piece] });
  });
  const last = blocks.at(-1);
  if (last?.kind === "paragraph" && !last.whole && endsOpen(blockText(last))) findings.push(missingEnding(last));
  return blocks;
}
