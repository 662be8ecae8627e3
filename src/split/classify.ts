/**
 * Step 3: what kind of line each line of the page is, judged on the line alone.
 * Like markdown-it's block rules, a table of named rules tried in order; the
 * first that matches decides. Whether a short line is a headline, a subhead or
 * half of a broken paragraph depends on its neighbours and is left to `group`.
 */
import { DATELINE } from "../article/dateline.ts";
import type { Reporter } from "../article/record.ts";
import { closesBracketed, endsMidClause, endsSentence, hanCount, hanRe } from "./chars.ts";
import { isPersonName, namesOutlet, personNames, readCredits, SPACED_OUT } from "./credits.ts";
import { furnitureOf } from "./furniture.ts";
import { endsNotice, NOTICE_FIELD, NOTICE_MARKER } from "./notice.ts";
import type { TaggedField } from "./tagged.ts";

export type LineKind = "furniture" | "noise" | "referral" | "section" | "sidebar" | "byline" | "subtitle" | "dateline" | "caption" | "short" | "text";

export interface PageLine {
  /** 1-based line number in the page file. */
  line: number;
  kind: LineKind;
  /** The line's text; for a caption, without its credit; for a subtitle, without its dash. */
  text: string;
  /** People credited by a byline, dateline or caption. */
  reporters?: Reporter[];
  /** A byline or caption credit ending in 摄. */
  photo?: boolean;
  /** A referral printed at the end of a text line (`（下转C02版）`), kept out of the text. */
  referral?: string;
  /** A run's marker over items led by bullets (乡村动态 over ● items): the run ends at the first story no bullet leads. */
  bullets?: boolean;
  /** A section marker that opens a run of briefs (简讯, 县区传真 …). */
  brief?: boolean;
  /** A referral sends the reader on from this line (……（详见A5版）, 下转第2版 under it): the text here ends. */
  leadsOn?: boolean;
  /** The line was led by a bullet (△ ▲ ● ◆ ★), removed from its text: it opens a brief. */
  bullet?: boolean;
  /** The story's source, printed at its end: 据《人民日报》, 新华社电. */
  source?: string;
  /** The closing credit names its outlet before a role (…。（本报记者 程远）), as a byline at a story's top prints it. */
  outletCredit?: boolean;
  /** A closing credit that is a bare name (…。（许文静）): a guess, noted for the editor. */
  bareCredit?: boolean;
  /** A line closing its piece, kept as printed: the author's note （作者单位：…）, （待续）, （本报综合）. */
  closing?: boolean;
  /** The closing line is a note on the author （作者单位：…）, （作者系…）: set apart from the text. */
  authorNote?: boolean;
  /** A notice's closing formula (特此通告。, ……声明作废。): it ends the notice; a signature may follow. */
  noticeEnd?: boolean;
  /** A letter's salutation (编辑同志：): the letter's text begins with it. */
  salutation?: boolean;
  /** A web article's meta lines (来源：…, 发布时间：…) stand under this line: it is that article's title. */
  overMeta?: boolean;
  /** An issuer's name over the date that signs the document (江州市人民代表大会常务委员会 / 2025年9月25日): its signature, which ends it. */
  dated?: boolean;
  /** A part's number stood alone over the line (01, 02, 03 counting up down the page): it heads a numbered part. */
  numbered?: boolean;
  /** A rule line (————) stands right above it, parting it from what stood before. */
  belowRule?: boolean;
  /** What an editorial system's tag (【主题】, 【正文】 …) says the line is (tagged.ts). */
  tagged?: TaggedField;
  /** A headline the page printed glued to its story's first line by spaces. */
  glued?: boolean;
  /**
   * A line that stands as printed, one paragraph of its own (a list row, a verse line, an
   * author's note, a notice's signature): never joined to the next, never read as broken.
   */
  asPrinted?: boolean;
}

type Reading = Omit<PageLine, "line" | "kind">;
type KindRule = [kind: LineKind, read: (text: string) => Reading | null];

// Header, footer and web chrome are furniture (furniture.ts); these are ornaments.
const NOISE: RegExp[] = [
  /^[\p{P}\p{S}\s]+$/u, // rules and ornaments: ◆◆◆, ———
  /^[-—\s]*\d{1,3}[-—\s]*$/u, // a page number alone
];

