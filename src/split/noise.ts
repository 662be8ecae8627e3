/**
 * Step 1a: lines that are no part of any story, known by their nature rather than by a
 * list of what one paper prints. Each rule is named and says what it saw:
 * - a line printed again and again on the page (a running head), and a number beside it (the page number);
 * - a speck: one or two characters that are neither Chinese nor a word;
 * - a line of interface words (关注, 分享, 在看, 点赞, 阅读原文, 扫码, 长按识别二维码, 阅读 1.2万);
 * - an image placeholder ([图片]);
 * - readers' comments under a web or app story (评论 5; 绿叶子 05-12 10:02 …… 回复 赞 5);
 * - a list of older posts under its label (往期推荐, 推荐阅读 …), or on its label's line (往期回顾：《…》《…》);
 * - a video's length alone (时长：02:36), and a note in brackets on the whole page (（本版…由…提供）);
 * - an account's header at the top (原创, the account, the date and time posted);
 * - a masthead: a short name alone at the page's top, right above the date line or such a header.
 * They are noise wherever they stand, also in the middle of a paragraph that a
 * column jump cut: unwrap joins the paragraph around them.
 */
import { endsSentence } from "./chars.ts";
import { furnitureOf, WEATHER_LABEL, weatherLine } from "./furniture.ts";

export interface NoiseLine {
  rule: string;
  /** What the rule saw, for the note. */
  saw: string;
}

/** A running head or page number repeats at every column; a headline printed twice (list and story) does not. */
const MIN_REPEATS = 3;
const MAX_RUNNING_HEAD = 24;
/**
 * One or two characters that are neither Chinese, letters, digits nor a text's punctuation:
 * |, ·, 丨 …, or a column rule read as a letter (l, I, i) (a wrapped paragraph's tail, 。 or ”。,
 * is text; a lone page number is classify's).
 */
