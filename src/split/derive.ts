/**
 * Step 5: a story's fields. Heading lines become banner (column), kicker and
 * title; the section comes from a section marker, else the command line, else
 * the site's default; body text gets its final normalization; a photo story or
 * a headless brief gets a derived title; every article gets an ASCII slug.
 */
import type { ArticleType, BodyBlock, Reporter, SplitArticle } from "../article/record.ts";
import { DATELINE } from "../article/dateline.ts";
import { pinyinSlug } from "../article/slug.ts";
import { wordCutter } from "../article/words.ts";
import { endsSentence } from "./chars.ts";
import type { PageLine } from "./classify.ts";
import { PLACE, SPACED_OUT, workCredit } from "./credits.ts";
import { excerpt, finding, type Finding } from "./finding.ts";
import { PHOTO_DESK, type BlockDraft, type StoryDraft } from "./group.ts";
import { columnOverPhotos, columnOverTitle, echoes, labelShape, storyText } from "./labels.ts";
import { inNotices, titlesNotice } from "./notice.ts";
import { BODY_RULES, FIELD_RULES, lineChanges, normalize, type LineChange, type NormalizeRule } from "./normalize.ts";
import { review, type LocatedText } from "./review.ts";

export interface DeskOptions {
  /** `--section`: the desk for stories the page gives no section marker for. */
  section?: string;
  /** The page's 版名: without `--section`, the desk of its stories when it names one of the site's sections. */
  pageName?: string;
  /** The site's sections (content/site.json) and its default. */
  sections: readonly string[];
  defaultSection: string;
  /** Slugs the edition folder already gives to other pages' articles. */
  takenSlugs?: ReadonlySet<string>;
}

/** A derived article: the JSON reading plus what only the Markdown file carries. */
export interface ArticleDraft extends SplitArticle {
  /** A title made up by the splitter where the page prints none. */
  derivedTitle?: string;
  findings: Finding[];
  /** What normalization changed, line by line. */
  changes: LineChange[];
}

/** Normalizes one source line's text, recording what changed. */
type Tidy = (line: number, text: string, rules: readonly NormalizeRule[]) => string;

const PHOTO_SECTION = "图片新闻";

function headingText(tidy: Tidy, line: number, text: string): string {
  // A title spaced out character by character (公　告) is one word.
  const spaced = SPACED_OUT.test(text.trim());
  return tidy(line, text.replace(/\s+/gu, spaced ? "" : " ").trim(), FIELD_RULES);
}

/** Two stacked headline lines joined by a connective read as one title. */
const CONNECTIVE_END = /[和与及暨、]$/u;
const CONNECTIVE_START = /^[和与及暨并]/u;
/** A banner is a row of short phrases, spaced or joined by a middle dot: 新时代 新征程 新伟业, 全民健身季·马拉松. */
const BANNER = /^\p{Script=Han}{2,}(?:(?:\s+|\s*[·・]\s*)\p{Script=Han}{2,})+$/u;
/** A standing feature's name: 周末访谈, 记者观察, 基层一线, 民生关注; on opinion pages 水城论坛, 观点, 评论员文章 … */
const COLUMN_NAME = /^\p{Script=Han}{0,4}(?:访谈|专访|观察|视点|聚焦|关注|调查|纪实|走笔|时评|快评|短评|评论|评论员文章|论坛|观点|来论|言论|杂谈|漫谈|今日谈|园地|一线|故事|手记|面对面|零距离|进行时|直通车|大家谈|圆桌|特稿|专题)$/u;

interface Heading {
  column?: PageLine;
  kicker: PageLine[];
  title?: PageLine[];
  /** A subtitle printed without a dash: the deck's last line gives the figures or detail. */
  subtitle?: PageLine;
  /** A deck of two read kicker / title that reads almost as well title / subtitle: what was seen for the other reading. */
  tie?: DeckEvidence;
}

