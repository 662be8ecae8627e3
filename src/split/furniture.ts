/**
 * Page furniture: the lines of a page that belong to the edition, not to a story
 * (GUIDE §1). Two kinds:
 * - the page's own header and footer: masthead, date line (星期, 农历), page label
 *   (第1版 要闻, A01版：要闻, 03版 综合, A05 国内新闻), issue and weather lines, the page
 *   editors' footer (责任编辑：… 美编：… 校对：…). What the header prints is the
 *   edition's metadata (date, 版次, 版名).
 * - e-paper web chrome, left when text is copied from an e-paper site: page lists,
 *   上一版/下一版, 放大 缩小 默认, 打印本文, 返回目录, id and timestamp lines,
 *   copyright and ICP lines. Noise, noted for the editor.
 * A header line is read token by token: every token must be one of the header's
 * parts, so a headline that merely mentions a date is never taken for one.
 */
import { NAME } from "./credits.ts";

/** What a page's header prints about its edition. */
export interface EditionHeader {
  date?: string;
  page?: number;
  pageName?: string;
}

export interface Furniture {
  kind: "header" | "chrome";
  /** The edition metadata the line prints (header lines only). */
  edition: EditionHeader;
  /** A page label in a page list (第01版：要闻 … 第08版：文体) names one of the edition's pages, not this one. */
  pageLabel?: boolean;
  /** The e-paper names this page as the one shown (当前版：02): it outranks every other label. */
  current?: boolean;
  /** A date alone on its line: the header's only in the page's head; lower down it signs a notice. */
  dateOnly?: boolean;
}

/** 2024年6月12日, also typed with dots or dashes: 2024.06.12, 2024-06-12. */
const DATE = /^(\d{4})(?:年|\.|-)(\d{1,2})(?:月|\.|-)(\d{1,2})日?(?:星期[一二三四五六日天])?$/u;
const WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/u;
const LUNAR = /^农历\p{Script=Han}{2,}$/u;
/** 第1版 · 第03版：综合 · A01版：要闻 · 03版 · A05 or A5 (a section letter and digits) · A05-A06 (a spread: its first page). */
const PAGE = /^(?:第\s*)?[A-Z]?(\d{1,2})\s*版(?:[:：]\s*(\p{Script=Han}[\p{Script=Han}·・]{1,8}))?$|^[A-Z](\d{1,2})(?:[-—~～][A-Z]\d{1,2})?$/u;
/** The e-paper's own page: 当前版：02, 当前版：第03版 综合. */
const CURRENT_PAGE = /^当前版[:：]\s*(?:第\s*)?[A-Z]?(\d{1,2})\s*版?(?:[:：\s]\s*(\p{Script=Han}[\p{Script=Han}·・]{1,8}))?/u;
/** 要闻, 综合, and a desk's two names joined by a middle dot: 评论·理论, 文化·副刊. */
const PAGE_NAME = /^\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?$/u;
/**
 * A masthead's particulars, the same on every Chinese paper: 今日16版, 总第12345期, the price (零售价1.00元,
 * 定价：2元, 零售价 1.00元), the serial number every paper must print (国内统一连续出版物号 CN37-0021, 邮发代号23-12).
 */
