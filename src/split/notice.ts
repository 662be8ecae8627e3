/**
 * Notices printed at a page's foot (公告, 通告, 遗失声明 …): lines of their own kinds.
 * - A notices marker opens a run of notices, as 简讯 opens a run of briefs.
 * - A notice ends on its formula (特此通告。, 声明作废。): what follows is another notice.
 * - Under the formula (or under any notice of a notices run), the issuer's name and the
 *   date sign the notice: its last lines, as printed, never the headline of a new story
 *   (nor the edition's date). Its fields (联系人：…, 联系电话：…) are lines as printed too.
 */
import { endsSentence } from "./chars.ts";
import type { PageLine } from "./classify.ts";

/** 公告, 通告, 声明, 启事, 公示, 分类广告, and their kinds: 遗失声明, 招聘启事, 拍卖公告 … */
export const NOTICE_MARKER = /^(?:公告|通告|声明|启事|公示|公告栏|分类广告|广告|(?:遗失|招聘|寻人|寻物|征文|征稿|招标|拍卖|注销|减资|清算|债权|环评|迁坟|更正)(?:声明|启事|公告|公示))$/u;

/** The formula that ends a notice: 特此公告。, 特此通告。, 特此讣告。, 特此声明。, ……声明作废。: 特此 and the notice's kind. */
const NOTICE_END = /(?:声明作废|特此\p{Script=Han}{2})[。！!]?$/u;

/** A notice's formal title: 关于东湖路（建设街至人民路段）封闭施工的通告. A line of its own: the notice's text starts under it. */
const NOTICE_TITLE = /^关于\S{2,40}的(?:公告|通告|通知|公示|声明|启事)$/u;

export function titlesNotice(text: string): boolean {
  return NOTICE_TITLE.test(text);
}

export function endsNotice(text: string): boolean {
  return NOTICE_END.test(text);
}

/** A notice's field, a label and its value: 联系人：王先生, 联系电话：0635-8123456, 招标人：水城市第二中学. */
export const NOTICE_FIELD = /^(?:联系人|联系电话|联系方式|电话|手机|地址|联系地址|邮编|邮箱|电子邮箱|传真|网址|招标人|招标代理机构|代理机构|投标人|采购人|申请人|声明人|公告人|报名时间|报名地点|截止时间)[:：]\s*\S/u;

/** Who issues a notice: 水城市公安局交通警察支队, 水城市鑫达商贸有限公司, …清算组. */
const ISSUER = /^\p{Script=Han}[\p{Script=Han}（）()]{1,30}(?:局|委员会|委|办公室|政府|办事处|公司|支队|大队|中心|医院|学校|学院|大学|银行|协会|学会|集团|法院|检察院|厂|所|站|社|部|处|院|馆|会|组|管理人)$/u;
/** The date that signs it: 2024年6月11日, 二〇二四年六月十一日. */
const SIGNED_ON = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/u;

/** A run of notices: its marker is a notices marker. */
export function inNotices(marker: PageLine | undefined): boolean {
  return marker !== undefined && NOTICE_MARKER.test(marker.text);
}

/** A line signing the notice above it: the issuer's name or the date, alone on the line. */
export function signsNotice(line: PageLine): boolean {
  return line.dated === true || (line.kind === "short" && ISSUER.test(line.text)) || ((line.kind === "furniture" || line.kind === "short") && SIGNED_ON.test(line.text));
}

/**
 * A document printed in full signs off with its issuer over the date, under its last sentence
 * (江州市人民代表大会常务委员会 / 2025年9月25日), formula or none: each issuer line of such a
 * signature is marked dated. The date may be read as furniture (the header's shape).
 */
export function datedSignatures(lines: readonly PageLine[]): PageLine[] {
  const dated = new Set<number>();
  lines.forEach((line, i) => {
    if (!SIGNED_ON.test(line.text) || (line.kind !== "furniture" && line.kind !== "short")) return;
    let k = i - 1;
    while (k >= 0 && lines[k]!.kind === "short" && ISSUER.test(lines[k]!.text)) k--;
    // Under a notice's formula any short line over the date signs it (子女：雷建国 雷建英 泣告).
    if (k === i - 1 && lines[k]?.kind === "short" && lines[k - 1]?.noticeEnd) k--;
    const above = lines[k];
    if (k < i - 1 && above !== undefined && (above.kind === "text" || above.kind === "short") && (endsSentence(above.text) || above.asPrinted === true || above.kind === "short")) for (let n = k + 1; n < i; n++) dated.add(n);
  });
  return lines.map((line, i) => (dated.has(i) ? { ...line, dated: true } : line));
}
