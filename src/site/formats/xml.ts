/**
 * Escaping for the XML we write by hand (Atom, sitemap). Text from OCR can carry
 * control characters that XML 1.0 forbids outright; a feed reader rejects the whole
 * feed over one, so they are dropped rather than escaped.
 */

// Everything outside XML 1.0's Char production, lone surrogates included.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
