/**
 * Step 4a: one decision for the whole page. Whether a short line is a new story's
 * headline, a subhead, or part of the text depends on the lines around it, so no line
 * is decided alone: each undecided line gets a score for each reading from the named
 * evidence rules (evidence.ts), a small grammar says which readings may follow which,
 * and dynamic programming (Viterbi) picks the best reading of the whole page. Where the
 * best reading of a line wins by a small margin, a note names both readings.
 *
 * The grammar, over the lines that belong to stories:
 * - where no story is open (the page's top, after a section marker, a caption, a
 *   closing credit or source), a short line heads a new story;
 * - a subhead parts a story's text: text stands above it (or it labels a numbered
 *   part), and text goes on under it;
 * - text that stops mid-sentence carries on into the next line: no subhead there;
 * - a closing credit (a name alone) stands after a finished sentence and closes its story;
 * - a box's label (aside) stands after its story's text, or right under its deck (人物名片),
 *   and text goes on under it;
 * - a caption over a photo credit either carries its story on (the credit is the whole
 *   set's) or opens a photo story of its own (the credit is that caption's);
 * - a name printed bare stands under its headline, over the text; verse lines and a list's
 *   rows stand in an open story, as printed;
 * - lines whose kind is settled (bylines, datelines, captions, text) are read as they are.
 */
import { leadsOn, type PageLine } from "./classify.ts";
import { endsSentence } from "./chars.ts";
import { carriesOn, DECISIVE, tableRow, evidenceFor, partLabel, PRIOR, rolesOf, storyLines, type Role, type Seen, type StoryLines } from "./evidence.ts";
import { excerpt, finding, type Finding } from "./finding.ts";

export type { Role } from "./evidence.ts";

/** The reading of one undecided line. */
export interface LineReading {
  role: Role;
  /** How much better the best reading of the page is than the best with this line read otherwise. */
  margin: number;
  /** The line's best other reading. */
  runnerUp: Role;
  evidence: Seen[];
}

/** Below this margin a reading is a near tie: the note names both readings. */
export const NEAR_TIE = 1.5;

type Fixed = "fixed";
interface State {
  role: Role | Fixed;
  /** After this line no story is open: the next short line heads one. */
  closed: boolean;
}

const IMPOSSIBLE = -Infinity;
/** What reading against the grammar's flow costs: a headline under text that carries on, text where no story is open. */
const CARRIED = 10;
/** A line of a story in its text: a settled line of text, or an undecided one read as body or as a caption. */
function inText(line: PageLine, role: Role | Fixed): boolean {
  return role === "body" || role === "photo" || (role === "fixed" && (line.kind === "text" || line.kind === "dateline"));
}

/** Readings under which text must go on in the next line: a subhead parts the text, a box's label opens its box, a byline printed bare opens the text. */
const PARTS = new Set<Role | Fixed>(["subhead", "aside", "byline"]);

/** A line of the story's text or a line of it kept as printed (a verse line, a list's row). */
const inBody = (line: PageLine, role: Role | Fixed) => inText(line, role) || role === "row";

/** Whether no story is open after `line`, read as `role`, with `previous` read as it was. */
function closes(line: PageLine, role: Role | Fixed, previous: { line: PageLine; role: Role | Fixed } | undefined): boolean {
  if (role === "credit") return true;
  if (role !== "fixed") return false;
  switch (line.kind) {
    case "section":
    case "caption":
      return true;
    case "byline":
      // A credit under text ends that story; over a headline's story it opens it.
      return previous !== undefined && (inBody(previous.line, previous.role) || PARTS.has(previous.role) || previous.line.kind === "caption");
    case "dateline":
      return line.source !== undefined;
    case "text":
      // A closing credit or source, a closing note or a notice's formula ends its story.
      // A note in brackets right under the headline opens the text (a regulation's adoption note), closing nothing;
      // a referral sending the reader on to another page (……（详见A5版）) closes it.
      return line.source !== undefined || line.reporters !== undefined || (line.closing === true && previous?.role !== "heading") || line.noticeEnd === true || line.leadsOn === true || (line.referral !== undefined && leadsOn(line.referral));
    default:
      return false;
  }
}

