/**
 * Reading a printed page from its PDF's positioned text (pure): which lines are
 * the page's header, which are headline decks (type bigger than the body's),
 * which story each body line belongs to, and the order a reader reads them in.
 * The biggest type of a deck is its title; smaller deck lines above it are the
 * kicker, below it the subtitle. The result is page text for the splitter
 * (one story after another, one paragraph a line) plus each story's deck.
 */
import { gap } from "./geometry.ts";
import type { PageText, PrintedLine } from "./text.ts";

export interface StoryDeck { kicker?: string; title: string; subtitle?: string }
export interface PrintedStoryText { deck: StoryDeck | null; paragraphs: string[] }

/** A desk's marker over a run of short items, set big but no headline (shared/GUIDE.md §1). */
const MARKER = /^(?:简讯|短讯|要闻简报|县区传真|一线传真|图片新闻|时政动态)$/u;

/** Type this much bigger than the body's is a headline deck's. */
const DECK = 1.15;

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** The body type size: the size most characters are set in. */
function bodySize(lines: readonly PrintedLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(sizeKey(l.size), (chars.get(sizeKey(l.size)) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The masthead row: the page's topmost baseline, when its lines spread across the page (paper, date, 第3版). */
function headerRow(lines: readonly PrintedLine[]): Set<PrintedLine> {
  if (!lines.length) return new Set();
  const baseline = (l: PrintedLine) => l.box.y + l.box.height;
  const top = Math.min(...lines.map(baseline));
  const row = lines.filter((l) => baseline(l) - top < 0.004);
  const spread = Math.max(...row.map((l) => l.box.x + l.box.width)) - Math.min(...row.map((l) => l.box.x));
  return row.length >= 2 && spread > 0.5 ? new Set(row) : new Set();
}

const bottom = (l: PrintedLine) => l.box.y + l.box.height;
const overlapsAcross = (a: PrintedLine, b: PrintedLine) => gap(a.box.x, a.box.width, b.box.x, b.box.width) < 0;

/** Deck lines in runs, each run stacked lines that overlap across and follow closely. */
function decks(deckLines: readonly PrintedLine[]): PrintedLine[][] {
  const runs: PrintedLine[][] = [];
  for (const line of [...deckLines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    const run = runs.find((r) => r.some((l) => overlapsAcross(l, line) && line.box.y - bottom(l) < l.box.height * 1.2 && line.box.y >= l.box.y));
    if (run) run.push(line);
    else runs.push([line]);
  }
  return runs;
}

const joined = (lines: readonly PrintedLine[]) => lines.map((l) => l.text).join("").replace(/^[—–-]+\s*/u, "");

function deckOf(run: readonly PrintedLine[]): StoryDeck {
  const biggest = Math.max(...run.map((l) => l.size));
  const title = run.filter((l) => l.size > biggest - 0.5);
  const above = run.filter((l) => !title.includes(l) && l.box.y < title[0]!.box.y);
  const below = run.filter((l) => !title.includes(l) && l.box.y > title[0]!.box.y);
  return { ...(above.length && { kicker: joined(above) }), title: title.map((l) => l.text).join(""), ...(below.length && { subtitle: joined(below) }) };
}

const left = (run: readonly PrintedLine[]) => Math.min(...run.map((l) => l.box.x));
const right = (run: readonly PrintedLine[]) => Math.max(...run.map((l) => l.box.x + l.box.width));
/** Where a column's lines mostly end: a wider line at its head (a jump's 上接 line) does not move it. */
const typicalRight = (run: readonly PrintedLine[]) => run.map((l) => l.box.x + l.box.width).sort((a, b) => a - b)[Math.floor(run.length / 2)]!;

/** Body lines in column runs: lines stacked closely one under the other, overlapping across. */
function columnRuns(lines: readonly PrintedLine[]): PrintedLine[][] {
  const runs: PrintedLine[][] = [];
  for (const line of [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    // Against the run's width, not its last line's: a paragraph's short last line and the next one's indent need not overlap.
    const run = runs.find((r) => {
      const last = r[r.length - 1]!;
      return gap(left(r), right(r) - left(r), line.box.x, line.box.width) < 0 && line.box.y - bottom(last) < last.box.height * 1.2 && line.box.y > last.box.y;
    });
    if (run) run.push(line);
    else runs.push([line]);
  }
  return runs;
}


/** Body lines into paragraphs: a line indented past its column's start opens one, as does a byline (■) and a change of type. */
function paragraphsOf(runs: readonly PrintedLine[][], pageWidth: number): string[] {
  const paragraphs: string[] = [];
  let last: PrintedLine | undefined;
  for (const run of runs) {
    const start = left(run);
    for (const line of run) {
      const indented = (line.box.x - start) * pageWidth > line.size * 1.5;
      const opens = !last || indented || /^■/u.test(line.text) || /^■/u.test(last.text) || Math.abs(last.size - line.size) > 0.5;
      if (opens) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] += line.text;
      last = line;
    }
  }
  return paragraphs;
}

interface Story { top: number; x: number; deck: StoryDeck | null; run: PrintedLine[]; columns: PrintedLine[][] }

/** The page's stories in reading order: each title's deck, and the columns of body text set under it. */
export function readPage(page: PageText): PrintedStoryText[] {
  const header = headerRow(page.lines);
  const lines = page.lines.filter((l) => l.text && !header.has(l));
  const body = bodySize(lines);
  const markers = lines.filter((l) => MARKER.test(l.text));
  const deckRuns = decks(lines.filter((l) => l.size > body * DECK && !markers.includes(l)));
  const inDecks = new Set([...deckRuns.flat(), ...markers]);
  const stories: Story[] = deckRuns.map((run) => ({ top: run[0]!.box.y, x: left(run), deck: deckOf(run), run, columns: [] }));
  // A marker stays a line of its own, read before the items under it.
  stories.push(...markers.map((m): Story => ({ top: m.box.y, x: m.box.x, deck: null, run: [], columns: [[m]] })));
  const owner = new Map<PrintedLine[], Story>();
  const columns = columnRuns(lines.filter((l) => !inDecks.has(l)));
  // A column starting right under a deck (within four lines) is that story's first.
  for (const column of columns) {
    const head = column[0]!;
    const story = stories.find((s) => s.run.some((d) => overlapsAcross(d, head) && head.box.y >= d.box.y && head.box.y - bottom(s.run[s.run.length - 1]!) < head.box.height * 4));
    if (story) owner.set(column, story);
  }
  // A column that starts level with one of a story's columns, a gutter to its right, continues the story.
  const spread = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const column of columns) {
        if (owner.has(column)) continue;
        const beside = columns.find((c) => owner.has(c) && Math.abs(c[0]!.box.y - column[0]!.box.y) < column[0]!.box.height * 3 && left(column) > typicalRight(c) && (left(column) - typicalRight(c)) * page.width < column[0]!.size * 3);
        if (beside) {
          owner.set(column, owner.get(beside)!);
          changed = true;
        }
      }
    }
  };
  spread();
  // What is under no deck (a photo's caption, a story's jump) makes a story of its own, with the columns beside it.
  for (const column of columns) {
    if (owner.has(column)) continue;
    const story: Story = { top: column[0]!.box.y, x: left(column), deck: null, run: [], columns: [] };
    stories.push(story);
    owner.set(column, story);
    spread();
  }
  for (const [column, story] of owner) story.columns.push(column);
  const read = stories
    .filter((s) => s.deck || s.columns.length)
    .sort((a, b) => a.top - b.top || a.x - b.x)
    .map((s) => ({ deck: s.deck, paragraphs: paragraphsOf([...s.columns].sort((a, b) => left(a) - left(b) || a[0]!.box.y - b[0]!.box.y), page.width) }));
  return joinJumps(read);
}

const CONTINUED_FROM = /^[（(]上接[^）)]*[）)]$/u;
const CONTINUED_ON = /^[（(]下转[^）)]*[）)]$/u;

