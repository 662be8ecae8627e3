/**
 * Step 4: classified lines → stories. Headline blocks, bylines, datelines and
 * captions open stories; inside a story, paragraphs broken where a print column
 * ended are rejoined, and short lines become subheads or parts of paragraphs.
 */
import type { Reporter } from "../article/record.ts";
import { endsMidClause, endsOpen } from "./chars.ts";
import type { PageLine } from "./classify.ts";
import { excerpt, finding, type Finding } from "./finding.ts";

/** One source line's share of a body block. */
export interface Piece {
  line: number;
  text: string;
}

export interface BlockDraft {
  kind: "paragraph" | "subhead";
  pieces: Piece[];
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
  blocks: BlockDraft[];
  findings: Finding[];
}

export interface GroupedPage {
  stories: StoryDraft[];
  /** Notes about lines outside every story. */
  findings: Finding[];
}

function newStory(heading: PageLine[] = [], subtitle?: PageLine, marker?: PageLine): StoryDraft {
  return { heading, subtitle, marker, reporters: [], photo: false, photoCredit: false, dateline: false, blocks: [], findings: [] };
}

/** Lines of body text collected for a story before they are made into blocks. */
type BodyLines = Map<StoryDraft, PageLine[]>;

function outsideNote(line: PageLine): Finding {
  return line.kind === "noise"
    ? finding(line.line, "layout-noise", `web/layout noise kept out of the text: ${excerpt(line.text, 30)}`, `版面或网页杂项“${excerpt(line.text, 20)}”未放入正文`)
    : finding(line.line, "referral", `referral kept out of the text: ${line.text}`, `转版提示“${line.text}”未放入正文`);
}

/** A headline may end in ？ or ！; then only a byline or subtitle under it tells it from a sentence. */
function questionHeadlines(lines: readonly PageLine[]): PageLine[] {
  return lines.map((line, i) => {
    const next = lines[i + 1]?.kind;
    const headline = line.kind === "text" && line.text.length <= 24 && /[？！]$/u.test(line.text) && (next === "byline" || next === "subtitle");
    return headline ? { ...line, kind: "short" } : line;
  });
}

/** Splits the page's lines into stories. */
export function group(pageLines: readonly PageLine[]): GroupedPage {
  const lines = questionHeadlines(pageLines);
  const stories: StoryDraft[] = [];
  const pageFindings: Finding[] = [];
  const body: BodyLines = new Map();
  let current = null as StoryDraft | null; // widened: `open` reassigns it
  let marker: PageLine | undefined;

  const open = (story: StoryDraft): StoryDraft => {
    stories.push(story);
    body.set(story, []);
    current = story;
    return story;
  };
  const note = (f: Finding) => (current ? current.findings : pageFindings).push(f);
  const hasBody = (story: StoryDraft | null) => story !== null && body.get(story)!.length > 0;
  // A story the page prints no headline for (it opens with a dateline, caption or text).
  const headless = () => open(newStory([], undefined, marker));

  for (let i = 0; i < lines.length; ) {
    const line = lines[i++]!;
    switch (line.kind) {
      case "noise":
      case "referral":
        note(outsideNote(line));
        break;
      case "section":
        marker = line;
        current = null;
        break;
      case "short": {
        const start = i - 1;
        let j = start;
        while (lines[j]?.kind === "short") j++;
        let k = j;
        while (lines[k]?.kind === "subtitle") k++;
        const next = lines[k]?.kind;
        // A lone short line inside a story is a subhead or half a paragraph, unless a
        // byline, dateline or caption follows: then it is that story's headline.
        const opensStory = current === null || k > j || j - start >= 2 || next === "byline" || next === "dateline" || next === "caption";
        if (!opensStory) {
          body.get(current!)!.push(line);
          break;
        }
        // A run of items under a section marker ends at a feature with its own byline.
        if (next === "byline" || k > j) marker = undefined;
        const story = open(newStory(lines.slice(start, j), k > j ? lines[j] : undefined, marker));
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
        // A credit under text ends that story: under headless text it is a caption's credit.
        const closing = hasBody(story);
        story.reporters.push(...line.reporters!);
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
        break;
      }
      case "caption": {
        const headed = current !== null && !hasBody(current) && current.heading.length > 0 && current.reporters.length === 0;
        const story = headed ? current! : headless();
        story.photo = true;
        story.reporters.push(...line.reporters!);
        body.get(story)!.push(line);
        current = null; // a caption stands alone: what follows is another story
        break;
      }
      case "text": {
        const story = current ?? headless();
        body.get(story)!.push(line);
        story.reporters.push(...(line.reporters ?? []));
        if (line.referral) story.findings.push(outsideNote({ ...line, kind: "referral", text: line.referral }));
        break;
      }
    }
  }
  for (const story of stories) story.blocks = readBody(body.get(story)!, story.findings);
  return { stories: stories.filter((story) => keepEmpty(story, pageFindings)), findings: pageFindings };
}

