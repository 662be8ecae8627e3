/**
 * Finding each article on its printed page (pure). Every printed line is given
 * to the article whose text holds most of its character pairs; an article's
 * lines that touch (the deck above its columns, column beside column) make one
 * rectangle, lines elsewhere on the page (where the story jumps) another; a
 * photo goes with the caption right above or below it.
 */
import { gap, union, type Rect } from "./geometry.ts";
import { matchKey } from "./normalize.ts";
import type { PageText, PrintedLine } from "./text.ts";

/** An article as the region finder needs it: its name and all of its printed text. */
export interface ArticleText { slug: string; text: string }

export interface PageRegions {
  placed: { slug: string; rects: Rect[] }[];
  /** Articles of the page whose text was not found on it. */
  unplaced: string[];
}

/** A line belongs to an article when at least this share of its character pairs is in the article. */
const LINE_MATCH = 0.75;
/** Two articles scoring within this of each other for a line (a byline, a place name) leave it to its neighbours. */
const TIE = 0.1;
/** An article is placed when this share of its text was found. */
const FOUND = 0.4;

function pairs(key: string): string[] {
  const list: string[] = [];
  for (let i = 0; i + 1 < key.length; i++) list.push(key.slice(i, i + 2));
  return list;
}

interface Candidate { article: number; score: number }

function candidatesFor(line: string, articlePairs: readonly Set<string>[]): Candidate[] {
  const own = pairs(line);
  if (own.length < 2) return [];
  return articlePairs
    .map((set, article) => ({ article, score: own.filter((p) => set.has(p)).length / own.length }))
    .filter((c) => c.score >= LINE_MATCH)
    .sort((a, b) => b.score - a.score);
}

/** Lines in points, so that gaps across and down the page compare. */
function inPoints(r: Rect, page: PageText): Rect {
  return { x: r.x * page.width, y: r.y * page.height, width: r.width * page.width, height: r.height * page.height };
}

/** Close enough to be one block of a story: overlapping or side by side within a gutter, no wider a gap down than about two lines. */
function touching(a: Rect, b: Rect, size: number): boolean {
  return gap(a.x, a.width, b.x, b.width) < size * 2.5 && gap(a.y, a.height, b.y, b.height) < size * 2.5;
}

/** Groups of lines that touch, transitively (a story's block is a chain of lines). */
function blocks(lines: readonly PrintedLine[], page: PageText): PrintedLine[][] {
  const boxes = lines.map((l) => inPoints(l.box, page));
  const parent = lines.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      if (touching(boxes[i]!, boxes[j]!, Math.max(lines[i]!.size, lines[j]!.size))) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, PrintedLine[]>();
  lines.forEach((line, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), line]));
  return [...groups.values()];
}

const keyLength = (lines: readonly PrintedLine[]) => lines.reduce((n, l) => n + matchKey(l.text).length, 0);

/** The nearest line above or below in the same column that was given to one of `articles`. */
function neighbourOf(line: PrintedLine, given: ReadonlyMap<PrintedLine, number>, articles: ReadonlySet<number>): number | undefined {
  let best: { article: number; distance: number } | undefined;
  for (const [other, article] of given) {
    if (!articles.has(article) || gap(line.box.x, line.box.width, other.box.x, other.box.width) > 0) continue;
    const distance = Math.abs(other.box.y - line.box.y);
    if (distance < 0.05 && (!best || distance < best.distance)) best = { article, distance };
  }
  return best?.article;
}

export function findRegions(page: PageText, articles: readonly ArticleText[]): PageRegions {
  const articlePairs = articles.map((a) => new Set(pairs(matchKey(a.text))));
  const given = new Map<PrintedLine, number>();
  const tied: { line: PrintedLine; articles: Set<number> }[] = [];
  const anyArticle = new Set(articles.map((_, i) => i));
  for (const line of page.lines) {
    const key = matchKey(line.text);
    // A line of one or two characters (a paragraph's last) says nothing by itself: it goes with the line it ends.
    if (key.length < 3) {
      if (key) tied.push({ line, articles: anyArticle });
      continue;
    }
    const candidates = candidatesFor(key, articlePairs);
    const [best, second] = candidates;
    if (!best) continue;
    if (second && best.score - second.score < TIE) tied.push({ line, articles: new Set(candidates.filter((c) => best.score - c.score < TIE).map((c) => c.article)) });
    else given.set(line, best.article);
  }
  for (const { line, articles: among } of tied) {
    const article = neighbourOf(line, given, among);
    if (article !== undefined) given.set(line, article);
  }

  const placed: PageRegions["placed"] = [];
  const unplaced: string[] = [];
  articles.forEach((article, index) => {
    const lines = page.lines.filter((l) => given.get(l) === index);
    if (keyLength(lines) < matchKey(article.text).length * FOUND) {
      unplaced.push(article.slug);
      return;
    }
    const found = blocks(lines, page);
    const largest = Math.max(...found.map(keyLength));
    // A stray line (a phrase another story shares) is no block of its own.
    const kept = found.filter((b) => keyLength(b) >= Math.min(20, largest * 0.3));
    placed.push({ slug: article.slug, rects: kept.map((b) => b.map((l) => l.box).reduce(union)) });
  });
  // A photo belongs to the block whose caption is printed against it.
  for (const picture of page.pictures) {
    let best: { rects: Rect[]; i: number; distance: number } | undefined;
    for (const { rects } of placed) {
      rects.forEach((r, i) => {
        const across = -gap(r.x, r.width, picture.x, picture.width);
        const distance = gap(r.y, r.height, picture.y, picture.height);
        if (across >= Math.min(r.width, picture.width) * 0.5 && distance < 0.02 && (!best || distance < best.distance)) best = { rects, i, distance };
      });
    }
    if (best) best.rects[best.i] = union(best.rects[best.i]!, picture);
  }
  return { placed, unplaced };
}

/** All an article prints: its deck, its byline (role and name, as printed) and its body (Markdown marks fall out in matchKey). */
export function articleText(article: { slug: string; meta: { title: string; kicker?: string; subtitle?: string; column?: string; reporter: { name: string; role: string | null }[] }; body: string }): ArticleText {
  const { title, kicker, subtitle, column, reporter } = article.meta;
  return { slug: article.slug, text: [column, kicker, title, subtitle, ...reporter.map((r) => `${r.role ?? ""}${r.name}`), article.body].filter(Boolean).join("\n") };
}
