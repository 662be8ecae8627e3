/**
 * Headlines break where a reader would. On a phone a headline takes two or three
 * lines, and the browser may break Chinese between any two characters, splitting
 * “全国优秀” into “全国优 / 秀”. A short quotation or book title is one unit of
 * meaning, so it is kept on one line.
 */
import { escapeXml } from "./formats/xml.ts";

/** A quotation or book title of up to 10 characters, in either script's marks. */
const UNIT = /[“「『《‘][^“”「」『』《》‘’\n]{1,10}[”」』》’]/gu;

/** The headline as HTML: escaped text, its short quotations wrapped so they do not break. */
export function headlineHtml(text: string): string {
  return escapeXml(text).replace(UNIT, (unit) => `<span class="nobr">${unit}</span>`);
}