/** A page named with 版 (详见第3版, 下转A4版), or a lettered page without it (详见A05): a bare number might be anything. */
const REFERRAL_BODY = "(?:详见|下转|上接|转|接|见)(?:第?\\s*[A-Z]?[\\d一二三四五六七八九十]{1,3}\\s*版|\\s*[A-Z]\\d{1,2}(?![\\d\\p{L}]))";
/** A serial's installment going on in the next issue: （未完待续）, （待续）, （未完）. It sends the reader on, as 下转 does. */
const TO_BE_CONTINUED = "[(（](?:未完待续|待续|未完)[)）]";
/** On its own line, also after an arrow (▶A12, →详见A3版). */
const REFERRAL_LINE = new RegExp(`^(?:[(（]?${REFERRAL_BODY}[)）]?|[▶►→]\\s*(?:${REFERRAL_BODY}|[A-Z]\\d{1,2}版?)|${TO_BE_CONTINUED})$`, "u");
const REFERRAL_TAIL = new RegExp(`(?<!\\s)\\s*[(（]${REFERRAL_BODY}[)）]$`, "u");
/** A referral saying where the text goes on, not where it began (上接A1版, 接第2版). */
export const leadsOn = (referral: string) => !/^[(（▶►→]?\s*(?:上接|接)/u.test(referral);
/** An index's entry: a headline and the page it is on (全县秋收秋种进度过半  →详见A2版): a referral, never a story. */
const INDEX_ENTRY = new RegExp(`^[^。！？]{2,30}?(?:\\s*(?:→|->|＞|>|…+|—+)\\s*|\\s+)${REFERRAL_BODY}$`, "u");

// Desk names printed without parentheses; a parenthesised short line is a marker too.
const SECTION_WORDS = new Set(["图片新闻"]);
/** A run of briefs: 简讯, 短讯, 要闻简报, 县区传真, 一线传真, 新闻速递 … */
const BRIEF_MARKER = /^\p{Script=Han}{0,4}(?:简讯|短讯|快讯|简报|传真|速递|速览)$/u;
/** An item led by a bullet: △ 临清市, ▲ …, ● …: one brief; a block (▌) or an arrow leads a headline as a mark of the layout. */
const BULLET = /^[△▲●◆★☆▶►▌▍▎▐█]\s*(?=\S)/u;
/** A desk's or a run's name alone in brackets: （时政动态）, 【文化快讯】, ［县区传真］. */
const SECTION_PARENS = /^[(（【［\[]\s*(?!第[一二三四五六七八九十百零〇\d]+号)(\p{Script=Han}{2,8})\s*[)）】］\]]$/u;

/**
 * A box's name, by the kind of box it names: …链接, …手记, …贴士, …提示, …提醒 (律师提醒),
 * …名片, …档案, …简介 (人物名片: the person's facts, printed at the profile's head),
 * …说法 (以案说法), 延伸阅读, 背景, 编后. Whether it closes a story as its aside or stands
 * alone is the page's reading (reading.ts).
 */
const SIDEBAR = /^[【\[]?(?:\p{Script=Han}{0,4}(?:链接|手记|贴士|提示|提醒|说法)|\p{Script=Han}{0,4}(?:名片|档案|简介)|(?:延伸|相关|拓展)阅读|背景(?:资料)?|编后语?)[】\]]?$/u;

/** A box's name alone (人物名片, 相关链接, 律师提醒): a line of its own. */
export const isBoxName = (text: string) => SIDEBAR.test(text);

const SUBTITLE = /^(?:——|—|-|－|–|―|─){1,2}\s*(\S.*)$/u;
/** A subtitle's text without the dash that leads it (——绿色低碳谱新篇 → 绿色低碳谱新篇). */
export const withoutDash = (text: string) => SUBTITLE.exec(text)?.[1] ?? text;

// A caption ends with its credit: `… ■ 本报记者 许金松` or `… 本报记者 张承斌 摄`.
const CAPTION_SQUARE = /^(.*\S)\s*■\s*([^■]+)$/u;
/** Where a caption's text ends before its credit: a full stop, or a half-width '.' typed after Han. */
const CAPTION_END = "(?:[。！？”]|(?<=\\p{Script=Han})\\.)";
const CAPTION_PHOTO = new RegExp(`^(.*${CAPTION_END})\\s*[(（]?([^()（）。]+?摄)[)）]?$`, "u");

const MAX_HEADING = 40;

/** A letter's salutation, alone on its line: a few words and a colon (编辑同志：, 尊敬的市长：). */
export const SALUTATION = /^\p{Script=Han}{2,8}[:：]$/u;
/**
 * A letter signed by who wrote it, a word for them before the name (读者 陈立新, 市民 王芳):
 * the letter's last line, as printed. The word is no name itself (陈立新 黄晓梅 is a byline).
 */
export function signedBy(text: string): boolean {
  const parts = text.split(/\s+/u);
  return parts.length === 2 && /^\p{Script=Han}{2}$/u.test(parts[0]!) && !isPersonName(parts[0]!) && isPersonName(parts[1]!);
}

/** The author's unit or post under a commentary or essay: （作者单位：中共水城市委党校）, （作者系…教授）, （作者：林青禾，…）, 作者单位：… */
const AUTHOR_NOTE = /^(?:[(（]作者(?:[:：]|单位[:：]|简介[:：]|系|为|是|现为|现任)[^()（）]{2,60}[)）]|作者(?:单位|简介)[:：][^()（）。]{2,60})$/u;

/**
 * A note in brackets closing a story, not a desk's name: （待续）, （全文完）, （本报综合）,
 * （文中人物均为化名）, （有删节）.
 */
const CLOSING_NOTE = /^[(（](?:待续|未完待续|未完|续完|全文完|完|本报综合|综合报道|综合整理|[^()（）]{0,12}(?:化名|删节|删改))[)）]$/u;

/**
 * A whole line in brackets that is no clause (（山东某律师事务所 韩雪律师）, （市急救中心供稿 王芳整理））:
 * an attribution closing the piece above. Headlines and column names are not printed in round brackets.
 */
const BRACKETED_ATTRIBUTION = /^[(（](?![一二三四五六七八九十\d]+[)）])[^()（）。！？，,；;]{5,40}[)）]$/u;

