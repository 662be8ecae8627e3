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
