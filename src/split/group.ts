/**
 * Step 4: classified lines → stories. Headline blocks, bylines, datelines and
 * captions open stories; inside a story, paragraphs broken where a print column
 * ended are rejoined, and short lines become subheads or parts of paragraphs.
 */
import type { Reporter } from "../article/record.ts";
import { endsMidClause, endsOpen } from "./chars.ts";
import type { PageLine } from "./classify.ts";
import { startsParagraph, storyLines } from "./evidence.ts";
import { excerpt, finding, type Finding } from "./finding.ts";
import { inNotices, signsNotice } from "./notice.ts";
import { nearTie, readRoles, type LineReading } from "./reading.ts";

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
  return { heading, subtitle, marker, reporters: [], photo: false, photoCredit: false, dateline: false, bullet: heading.some((l) => l.bullet), verse: false, blocks: [], findings: [] };
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
 * The page's reading of its undecided lines (reading.ts): a question or exclamation read as
 * a headline becomes a short line; each reading is kept by line for the loop below.
 */
function readPage(lines: readonly PageLine[]): { lines: PageLine[]; readings: Map<PageLine, LineReading> } {
  const inStories = lines.filter(inStory);
  const found = new Map<PageLine, LineReading>();
  readRoles(inStories).forEach((reading, n) => reading && found.set(inStories[n]!, reading));
  // Keyed by the line itself: a headline parted from the line it was glued to shares that line's number.
  const readings = new Map<PageLine, LineReading>();
  const read = lines.map((line) => {
    const reading = found.get(line);
    const kept = line.kind === "text" && reading?.role === "heading" ? { ...line, kind: "short" as const } : line;
    if (reading) readings.set(kept, reading);
    return kept;
  });
  return { lines: read, readings };
}

/**
 * An e-paper lists the page's headlines (标题导航) before its stories: a short line
 * printed again further down, beside another such line, is that list's entry:
 * navigation, and no deck.
 */
function headlineList(lines: readonly PageLine[]): PageLine[] {
  const later = new Map<string, number>();
  lines.forEach((line, i) => line.kind === "short" && later.set(line.text, i));
  const listed = lines.map((line, i) => line.kind === "short" && later.get(line.text)! > i);
  // A list has entries side by side; one headline printed twice (简讯 on two runs) is no list.
  return lines.map((line, i) => (listed[i] && (listed[i - 1] || listed[i + 1]) ? { ...line, kind: "noise" } : line));
}