/**
 * A story's byline moved to its end (……。（本报记者 程远）) closes its text, not its boxes: a box's
 * label under it (记者手记) is still the story's.
 */
function bylineAtEnd(previous: { line: PageLine; state: State } | undefined): boolean {
  return previous !== undefined && previous.state.role === "fixed" && previous.line.outletCredit === true;
}

/** Right under a story's headline or the byline under it: a box there (人物名片) is the story's, printed at its head. */
function underDeck(previous: { line: PageLine; state: State } | undefined): boolean {
  return previous !== undefined && !previous.state.closed && (previous.state.role === "heading" || (previous.state.role === "fixed" && (previous.line.kind === "byline" || previous.line.kind === "subtitle")));
}

/** What the grammar says of reading `line` as `role` after `previous` (read as it was). */
function transition(page: StoryLines, previous: { line: PageLine; state: State } | undefined, line: PageLine, role: Role | Fixed): number {
  // Text goes on under a subhead or a box's label; only a numbered sub-part may stand under a numbered part (一、… / （一）…).
  const subpart = previous?.state.role === "subhead" && role === "subhead" && partLabel(previous.line) && partLabel(line);
  if (previous !== undefined && PARTS.has(previous.state.role) && !inBody(line, role) && !subpart) return IMPOSSIBLE;
  if (role === "fixed") return 0;
  const before = previous?.line;
  const open = previous !== undefined && !previous.state.closed && inText(before!, previous.state.role);
  // A closing credit stands after a finished sentence of its story; a box's label after its text; a caption of its own under text.
  if (role === "credit") return open && (line.kind === "byline" || endsSentence(before!.text)) ? 0 : IMPOSSIBLE;
  if (role === "aside") return ((open || bylineAtEnd(previous)) && !carriesOn(page, before!, line)) || underDeck(previous) ? 0 : IMPOSSIBLE;
  if (role === "photo") return open ? 0 : IMPOSSIBLE;
  // A byline printed bare stands under its headline (a printed one may stand under the story's lead); a row in an open story, under its byline (verse), its list's label or another row.
  if (role === "byline") return previous?.state.role === "heading" || (line.kind === "byline" && open) ? 0 : IMPOSSIBLE;
  // A table of figures may stand right under its title: a data box.
  if (role === "row") return previous !== undefined && !previous.state.closed && (previous.state.role !== "heading" || tableRow(line.text) || page.data.has(line)) ? 0 : IMPOSSIBLE;
  // A signature stands under the notice's last line, its formula or another signature line.
  if (role === "signature") return previous !== undefined && (inBody(before!, previous.state.role) || previous.state.role === "signature") ? 0 : IMPOSSIBLE;
  // A headline stands where the text above has ended: text that carries on into the line says it is no headline.
  if (role === "heading") return before !== undefined && !previous!.state.closed && inText(before, previous!.state.role) && carriesOn(page, before, line) ? -CARRIED : 0;
  // No story is open: a short line heads one, unless it is plainly the first line of a broken paragraph.
  if (previous === undefined || previous.state.closed) return role === "body" ? -CARRIED : IMPOSSIBLE;
  if (role === "subhead") {
    if (inText(before!, previous.state.role)) return carriesOn(page, before!, line) ? IMPOSSIBLE : 0;
    // First in a story's text only as a part's label (一、…, 编者按); right under another subhead only as its sub-part.
    return partLabel(line) && (previous.state.role !== "subhead" || subpart) ? 0 : IMPOSSIBLE;
  }
  return 0;
}


/** A line of the page's best reading: its role (or its settled kind), and whether a story starts at it. */
export interface StoryLine {
  line: PageLine;
  role: Role | Fixed;
  /** A new story starts at this line. */
  opens: boolean;
  /** After this line no story is open. */
  closed: boolean;
  /** For a line whose reading was open: how it was decided. */
  reading?: LineReading;
}

/**
 * Where the best reading starts a story: at the first line of a deck, at a caption parted
 * from the text above, at any line where no story is open, at a dateline or caption under
 * another story's text, and at a bulleted item. A subtitle, a dateline or a caption under
 * a headline, a credit under a caption, a notice's signature and a closing note belong to the story above.
 */
