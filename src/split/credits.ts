/**
 * Reading the people a story credits, from a byline (`■ 本报记者 赵宗锋`), a
 * dateline's parentheses (`记者 马永伟 刘男`) or a caption's tail (`本报记者 张承斌 摄`).
 */
import type { Reporter } from "../article/record.ts";

export interface Credits {
  reporters: Reporter[];
  /** The credit ends in 摄: the people named took the photo. */
  photo: boolean;
}

// A role as printed, with any outlet before it (本报, 潍坊日报社全媒体, 特约 …).
// A video's makers are credited by role too: 摄像 (camera), 剪辑 (editing), 配音 (voice), 航拍 (aerial camera), 出镜 (on camera).
const ROLES = "记者|通讯员|实习生|摄影|编辑|评论员|拍友|摄像|剪辑|配音|航拍|出镜";
const ROLE = new RegExp(`^\\p{Script=Han}{0,10}?(?:${ROLES})$`, "u");
const ROLE_WORD = new RegExp(ROLES, "u");
/** Roles that took the photo whatever follows: 拍友 (a reader who sends in photos). */
const PHOTO_ROLE = /拍友$/u;
/** What closes a photo credit: 摄, 摄影, 摄影报道 (took the photos and wrote the text). */
const PHOTO_MARK = /^(?:摄|摄影|摄影报道|摄影报导)$/u;
/** What closes the credit of who compiled a piece rather than wrote it: 辑, 辑录, 整理, 编译. */
const COMPILED_MARK = /^(?:辑|辑录|整理|编译)$/u;
/** A book's or a work's credit under its title: its makers and what they did, maybe its publisher (赵穗 著 中国农业出版社, 白露 方远 编著). */
const WORK_CREDIT = /^\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3}\s*(?:著|编著|主编|编|译|绘|著译|编绘)(?:\s+\S{2,20})?$/u;

/** A line crediting a work's makers (梁秋实 著 长江文艺出版社): a line of its own under the work's title, never text. */
export function workCredit(text: string): boolean {
  return WORK_CREDIT.test(text);
}

/** A byline naming an office rather than a person: ■ 本报评论员. */
const OFFICE = /^(?:本报|\p{Script=Han}{2,8}?(?:日报|晚报)社?)(?:特约)?评论员$/u;
/** A name written with its middle dot (马合木提·热西提): one name, as a Uyghur or a foreign name is printed. */
const DOTTED_NAME = /^\p{Script=Han}{1,8}[·•]\p{Script=Han}{1,8}$/u;
/** A name's shape: two to four characters, or a dotted name. */
export const NAME = new RegExp(`^(?:\\p{Script=Han}{2,4}|${DOTTED_NAME.source.slice(1, -1)})$`, "u");
// Marks of the work credited: for both words and pictures (文/图) they say nothing about the role; 漫画 marks a cartoonist.
// A phone export spells them out (文字｜刘晓燕  图片｜王强), or prints them unparted (文图：).
const WORK_MARK = /^(?:(?:文字?|图片?)(?:[/／\\、]?(?:文字?|图片?))?|漫画)[:：]?$/u;

/** Common surnames: a short line that is one of them and a given name reads as a person. */
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁蒲房滕屈饶解牟艾尤阳穆卓吉缪车项连芦麦褚娄窦戚岑景党宫费卜冷晏卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝";
const PERSON = new RegExp(`^(?:欧阳|司马|诸葛|上官|东方|慕容|令狐|皇甫|公孙|[${SURNAMES}])\\p{Script=Han}{1,2}$`, "u");

/** A line that is only a person's name (林青禾, 欧阳晓): a byline when a page prints one bare. */
export function isPersonName(text: string): boolean {
  return PERSON.test(text);
}

/** Most people a byline printed bare names: 陈立新 黄晓梅, 欧阳明 孙婷. */
const MAX_BARE_NAMES = 4;

/**
 * The people a line of bare names names, parted by spaces (陈立新 黄晓梅), each a person's
 * name; null where any part is not one. A place's name has a person's shape (阳谷县, 古楼街道)
 * and is none.
 */
export function personNames(text: string): string[] | null {
  // A name spaced out character by character under a title (孟 晴, 欧 阳 明) is one name.
  const spaced = SPACED_OUT.test(text.trim()) ? text.replace(/\s+/gu, "") : null;
  if (spaced !== null && isPersonName(spaced) && !PLACE.test(spaced)) return [spaced];
  const names = text.trim().split(/\s+/u);
  return names.length <= MAX_BARE_NAMES && names.every((n) => isPersonName(n) && !PLACE.test(n)) ? names : null;
}

