/**
 * Text taken out of a PDF, made comparable with the article's text. Fonts map
 * some glyphs to Kangxi radicals (⽇ U+2F47 for 日, ⼯ for 工) or to CJK radical
 * supplement forms (⻋ U+2ECB for 车) and compatibility ideographs: NFKC folds
 * the first and the last (NFKC only there), the table below the supplement forms that stand for
 * an ordinary character (from Unicode's EquivalentUnifiedIdeograph.txt).
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  "\u2E81": "厂", "\u2E8A": "卜", "\u2E92": "巳", "\u2E93": "幺", "\u2E9C": "日", "\u2E9D": "月", "\u2E9F": "母",
  "\u2EA0": "民", "\u2EA7": "牛", "\u2EA9": "王", "\u2EAA": "疋", "\u2EAE": "竹", "\u2EAF": "糸", "\u2EB6": "羊",
  "\u2EBC": "肉", "\u2EBD": "臼", "\u2EC1": "虎", "\u2EC5": "见", "\u2EC6": "角", "\u2EC9": "贝", "\u2ECA": "足",
  "\u2ECB": "车", "\u2ED3": "长", "\u2ED4": "门", "\u2ED7": "雨", "\u2ED8": "青", "\u2ED9": "韦", "\u2EDA": "页",
  "\u2EDB": "风", "\u2EDC": "飞", "\u2EE0": "饣", "\u2EE2": "马", "\u2EE4": "鬼", "\u2EE5": "鱼", "\u2EE6": "鸟",
  "\u2EE7": "卤", "\u2EE8": "麦", "\u2EE9": "黄", "\u2EEA": "黾", "\u2EEC": "齐", "\u2EEE": "齿", "\u2EF0": "龙",
  "\u2EF3": "龟",
};
const SUPPLEMENT = /[\u2E80-\u2EFF]/g;
/** Kangxi radicals and CJK compatibility ideographs: NFKC is applied to these only, so full-width punctuation (，) stays as printed. */
const COMPATIBILITY = /[\u2F00-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

/** The radicals and compatibility forms as the characters they stand for: 2023年12⽉14⽇ → 2023年12月14日. */
export function normalizePdfText(text: string): string {
  return text.replace(COMPATIBILITY, (c) => c.normalize("NFKC")).replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT[c] ?? c);
}

/**
 * What is compared when text is matched: letters, digits and Han characters only,
 * so punctuation, spaces and line ends (where print and Markdown differ) do not count.
 */
export function matchKey(text: string): string {
  return normalizePdfText(text).normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}