const ISSUE = /^(?:今日\d{1,3}版|总第\d+期|第\d+期|(?:今日)?(?:天气|气温)[:：].*|(?:零售价|定价|每份)[:：]?(?:\d+(?:\.\d+)?元)?|\d+\.\d{2}元|(?:国内统一连续出版物号|国内统一刊号)[:：]?(?:CN\d{2}-\d{4}(?:\/[A-Z]+)?)?|CN\d{2}-\d{4}(?:\/[A-Z]+)?|邮发代号[:：]?\d{1,2}-\d{1,3})$/u;
/** The page staff's roles: 编辑, 责任编辑, 美编, 校对, 审核 … */
const STAFF = "(?:本版)?(?:主编|责任编辑|责编|执行编辑|编辑|美术编辑|美编|图片编辑|校对|版式|设计|审读|审核|组版|签发|制作|值班主任|统筹|策划|监制)";
const EDITOR = new RegExp(`^${STAFF}[:：](\\p{Script=Han}{1,4})?$`, "u");
/** A phone export parts a staff role from its name by a bar, where print has a colon: 编辑｜田野, 审核 | 柴明. */
const STAFF_BAR = new RegExp(`(^|\\s)(${STAFF})\\s*[|｜]\\s*`, "gu");
/** The page staff's roles printed without a colon (责任编辑 王宏亮  美术编辑 李佳): never a story's byline. Not bare 编辑 or 设计. */
const EDITOR_WITHOUT_COLON = /^(?:本版(?:主编|编辑|责编)|主编|责任编辑|责编|执行编辑|美术编辑|美编|图片编辑|校对|版式|审读|值班主任|统筹|监制)$/u;
/** The desk's telephone or mail after its editor's name: 电话：0635-8888123, 邮箱：… */
const DESK_CONTACT = /^(?:电话|热线|传真|邮箱)[:：]\S+$/u;
/** A paper's name standing alone: 聊城日报, 水城日报数字报, 齐鲁晚报. */
const MASTHEAD = /^\p{Script=Han}{2,6}(?:日报|晚报|晨报|早报|时报|商报|导报|都市报|青年报|法制报|经济报|农民报|工人报|科技报)(?:社)?(?:数字报|电子版|数字版)?$/u;
/** A paper's name of any words, at the head of a line of the page's header: a few Chinese characters. */
const PAPER_NAME = /^\p{Script=Han}{2,8}$/u;
/** The edition's form printed apart from the paper's name: 中国农资导报 数字报. */
const EDITION_FORM = /^(?:数字报|电子版|数字版|电子报)$/u;
/** The paper's name in Latin letters under the masthead: SHUICHENG RIBAO. */
const LATIN_MASTHEAD = /^[A-Z]{2,}(?: [A-Z]{2,})*$/u;
/** The masthead's weather: 天气：晴, 今日天气 多云转晴, 天气 小雨转阴 6℃～11℃ 东北风3级. */
const WEATHER = /^(?:今日|明日)?天气(?:[:：]|\s+\S)/u;
/** A weather box's own parts, on lines of their own: 小雨转阴, 6℃～11℃, -3℃~8℃, 东北风3级, 南风3-4级. */
const TEMPERATURE = /^-?\d{1,2}(?:℃|°C?)?[~～至\-—]-?\d{1,2}(?:℃|°C?)$/u;
const WIND = /^\p{Script=Han}{0,3}风\d(?:[-~～至]\d)?级$/u;
const SKY = /^(?:[晴阴]|多云|[小中大暴阵雷]?[雨雪]|雨夹雪|雾|霾|沙尘|转){1,6}$/u;
/**
 * Who publishes the paper, printed under or over the masthead: 青禾县融媒体中心主办, 江州日报社出版:
 * an organisation (its last word says it is one) and what it does for the paper.
 */
const PUBLISHER = /^\p{Script=Han}{2,20}(?:中心|社|局|委员会|委|部|台|集团|公司|政府|办公室|协会|传媒)(?:主办|主管|出版|编辑出版|承办|协办)$/u;
/** A special page's sponsor block: 主办：江州市商务局, 承办单位：…, 协办：…, 支持：… */
const SPONSOR = /^(?:主办|主管|承办|协办|联办|指导|支持|特别支持|冠名|出品)(?:单位)?[:：]\s*\S/u;
/** The desk's address for readers' copy, printed at the foot: 本版投稿邮箱：…, 来稿请寄：…, 新闻热线：… */
const SUBMISSIONS = /^(?:本版|本栏|本刊)?(?:投稿|来稿|征稿)(?:邮箱|信箱|热线|电话|地址|请寄|请发)?[:：]|^(?:新闻|报料|读者)热线[:：]/u;