/**
 * A story with no text: a headline stays (an editor will see it and its note);
 * a byline with nothing under it is dropped, with a note saying so.
 */
function keepEmpty(story: StoryDraft, pageFindings: Finding[]): boolean {
  if (story.blocks.length > 0) return true;
  const first = story.heading[0];
  if (first) {
    story.findings.push(finding(first.line, "unplaced-line", `headline with no text under it: ${excerpt(first.text, 30)}`, `标题“${excerpt(first.text)}”下没有正文`));
    return true;
  }
  const names = story.reporters.map((r) => r.name).join(" ");
  pageFindings.push(...story.findings, finding(story.bylineLine ?? 1, "unplaced-line", `byline with no story under it: ${names}`, `署名“${names}”下没有稿件`));
  return false;
}

/**
 * Words that open a new paragraph in news prose and do not continue a broken
 * one: a date, a time phrase, a connective, 记者 (记者了解到, 记者在现场看到 …).
 */
const PARAGRAPH_OPENER = /^(?:\d{1,2}月\d{1,2}日|\d{4}年|(?:今年|去年|近年|近日|近期|目前|当前|截至|据了解|据悉|据介绍|据统计|此外|另外|同时|与此同时|不仅如此|下一步|随后|记者|会上|[一二三四五六七八九十]是))/u;
/** Subheads are a short phrase or two; a longer unfinished line is part of a paragraph. */
const MAX_SUBHEAD = 24;
/** Numbered subheads: 一、 （一） 1. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、]\D)/u;

function leadOf(text: string): string {
  return /^["“‘']?(\p{Script=Han}{3})/u.exec(text)?.[1] ?? "";
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
function readBody(lines: readonly PageLine[], findings: Finding[]): BlockDraft[] {
  const startsLikeAnother = (line: PageLine) => {
    const lead = leadOf(line.text);
    return lead !== "" && lines.some((other) => other !== line && leadOf(other.text) === lead);
  };
  const startsParagraph = (line: PageLine | undefined) =>
    line !== undefined && (line.kind === "dateline" || PARAGRAPH_OPENER.test(line.text) || startsLikeAnother(line));
  const blocks: BlockDraft[] = [];
  lines.forEach((line, n) => {
    const piece = { line: line.line, text: line.text };
    const last = blocks.at(-1);
    if (last?.kind === "paragraph" && endsOpen(blockText(last))) {
      if (endsMidClause(blockText(last)) || !startsParagraph(line)) {
        last.pieces.push(piece);
        return;
      }
      findings.push(missingEnding(last));
    }
    // A short line is a subhead unless it is the start of a broken paragraph: it is long,
    // opens the body, opens like a paragraph (近年来…), or like its siblings before a continuation.
    const next = lines[n + 1];
    const subhead =
      line.kind === "short" &&
      line.text.replace(/\s/gu, "").length <= MAX_SUBHEAD &&
      next !== undefined &&
      (NUMBERED.test(line.text) ||
        (n > 0 && !PARAGRAPH_OPENER.test(line.text) && (!startsLikeAnother(line) || startsParagraph(next))));
    blocks.push({ kind: subhead ? "subhead" : "paragraph", pieces: [piece] });
  });
  const last = blocks.at(-1);
  if (last?.kind === "paragraph" && endsOpen(blockText(last))) findings.push(missingEnding(last));
  return blocks;
}
