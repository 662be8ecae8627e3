/** Character classes shared by the splitter's steps. */

/** One Han character (CJK ideographs, including extensions). */
export const HAN = "\\p{Script=Han}";
export const hanRe = new RegExp(HAN, "u");

/** Full-width and CJK punctuation, including curly quotes, dashes and the ellipsis. */
export const CJK_PUNCT = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026\\u00b7";

/** Han or CJK punctuation: the context in which half-width punctuation is wrong. */
export const cjkContextRe = new RegExp(`[${HAN}${CJK_PUNCT}]`, "u");

/** Punctuation that may end a paragraph; a half-width '.' right after Han is a full stop typed half-width (…门前就是河.), never after a digit or letter. */
const SENTENCE_END = /(?:[。！？!?…]|(?<=\p{Script=Han})\.)$/u;
/** Closing quotes and brackets that may follow the sentence end. */
const CLOSERS = /(?<![”’"'）)》」』])[”’"'）)》」』]+$/u;
/**
 * Parentheses closing a paragraph after its sentence: （记者 张三）, （据《人民日报》）, a referral
 * then a credit （下转A4版）（郑凯 宋雨桐）, a credit with the author's post （王立新（中共水城市委党校））,
 * also after a full stop typed half-width (……一直跟着我.（柳岸）).
 */
const CLOSING_PARENS = /(?<=(?:[。！？!?…]|\p{Script=Han}\.)[”’"']?)(?:\s*[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)])+$/u;
/** Punctuation after which a sentence certainly goes on. */
const CLAUSE_CONTINUES = /[，,、（(“‘《]$/u;
/** Punctuation that ends a clause and may close a paragraph before a list (；：). */
const CLAUSE_END = /[；;：:]$/u;

/** Patterns of what a line closes on in brackets scan the whole line: most lines close on none, and need not be scanned. */
export const closesBracketed = (text: string) => text.endsWith(")") || text.endsWith("）");

/** True when a line ends a sentence (。！？…, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  // A closing credit or source after the full stop ends nothing new: ……开展。（新华社电）
  const end = text.trimEnd();
  const unbracketed = closesBracketed(end) ? end.replace(CLOSING_PARENS, "") : end;
  return SENTENCE_END.test(unbracketed.replace(CLOSERS, ""));
}

/** True when a line stops on punctuation inside a sentence (，、 or an opening bracket). */
export function endsMidClause(text: string): boolean {
  return CLAUSE_CONTINUES.test(text.trimEnd());
}

/** A contact's number closing an ad or a notice: ……电话：13863501234, 联系电话：0635-8299001. */
const CONTACT_END = /(?:电话|手机|热线)[:：]?\s*[\d\-－]{7,}$/u;

/** A note wholly in brackets (a regulation's adoption note under its title): complete as printed. */
const BRACKETED_NOTE = /^[（(][^（）()]{10,}[）)]$/u;

/** An ad or a notice closing on its contact's number. */
export function endsOnContact(text: string): boolean {
  return CONTACT_END.test(text.trimEnd());
}

/** True when a paragraph visibly stops before its sentence is over. */
export function endsOpen(text: string): boolean {
  const t = text.trimEnd();
  return !endsSentence(t) && !CLAUSE_END.test(t.replace(CLOSERS, "")) && !CONTACT_END.test(t) && !BRACKETED_NOTE.test(t);
}

/** Number of Han characters in a text. */
export function hanCount(text: string): number {
  return text.match(new RegExp(HAN, "gu"))?.length ?? 0;
}