/**
 * A photo credited to an organisation, not a person: 图片由茌平区融媒体中心提供, 新华社发,
 * 视觉中国供图, 资料图片. Kept as the story's source.
 */
const PHOTO_SOURCE = "(?:本文|本版)?(?:图片|照片|图)均?由\\p{Script=Han}{2,20}提供|\\p{Script=Han}{1,8}社发|\\p{Script=Han}{2,10}供图|(?:本报)?资料(?:图片|照片)";
const PROVIDED = new RegExp(`^[(（]?(${PHOTO_SOURCE})[)）]?$`, "u");
/** A caption closing on such a credit: ……冲刺。（新华社发） */
const CAPTION_SOURCE = new RegExp(`^(.*${CAPTION_END})\\s*[(（](${PHOTO_SOURCE})[)）]$`, "u");

/** The ornament before a byline: ■ 本报记者 赵宗锋, □ 柳岸, ◎ 周雅琴. */
export const BYLINE_MARK = /^[■□◆●◎]\s*(.+)$/u;

/** A post or unit in brackets after a byline's name: （中共水城市委党校教授）. */
const POST_AFTER_NAME = /(?<=\p{Script=Han})\s*[(（]\p{Script=Han}[^()（）]{1,30}[)）]$/u;

/** An agency's photo credit with the photographer in brackets: 新华社发（王鹏 摄） reads as 新华社发 王鹏 摄. */
const AGENCY_BRACKETS = /(\p{Script=Han}{1,8}社发)\s*[(（]([^()（）]+摄)[)）]$/u;
const unbracketAgency = (text: string) => (text.includes("社发") ? text.replace(AGENCY_BRACKETS, "$1 $2") : text);

/**
 * A credit naming a teacher by role (指导教师：郑慧, 辅导老师：何平 唐亦舟): under a student's piece,
 * with its author's credit, the teacher's credit closes it; the role as printed.
 */
const TEACHER_CREDIT = /^(\p{Script=Han}{0,4}(?:教师|老师))[:：]\s*(\S.*)$/u;
/**
 * A student's school and class, numbered, closing a piece (班级：东川市实验小学五年级（3）班, 东川市第二中学 初一（5）班 许言):
 * the author's unit, set apart as an author's note is, with the student's name where it follows.
 */
const SCHOOL_CLASS = /^(?:(?:班级|学校)[:：]\s*)?([^\s。，；！？:：]*(?:学|校)[^。，；！？:：]{0,20}?[（(]?[\d一二三四五六七八九十]{1,2}[)）]?班)(?:\s+(\S+))?$/u;

