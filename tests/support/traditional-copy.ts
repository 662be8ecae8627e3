/** Copy with a Traditional answer written for it, and the count of converted Han characters that differ from it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readContent } from "../../src/site/content.ts";
import type { ArticleNames } from "../../src/site/traditional.ts";
import { BUNDLED_CONTENT, ROOT } from "./site.ts";

export interface Copy {
  lines: { text: string; names: ArticleNames }[];
  answer: string[];
}

export const TRADITIONAL_FIXTURES = join(ROOT, "tests/fixtures/traditional");

/**
 * The bundled edition's text as the converter meets it: each article's title, kicker, subtitle and body
 * lines, with its names. Its answer, edition.zh-hant-tw.txt, one line for each: OpenCC's output with the
 * newsroom list, read through, with 報道 changed to 報導 by hand (twice).
 */
export function bundledEdition(): Copy {
  const lines = readContent(BUNDLED_CONTENT).articles.flatMap((a) => {
    const names = { kept: a.meta.properNames ?? [], people: a.meta.reporter.map((r) => r.name) };
    return [a.meta.title, a.meta.kicker, a.meta.subtitle, ...a.body.split("\n")].filter((t): t is string => !!t?.trim()).map((text) => ({ text, names }));
  });
  return { lines, answer: readFileSync(join(TRADITIONAL_FIXTURES, "edition.zh-hant-tw.txt"), "utf8").split("\n") };
}

/** The dense text: invented news copy heavy with one-to-many characters; its bylines name the reporters, as front matter would. */
export function denseCopy(): Copy {
  const people = ["余秋云", "范晓东", "于洋", "党晓燕", "郁文涛"];
  const text = readFileSync(join(TRADITIONAL_FIXTURES, "dense.zh-hans.txt"), "utf8").split("\n");
  return { lines: text.map((t) => ({ text: t, names: { people } })), answer: readFileSync(join(TRADITIONAL_FIXTURES, "dense.zh-hant-tw.txt"), "utf8").split("\n") };
}

const HAN = /\p{Script=Han}/u;

/** Han characters of the copy, and those the converter writes differently from the answer, each shown in its context. */
export function errorsIn(copy: Copy, convert: (text: string, names: ArticleNames) => string): { han: number; errors: string[] } {
  let han = 0;
  const errors: string[] = [];
  copy.lines.forEach(({ text, names }, i) => {
    const source = [...text];
    const got = [...convert(text, names)];
    const want = [...(copy.answer[i] ?? "")];
    source.forEach((ch, j) => {
      if (!HAN.test(ch)) return;
      han++;
      if (got[j] !== want[j]) errors.push(`${source.slice(Math.max(0, j - 3), j + 4).join("")} → ${got[j]}, not ${want[j]}`);
    });
  });
  return { han, errors };
}

export const perTenThousand = (errors: number, han: number) => Math.round((errors / han) * 100_000) / 10;