/** Splits the page's lines into stories. */
export function group(pageLines: readonly PageLine[]): GroupedPage {
  const page = readPage(headlineList(pageLines));
  const { readings } = page;
  // Noise stands outside the run of the page's lines: a speck or running head between two rows
  // of a list, or two lines of a deck, parts nothing. Its note goes where it stood.
  const lines = page.lines.filter((l) => l.kind !== "noise");
  const noise = page.lines.filter((l) => l.kind === "noise");
  let unnoted = 0;
  const noteNoise = (before: number) => {
    for (; unnoted < noise.length && noise[unnoted]!.line < before; unnoted++) note(outsideNote(noise[unnoted]!));
  };
  const stories: StoryDraft[] = [];
  const pageFindings: Finding[] = [];
  const body: BodyLines = new Map();
  let current = null as StoryDraft | null; // widened: `open` reassigns it
  let marker: PageLine | undefined;

  // A （上接A1版） line: the text under it began on another page.
  let continued: PageLine | undefined;

  const open = (story: StoryDraft): StoryDraft => {
    if (continued && story.heading.length === 0) {
      const { line, text } = continued;
      story.findings.push(finding(line, "continued", `text under ${text} is the tail of a story begun on another page, with no headline here: join it to that story or give it a title`, `“${text}”下是其他版面稿件的续文，本版未印标题：请并入原稿或补标题`));
    }
    continued = undefined;
    stories.push(story);
    body.set(story, []);
    current = story;
    return story;
  };
  const note = (f: Finding) => (current ? current.findings : pageFindings).push(f);
  const hasBody = (story: StoryDraft | null) => story !== null && body.get(story)!.length > 0;
  // A story the page prints no headline for (it opens with a dateline, caption or text).
  const headless = () => open(newStory([], undefined, marker));
  // A line kept as printed; the first line of a story's text so kept is a poem's first line (a list follows text), noted.
  const asRow = (story: StoryDraft, line: PageLine): BodyLine => {
    if (!hasBody(story) && !story.verse) {
      story.verse = true;
      story.findings.push(finding(line.line, "verse", `short lines under the byline read as verse, each kept as a line: ${excerpt(line.text, 20)}`, `署名下的短行按诗行处理（每行一段），始于“${excerpt(line.text)}”`));
    }
    return { ...line, kind: "text", asPrinted: true };
  };

  // A notice's signature (its issuer, its date) is the last lines of the notice above, as printed.
  const signs = (line: PageLine, above: PageLine | undefined): boolean => {
    if (line.kind === "short") return readings.get(line)?.role === "signature";
    // A date the page's header would also print signs a notice only right under its last line.
    const notice = stories.at(-1);
    return line.kind === "furniture" && signsNotice(line) && above !== undefined && notice !== undefined && (above.noticeEnd === true || signs(above, undefined) || (above.kind === "text" && inNotices(notice.marker)));
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i++]!;
    noteNoise(line.line);
    if (signs(line, lines[i - 2])) {
      body.get(stories.at(-1)!)!.push({ ...line, kind: "text", asPrinted: true });
      continue;
    }
    switch (line.kind) {
      case "furniture":
        // The page's header and footer are the edition's, and say nothing of a story.
        break;
      case "referral":
        if (line.kind === "referral" && CONTINUED.test(line.text)) continued = line;
        note(outsideNote(line));
        break;
      case "sidebar":
        // A box closing its story: its text is the story's aside, kept out of the main text.
        if (current !== null && readings.get(line)?.role === "aside") body.get(current)!.push(line);
        else {
          headless();
          note(finding(line.line, "unplaced-line", `${line.text} box with no story above it, read as an item of its own`, `“${line.text}”栏目上方无稿件，单独成篇`));
        }
        break;
      case "section":
        marker = line;
        current = null;
        break;
      case "short": {
        const start = i - 1;
        // The page's reading says whether the line heads a new story, parts this one, carries its text on, names its author or closes it.
        const reading = readings.get(line);
        const tie = reading && nearTie(line, reading);
        if ((reading?.role === "byline" || reading?.role === "credit") && current !== null) {
          current.reporters.push({ name: line.text, role: null });
          current.bylineLine ??= line.line;
          current.findings.push(
            reading.role === "byline"
              ? finding(line.line, "bare-byline", `name under the headline read as the byline: ${line.text}`, `标题下的“${line.text}”按作者署名处理`)
              : finding(line.line, "bare-credit", `${line.text}, alone after the last paragraph, read as the story's credit, without a role`, `文末单独一行的“${line.text}”按署名处理（未印身份）`),
          );
          if (tie) current.findings.push(tie);
          // A closing credit ends its story: what follows is another.
          if (reading.role === "credit") current = null;
          break;
        }
        if (reading !== undefined && reading.role !== "heading") {
          // Where no story is open, text is a story without a headline.
          const story = current ?? headless();
          if (tie) story.findings.push(tie);
          body.get(story)!.push(reading.role === "row" ? asRow(story, line) : { ...line, subhead: reading.role === "subhead" });
          break;
        }
        // The deck is the run of short lines read as headings.
        let j = start + 1;
        while (lines[j]?.kind === "short" && readings.get(lines[j]!)?.role === "heading") j++;
        let k = j;
        while (lines[k]?.kind === "subtitle") k++;
        const next = lines[k]?.kind;
        // A run of items under a section marker ends at a feature with its own byline, and a
        // run of photos at a story with a dateline (briefs have datelines; photos do not).
        if (next === "byline" || k > j || (next === "dateline" && PHOTO_DESK.test(marker?.text ?? ""))) marker = undefined;
        const story = open(newStory(lines.slice(start, j), k > j ? lines[j] : undefined, marker));
        if (tie) story.findings.push(tie);
        for (const extra of lines.slice(j + 1, k)) {
          story.findings.push(finding(extra.line, "unplaced-line", `second subtitle kept in the text: ${extra.text}`, `多出的副题“${excerpt(extra.text)}”已放入正文`));
          body.get(story)!.push({ ...extra, kind: "text" });
        }
        i = k;
        break;
      }
      case "subtitle": {
        const story = current ?? headless();
        story.findings.push(finding(line.line, "unplaced-line", `dash-led line with no headline above it, kept in the text: ${excerpt(line.text, 30)}`, `无主题的副题“${excerpt(line.text)}”已放入正文`));
        body.get(story)!.push({ ...line, kind: "text" });
        break;
      }
      case "byline": {
        // A credit on its own line right after a caption belongs to that photo.
        const previous = stories.at(-1);
        const story = current ?? (previous?.photo ? previous : headless());
        // A credit under text ends that story, unless the page's reading says its text goes on
        // (a byline printed under the lead); under headless text it is a caption's credit.
        const closing = hasBody(story) && readings.get(line)?.role !== "byline";
        // A photo credit closing a story that printed no byline of its own makes it a photo
        // story: one caption, or a set of them under one credit (the page's reading kept them together).
        story.photo ||= closing && line.photo === true && story.reporters.length === 0 && !story.dateline;
        story.reporters.push(...line.reporters!);
        story.source ??= line.source;
        story.photoCredit ||= line.photo === true || (closing && story.heading.length === 0);
        story.bylineLine ??= line.line;
        if (closing) current = null;
        break;
      }
      case "dateline": {
        const story = current !== null && !hasBody(current) && !current.dateline ? current : headless();
        story.dateline = true;
        story.reporters.push(...line.reporters!);
        body.get(story)!.push(line);
        // A one-paragraph wire story may close on its source: 新华社…电 ……。（新华社电）
        if (line.source) {
          story.source = line.source;
          current = null;
        }
        break;
      }
      case "caption": {
        const headed = current !== null && !hasBody(current) && current.heading.length > 0 && current.reporters.length === 0;
        const story = headed ? current! : headless();
        story.photo = true;
        story.reporters.push(...line.reporters!);
        story.source ??= line.source;
        body.get(story)!.push(line);
        current = null; // a caption stands alone: what follows is another story
        break;
      }
      case "text": {
        // Each bulleted item is a brief of its own; a caption the reading parted from the text above is a photo's.
        const caption = readings.get(line)?.role === "photo";
        const story = line.bullet || caption ? headless() : (current ?? headless());
        story.photo ||= caption;
        story.bullet ||= line.bullet === true;
        // A note on the author closes the piece apart from its text, as a box of it labelled 作者.
        if (line.authorNote) body.get(story)!.push({ line: line.line, kind: "sidebar", text: AUTHOR_LABEL });
        if (line.text !== "") body.get(story)!.push(readings.get(line)?.role === "row" ? asRow(story, line) : line);
        story.reporters.push(...(line.reporters ?? []));
        if (line.referral) story.findings.push(outsideNote({ ...line, kind: "referral", text: line.referral }));
        if (line.bareCredit) {
          const names = line.reporters!.map((r) => r.name).join(" ");
          story.findings.push(finding(line.line, "bare-credit", `closing （${names}） read as the story's credit, without a role`, `文末“（${names}）”按署名处理（未印身份）`));
        }
        if (line.source) story.source = line.source;
        // The source, a closing credit, a closing note or a notice's formula closes its story: what follows is another.
        if (line.source || line.reporters || line.closing || line.noticeEnd) current = null;
        break;
      }
    }
  }
  noteNoise(Infinity);
  for (const story of stories) story.blocks = readBody(body.get(story)!, story.findings);
  return { stories: stories.filter((story, i) => keepEmpty(story, stories[i + 1], pageFindings)), findings: pageFindings };
}

/** The label of the box an author's note is set in. */
const AUTHOR_LABEL = "作者";

/** A referral saying where the text under it began: （上接A1版）, 接第2版. */
const CONTINUED = /^[(（]?(?:上接|接)/u;

/** A desk whose items are photos: 图片新闻, 新闻图片, 图说… */
const PHOTO_DESK = /图/u;

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
  lines.forEach((line) => {
    if (line.kind === "sidebar") {
      aside = line.text;
      return;
    }
    const piece = { line: line.line, text: line.text };
    const last = blocks.at(-1);
    if (aside !== undefined) {
      if (last?.kind === "aside" && !last.whole && !line.asPrinted && endsOpen(blockText(last))) last.pieces.push(piece);
      else blocks.push({ kind: "aside", pieces: [piece], label: aside, ...(line.asPrinted && { whole: true }) });
      return;
    }
    if (line.asPrinted) {
      blocks.push({ kind: "paragraph", pieces: [piece], whole: true });
      return;
    }
    if (last?.kind === "paragraph" && !last.whole && endsOpen(blockText(last))) {
      if (endsMidClause(blockText(last)) || !startsParagraph(story, line)) {
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