/** A story's jump (led by （上接本版 标题）) read on at the end of the story it names; the referrals themselves are no text. */
function joinJumps(stories: PrintedStoryText[]): PrintedStoryText[] {
  const kept: PrintedStoryText[] = [];
  for (const story of stories) {
    const [first, ...rest] = story.paragraphs;
    const from = !story.deck && first && CONTINUED_FROM.test(first) ? stories.find((s) => s.deck && first.includes(s.deck.title)) : undefined;
    if (from) from.paragraphs.push(...rest);
    else kept.push(story);
  }
  return kept.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((p) => !CONTINUED_ON.test(p)) }));
}

/** The masthead row as one line (聊城日报  2023年12月14日 星期四  第3版 · 综合), for the splitter to read the edition from. */
export function headerLine(page: PageText): string | undefined {
  const row = [...headerRow(page.lines)].sort((a, b) => a.box.x - b.box.x);
  return row.length ? row.map((l) => l.text).join("  ") : undefined;
}

/** The page as text the splitter reads: its header line, then deck lines, byline and paragraphs one a line, a blank line between stories. */
export function pageTextOf(stories: readonly PrintedStoryText[], header?: string): string {
  return (header ? `${header}\n\n` : "") + stories
    .map((s) => [s.deck?.kicker, s.deck?.title, s.deck?.subtitle && `——${s.deck.subtitle}`, ...s.paragraphs].filter(Boolean).join("\n"))
    .join("\n\n") + "\n";
}