/** Single characters parted by spaces: 孟 晴, 公　告. */
export const SPACED_OUT = /^\p{Script=Han}(?:\s+\p{Script=Han}){1,3}$/u;

/** A place's name: 阳谷县, 古楼街道, 王楼村. */
export const PLACE = /(?:[县市区镇乡村]|街道)$/u;

/** A role printed after its outlet's name (本报记者, 江州都市报记者, 潍坊日报社全媒体记者), as a byline prints it; a brief's credit prints the role alone (记者 张三). */
const OUTLET_ROLE = /^(?:本报|\p{Script=Han}{1,10}(?:报|台|社|网|中心))\p{Script=Han}{0,4}?(?:记者|通讯员|实习生|摄影)$/u;

/** A credit naming its outlet before a role, as a story's byline does: （本报记者 程远 实习生 舒畅）. */
export function namesOutlet(text: string): boolean {
  return text.split(/[\s、，,|｜]+/u).some((t) => OUTLET_ROLE.test(t));
}

/** `本报记者` → `记者`: the role as printed, without the paper's own name. */
function roleOf(token: string): string | null {
  return ROLE.test(token) ? token.replace(/^本报/u, "") : null;
}

function nameOf(token: string): string | null {
  return NAME.test(token) && !ROLE_WORD.test(token) ? token : null;
}

/**
 * What follows a role word in the name of a standing column, not a person:
 * 评论员文章, 记者观察, 记者调查, 通讯员来稿.
 */
const COLUMN_TAIL = /^(?:文章|观察|调查|手记|札记|日记|笔记|随笔|专栏|来信|来稿|视点|视角|探访|体验|走基层|在现场|连线)$/u;

/** `本报记者赵宗锋` printed without a space: the longest role prefix, then a name. */
function splitRoleAndName(token: string): [string, string] | null {
  // A name is at most NAME's 17 characters: no longer tail is tried (a long line stays linear).
  for (let cut = token.length - 2; cut >= Math.max(2, token.length - 17); cut--) {
    const role = roleOf(token.slice(0, cut));
    const name = COLUMN_TAIL.test(token.slice(cut)) ? null : nameOf(token.slice(cut));
    if (role && name) return [role, name];
  }
  return null;
}

/** `赵 琦` → `赵琦`: two-character names are spaced out to line up with three-character ones. */
function mergeSpacedNames(tokens: string[]): string[] {
  const half = (t: string | undefined) => t !== undefined && /^\p{Script=Han}$/u.test(t) && t !== "摄";
  const single = (t: string | undefined) => half(t) && !WORK_MARK.test(t!);
  // 文 and 图 are names' second halves too (孙 文): a mark credits the name after it, so one with none after it is a name's.
  const creditsNone = (next: string | undefined) => next === undefined || roleOf(next) !== null || nameOf(next) === null;
  const merged: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (single(tokens[i]) && (single(tokens[i + 1]) || (half(tokens[i + 1]) && creditsNone(tokens[i + 2])))) merged.push(tokens[i]! + tokens[++i]!);
    else merged.push(tokens[i]!);
  }
  return merged;
}

/** A name this long with no surname of a person is an agency's or an organisation's (视觉中国, 东方图库). */
const AGENCY_LENGTH = 4;
/** A photo an agency distributed (新华社发 张三 摄): the agency is no person and prints no role. */
const AGENCY_ISSUE = /^\p{Script=Han}{1,8}社发$/u;
/** A work mark glued to the name it credits: 文/张三, 图：李四, 漫画/王强. */
const GLUED_MARK = /^((?:文字?|图片?)(?:[/／、]?(?:文字?|图片?))?|漫画)[/／:：](\p{Script=Han}{2}.*)$/u;
/**
 * A role and the name it credits parted by a colon, as a video's credits print them
 * (记者：宋宁　摄像：刘超): the role as printed before the colon. Only a person's name follows,
 * so an interview's turn (记者：您好) reads as none.
 */
