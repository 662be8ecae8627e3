/**
 * Inputs that made the splitter's patterns backtrack: a page of hard-wrapped lines that
 * never ends a sentence (one paragraph of 400 KB), and lines of 64 KB made of one repeated
 * piece (spaces, a role word, a name). Each pattern now reads a long line in one pass, so
 * these finish in well under a second; the generous timeout is only a guard against the
 * minutes they took before.
 */
import { describe, expect, it } from "vitest";
import { PageError } from "../../src/split/errors.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { EDITION } from "./helpers.ts";

const GUARD_MS = 30_000;
const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高";

function readOrRefuse(text: string): number {
  try {
    return splitPage(text, EDITION).articles.length;
  } catch (error) {
    if (error instanceof PageError) return 0;
    throw error;
  }
}

/** Lines of 22 characters, no punctuation, no blank line: about 400 KB. */
function wrappedPage(): string {
  const lines: string[] = [];
  // A small linear congruential generator: no line repeats (a repeated line is a running head).
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % HAN.length;
  for (let size = 0; size < 400_000; ) {
    const line = Array.from({ length: 22 }, () => HAN[next()]).join("");
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}

const LONG = 65_536;
const repeated = (piece: string) => piece.repeat(Math.ceil(LONG / piece.length)).slice(0, LONG);

describe("long lines and pages", () => {
  it("reads a 400 KB page of hard-wrapped lines without punctuation as one paragraph", { timeout: GUARD_MS }, () => {
    expect(readOrRefuse(wrappedPage())).toBe(1);
  });

  // Each piece once fed a pattern that tried every start in the run: a credit's or referral's
  // leading spaces, a name of any length, closing brackets, a role word before a name.
  it.each([" ", "\t", "　", "张", "记者", "本报", "社发", "版", "）", "摄"])("reads a 64 KB line of %j in any place a line can hold it", { timeout: GUARD_MS }, (piece) => {
    const run = repeated(piece);
    for (const page of [`会议召开。\n${run}\n`, `会议召开。\n会议召开会议。${run}摄\n`, `本报讯${run}x\n`, `会议${run}）\n`]) {
      expect(readOrRefuse(page)).toBeGreaterThanOrEqual(0);
    }
  });
});
