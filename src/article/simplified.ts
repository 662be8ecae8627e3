/**
 * Traditional → Simplified, character for character (opencc-js t→cn): the splitter reads a
 * 繁體 page through it and flags stray Traditional characters by it; the site cuts Traditional
 * headlines into words by it. Its tables load on first use (≈0.1 s), as jieba's do (words.ts).
 */
import * as OpenCC from "opencc-js/t2cn";

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: "t", to: "cn" });
  return convert(text);
}

let traditional: Uint8Array | undefined;

/** Which characters of the basic plane t→cn changes standing alone: each converted once, apart from its neighbours. */
function traditionalTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ideographs = [...Array(0x9fff - 0x3400 + 1).keys()].map((k) => String.fromCharCode(0x3400 + k));
  const simplified = toSimplified(ideographs.join("\n")).split("\n");
  ideographs.forEach((c, k) => {
    if (simplified[k] !== c) table[c.charCodeAt(0)] = 1;
  });
  return table;
}

/**
 * How many of `text`'s characters t→cn changes standing alone. The splitter asks it of every
 * page and every text it reviews, and converting them whole cost a tenth of its time; a table
 * made once answers it at a glance, and most pages, being Simplified, are never converted.
 */
export function traditionalCount(text: string): number {
  traditional ??= traditionalTable();
  let count = 0;
  for (let i = 0; i < text.length; i++) count += traditional[text.charCodeAt(i)]!;
  return count;
}