const CHROME_WORDS = new Set([
  "首页", "往期回顾", "往期", "版面导航", "标题导航", "版面概览", "上一版", "下一版", "上一篇", "下一篇", "上一期", "下一期",
  "放大", "缩小", "默认", "打印本文", "打印本页", "打印", "返回目录", "返回", "返回顶部", "关闭窗口", "关闭", "收藏", "分享", "分享到", "PDF", "下载PDF", "本版PDF",
]);
/** A web article's meta line under its title: 来源：…, 发布时间：…, 更新时间：… */
const ARTICLE_META = /^(?:发布日期|发布时间|更新时间|来源|稿件来源)\s*[:：|｜]/u;

/** A line of a web article's meta block, printed under its title: 来源：…, 发布时间：… */
export function articleMeta(text: string): boolean {
  return ARTICLE_META.test(text);
}

/** The source a web article's meta line names (来源：新华社), if it is that line. */
export function articleSource(text: string): string | undefined {
  return /^(?:稿件)?来源\s*[:：|｜]\s*(\S.{0,30})$/u.exec(text)?.[1];
}

const CHROME_LINE: RegExp[] = [
  /^当前版[:：]/u,
  /^(?:网站)?首页\s*[>＞›»]/u, // a site's breadcrumb: 首页 > 澳闻 > A04
  /^(?:上一篇|下一篇)[:：]/u, // the links to the stories either side: 上一篇：…  下一篇：…
  /字[体号][:：]?\s*大\s*中\s*小/u, // 【字体：大 中 小】
  /ICP(?:备|证)/u,
  /版权所有|copyright|©|未经.{0,12}(?:许可|授权)/iu,
  /(?:分辨率|浏览器).{0,12}浏览|以上分辨率/u,
  /content_\d+\.html?/u,
  /^\d{4}-\d{2}-\d{2}\s.*\.html?\b/u, // web export header: 2023-06-27 1 1 聊城日报 content_33477.html
  /^https?:\/\/\S+$|^www\.\S+$/u,
  ARTICLE_META,
  /^[0-9a-f]{16,}$/iu, // an article id or hash
  /^(?:\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)+$/u, // timestamps, lists of dates
];

/** Print spaces a two-character name apart (本版编辑：刘 静): after a role, one character alone is half a name. */
const SPACED_NAME_PART = /^\p{Script=Han}$/u;