function studentCredit(text: string): Reading | null {
  const teacher = TEACHER_CREDIT.exec(text);
  const names = teacher ? personNames(teacher[2]!) : null;
  if (names) return { text: "", closing: true, asPrinted: true, reporters: names.map((name) => ({ name, role: teacher![1]! })) };
  const school = SCHOOL_CLASS.exec(text);
  if (!school || (school[2] !== undefined && !isPersonName(school[2]))) return null;
  return { text: school[1]!, closing: true, asPrinted: true, authorNote: true, ...(school[2] !== undefined && { reporters: [{ name: school[2], role: null }] }) };
}

/** A web article's author line: 作者：本报记者 郑一鸣, 作者：王建. The label marks what follows as its credit, as ■ does. */
const AUTHOR_LABEL = /^作者[:：]\s*(\S.*)$/u;
/**
 * A line crediting the person who answers or speaks in a box, at its end: a label, a colon, the
 * unit and post, the person's name last (答疑专家：青州市人民医院儿科副主任医师 任雅琴).
 */
const ANSWERED_BY = /^\p{Script=Han}{2,4}[:：]\s*[^\s。，；！？,;!?]{2,30}\s+(\p{Script=Han}{2,4})$/u;

/** The author's unit or class in brackets after the name, a bracket inside it: 陈思远（东川市育才中学初二（1）班）. */
const UNIT_AFTER_NAME = /(?<=\p{Script=Han})\s*[(（](?:[^()（）]|[(（][^()（）]*[)）]){2,30}[)）]$/u;

function byline(printed: string): Reading | null {
  const author = AUTHOR_LABEL.exec(printed);
  const authorCredits = author ? readCredits(author[1]!.replace(UNIT_AFTER_NAME, ""), true) : null;
  if (authorCredits) return { text: printed, reporters: authorCredits.reporters, photo: authorCredits.photo };
  const text = unbracketAgency(printed);
  const provided = PROVIDED.exec(text);
  if (provided) return { text, reporters: [], photo: true, source: provided[1]! };
  // After ■ the author's post may follow the name in brackets: ■ 王海（中共水城市委党校教授）.
  const square = BYLINE_MARK.exec(closesBracketed(text) ? text.replace(POST_AFTER_NAME, "") : text);
  const parens = /^[(（](.+)[)）]$/u.exec(text);
  const credits = square ? readCredits(square[1]!, true) : readCredits(parens ? parens[1]! : text, false);
  if (credits) return { text: printed, reporters: credits.reporters, photo: credits.photo };
  // Read as a credit of roles first (文图：本报记者 卢青禾 names a role); else a label over a post and a name.
  const answered = ANSWERED_BY.exec(printed);
  // Two phrases of one length after the colon are a headline's couplet (立秋：凉风至　白露生), no post over a name.
  const couplet = answered !== null && printed.replace(/^[^:：]*[:：]\s*/u, "").split(/\s+/u).every((part, _k, parts) => [...part].length === [...parts[0]!].length);
  return answered && !couplet && isPersonName(answered[1]!) ? { text: printed, reporters: [{ name: answered[1]!, role: null }], photo: false } : null;
}

function caption(printed: string): Reading | null {
  const text = unbracketAgency(printed);
  for (const pattern of [CAPTION_SQUARE, CAPTION_PHOTO]) {
    const m = pattern !== CAPTION_SQUARE || text.includes("■") ? pattern.exec(text) : null;
    const credits = m ? readCredits(m[2]!, true) : null;
    if (m && credits && hanCount(m[1]!) >= 10) return { text: m[1]!.trim(), reporters: credits.reporters, photo: true };
  }
  const sourced = CAPTION_SOURCE.exec(text);
  return sourced && hanCount(sourced[1]!) >= 10 ? { text: sourced[1]!.trim(), reporters: [], photo: true, source: sourced[2]! } : null;
}

/** A line ending in a colon introduces what follows (a list, a quotation): never a heading. */
export const INTRODUCES = /[:：]$/u;

/** A line that is a byline or credit on its own (东昌晚报全媒体记者 韩雪 通讯员 吕梦瑶, 本报记者 张承斌 摄). */
export function isByline(text: string): boolean {
  return byline(text) !== null;
}