const SPECK = /^[^\p{Script=Han}\p{L}\p{N}。，、；：？！?!”’"'）)》」』…—.,;:]{1,2}$|^[丨丿乀]{1,2}$|^[lIi|]$|^[lIi|][0-9]$|^[0-9][lIi|]$/u;
const PAGE_NUMBER = /^[A-Z]?\d{1,3}$/u;
/** A part's number alone on its line: 01, 2, 03. */
const BARE_NUMBER = /^\d{1,2}$/u;
/** Interface words of a phone or web export: the verbs a reader taps. */
const INTERFACE = /关注|分享|收藏|在看|点赞|转发|阅读原文|扫码|扫一扫|长按|识别二维码|二维码|点击|留言|评论区|赞赏|置顶|星标|上一篇|下一篇|收录于|合集|^(?:阅读|浏览|播放)$|^(?:看|观看|收看)(?:视频|直播)$|^(?:听|收听)音频$/u;
/** A collection's tag and its count beside the interface words: #乡村振兴, 12个, 36篇. */
const TAG_OR_COUNT = /^#\S{1,16}$|^\d+(?:个|篇|条)$/u;
/** An image or video whose file is gone: [图片], 【视频】, (image). */
const PLACEHOLDER = /^[\[【〔(（<]\s*(?:图片|图|照片|视频|音频|image|img|photo|video)\s*[\]】〕)）>]$/iu;
const MAX_INTERFACE = 20;
/** The count over readers' comments: 评论 5, 全部评论（12）, 热门评论. */
const COMMENT_COUNT = /^(?:(?:全部|热门|最新|网友|精选)评论|评论)\s*(?:[（(]?\d+[)）]?)$|^(?:全部|热门|最新|网友|精选)评论$/u;
/** A reader's comment: a name, when it was posted, the words, and the buttons under it (回复, 赞 3). */
const COMMENT = /^\S{1,16}\s+(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+.*?(?:回复|举报|赞)(?:\s*\d+)?$|^\S{1,16}\s+(?:刚刚|\d{1,2}(?:分钟|小时|天)前)\s+.*?(?:回复|举报|赞)(?:\s*\d+)?$/u;
/** A chart's credit: who drew it (制图：…), maybe after where its figures come from (数据来源：市科技局 制图：杭一舟). */
const CHART_CREDIT = /(?:^|\s)(?:制图|绘图|图表制作|设计制图)[:：]\s*\S+$/u;
/** A label of a chart: its title, its unit in brackets, a year, a value, a year and its value; short, no clause in it. */
const CHART_LABEL = /^[^，。；！？,;!?]{1,20}$/u;
/** A chart's value or year on a line of its own, or a year and its value: 38.6, 2022年, 2023年 706, 12.5%. */
const CHART_VALUE = /^(?:\d{4}年?|[\d.]+(?:%|万|亿)?|\d{4}年?\s+[\d.]+(?:%|万|亿)?)$/u;
/** A chart shows at least this many values. */
const MIN_CHART_VALUES = 3;
/** A weather box prints its sky, temperatures and wind on this many lines at most. */
const MAX_WEATHER_LINES = 4;
/** A label over a list of older posts: 往期推荐, 推荐阅读, 往期精彩, 猜你喜欢, 热文推荐; a site's 相关新闻： over its links. */
const LINK_LIST = /^[【\[]?(?:(?:往期|精彩|热门|热文|更多|相关)?(?:推荐|回顾|精彩|阅读推荐|推荐阅读|你喜欢|猜你喜欢)(?:阅读)?|(?:相关|更多)(?:新闻|报道|文章))[】\]]?[:：]?$/u;
/** Such a label with its titles on its own line: 往期回顾：《…》《…》. */
const LINK_LIST_LINE = new RegExp(`^${LINK_LIST.source.replace(/^\^|\$$/gu, "").replace("[:：]?", "[:：]")}\\s*(?:《[^《》]{2,40}》[\\s、，,]*){1,}$`, "u");
/** A video's length on a line of its own, a label and a clock time: 时长：02:36, 视频时长 3:12. */
const DURATION = /^\p{Script=Han}{0,2}时长[:：]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;
/** A note on the whole page in brackets, not on a story: （本版图表数据截至4月22日收盘）, （本版好人榜信息由市文明办提供）. */
const PAGE_NOTE = /^[(（]本版[^()（）。]{4,40}[)）]$/u;
/** A title in such a list: a short line that ends no sentence. */
const LISTED_TITLE = /^[^。]{2,40}$/u;
/** A masthead: a name of up to ten characters, Chinese (or the paper's Latin name), nothing else. */
const MASTHEAD_SHAPE = /^[\p{Script=Han}]{2,10}$/u;

/** A line of interface words: short, no sentence in it, and each of its words something a reader taps. */
function interfaceLine(text: string): boolean {
  if (text.length > MAX_INTERFACE || /[。，；]/u.test(text)) return false;
  // Counts beside the words (点赞 12, 在看 3) and separators are part of the interface.
  // A placeholder's brackets part its word from the prompt beside it: 【二维码】扫码观看.
  const words = text.split(/[\s|｜·•、/【】\[\]]+/u).filter((w) => w !== "" && !/^\d+(?:\.\d+)?[万千wk]?\+?$/iu.test(w));
  return words.some((w) => INTERFACE.test(w)) && words.every((w) => (INTERFACE.test(w) && w.length <= 12) || TAG_OR_COUNT.test(w));
}

/** A post's date and time, or the part of one a wrap cut off: 2025-01-09, 06:55, -18. */
const POSTED = /^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}:\d{2}|-\d{1,2})$/u;
const MAX_HEADER_PART = 10;

/** An account's header: three or more short parts, one of them 原创 or the date and time posted. */
function accountHeader(text: string): boolean {
  const parts = text.split(/\s+/u);
  return parts.length >= 3 && !/[。，]/u.test(text) && parts.every((p) => p.length <= MAX_HEADER_PART) && parts.some((p) => p === "原创" || POSTED.test(p));
}

