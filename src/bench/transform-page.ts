/**
 * Surface transformations of a page (issue 25 item 3): each changes how the page looks
 * (blank lines, line width, punctuation width, furniture, chrome, encoding) and not what
 * an editor reads in it, so the editor's reading of the page stays the right answer.
 * Pure and seeded: the same page, transformation and seed give the same bytes.
 *
 * Where a transformation needs to know where a story is (its title, its byline lines, the
 * line its body ends on) it asks the expected reading; none of them changes what that
 * reading says, so each returns the expected reading unchanged.
 */
import { norm, stripDateline, type ExpectedArticle, type ExpectedReading } from "./score-split.ts";
import { encodeGb18030, encodeUtf16 } from "./page-encodings.ts";

export interface PageCase {
  name: string;
  text: string;
  expected: ExpectedReading;
}

export interface Transformed {
  /** The page as the splitter receives it: UTF-8 bytes unless the transformation is an encoding. */
  bytes: Uint8Array;
  expected: ExpectedReading;
}

export interface Transformation {
  name: string;
  /** One line for the table's legend. */
  about: string;
  apply: (page: PageCase, random: Random) => Transformed;
}

export type Random = (below: number) => number;

/** A small seeded generator (mulberry32) keyed by the page and the transformation's names. */
export function randomFor(...keys: string[]): Random {
  let state = 2166136261;
  for (const ch of keys.join("\u0000")) state = Math.imul(state ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return (below: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const between = (random: Random, low: number, high: number) => low + random(high - low + 1);
const pick = <T>(random: Random, items: readonly T[]): T => items[random(items.length)]!;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A transformation of the text alone; the bytes are its UTF-8. */
function textual(name: string, about: string, change: (lines: string[], random: Random, page: PageCase) => string[]): Transformation {
  return {
    name,
    about,
    apply: (page, random) => {
      // The page's final line end stays as it was: it is not a blank line.
      const ended = page.text.endsWith("\n");
      const lines = (ended ? page.text.slice(0, -1) : page.text).split("\n");
      return { bytes: utf8(change(lines, random, page).join("\n") + (ended ? "\n" : "")), expected: page.expected };
    },
  };
}

const isBlank = (line: string) => line.trim() === "";
const chars = (line: string) => Array.from(line);
/** Ends a sentence: a paragraph's last line, not a headline's. */
const SENTENCE_END = /[。！？!?…”"』）)]$/u;

/** Cuts a line into pieces of 18–26 characters, wherever that falls (a word may be cut in two). */
function hardWrap(line: string, random: Random): string[] {
  const text = chars(line);
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    const width = between(random, 18, 26);
    pieces.push(text.slice(at, at + width).join(""));
    at += width;
  }
  return pieces;
}

function wrapLines(lines: string[], random: Random, indent: boolean): string[] {
  // A paragraph indent is two full-width or a few half-width spaces; a byline pushed far right is not one.
  const pageIndents = lines.some((l) => /^(?:\u3000{1,2}| {2,4})\S/u.test(l));
  return lines.flatMap((line, i) => {
    if (isBlank(line)) return [line];
    const own = /^[\s\u3000]*/u.exec(line)![0];
    const text = line.slice(own.length);
    // A print line the line above cut short of its sentence goes on a paragraph already wrapped: no paragraph starts there.
    const above = lines[i - 1]?.trim() ?? "";
    const goesOn = chars(above).length >= 18 && !SENTENCE_END.test(above);
    // A line already wrapped keeps its indentation; on a page without any, paragraphs get two full-width spaces.
    const lead = !indent ? "" : pageIndents ? own : !goesOn && (chars(text).length > 26 || SENTENCE_END.test(text)) ? "\u3000\u3000" : "";
    const pieces = chars(text).length > 26 ? hardWrap(text, random) : [text];
    return pieces.map((p, i) => (i === 0 ? lead + p : p));
  });
}

const WEEKDAYS = "日一二三四五六";

function printedDate(date: string): { day: string; weekday: string; year: string } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return { day: `${y}年${m}月${d}日`, weekday: `星期${weekday}`, year: String(y) };
}

const SPECKS = ["丨", "'", "·", "|", "i", "l", ".", "''", "·.", "l1", ",'", "丨丨"];

/** Splits a paragraph line in two at a random point, for noise to fall between its halves. */
function cutInTwo(line: string, random: Random): [string, string] | null {
  const text = chars(line);
  if (text.length < 20 || !/[，,。]/u.test(line)) return null;
  const at = between(random, 8, text.length - 8);
  return [text.slice(0, at).join(""), text.slice(at).join("")];
}

/** The running head and folio an OCR'd column repeats, every 30–60 lines, also mid-paragraph; and specks. */
function runningHeads(lines: string[], random: Random, page: PageCase): string[] {
  const { day, weekday } = printedDate(page.expected.edition.date);
  const folio = String(page.expected.edition.page ?? between(random, 2, 8));
  const head = [`${pick(random, ["聊城日报", "水城日报", "东昌晚报"])}  ${day}  ${weekday}`, folio];
  const out = [...lines];
  // From the end backwards, so earlier positions stay where they were chosen.
  const heads: number[] = [];
  for (let at = Math.min(between(random, 30, 60), Math.floor(lines.length / 2)); at < lines.length; at += between(random, 30, 60)) heads.push(at);
  const specks = Array.from({ length: Math.max(2, Math.floor(lines.length / 40)) }, () => between(random, 1, lines.length - 1));
  const inserts = [...heads.map((at) => ({ at, noise: head })), ...specks.map((at) => ({ at, noise: [pick(random, SPECKS)] }))].sort((a, b) => b.at - a.at);
  for (const { at, noise } of inserts) {
    // A column ends mid-paragraph more often than not: the running head falls inside the next paragraph line, a speck now and then.
    const cut = noise === head ? [0, 1, 2, 3, 4, 5].map((k) => at + k).find((i) => i < out.length && cutInTwo(out[i]!, () => 0)) : random(3) === 0 ? at : undefined;
    const halves = cut !== undefined ? cutInTwo(out[cut]!, random) : null;
    if (halves) out.splice(cut!, 1, halves[0], ...noise, halves[1]);
    else out.splice(at, 0, ...noise);
  }
  return out;
}

const SWAP: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）", "，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'" };

/** Each mark takes the other width (a half-width comma or colon between digits stays); straight quotes become curly pairs, curly ones straight. */
function swapWidth(line: string): string {
  let open = true;
  return line.replace(/(?<!\d)[,:]|[,:](?!\d)|[;!?()，：；！？（）“”‘’"]/gu, (c) => (c === '"' ? ((open = !open) ? "”" : "“") : SWAP[c]!));
}

interface StoryLines {
  article: ExpectedArticle;
  /** The line the body starts on, and the line it ends on (or -1 when the reading gives no end). */
  start: number;
  end: number;
  /** The first line after the story before it. */
  from: number;
}

const lineKey = (line: string) => norm(line).replace(/^[■□●◆▲△★]+/u, "");

/**
 * Where each expected story stands among the page's lines: found by its first and last
 * words, in page order. A story not found is left out (its transformation skips it).
 */
export function locateStories(lines: string[], expected: ExpectedReading): StoryLines[] {
  const keys = lines.map(lineKey);
  const found: StoryLines[] = [];
  let cursor = 0;
  for (const article of expected.articles) {
    const head = stripDateline(norm(article.bodyStartsWith)).slice(0, 10);
    const start = keys.findIndex((k, i) => i >= cursor && (stripDateline(k).startsWith(head) || k.includes(head)));
    if (start < 0) continue;
    const tail = article.bodyEndsWith ? norm(article.bodyEndsWith).slice(-8) : null;
    const end = tail ? keys.findIndex((k, i) => i >= start && k.includes(tail)) : -1;
    found.push({ article, start, end, from: found.length ? Math.max(found.at(-1)!.end, found.at(-1)!.start) + 1 : 0 });
    cursor = Math.max(start, end) + 1;
  }
  return found;
}

/** A line that is only a credit of the story: short, names one of its bylines, not a dateline or a sentence. */
function isBylineLine(line: string, article: ExpectedArticle): boolean {
  const text = line.trim();
  if (!text || chars(text).length > 30 || /[讯电][(（]|[。，；]/u.test(text)) return false;
  return (article.bylines ?? []).some((b) => norm(text).includes(norm(b.name)));
}

/** Byline lines above each story's body, or just after its end (a photo credit, a bare name). */
function bylineLines(lines: string[], page: PageCase): { at: number; story: StoryLines }[] {
  const stories = locateStories(lines, page.expected);
  return stories.flatMap((story, k) => {
    const next = stories[k + 1]?.from ?? lines.length;
    const last = story.end >= 0 ? Math.min(story.end + 2, next - 1) : story.start;
    const found: { at: number; story: StoryLines }[] = [];
    for (let at = story.from; at <= last; at++) if (at !== story.start && isBylineLine(lines[at]!, story.article)) found.push({ at, story });
    return found;
  });
}

function bylinesRight(lines: string[], random: Random, page: PageCase): string[] {
  const out = [...lines];
  for (const { at } of bylineLines(lines, page)) out[at] = " ".repeat(between(random, 24, 44)) + out[at]!.trim();
  return out;
}

/** A byline printed above the story is moved to its end in brackets, as a closing credit. */
function bylinesToEnd(lines: string[], _random: Random, page: PageCase): string[] {
  const out = [...lines];
  const moves = bylineLines(lines, page).filter(({ at, story }) => at < story.start && story.end >= 0 && !/摄/u.test(lines[at]!));
  const removed = new Set<number>();
  for (const { at, story } of moves) {
    const credit = out[at]!.trim().replace(/^[■□●◆]\s*/u, "");
    out[story.end] = `${out[story.end]!.trimEnd()}（${credit}）`;
    removed.add(at);
  }
  return out.filter((_, i) => !removed.has(i));
}

/**
 * Each title is joined by 2–4 spaces to the line after it, as an e-paper index export prints
 * it: its first paragraph, or the subtitle or byline where one stands between.
 */
function titlesGlued(lines: string[], random: Random, page: PageCase): string[] {
  const out = [...lines];
  const keys = lines.map(lineKey);
  const gone = new Set<number>();
  let cursor = 0;
  for (const article of page.expected.articles) {
    const title = article.title ?? article.titleAnyOf?.find((t) => t) ?? null;
    if (!title) continue;
    const want = norm(title);
    // A title on one line, or stacked on two.
    let at = keys.findIndex((k, i) => i >= cursor && k === want);
    let span = 1;
    if (at < 0) {
      at = keys.findIndex((k, i) => i >= cursor && k !== "" && want.startsWith(k) && keys[i + 1] !== undefined && k + keys[i + 1] === want);
      span = 2;
    }
    if (at < 0) continue;
    let next = at + span;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    if (next >= lines.length) continue;
    const heading = lines.slice(at, at + span).map((l) => l.trim()).join(" ");
    out[next] = heading + " ".repeat(between(random, 2, 4)) + lines[next]!.trimStart();
    for (let i = at; i < next; i++) gone.add(i);
    cursor = next + 1;
  }
  return out.filter((_, i) => !gone.has(i));
}

const PAGE_NAMES = ["要闻", "综合", "经济", "县区", "社会", "文化", "体育", "视觉"];

function epaperChrome(lines: string[], random: Random, page: PageCase): string[] {
  const { day, weekday, year } = printedDate(page.expected.edition.date);
  const count = between(random, 4, 8);
  const pages = Array.from({ length: count }, (_, i) => `第${String(i + 1).padStart(2, "0")}版：${PAGE_NAMES[i]}`);
  const current = page.expected.edition.page ?? between(random, 1, count);
  const id = between(random, 10000, 99999);
  return [
    "数字报",
    `${day} ${weekday}`,
    ...pages,
    "上一版  下一版",
    `当前版：第${String(current).padStart(2, "0")}版`,
    "放大  缩小  默认",
    `content_${id}.html`,
    "",
    ...lines,
    "",
    `发布时间：${page.expected.edition.date} 0${between(random, 5, 8)}:${between(random, 10, 59)}:${between(random, 10, 59)}`,
    "上一篇  下一篇",
    "打印本文  返回目录",
    `版权所有 © ${year} 水城日报社  未经书面授权不得转载`,
    `鲁ICP备${between(random, 10000000, 99999999)}号-1`,
  ];
}

const ACCOUNTS = ["水城发布", "东昌府发布", "运河之都", "聊城日报"];
const OLDER = ["我市召开全市经济运行调度会议", "这些新规下月起施行", "周末去哪儿？这份出游攻略请收好", "事关供暖，最新通知来了", "全市中小学招生政策发布"];

function wechatChrome(lines: string[], random: Random, page: PageCase): string[] {
  const account = pick(random, ACCOUNTS);
  const date = page.expected.edition.date;
  const older = [...OLDER].sort(() => random(3) - 1).slice(0, 3);
  return [
    account,
    `原创 ${pick(random, ["水城日报", "融媒体中心"])} ${account} ${date} 0${between(random, 6, 9)}:${between(random, 10, 59)} 山东`,
    "点击蓝字 关注我们",
    "[图片]",
    "",
    ...lines,
    "",
    "[图片]",
    `来源：${pick(random, ["水城日报", "聊城日报", "东昌晚报"])}`,
    `编辑：${pick(random, ["刘洋", "孙悦"])}  责编：${pick(random, ["陈晨", "高远"])}  审核：${pick(random, ["高峰", "王静"])}`,
    "往期推荐",
    ...older.map((t) => `● ${t}`),
    "[图片]",
    "长按识别二维码关注我们",
    "分享  收藏  点赞  在看",
    "阅读原文",
  ];
}

const escapeHtml = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/**
 * The page as a content system's HTML: each line a paragraph (a short one a heading), spaces
 * as &nbsp;, some bylines in <strong>, now and then two paragraphs on one line; blank lines gone.
 */
function htmlPaste(lines: string[], random: Random): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = escapeHtml(line.trim()).replace(/ /gu, () => (random(2) ? "&nbsp;" : " "));
    const short = chars(line.trim()).length <= 20 && !SENTENCE_END.test(line.trim());
    const block = short ? (random(3) ? `<h3>${random(4) ? text : `<strong>${text}</strong>`}</h3>` : `<p><strong>${text}</strong></p>`) : `<p>${text}</p>`;
    // A paragraph after a paragraph sometimes shares its line, as a system's export runs them on.
    if (!short && out.length > 0 && out.at(-1)!.endsWith("</p>") && !out.at(-1)!.includes("<strong>") && random(4) === 0) out[out.length - 1] += block;
    else out.push(block);
  }
  return out;
}

/**
 * Each line led by its number down the margin (001 …), blank lines numbered too or not, as
 * exports differ; on some pages a position number after each line instead (…… 053), rising.
 */
function numberedLines(lines: string[], random: Random): string[] {
  if (random(3) === 0) {
    const step = between(random, 7, 15);
    return lines.map((line, i) => (isBlank(line) ? line : `${line} ${String(20 + step * i).padStart(3, "0")}`));
  }
  const blanks = random(2) === 0;
  const gap = pick(random, [" ", "\t", " | "]);
  return lines.map((line, i) => (isBlank(line) && !blanks ? line : `${String(i + 1).padStart(3, "0")}${isBlank(line) ? "" : gap + line}`));
}

/** Every transformation, in the order the table prints them. */
export const TRANSFORMATIONS: Transformation[] = [
  textual("no-blank", "all blank lines removed", (lines) => lines.filter((l) => !isBlank(l))),
  textual("wrap-indent", "hard-wrapped every 18–26 characters, paragraphs indented", (lines, random) => wrapLines(lines, random, true)),
  textual("wrap-flush", "hard-wrapped every 18–26 characters, no indentation", (lines, random) => wrapLines(lines.map((l) => l.trimStart()), random, false)),
  textual("running-heads", "running head and page number every 30–60 lines (mid-paragraph too), stray specks", runningHeads),
  textual("width-swap", "punctuation of each width made the other: , ↔ ，  ( ↔ （  \" ↔ “ ” …", (lines) => lines.map(swapWidth)),
  textual("titles-glued", "each title glued by 2–4 spaces to the line after it (subtitle, byline or text)", titlesGlued),
  textual("bylines-right", "byline lines pushed far right with spaces", bylinesRight),
  textual("bylines-to-end", "byline lines moved to the story's end in brackets", bylinesToEnd),
  textual("epaper-chrome", "wrapped in e-paper site chrome (page list, 上一版, id, 版权所有)", epaperChrome),
  textual("wechat-chrome", "wrapped in a WeChat export's chrome (account, 关注, 编辑/审核, 往期推荐)", wechatChrome),
  textual("html-paste", "pasted from a content system's HTML (<p>, <h3>, <strong>, &nbsp;, paragraphs run on)", htmlPaste),
  textual("numbered-lines", "every line led by its number (001 …), or followed by a rising position number, as exports print", numberedLines),
  { name: "crlf", about: "CRLF line ends", apply: (page) => ({ bytes: utf8(page.text.replace(/\r?\n/gu, "\r\n")), expected: page.expected }) },
  { name: "utf-16", about: "UTF-16 with a byte-order mark (LE or BE by seed)", apply: (page, random) => ({ bytes: encodeUtf16(page.text, random(2) ? "le" : "be"), expected: page.expected }) },
  { name: "gb18030", about: "GB18030 bytes", apply: (page) => ({ bytes: encodeGb18030(page.text), expected: page.expected }) },
];

/** The page unchanged, the row every transformation is compared with. */
export const UNCHANGED: Transformation = { name: "page", about: "the page as received", apply: (page) => ({ bytes: utf8(page.text), expected: page.expected }) };

export function transform(page: PageCase, transformation: Transformation): Transformed {
  return transformation.apply(page, randomFor(page.name, transformation.name));
}