/** A line of detail under a headline: figures and a clause break (日均就餐老人2.3万人次，满意率达97.6%). */
const DETAIL = /\d.*[，；,;]|[，；,;].*\d/u;

/** A document's number under its title: （第十八号）, or its issuing number 临政通〔2026〕3号. */
const DOCUMENT_NUMBER = /^(?:[(（]第[一二三四五六七八九十百零〇\d]+号[)）]|\p{Script=Han}{1,10}[〔［\[]\d{4}[〕］\]]\d{1,4}号)$/u;
/** The number printed on the title's line, after spaces: 公　告  （第十八号）. */
const NUMBER_AFTER = /^(\S.*?)\s+([(（]第[一二三四五六七八九十百零〇\d]+号[)）])$/u;

/** A title glued to the line under it by a run of spaces: 我国成功发射天链二号05星  卫星顺利进入预定轨道，… */
const GLUED_PARTS = /^(\S.*?\S)\s{2,}(\S.*)$/u;

/**
 * A heading line with the document's number after it, or with a detail line glued after it by
 * spaces, as two lines: the title, then its number or its subtitle.
 */
function numberApart(line: PageLine): PageLine[] {
  const m = NUMBER_AFTER.exec(line.text) ?? GLUED_PARTS.exec(line.text);
  const apart = m !== null && (DOCUMENT_NUMBER.test(m[2]!) || detailUnder(m[2]!, m[1]!, 2) || workCredit(m[2]!));
  return apart ? [{ ...line, text: m[1]! }, { ...line, text: m[2]! }] : [line];
}

/** Under a title of one line, a detail line printed without a dash is a sentence's length. */
const MIN_DETAIL = 16;

/** A clause break inside a line: 农资储备充足，农技服务送到田间地头. */
const CLAUSE_BREAK = /[，；,;]/u;

/**
 * The last line of a deck is a subtitle printed without a dash: figures and a clause break
 * where the line above has none (日均就餐老人2.3万人次，满意率达97.6%); or a longer line going
 * on in clauses under a title that makes one claim (kicker / title / 农资储备充足，农技服务送到
 * 田间地头; a wire's 我国成功发射天链二号05星 / 卫星顺利进入预定轨道，发射任务获得圆满成功).
 */
export function detailUnder(last: string, above: string, deck: number): boolean {
  if (DETAIL.test(last) && !DETAIL.test(above)) return true;
  // In a deck of two, only a sentence's length of clauses is a detail line (春风拂面，万物生长 is a title's), and a line glued of two parts (title  subtitle) is none.
  const detailLine = deck >= 3 || ([...last].length >= MIN_DETAIL && !/\s{2,}/u.test(last));
  return detailLine && CLAUSE_BREAK.test(last) && !CLAUSE_BREAK.test(above) && last.length > above.length;
}

/** A bare noun phrase this short is no headline alone: the line above goes on into it. */
const MAX_TAIL = 8;
const VERB = /^v/u;

/**
 * One headline broken where its print line ended (江州今年首批出口欧洲 / 新能源客车): the last
 * line is a short phrase with no verb, the line above has one and no clause break, so the
 * verb's object goes on into the last line. A kicker over a title reads the other way round.
 */
export function brokenAfterVerb(above: string, last: string): boolean {
  if ([...last].length > MAX_TAIL || CLAUSE_BREAK.test(above) || !/^\p{Script=Han}+$/u.test(last)) return false;
  const predicate = (text: string) => wordCutter().tag(text, false).some((w) => VERB.test(w.tag) || PASSIVE.test(w.word));
  return !predicate(last) && predicate(above);
}

/** A passive or disposal marker makes a clause of its own even where jieba tags no verb (商家被罚款两万元). */
const PASSIVE = /^[被把]$/u;

