/**
 * Character sequences that OCR of Chinese print commonly gets wrong, with the
 * likely reading. Data, not code: add a confusion when a page shows one that is
 * general (a shape OCR confuses), never a one-off misprint.
 */
export interface Confusion {
  /** Matches the damaged text; the first group, if any, is what to quote. */
  pattern: RegExp;
  /** The likely intended text for the quoted match. */
  likely: (damaged: string) => string;
  /** Why the sequence is suspect, for people extending this list. */
  why: string;
}

/** Verbs that take 入 (enter) and almost never 人 (person) right after them. */
const TAKES_RU = "步深投纳融列注植陷嵌涌介侵渗迈";
/** 人 starting a word of its own (人才, 人员 …): 投人才 is not 投入才. */
const REN_WORDS = "才员数民口群们士次心家大生力事文物类工性间均居身气情格像流社";

export const CONFUSIONS: readonly Confusion[] = [
  {
    pattern: new RegExp(`[${TAKES_RU}]人(?![${REN_WORDS}])`, "gu"),
    likely: (damaged) => `${damaged[0]}入`,
    why: "入 and 人 differ by one stroke; 步入, 深入, 投入 … are words, 步人, 深人, 投人 are not",
  },
  {
    pattern: /自已|己经|已任|已见/gu,
    likely: (damaged) => ({ 自已: "自己", 己经: "已经", 已任: "己任", 已见: "己见" })[damaged] ?? damaged,
    why: "己, 已 and 巳 differ by one stroke",
  },
  {
    pattern: /末来/gu,
    likely: () => "未来",
    why: "末 and 未 differ only in stroke length",
  },
  {
    pattern: /(?<=\d月\d{1,2})曰/gu,
    likely: () => "日",
    why: "曰 and 日 differ only in width; a date ends in 日",
  },
];