/** A student's credit line (指导教师：郑慧, 东川市第二中学 初一（5）班 许言): a line of its own, as a byline is. */
export function isStudentCredit(text: string): boolean {
  return studentCredit(text) !== null;
}

/** A caption ending in its credit (……出发。 本报记者 许金松 摄): a paragraph of its own. */
export function isCaption(text: string): boolean {
  return caption(text) !== null;
}

/** A part's head asking what the part answers: 一、谁能领补贴？ （二）怎么申请？ */
const PART_QUESTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。！？]+[？?]$/u;

/** Short, Chinese, and not a sentence: a headline, banner, kicker, subhead, or a broken line. */
function isHeadingLike(text: string): boolean {
  const short = text.replace(/\s/gu, "").length <= MAX_HEADING && hanRe.test(text);
  if (short && PART_QUESTION.test(text)) return true;
  // A headline may exclaim or ask halfway (主场逆转！水城男篮豪取四连胜), once; a full stop inside ends a sentence of text.
  return short && !endsSentence(text) && !endsMidClause(text) && !INTRODUCES.test(text) && !/。/u.test(text) && (text.match(/[！？]/gu)?.length ?? 0) <= 1;
}

/** What a line may be, tried in order: the first rule that reads it gives its kind, else it is text. */
const KIND_RULES: readonly KindRule[] = [
  ["noise", (text) => (NOISE.some((p) => p.test(text)) ? { text } : null)],
  ["referral", (text) => (REFERRAL_LINE.test(text) || INDEX_ENTRY.test(text) ? { text } : null)],
  ["sidebar", (text) => (SIDEBAR.test(text) ? { text: text.replace(/^[【[]|[】\]]$/gu, "") } : null)],
  ["text", studentCredit],
  ["byline", byline],
  // A source on its own line, （新华社电） or （据《经济日报》）: it closes the story above.
  ["text", (text) => {
    const reading = textLine(text);
    return reading.source !== undefined && reading.text === "" ? reading : null;
  }],
  ["text", (text) => (AUTHOR_NOTE.test(text) ? { text, closing: true, asPrinted: true, authorNote: true } : CLOSING_NOTE.test(text) ? { text, closing: true, asPrinted: true } : null)],
  ["text", (text) => (NOTICE_FIELD.test(text) ? { text, asPrinted: true } : null)],
  ["section", (text) => {
    const run = (name: string) => BRIEF_MARKER.test(name) || NOTICE_MARKER.test(name);
    const name = SECTION_PARENS.exec(text)?.[1] ?? (SECTION_WORDS.has(text) || run(text) ? text : null);
    return name ? { text: name, ...(run(name) && { brief: true }) } : null;
  }],
  ["text", (text) => (BRACKETED_ATTRIBUTION.test(text) ? { text, closing: true, asPrinted: true } : null)],
  // 编辑同志：, 尊敬的市长：: a letter's salutation, its first line as printed.
  ["text", (text) => (SALUTATION.test(text) ? { text, salutation: true } : null)],
  ["text", (text) => (signedBy(text) ? { text, asPrinted: true } : null)],
  ["subtitle", (text) => {
    const rest = SUBTITLE.exec(text)?.[1];
    return rest && rest.length <= MAX_HEADING + 10 && !/[。]/u.test(rest) ? { text: rest } : null;
  }],
  ["dateline", (text) => {
    const m = DATELINE.exec(text);
    if (!m) return null;
    // A brief's dateline may leave its credit to the end: 本报讯 ……出行。（通讯员 韩冬）
    const { reporters: closing = [], ...rest } = m[0].length < text.length ? textLine(text) : { text };
    const credits = m[1] ?? m[2];
    return { ...rest, reporters: [...(credits ? (readCredits(credits, true)?.reporters ?? []) : []), ...closing] };
  }],
  ["caption", caption],
  // A line closing on a credit that names a role (……年内计划（本报记者 何远航）) is the end of a story's text, never a heading.
  ["short", (text) => (isHeadingLike(text) && !closesOnRoleCredit(text) ? { text } : null)],
];

// A brief may end with its credit: ……发展。（记者 张三）, its author's post in brackets after the name: ……“风景”。（王立新（中共水城市委党校））
const CREDIT_TAIL = /(?<!\s)\s*[(（]([^()（）]+(?:[(（][^()（）]+[)）])?)[)）]$/u;
/**
 * A story's source at its end: （据《人民日报》）, （新华社电）, （据新华网）, a reprint's
 * （摘自《人间草木》，江苏文艺出版社）, and an organisation's credit, spaced or not:
 * （县委宣传部 供稿）, （临清市文明办供稿）.
 */