/** An organisation opening a line, doing something: 市消防救援支队发布提示, 县人社局送岗位进村. */
const AGENT = /^\p{Script=Han}{1,6}(?:局|委|办|厅|支队|大队|中心|法院|检察院|医院|学校|协会|公司)(?!\p{Script=Han}*[局委办厅])/u;
/** A headline reporting that something was held (县委常委会召开会议, 游泳技能培训启动): the news itself, a title, never a kicker. */
const EVENT_HELD = /(?:召开|举行|举办|开幕|闭幕|启动|落幕|揭牌|开工|竣工)(?:\p{Script=Han}{0,6}会议?)?$/u;
/** Words that tease rather than tell: quoted words, 竟, a question or an exclamation (网购“名表”竟是高仿). */
const TEASER = /[“”"「」？！?!]|竟/u;

/** A headline printed as two phrases set apart by a space (小区电梯“罢工” 物业三天未修): the news in full, as kickers seldom are. */
const TWO_PARTS = /^\S{4,}\s+\S{4,}$/u;

/** A voice under the headline, who then what they say (居民：老人上下楼成了难题): a subtitle's form. */
const VOICE = /^\p{Script=Han}{1,4}[:：]\S/u;

/** Figures that count something (3000余名, 23个); a date (6月20日计划停水) says when the news is, not its facts. */
const figures = (text: string) => /\d/u.test(text.replace(/\d{2,4}年|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日/gu, ""));

/** Evidence that the second line of a dashless deck of two is its subtitle, not the title under a kicker. */
export interface DeckEvidence {
  weight: number;
  saw: string[];
}

/**
 * Which line of a dashless deck of two is the headline. The title states the news; a subtitle
 * under it carries the facts: figures the first line has none of, more words, an organisation
 * doing something. A kicker over its title teases (quoted words, 竟, ？). Each cue weighs one,
 * figures two; the sum says subtitle at two or more, and one is a near tie, for the editor.
 */
export function deckOfTwo(above: string, last: string): DeckEvidence {
  const cues: [boolean, number, string][] = [
    [figures(last) && !figures(above), 2, "figures under a line without any"],
    [last.length > above.length, 1, "the lower line is longer"],
    [AGENT.test(last), 1, "the lower line names who acts"],
    [TWO_PARTS.test(above), 1, "the upper line is a headline of two spaced parts"],
    [CLAUSE_BREAK.test(last) && !CLAUSE_BREAK.test(above), 1, "the lower line goes on in clauses"],
    [VOICE.test(last), 1, "the lower line gives a voice"],
    [TEASER.test(above), -1, "the upper line teases"],
    [EVENT_HELD.test(above), 1, "the upper line reports an event held"],
    [/[:：]$/u.test(above), -2, "the upper line leads into the lower with a colon"],
    [workCredit(last), 2, "the lower line credits a work's maker"],
    [/、/u.test(last) && !/、/u.test(above), 1, "the lower line lists what the upper one's news covers"],
  ];
  const seen = cues.filter(([cue]) => cue);
  return { weight: seen.reduce((sum, [, w]) => sum + w, 0), saw: seen.map(([, , saw]) => saw) };
}
/** At this weight a deck of two reads title / subtitle; one less is a near tie. */
const SUBTITLE_WEIGHT = 2;

/** A line over a title that names a column or a place, never a title itself. */
const columnOrPlace = (line: PageLine) => BANNER.test(line.text) || COLUMN_NAME.test(line.text) || line.kind === "sidebar" || PLACE.test(line.text) || labelShape(line.text);

/**
 * Banner, kicker and headline from the short lines above a story: the last line
 * is the headline (with the one above when they read as one); of the lines above
 * it, the top one is the banner when two or more are left or it is a row of
 * spaced phrases, and what is left between is the kicker (引题).
 */
export function readHeading(lines: readonly PageLine[], hasSubtitle = false): Heading {
  if (lines.some((l) => l.tagged !== undefined)) return taggedHeading(lines);
  const headline = lines.at(-1);
  const lead = headline && BRACKETED_COLUMN.exec(headline.text);
  if (headline && lead) {
    const heading = readHeading([...lines.slice(0, -1), { ...headline, text: lead[2]! }], hasSubtitle);
    return { ...heading, column: { ...headline, text: lead[1]! }, kicker: heading.column ? [heading.column, ...heading.kicker] : heading.kicker };
  }
  // A notice's formal title broken over two lines (关于湖南路部分路段 / 封闭施工车辆绕行的通告) is one title.
  const last2 = lines.slice(-2);
  if (lines.length >= 2 && !hasSubtitle && titlesNotice(last2.map((l) => l.text).join(""))) {
    const heading = readHeading(lines.slice(0, -2), hasSubtitle);
    return { column: heading.column, kicker: heading.title ? [...heading.kicker, ...heading.title] : heading.kicker, title: last2 };
  }
  const rest = lines.flatMap(numberApart);
  // A deck of two lines, neither a column's name nor a place: the title states the news, a subtitle under it the facts.
  const weighed = !hasSubtitle && rest.length === 2 ? deckOfTwo(rest[0]!.text, rest[1]!.text) : undefined;
  const two = weighed && !columnOrPlace(rest[0]!) ? weighed : undefined;
  // A row of spaced phrases over one line reads as its banner, but a headline of two parts over a detail in clauses looks the same: the editor decides.
  const bannerTie = weighed && BANNER.test(rest[0]!.text) && CLAUSE_BREAK.test(rest[1]!.text) && !CLAUSE_BREAK.test(rest[0]!.text) ? weighed : undefined;
  // Under the title, a line of figures and detail is the subtitle, dash or not.
  // Under a document's title, its number in brackets ((第十八号)) stands as its subtitle.
  // A question asks what the story answers: its headline, never a detail under another line.
  const detail = !hasSubtitle && rest.length >= 2 && !/[？?]$/u.test(rest.at(-1)!.text) && (DOCUMENT_NUMBER.test(rest.at(-1)!.text) || detailUnder(rest.at(-1)!.text, rest.at(-2)!.text, rest.length) || (two?.weight ?? 0) >= SUBTITLE_WEIGHT) ? rest.pop() : undefined;
  const tie = detail === undefined && two?.weight === SUBTITLE_WEIGHT - 1 ? two : bannerTie;
  const last = rest.pop();
  if (!last) return { kicker: [] };
  const title = [last];
  const above = rest.at(-1);
  if (above && (CONNECTIVE_END.test(above.text) || CONNECTIVE_START.test(last.text) || brokenAfterVerb(above.text, last.text))) title.unshift(rest.pop()!);
  const column = rest.length >= 2 || (rest.length === 1 && (BANNER.test(rest[0]!.text) || COLUMN_NAME.test(rest[0]!.text) || rest[0]!.kind === "sidebar")) ? rest.shift() : undefined;
  return { column, kicker: rest, title, ...(detail && { subtitle: detail }), ...(tie && { tie }) };
}

/** A column's name in brackets leading the headline, as web and app copy prints it: 【聚焦民生】城区22条道路完成提升改造. */
const BRACKETED_COLUMN = /^【(\p{Script=Han}{2,8})】\s*(\S.{3,})$/u;

/** A tagged story's headline lines say which is which (tagged.ts). */
function taggedHeading(lines: readonly PageLine[]): Heading {
  const title = lines.filter((l) => l.tagged === "title");
  return { column: lines.find((l) => l.tagged === "column"), kicker: lines.filter((l) => l.tagged === "kicker"), title: title.length > 0 ? title : undefined };
}

function located(role: LocatedText["role"], pieces: { line: number; text: string }[]): LocatedText {
  const spans: LocatedText["spans"] = [];
  let text = "";
  for (const piece of pieces) {
    spans.push({ line: piece.line, start: text.length });
    // Latin words broken across lines keep a space; Chinese joins directly.
    text += /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(piece.text) ? ` ${piece.text}` : piece.text;
  }
  return { role, text, spans };
}

/**
 * Body rules for one line, sparing the credit in a dateline, which keeps the
 * space between role and name as printed: 本报讯（记者 赵琦）.
 */
function bodyLine(tidy: Tidy, line: number, text: string): string {
  const dateline = DATELINE.exec(text)?.[0] ?? "";
  const credit = dateline.replace(/(?<!\s)\s+(?=[（(])/u, "").replace(/\s+/gu, " ").replace(/（ | ）/gu, (p) => p.trim());
  return credit + tidy(line, text.slice(dateline.length), BODY_RULES);
}

function bodyBlock(tidy: Tidy, block: BlockDraft): { block: BodyBlock; located: LocatedText } {
  // A line kept as printed keeps its spaces, as a headline does: they part a list row's columns (北港队 3:0 东川队).
  const pieces = block.pieces.map((p) => ({ line: p.line, text: block.whole ? headingText(tidy, p.line, p.text) : bodyLine(tidy, p.line, p.text) }));
  const joined = located("body", pieces);
  // Quote pairing keeps every character in place, so the spans stay right.
  joined.text = tidy(pieces[0]!.line, joined.text, FIELD_RULES);
  return { block: { kind: block.kind, text: joined.text, ...(block.label !== undefined && { label: block.label }) }, located: joined };
}

/** A leading time phrase says when, not what: 5月15日， 近日， 日前， 今年以来， 目前， and 记者从…获悉， or 据了解， after it. */
const DATE_CLAUSE = /^(?:(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|凌晨|中午|早上|傍晚|晚|夜)?|(?:今年|去年)?\d{1,2}月(?:份|初|上旬|中旬|下旬|底)?|近日|日前|近期|昨天|昨日|今天|今日|目前|当前|眼下|[\p{Script=Han}\d]{1,4}以来)，)?(?:记者[^，。]{0,20}获悉，|据(?:了解|悉|介绍|统计)，)?/u;
/** Longer derived titles are kept whole, and their note asks for a shorter one. */
const MAX_DERIVED_TITLE = 24;

/** A clause that only says where: 在…车间, 东昌府区一处小麦田里, 东昌湖畔. */
const PLACE_CLAUSE = /^在|^\p{Script=Han}{2,14}[里内中旁畔边]$/u;

/**
 * A title for a story the page prints without one: its first clause, minus date
 * and dateline; after a place clause (在…车间，工人…) the clause that says what happened.
 * The clause is kept whole however long: a headline cut mid-word with "…" reached
 * readers, and the derived-title note asks the editor to shorten it.
 */
export function deriveTitle(firstParagraph: string): string {
  // A turn's bracketed label (【网友留言】) says who speaks, not what happened.
  const text = firstParagraph.replace(DATELINE, "").replace(/^【[^】]{1,8}】/u, "").replace(DATE_CLAUSE, "");
  // A half-width stop after Han ends a clause too (…观看实景演出.), a decimal point never (3.2万).
  const [first = "", second] = text.split(/[，。；！？：,;!?]|(?<=\p{Script=Han})\./u).map((c) => c.trim());
  const clause = PLACE_CLAUSE.test(first) && second ? second : first;
  // A paragraph that is nothing but a dateline or punctuation still needs some title.
  return clause || excerpt(text.trim() || firstParagraph, MAX_DERIVED_TITLE);
}

/** A few pinyin syllables of the title, in ASCII: 政务公开“全国优秀”… → zheng-wu-gong-kai-quan-guo. */
export function slugOf(title: string, maxSyllables = 6): string {
  return pinyinSlug(title, maxSyllables);
}

/** Makes a slug unique within the edition by numbering repeats (-2, -3 …). */
function uniqueSlug(wanted: string, taken: Set<string>): string {
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  taken.add(slug);
  return slug;
}

function dedupe(reporters: Reporter[]): Reporter[] {
  const seen = new Set<string>();
  return reporters.filter((r) => {
    const key = `${r.role ?? ""}|${r.name}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The section a 版名 names: itself, or one of its parts (要闻·综合 → 综合) that is one of the site's sections. */
export function pageSection(pageName: string | undefined, sections: readonly string[]): string | undefined {
  if (pageName === undefined) return undefined;
  return [pageName, ...pageName.split(/[·・\s]+/u)].find((name) => sections.includes(name));
}

/** The note a page gets when its 版名 names no section and no --section was given: its stories go to the default, which may be wrong. */
export function pageSectionFinding(desk: DeskOptions, line: number): Finding | undefined {
  if (desk.section !== undefined || desk.pageName === undefined || pageSection(desk.pageName, desk.sections) !== undefined) return undefined;
  return finding(line, "unknown-section", `版名 ${desk.pageName} names no section of the site: its stories are under ${desk.defaultSection}; give --section or add the section to content/site.json`, `版名“${desk.pageName}”不是网站栏目，本版稿件暂归入“${desk.defaultSection}”：请用 --section 指定或在 content/site.json 中添加栏目`);
}

function sectionOf(story: StoryDraft, type: ArticleType, desk: DeskOptions): { section: string; finding?: Finding } {
  const fallback = desk.section ?? pageSection(desk.pageName, desk.sections) ?? desk.defaultSection;
  if (story.marker) {
    const name = story.marker.text;
    if (desk.sections.includes(name)) return { section: name };
    // A run of briefs (简讯, 县区传真) is a column of the page, not a desk.
    if (story.marker.brief) return { section: fallback };
    return {
      section: fallback,
      finding: finding(story.marker.line, "unknown-section", `section marker ${name} is not a section of the site; indexed under ${fallback}`, `栏目标记“${name}”不在网站栏目中，暂归入“${fallback}”`),
    };
  }
  // --section is the desk for articles; photo stories have their own where the site has it.
  if (type === "photo" && desk.sections.includes(PHOTO_SECTION)) return { section: PHOTO_SECTION };
  return { section: fallback };
}

function typeOf(story: StoryDraft, paragraphs: number, subheads: number): ArticleType {
  // A credited photo over a short text is a photo story; a dateline makes the text a news story with its photo.
  if (story.photo || (story.photoCredit && !story.dateline && paragraphs <= 1 && subheads === 0)) return "photo";
  if (story.marker?.brief || story.bullet) return "brief";
  if (story.dateline && story.heading.length === 0 && paragraphs === 1) return "brief";
  return "article";
}

/**
 * A standing banner's shape: a label of a few words, maybe led by its year (镇街动态, 2025江州金秋消费季),
 * no punctuation, at most eight characters past the year. A longer line over a title is a kicker's clause
 * (冬季取暖安全不能放松, 全民健身运动会圆满落幕), though short stories follow.
 */
const LABEL = /^(?:\d{4}年?)?\p{Script=Han}{2,8}$/u;
/** A short story of a run under a banner: a few paragraphs (and maybe a box, as an author's note), no subheads. */
const MAX_RUN_PARAGRAPHS = 4;
/** …or a few more lines printed as they are: an item's fields. */
const MAX_RUN_LINES = 8;

/**
 * The standing banner over a run of short stories (镇街动态 over three county items): a label
 * atop the first story's two-line deck, over a short story, with at least one more short story
 * after it printing its title alone. It is the column of each story of the run, to the next
 * story with a deck of its own or a section marker; a kicker over one story leaves none.
 * Returns each story's banner (by index), where it stands in such a run.
 */
export function standingBanners(stories: readonly StoryDraft[]): (PageLine | undefined)[] {
  // An item's details, each a line as printed (时间：…, 地点：…), make a short story however many they are.
  const short = (story: StoryDraft) => story.blocks.length > 0 && (story.blocks.length <= MAX_RUN_PARAGRAPHS || (story.blocks.length <= MAX_RUN_LINES && story.blocks.every((b) => b.whole))) && story.blocks.every((b) => b.kind !== "subhead");
  const banners: (PageLine | undefined)[] = stories.map(() => undefined);
  stories.forEach((story, i) => {
    const [label, title] = story.heading;
    // Atop a deck of two, or of three whose top line reads as its banner already (镇街动态 / 柳河镇 / “板凳会”解民忧).
    const deck = story.heading.length === 2 || (story.heading.length === 3 && readHeading(story.heading).column === label);
    // A tagged export names each story's column itself.
    if (!deck || story.subtitle || !label || !title || label.tagged !== undefined || !LABEL.test(label.text) || PLACE.test(label.text) || !short(story)) return;
    let end = i + 1;
    // A run of items opening on fields (时间：…, 地点：…) goes on over such items only: a story in prose is one of its own.
    const lines = (s: StoryDraft) => s.blocks[0]?.whole === true;
    while (end < stories.length && stories[end]!.heading.length === 1 && stories[end]!.marker === story.marker && !stories[end]!.subtitle && short(stories[end]!) && (!lines(story) || lines(stories[end]!))) end++;
    // A run of one counts where the page prints its banners already: a label as long as one of them, atop its deck.
    const likeAnother = banners.some((b) => b !== undefined && b !== label && [...b.text].length === [...label.text].length);
    if (end - i < 2 && !likeAnother) return;
    // A kicker leads into its own story: its words come back there and in no other story of the run.
    if (labelShape(label.text) && echoes(label.text, storyText(story, label)) && !stories.slice(i + 1, end).some((s) => echoes(label.text, storyText(s)))) return;
    for (let k = i; k < end; k++) banners[k] = label;
  });
  return banners;
}

/** Derives every article of the page, in print order. */
export function derive(stories: readonly StoryDraft[], desk: DeskOptions): ArticleDraft[] {
  const slugs = new Set(desk.takenSlugs);
  const banners = standingBanners(stories);
  return stories.map((story, index) => {
    const findings = [...story.findings];
    const changes: LineChange[] = [];
    const tidy: Tidy = (line, text, rules) => {
      const result = normalize(text, rules);
      changes.push(...lineChanges(line, result.changes));
      return result.text;
    };
    const banner = banners[index];
    const heading = readHeading(story.heading.filter((l) => l !== banner), story.subtitle !== undefined);
    if (banner) heading.column = banner;
    const subtitle = story.subtitle ?? heading.subtitle;
    // A label atop the deck, or over a set of captions, whose words the story never prints: the story's column.
    const tagged = story.heading.some((l) => l.tagged !== undefined);
    const label = heading.column || tagged ? undefined : (columnOverTitle(story, heading.kicker, heading.title, subtitle !== undefined) ?? columnOverPhotos(story, heading.kicker.length === 0 ? heading.title : undefined));
    if (label) {
      heading.column = label;
      heading.kicker = heading.kicker.filter((l) => l !== label);
      if (heading.title?.includes(label)) heading.title = undefined;
    }
    if (heading.subtitle && !DOCUMENT_NUMBER.test(heading.subtitle.text)) {
      const line = heading.subtitle;
      findings.push(finding(line.line, "deck-guess", `headline deck read without a dash: title above, subtitle ${excerpt(line.text, 30)}; check which line says what happened`, `标题组无破折号，已将“${excerpt(line.text)}”作副题，请核对主副题`));
    }
    // The line over the title was read as its kicker, or as its column where it is a banner's shape.
    const over = heading.kicker.length === 1 ? { line: heading.kicker[0]!, role: "kicker", 名: "引题" } : heading.kicker.length === 0 && heading.column ? { line: heading.column, role: "column", 名: "栏目" } : undefined;
    if (heading.tie && over && heading.title?.length === 1) {
      const [upper, title] = [over.line.text, heading.title[0]!.text];
      findings.push(finding(over.line.line, "close-reading", `deck read as ${over.role} ${upper} / title ${title}; as title ${upper} / subtitle ${title} it reads almost as well (${heading.tie.saw.join(", ")}): check which line says what happened`, `标题组按${over.名}“${excerpt(upper)}”、主题“${excerpt(title)}”处理，但按主题“${excerpt(upper)}”、副题“${excerpt(title)}”处理也说得通，请核对`));
    }
    // Each printed heading line is checked where it stands; the marker is a desk name.
    const field = (lines: readonly PageLine[] | undefined, separator: string): string | undefined => {
      if (!lines || lines.length === 0) return undefined;
      const texts = lines.map((l) => headingText(tidy, l.line, l.text));
      lines.forEach((l, n) => findings.push(...review(located("heading", [{ line: l.line, text: texts[n]! }]))));
      // Quotes may open on one line of a heading and close on the next.
      return tidy(lines[0]!.line, texts.join(separator), FIELD_RULES);
    };
    const text = {
      // A reported story (本报讯, a byline) under a notices marker is news, not one of the notices.
      column: heading.column ? field([heading.column], " ") : inNotices(story.marker) && (story.dateline || story.reporters.length > 0) ? undefined : story.marker?.text,
      kicker: field(heading.kicker, " "),
      title: field(heading.title, ""),
      subtitle: field(subtitle && [subtitle], " "),
    };
    const body = story.blocks.map((block) => bodyBlock(tidy, block));
    for (const { located } of body) findings.push(...review(located));
    const blocks = body.map((b) => b.block);
    const paragraphs = blocks.filter((b) => b.kind === "paragraph");
    const type = typeOf(story, paragraphs.length, blocks.length - paragraphs.length);
    const { section, finding: sectionFinding } = sectionOf(story, type, desk);
    if (sectionFinding) findings.push(sectionFinding);
    // Under the photo desk's marker (图片新闻) a story is filed in that section: the marker names the desk, no column.
    if (!heading.column && story.marker?.text === section && PHOTO_DESK.test(section)) text.column = undefined;
    // A notice alone under its marker (寻人启事, 注销公告) is titled by it, and so is a list (新书速递 over its rows): the marker is all the headline either prints.
    const alone = story.marker !== undefined && stories.filter((s) => s.marker === story.marker && s.heading.length === 0).length === 1;
    const list = paragraphs.length >= 2 && !story.photo && paragraphs.every((p) => !endsSentence(p.text));
    const markerTitle = text.title === undefined && alone && (inNotices(story.marker) || list) ? story.marker!.text : undefined;
    if (markerTitle !== undefined) {
      text.title = markerTitle;
      // The marker is the notice's title now, not a column over it as well.
      if (text.column === markerTitle) text.column = undefined;
    }
    const derivedTitle = text.title === undefined ? deriveTitle(paragraphs[0]?.text ?? "") : undefined;
    const firstLine = story.blocks[0]?.pieces[0]?.line ?? story.heading[0]?.line ?? 0;
    if (derivedTitle !== undefined) {
      const long = derivedTitle.length > MAX_DERIVED_TITLE;
      findings.push(finding(firstLine, "derived-title", `no headline printed; title derived: ${derivedTitle}${long ? " (long: shorten it)" : ""}`, `版面未印标题，标题“${derivedTitle}”为自动生成${long ? "，较长，请改短" : ""}`));
    }
    return {
      slug: uniqueSlug(slugOf(text.title ?? derivedTitle ?? "") || `article-${index + 1}`, slugs),
      type,
      title: text.title ?? null,
      ...(text.kicker !== undefined && { kicker: text.kicker }),
      ...(text.subtitle !== undefined && { subtitle: text.subtitle }),
      ...(text.column !== undefined && { column: text.column }),
      section,
      ...(story.source !== undefined && { source: story.source }),
      reporter: dedupe(story.reporters),
      order: index + 1,
      body: blocks,
      ...(derivedTitle !== undefined && { derivedTitle }),
      findings: findings.sort((a, b) => a.line - b.line),
      changes,
    };
  });
}
