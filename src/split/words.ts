/**
 * Word questions the splitter asks where only words can answer: does a line stop in the
 * middle of a word (促进信息发 / 布…), so that it goes on in the next line and is no
 * headline? jieba cuts the few characters around the line end; a word across the break
 * says the line was cut.
 */
import { wordCutter } from "../article/words.ts";

/** How many characters on each side of a line end are cut into words. */
const AROUND = 4;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** True when the last characters of `line` and the first of `next` make one word across the break. */
export function endsMidWord(line: string, next: string): boolean {
  const before = line.trimEnd();
  const after = next.trimStart();
  if (!HAN_END.test(before) || !HAN_START.test(after)) return false;
  const tail = [...before].slice(-AROUND).join("");
  const head = [...after].slice(0, AROUND).join("");
  let at = 0;
  for (const word of wordCutter().cut(tail + head, false)) {
    const end = at + [...word].length;
    // A word of two or more characters that starts before the break and ends after it.
    if (at < AROUND && end > AROUND && [...word].length >= 2) return true;
    at = end;
  }
  return false;
}

/** True when the first word jieba cuts from `text` is its first character alone (的 in 的发展, not in 的哥). */
export function leadsWithCharacter(text: string): boolean {
  const head = [...text.trimStart()].slice(0, AROUND).join("");
  const [first] = wordCutter().cut(head, false);
  return first !== undefined && [...first].length === 1;
}