const SOURCE = /^(?:据\S{2,24}|(?:摘自|摘编自|选自|转自|转载自|原载于?)\S{2,40}|\p{Script=Han}{0,8}(?:新华社|中新社)\p{Script=Han}{0,6}?电|\p{Script=Han}{2,20}\s?供稿)$/u;
/** A closing credit of bare names, after the sentence ends: ……新引进的。（许文静）, ……更加便捷。（李娜 赵鹏） */
const BARE_NAME = /^\p{Script=Han}{2,3}$/u;
const NOT_A_NAME = new Set(["待续", "未完", "完"]);
/** The names of a bare closing credit: one name of two or three characters, or several people's names spaced apart. */
function bareNames(inner: string): string[] | null {
  // One name spaced out (孟 晴) is one name.
  if (SPACED_OUT.test(inner)) return personNames(inner);
  const names = inner.split(/\s+/u);
  if (names.length === 1) return BARE_NAME.test(inner) && !NOT_A_NAME.has(inner) ? names : null;
  return names.length <= 4 && names.every(isPersonName) ? names : null;
}

function closesOnRoleCredit(text: string): boolean {
  const reading = textLine(text);
  return reading.reporters !== undefined && !reading.bareCredit;
}

/** Anything else is a line of body text, minus a referral, credit or source printed at its end. */
function textLine(text: string): Reading {
  if (endsNotice(text)) return { text, noticeEnd: true };
  const referral = closesBracketed(text) ? REFERRAL_TAIL.exec(text) : null;
  // The byline moved to the story's end may stand before the referral: ……年内计划（本报记者 何远航）（下转第2版）
  if (referral) return { ...textLine(text.slice(0, referral.index)), referral: referral[0].trim() };
  const tail = closesBracketed(text) ? CREDIT_TAIL.exec(text) : null;
  if (!tail) return { text };
  const before = text.slice(0, tail.index);
  // A web article's author line moved to its end keeps its label: ……增多。（作者：本报记者 郑一鸣）
  const inner = tail[1]!.replace(POST_AFTER_NAME, "").replace(/^作者[:：]\s*/u, "").trim();
  if (SOURCE.test(inner)) return { text: before, source: inner.replace(/\s+/gu, " ") };
  if (hanCount(before) === 0) return { text };
  const credits = readCredits(inner, false);
  if (credits) return { ...creditedAfter(before, credits.reporters, false), ...(namesOutlet(inner) && { outletCredit: true }) };
  const names = endsSentence(before) ? bareNames(inner) : null;
  return names ? creditedAfter(before, names.map((name) => ({ name, role: null })), true) : { text };
}

/**
 * The text before a closing credit, read again: a byline moved to the story's end may follow a
 * referral (……。（下转A4版）（郑凯 宋雨桐）) or another credit (（记者｜卢晓峰 魏婷）（通讯员｜宁红）).
 */
function creditedAfter(before: string, reporters: Reporter[], bare: boolean): Reading {
  const earlier = textLine(before);
  const credited = earlier.reporters ? { ...earlier, reporters: [...earlier.reporters, ...reporters] } : { ...earlier, reporters };
  return bare ? { ...credited, bareCredit: true } : credited;
}

/** Classifies one line (already normalized, trimmed, not blank). */
export function classifyLine(text: string, line: number): PageLine {
  const furniture = furnitureOf(text);
  // The page's header and footer are furniture; e-paper chrome is noise, noted for the editor.
  if (furniture) return { line, kind: furniture.kind === "header" ? "furniture" : "noise", text };
  const bullet = BULLET.exec(text);
  const read = (body: string): PageLine => {
    for (const [kind, rule] of KIND_RULES) {
      const reading = rule(body);
      if (reading) return { line, kind, ...reading };
    }
    return { line, kind: "text", ...textLine(body) };
  };
  const whole = read(text);
  // ● and ◆ also lead bylines: the bullet is an item's mark only where the line reads as no byline.
  if (!bullet || whole.kind === "byline" || !hanRe.test(text.slice(bullet[0].length))) return whole;
  return { ...read(text.slice(bullet[0].length)), bullet: true };
}