const ROLE_COLON = /^(\p{Script=Han}{1,12}?)[:：](\p{Script=Han}.*)$/u;
function roleColon(token: string): string[] | null {
  const m = ROLE_COLON.exec(token);
  return m && roleOf(m[1]!) !== null && (isPersonName(m[2]!) || DOTTED_NAME.test(m[2]!) || roleOf(m[2]!) !== null) ? [m[1]!, m[2]!] : null;
}
/** The author's unit printed before the name (■ 市委党校 陈立新): an institution, no person. */
const UNIT = /^\p{Script=Han}{1,10}(?:党校|大学|学院|研究院|研究所|研究中心|中心|医院|公司|协会|学会|委员会)$/u;
/** What the names after a mark alone did: took the photo (图/李四), drew the cartoon (漫画/王强). */
const MARK_ROLES: [RegExp, string][] = [[/^图片?[:：]?$/u, "摄影"], [/^漫画[:：]?$/u, "漫画"]];

/**
 * Reads a credit line, or returns null when the text is not one. Names without
 * a role count only where the page marks them as credits (after ■, inside a
 * dateline, before 摄); otherwise `牢记历史 勿忘国耻` would read as two names.
 */
export function readCredits(text: string, bareNames: boolean): Credits | null {
  // No credit holds a sentence's end: a paragraph is no credit, and cutting it into tokens was the splitter's costliest step.
  if (/[。！？]/u.test(text)) return null;
  // A phone export parts the role from the names by a bar: 记者｜卢晓峰 魏婷.
  const split = text.trim().split(/[\s、，,|｜]+/u).filter((t) => t !== "").flatMap((t) => GLUED_MARK.exec(t)?.slice(1, 3) ?? roleColon(t) ?? [t]);
  const all = split.filter((t) => !UNIT.test(t));
  const agency = all.length > 1 && AGENCY_ISSUE.test(all[0]!);
  const tokens = mergeSpacedNames(agency ? all.slice(1) : all);
  const marks = tokens.filter((t) => WORK_MARK.test(t));
  // An unmarked line whose marks all name pictures (文/图, 图/…) credits a photo's takers; after ■ (or in a dateline) it heads a story.
  const pictured = !bareNames && marks.length > 0 && marks.every((t) => t.includes("图"));
  // A work mark (文/张三) says the names after it are credits, as ■ does.
  const marked = bareNames || marks.length > 0;
  let photo = pictured;
  const last = tokens.at(-1);
  if (last !== undefined && PHOTO_MARK.test(last)) {
    tokens.pop();
    photo = true;
  } else if (last && last.length >= 3 && last.endsWith("摄")) {
    tokens[tokens.length - 1] = last.slice(0, -1);
    photo = true;
  }
  // 辑, 整理 close the credit of who compiled the piece (（柴文博 辑）): the names before are credits, with no role.
  // The mark may be glued to the name where a line was cut between them (（甘棠 / 辑）).
  const glued = /^(\p{Script=Han}{2,4}?)(辑|整理)$/u.exec(tokens.at(-1) ?? "");
  if (glued && isPersonName(glued[1]!)) tokens.splice(-1, 1, glued[1]!, glued[2]!);
  const compiled = tokens.length > 1 && COMPILED_MARK.test(tokens.at(-1)!);
  if (compiled) tokens.pop();
  if (tokens.length === 1 && OFFICE.test(tokens[0]!)) return { reporters: [{ name: tokens[0]!, role: roleOf(tokens[0]!) }], photo };
  const reporters: Reporter[] = [];
  let role: string | null = null;
  let awaitingName = false;
  // The names after a work mark (图/…) may be an agency's (图/视觉中国): a long name no person bears credits no one.
  let afterMark = false;
  for (const token of tokens) {
    if (WORK_MARK.test(token)) {
      role = MARK_ROLES.find(([mark]) => mark.test(token))?.[1] ?? null;
      afterMark = true;
      continue;
    }
    const printedRole = roleOf(token);
    const glued = printedRole ? null : splitRoleAndName(token);
    const name = printedRole || glued ? null : nameOf(token);
    if (name && afterMark && [...name].length >= AGENCY_LENGTH && !isPersonName(name)) continue;
    if (printedRole) {
      role = printedRole;
      awaitingName = true;
      afterMark = false;
    } else if (glued) {
      role = glued[0];
      reporters.push({ name: glued[1], role });
      awaitingName = false;
    } else if (name && (role !== null || marked || photo || (compiled && isPersonName(name)))) {
      reporters.push({ name, role });
      awaitingName = false;
    } else {
      return null;
    }
  }
  if (reporters.length === 0 || awaitingName) return null;
  photo ||= reporters.some((r) => PHOTO_ROLE.test(r.role ?? ""));
  // `■ 张三 摄` prints no role, but 摄 says what the person did.
  return { reporters: reporters.map((r) => (photo && !agency && r.role === null ? { ...r, role: "摄影" } : r)), photo };
}