function opensStory(previous: { line: PageLine; state: State } | undefined, line: PageLine, role: Role | Fixed): boolean {
  if (previous === undefined) return true;
  const before = previous.state.role;
  switch (role) {
    case "heading":
      return before !== "heading";
    case "photo":
      return true;
    case "signature":
    case "credit":
      return false;
    case "aside":
      return previous.state.closed && !bylineAtEnd(previous);
    case "fixed":
      break;
    default:
      return previous.state.closed;
  }
  const underDeck = before === "heading" || (before === "fixed" && previous.line.kind === "subtitle");
  switch (line.kind) {
    case "section":
      return false;
    case "subtitle":
      return !underDeck && previous.state.closed;
    case "dateline":
      // Under a deck or its byline the dateline opens the story's text; under text it opens another story.
      return !(underDeck || (!previous.state.closed && (before === "byline" || (before === "fixed" && previous.line.kind === "byline"))));
    case "caption":
      return !underDeck;
    case "byline":
      // A credit right under a caption is that photo's.
      return previous.state.closed && previous.line.kind !== "caption";
    default:
      // A closing note (（作者单位：…）, （待续）) is the piece's above, also under its closing credit.
      return (previous.state.closed && !line.closing) || line.bullet === true;
  }
}

/** The best reading of the page's story lines, line by line, with where each story starts. */
export function readStories(lines: readonly PageLine[]): StoryLine[] {
  const { readings, path } = decode(lines);
  return path.map((state, i) => ({
    line: lines[i]!,
    role: state.role,
    closed: state.closed,
    opens: opensStory(i === 0 ? undefined : { line: lines[i - 1]!, state: path[i - 1]! }, lines[i]!, state.role),
    ...(readings[i] && { reading: { ...readings[i]!, role: state.role as Role } }),
  }));
}

/**
 * Reads every undecided line of the page's story lines. Returns, for each line of
 * `lines` that was undecided, its reading (others are undefined).
 */
export function readRoles(lines: readonly PageLine[]): (LineReading | undefined)[] {
  return decode(lines).readings;
}