/** Reads a header or footer line token by token; null when any token is not a header part. */
function headerLine(printed: string): Furniture | null {
  // The masthead's weather is terse: a forecast in sentences (今日天气  今天白天多云转晴，…。) is a story's.
  if ((WEATHER.test(printed) && !/[。！？]/u.test(printed)) || LATIN_MASTHEAD.test(printed) || SUBMISSIONS.test(printed) || SPONSOR.test(printed)) return { kind: "header", edition: {} };
  const text = /[|｜]/u.test(printed) ? printed.replace(STAFF_BAR, "$1$2：") : printed;
  // Parts are parted by spaces or bars: 编辑：孟静 | 责编：郭磊.
  const tokens = text.split(/[\s|｜]+/u).filter((t) => t !== "");
  if (/\d/u.test(printed) && weatherBox(tokens)) return { kind: "header", edition: {} };
  const edition: EditionHeader = {};
  let strong = false;
  let afterPage = false;
  // After a role (编辑：…), names follow until the next role: 本版编辑：谷雨 刘洋  美编：唐糖.
  let afterEditor = false;
  let pageLabel = false;
  // The paper's name heads a header line that prints the date and the page label too
  // (齐鲁交通报  2025年7月3日  第4版 城建·交通, 今日冠州 2025年3月14日 第3版): known by its place, whatever the name.
  // (A hard wrap may cut the page label off the line's end: 江淮水利报  2026年8月12日  第 / 3版 建设·管理.)
  const cutLabel = tokens.length > 2 && /^第$/u.test(tokens.at(-1)!);
  const named = PAPER_NAME.test(tokens[0] ?? "") && tokens.some((t) => DATE.test(t)) && (tokens.some((t) => PAGE.test(t)) || cutLabel);
  // The page's name may head its staff line as it heads its label (城事·民生  责任编辑：王 蕾  美编：孙 悦).
  const staffed = tokens.length > 1 && PAGE_NAME.test(tokens[0]!) && tokens.some((t, k) => k > 0 && EDITOR.test(t));
  for (const [at, token] of tokens.entries()) {
    const date = DATE.exec(token);
    const page = PAGE.exec(token);
    const editor = EDITOR.exec(token) ?? EDITOR_WITHOUT_COLON.exec(token);
    if (named && cutLabel && at === tokens.length - 1) continue;
    if (date) {
      edition.date ??= `${date[1]}-${date[2]!.padStart(2, "0")}-${date[3]!.padStart(2, "0")}`;
    } else if (page) {
      edition.page ??= Number(page[1] ?? page[3]);
      if (page[2]) edition.pageName ??= page[2];
      pageLabel = true;
    } else if ((afterPage || (at === 0 && staffed)) && PAGE_NAME.test(token) && edition.pageName === undefined) {
      edition.pageName = token;
    } else if (editor) {
      afterEditor = true;
    } else if (!((afterEditor && (NAME.test(token) || SPACED_NAME_PART.test(token) || DESK_CONTACT.test(token))) || (at === 0 && named) || MASTHEAD.test(token) || EDITION_FORM.test(token) || PUBLISHER.test(token) || WEEKDAY.test(token) || LUNAR.test(token) || ISSUE.test(token))) {
      return null;
    }
    strong = true;
    afterPage = page !== null;
  }
  if (!strong) return null;
  return { kind: "header", edition, ...(pageLabel && tokens.length <= 2 && { pageLabel: true }), ...(tokens.length === 1 && edition.date !== undefined && { dateOnly: true }) };
}

/** A line of a weather box: its sky, temperatures and wind, at least one of them a figure. */
function weatherBox(tokens: readonly string[]): boolean {
  const figure = (t: string) => TEMPERATURE.test(t) || WIND.test(t);
  return tokens.some(figure) && tokens.every((t) => figure(t) || SKY.test(t));
}

/** A weather box's label alone (今日天气, 天气：) and a line of its parts, figures or not (多云转晴, 6℃～11℃ 东北风3级). */
export const WEATHER_LABEL = /^(?:今日|明日)?天气(?:预报)?[:：]?$/u;
export function weatherLine(text: string): boolean {
  const tokens = text.split(/\s+/u).filter((t) => t !== "");
  return tokens.length > 0 && tokens.every((t) => TEMPERATURE.test(t) || WIND.test(t) || SKY.test(t));
}

function chromeLine(text: string): Furniture | null {
  const current = CURRENT_PAGE.exec(text);
  if (current) return { kind: "chrome", edition: { page: Number(current[1]), ...(current[2] && { pageName: current[2] }) }, current: true };
  // Links are printed bare or in brackets (【打印本页】【关闭窗口】), the page's own ones with 本版 (本版标题导航).
  const tokens = text.split(/[\s|｜【】\[\]]+/u).filter((t) => t !== "");
  const chrome = (tokens.length > 0 && tokens.every((t) => CHROME_WORDS.has(t.replace(/^本版(?=\S{2})/u, "")))) || CHROME_LINE.some((p) => p.test(text));
  return chrome ? { kind: "chrome", edition: {} } : null;
}

/** Lines already read: every step of the splitter asks of the same lines (pure, so a memo; cleared when it grows). */
const read = new Map<string, Furniture | null>();
const MAX_MEMO = 4096;