/** A rule printed across the column (———— ==== ****): what a page or an export sets between two stories. */
const RULE = /^([-—–─━═=＝_＿*＊~～☆★◆◇])\1{3,}$/u;
export const ruleLine = (text: string) => RULE.test(text.replace(/\s/gu, ""));

/** The noise lines of a page (trimmed lines, blank ones ""), by index. */
export function noiseLines(lines: readonly string[]): Map<number, NoiseLine> {
  const noise = new Map<number, NoiseLine>();
  const counts = new Map<string, number>();
  // A head says something (a name, a date, a number); a wrapped paragraph's tail (。) may repeat and is text.
  for (const text of lines) if (text !== "" && text.length <= MAX_RUNNING_HEAD && /[\p{L}\p{N}]/u.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  const filled = lines.map((text, i) => [text, i] as const).filter(([text]) => text !== "");

  // A line printed twice of which one stands inside a sentence (the line above it stops mid-sentence, full width).
  const cutsASentence = new Set<string>();
  filled.forEach(([text], n) => {
    const above = filled[n - 1]?.[0];
    if (counts.get(text) === 2 && above !== undefined && above.length > MAX_RUNNING_HEAD && !endsSentence(above) && furnitureOf(above) === null) cutsASentence.add(text);
  });
  for (const [text, i] of filled) {
    const repeats = counts.get(text) ?? 0;
    if (repeats >= MIN_REPEATS || cutsASentence.has(text)) noise.set(i, { rule: "repeated-line", saw: `printed ${repeats} times on the page` });
    else if (SPECK.test(text)) noise.set(i, { rule: "speck", saw: "one or two stray characters" });
    else if (interfaceLine(text)) noise.set(i, { rule: "interface-words", saw: "a reader's buttons, not text" });
    else if (LINK_LIST_LINE.test(text)) noise.set(i, { rule: "link-list", saw: "a list of older posts on its label's line" });
    else if (DURATION.test(text)) noise.set(i, { rule: "duration", saw: "a video's length, the video gone" });
    else if (PAGE_NOTE.test(text)) noise.set(i, { rule: "page-note", saw: "a note on the whole page (本版…), no story's text" });
    else if (PLACEHOLDER.test(text)) noise.set(i, { rule: "placeholder", saw: "an image's place, the image gone" });
    else if (COMMENT_COUNT.test(text) || COMMENT.test(text)) noise.set(i, { rule: "reader-comment", saw: "readers' comments under a web or app story, with their buttons" });
    else if (ruleLine(text)) noise.set(i, { rule: "rule-line", saw: "a rule across the column" });
  }

  // A page number: a number alone beside a running head or the page's header.
  filled.forEach(([text, i], n) => {
    const beside = [filled[n - 1], filled[n + 1]].some((f) => f !== undefined && (noise.has(f[1]) || furnitureOf(f[0]) !== null));
    if (PAGE_NUMBER.test(text) && beside) noise.set(i, { rule: "page-number", saw: "a number alone beside the running head" });
  });

  // A part's number (01, 02, 03): numbers alone counting up down the page, none beside a running head or the header.
  const numbers = filled.filter(([text, i], n) => BARE_NUMBER.test(text) && ![filled[n - 1], filled[n + 1]].some((f) => f !== undefined && (noise.get(f[1])?.rule === "repeated-line" || furnitureOf(f[0]) !== null)) && noise.get(i)?.rule !== "repeated-line");
  numbers.forEach(([text, i], k) => {
    const value = (at: number) => Number(numbers[at]?.[0] ?? NaN);
    if (value(k - 1) === Number(text) - 1 || value(k + 1) === Number(text) + 1) noise.set(i, { rule: "part-number", saw: "numbers alone counting up down the page: its parts" });
  });

  // A chart's labels left in the text (a graphic exported with the page): up from its credit (数据来源：… 制图：…), the lines
  // of its title, unit, years and values, short and with no clause in them, to the prose above.
  filled.forEach(([text], n) => {
    if (!CHART_CREDIT.test(text)) return;
    // A running head or page number a column jump left among the labels is passed over.
    const passed = ([label, k]: readonly [string, number]) => noise.has(k) || furnitureOf(label) !== null;
    let start = n;
    while (start > 0 && (passed(filled[start - 1]!) || CHART_LABEL.test(filled[start - 1]![0]))) start--;
    while (start < n && passed(filled[start]!)) start++;
    const labels = filled.slice(start, n).filter((f) => !passed(f));
    if (labels.filter(([label]) => CHART_VALUE.test(label)).length < MIN_CHART_VALUES) return;
    for (const [, k] of [...labels, filled[n]!]) noise.set(k, { rule: "chart", saw: "a chart's labels and values, exported with the text" });
  });

  // A weather box over lines of its own: its label, then its sky, temperatures and wind, however they are parted.
  filled.forEach(([text, i], n) => {
    // A label over prose (今日天气 over a forecast in sentences) titles a story, not the masthead's box.
    if (!WEATHER_LABEL.test(text) || (filled[n + 1] !== undefined && !weatherLine(filled[n + 1]![0]))) return;
    noise.set(i, { rule: "weather-box", saw: "the masthead's weather box" });
    for (let k = n + 1; k < filled.length && k <= n + MAX_WEATHER_LINES && weatherLine(filled[k]![0]); k++) noise.set(filled[k]![1], { rule: "weather-box", saw: "a line of the weather box" });
  });

  // A list of older posts: its label and the titles under it, to the next sentence.
  filled.forEach(([text, i], n) => {
    if (!LINK_LIST.test(text)) return;
    const titles = filled.slice(n + 1);
    const end = titles.findIndex(([title]) => !LISTED_TITLE.test(title));
    const listed = end < 0 ? titles : titles.slice(0, end);
    // A label with nothing listed under it is a sidebar's name, not a list.
    if (listed.length < 2) return;
    noise.set(i, { rule: "link-list", saw: "a list of older posts" });
    for (const [, k] of listed) noise.set(k, { rule: "link-list", saw: "a title in a list of older posts" });
  });

  // The page's head, above its first line of text: an account's header line (原创 水城日报 2025-01-09 06:55),
  // and a masthead, a name alone right over a date line or such a header.
  for (const [text, i] of filled) {
    // Furniture, noise and a masthead's name may stand above it.
    if (furnitureOf(text) !== null || noise.has(i) || MASTHEAD_SHAPE.test(text)) continue;
    if (!accountHeader(text)) break;
    noise.set(i, { rule: "account-header", saw: "short parts with the post's date and time, at the top" });
  }
  const datedHeader = (text: string) => {
    const header = furnitureOf(text);
    return header?.kind === "header" && header.edition.date !== undefined;
  };
  for (let n = 0; n + 1 < filled.length; n++) {
    const [text, i] = filled[n]!;
    const next = filled[n + 1]![1];
    // The date line may stand under the publisher's line (东阿县融媒体中心主办) or other header lines.
    let k = n + 1;
    while (k < filled.length && furnitureOf(filled[k]![0])?.kind === "header" && !datedHeader(filled[k]![0])) k++;
    const dated = (k < filled.length && datedHeader(filled[k]![0])) || noise.get(next)?.rule === "account-header";
    if (dated && MASTHEAD_SHAPE.test(text)) {
      noise.set(i, { rule: "masthead", saw: "a name alone above the date line" });
      continue;
    }
    // A phone export's account name heads it, over its follow prompt (点击上方蓝字关注我们); printed again at the foot, it is the same chrome.
    if (noise.get(next)?.rule === "interface-words" && MASTHEAD_SHAPE.test(text) && !noise.has(i)) {
      for (const [again, k] of filled) if (again === text) noise.set(k, { rule: "account-name", saw: "the account's name, over its follow prompt" });
      continue;
    }
    if (!noise.has(i) && furnitureOf(text) === null) break;
  }
  return noise;
}