/** The page's best reading (Viterbi path) and each undecided line's reading, with its margin over the runner-up. */
function decode(lines: readonly PageLine[]): { readings: (LineReading | undefined)[]; path: State[] } {
  const page = storyLines(lines);
  const n = lines.length;
  const states: State[][] = [];
  const emission: number[][] = [];
  const seen: Seen[][] = [];
  const open: (readonly Role[] | null)[] = lines.map((_, i) => rolesOf(page, i));
  for (let i = 0; i < n; i++) {
    const evidence = open[i] ? evidenceFor(page, i) : [];
    seen.push(evidence);
    const roles: readonly (Role | Fixed)[] = open[i] ?? ["fixed"];
    states.push(roles.flatMap((role) => [{ role, closed: false }, { role, closed: true }]));
    emission.push(states[i]!.map((s) => (s.role === "fixed" ? 0 : PRIOR[s.role] + evidence.reduce((sum, e) => sum + (e.weights[s.role as Role] ?? 0), 0))));
  }

  // Forward (best score of a reading of lines 0..i ending in each state) and backward passes.
  const score = (i: number, from: number | undefined, to: number): number => {
    const line = lines[i]!;
    const state = states[i]![to]!;
    const previous = from === undefined ? undefined : { line: lines[i - 1]!, state: states[i - 1]![from]! };
    // A notice's signature leaves the notice as it was: closed under its formula, open in a run of notices.
    // A document's dated signature (its issuer over the date) ends it.
    const closed = state.role === "signature" ? (previous?.state.closed ?? false) || line.dated === true : closes(line, state.role, previous && { line: previous.line, role: previous.state.role });
    if (state.closed !== closed) return IMPOSSIBLE;
    return transition(page, previous, line, state.role) + emission[i]![to]!;
  };
  const forward: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < n; i++) {
    forward.push(states[i]!.map(() => IMPOSSIBLE));
    back.push(states[i]!.map(() => -1));
    states[i]!.forEach((_, to) => {
      if (i === 0) {
        forward[0]![to] = score(0, undefined, to);
        return;
      }
      forward[i - 1]!.forEach((before, from) => {
        if (before === IMPOSSIBLE) return;
        const total = before + score(i, from, to);
        if (total > forward[i]![to]!) {
          forward[i]![to] = total;
          back[i]![to] = from;
        }
      });
    });
  }
  // A subhead is never the page's last line: text goes on under it.
  const last = (s: State) => (s.role === "subhead" ? IMPOSSIBLE : 0);
  const backward: number[][] = states.map((row) => row.map(() => IMPOSSIBLE));
  if (n > 0) states[n - 1]!.forEach((s, k) => (backward[n - 1]![k] = last(s)));
  for (let i = n - 2; i >= 0; i--) {
    states[i]!.forEach((_, from) => {
      states[i + 1]!.forEach((__, to) => {
        const total = score(i + 1, from, to) + backward[i + 1]![to]!;
        if (total > backward[i]![from]!) backward[i]![from] = total;
      });
    });
  }

  // The best path, followed back from its best last state.
  const path: State[] = [];
  if (n > 0) {
    let k = states[n - 1]!.reduce((best, s, at) => (forward[n - 1]![at]! + last(s) > forward[n - 1]![best]! + last(states[n - 1]![best]!) ? at : best), 0);
    for (let i = n - 1; i >= 0; i--) {
      path[i] = states[i]![k]!;
      // A page the grammar cannot read at all (never on real pages) takes each line's first reading.
      k = Math.max(0, back[i]![k]!);
    }
  }
  const readings = lines.map((_, i) => {
    if (!open[i]) return undefined;
    const best = new Map<Role, number>();
    states[i]!.forEach((s, k) => {
      const total = forward[i]![k]! + backward[i]![k]!;
      if (s.role !== "fixed" && total > (best.get(s.role) ?? IMPOSSIBLE)) best.set(s.role, total);
    });
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    // A page the grammar cannot read at all (never on real pages) leaves the line to its evidence alone.
    const [role, top] = ranked[0] ?? ["body", 0];
    const [runnerUp, second] = ranked[1] ?? [role, IMPOSSIBLE];
    return { role, margin: top - second, runnerUp, evidence: seen[i]! };
  });
  return { readings, path };
}

const READING_NAMES: Record<Role, [string, string]> = {
  heading: ["a new story's headline", "新稿件的标题"],
  subhead: ["a subhead", "小标题"],
  body: ["part of the text", "正文的一部分"],
  credit: ["the story's closing credit", "上文稿件的署名"],
  aside: ["the label of the story's box", "上文稿件的附栏标题"],
  photo: ["a photo caption of its own", "单独的图片说明"],
  byline: ["the byline printed bare", "未加标记的作者署名"],
  row: ["a line kept as printed (verse or a list's row)", "按原样保留的一行（诗行或列表行）"],
  signature: ["the notice's signature", "启事、公告的落款"],
};

/** Why a reading won: the rules that weighed for it, or the grammar. */
function because(reading: LineReading, role: Role): string {
  const rules = reading.evidence.filter((e) => (e.weights[role] ?? 0) > 0).map((e) => e.rule);
  return rules.length > 0 ? rules.join(", ") : "the lines around it";
}

/** A near tie: the line's reading and its runner-up, with the evidence for each. */
export function nearTie(line: PageLine, reading: LineReading): Finding | null {
  if (reading.margin >= NEAR_TIE || reading.margin >= DECISIVE) return null;
  const [chosen, chosenZh] = READING_NAMES[reading.role];
  const [other, otherZh] = READING_NAMES[reading.runnerUp];
  return finding(
    line.line,
    "close-reading",
    `${excerpt(line.text, 20)} read as ${chosen} (${because(reading, reading.role)}); as ${other} (${because(reading, reading.runnerUp)}) it reads almost as well`,
    `“${excerpt(line.text, 20)}”按${chosenZh}处理，但按${otherZh}处理也说得通`,
  );
}