/** The furniture a line is, or null for a line of the page's stories. */
export function furnitureOf(text: string): Furniture | null {
  const known = read.get(text);
  if (known !== undefined) return known;
  if (read.size >= MAX_MEMO) read.clear();
  const furniture = chromeLine(text) ?? headerLine(text);
  read.set(text, furniture);
  return furniture;
}

/**
 * What the page's header prints: the first date, page and page name of its header
 * lines; a date alone on its line counts only above the first story line (below, it signs a notice). The e-paper's 当前版 names the page outright; a run of three or more page
 * labels is its list of the day's pages and names none of them as this page.
 */
/**
 * A 版名 printed on a line of its own inside the page's head (东昌晚报 A07 / 文体新闻 / 本版编辑：…):
 * a page name's shape between two header lines, above every story line. Maps each such line's index to its furniture.
 */
export function pageNameLines(texts: readonly string[]): Map<number, Furniture> {
  const filled = texts.flatMap((text, i) => (text === "" ? [] : [i]));
  // The head ends at the first line that is no furniture: only that line may be the 版名.
  const first = filled.findIndex((i) => furnitureOf(texts[i]!) === null);
  const [above, at, below] = [filled[first - 1], filled[first], filled[first + 1]];
  const header = (i: number | undefined) => i !== undefined && furnitureOf(texts[i]!)?.kind === "header";
  // Under a page label that names no page, a name of two parts (运河潮·文旅) is the page's even with a story under it: no headline is so joined.
  const unnamed = above !== undefined && furnitureOf(texts[above]!)?.edition.page !== undefined && furnitureOf(texts[above]!)?.edition.pageName === undefined;
  const named = header(above) && (header(below) || (unnamed && /[·・]/u.test(texts[at!]!)));
  return first > 0 && PAGE_NAME.test(texts[at!]!) && named ? new Map([[at!, { kind: "header", edition: { pageName: texts[at!]! } }]]) : new Map();
}

export function printedEdition(lines: readonly (Furniture | null)[]): EditionHeader {
  const current = lines.find((f) => f?.current)?.edition;
  const printed: EditionHeader = current ? { ...current } : {};
  const firstStoryLine = lines.indexOf(null);
  lines.forEach((f, i) => {
    if (!f || f.kind !== "header") return;
    const inList = f.pageLabel === true && [lines.slice(i, i + 3), lines.slice(i - 1, i + 2), lines.slice(Math.max(0, i - 2), i + 1)].some((run) => run.length === 3 && run.every((g) => g?.pageLabel));
    if (!f.dateOnly || firstStoryLine < 0 || i < firstStoryLine) printed.date ??= f.edition.date;
    if (inList) return;
    if (printed.page === undefined && f.edition.page !== undefined) {
      printed.page = f.edition.page;
      printed.pageName = f.edition.pageName;
    }
    // A 版名 on its own line in the head names the page its page label gives no name.
    if (f.edition.page === undefined && f.edition.pageName !== undefined) printed.pageName ??= f.edition.pageName;
  });
  return Object.fromEntries(Object.entries(printed).filter(([, v]) => v !== undefined)) as EditionHeader;
}

const FLAGS: Record<keyof EditionHeader, string> = { date: "--date", page: "--page", pageName: "--page-name" };

/**
 * The edition a page is split for: what the command line gives, filled from what the
 * header prints. A given value the page contradicts is a conflict, named with both values.
 */
export function settleEdition(given: EditionHeader, printed: EditionHeader): { edition: EditionHeader; conflicts: string[] } {
  const edition: EditionHeader = { ...printed, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  const conflicts = (Object.keys(FLAGS) as (keyof EditionHeader)[])
    .filter((key) => given[key] !== undefined && printed[key] !== undefined && given[key] !== printed[key])
    .map((key) => `${FLAGS[key]} ${given[key]} but the page's header prints ${printed[key]}`);
  return { edition, conflicts };
}
