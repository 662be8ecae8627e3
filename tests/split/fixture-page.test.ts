/**
 * The real page against the editor's careful reading (expected.json), field by
 * field, and the same page in other encodings, line ends and punctuation.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SplitArticle } from "../../src/article/record.ts";
import { encodeGb18030, encodeUtf16, EXPECTED_PATH, pageBytes, pageText, plain, read } from "./helpers.ts";

interface ExpectedArticle {
  type?: string;
  title?: string | null;
  titleAnyOf?: string[];
  headingLines?: string[];
  kicker?: string;
  subtitle?: string;
  column?: string;
  bylines: { name: string; role: string | null }[];
  subheads?: string[];
  paragraphs?: number;
  paragraphsAnyOf?: number[];
  bodyStartsWith: string;
  bodyEndsWith: string;
  mustContain?: string[];
}

const expected = JSON.parse(readFileSync(EXPECTED_PATH, "utf8")) as { edition: { date: string }; articles: ExpectedArticle[] };
const reading = read(pageBytes());
const DATELINE = /^本报[^(]{0,12}讯\([^)]*\)/u;

const paragraphsOf = (a: SplitArticle) => a.body.filter((b) => b.kind === "paragraph").map((b) => plain(b.text));
const optional = (text: string | null | undefined) => (text == null ? undefined : plain(text));

describe("the real page, as the careful editor read it", () => {
  it("has the edition date and seven articles", () => {
    expect(reading.edition.date).toBe(expected.edition.date);
    expect(reading.articles).toHaveLength(expected.articles.length);
  });

  expected.articles.forEach((want, i) => {
    describe(`article ${i + 1} (${want.title ?? want.titleAnyOf?.[0] ?? want.type})`, () => {
      const got = reading.articles[i]!;
      const paragraphs = paragraphsOf(got);

      it("has the headline, kicker, subtitle and column", () => {
        if (want.titleAnyOf) expect(want.titleAnyOf.map(plain)).toContain(plain(got.title ?? ""));
        else if (want.title === null) expect(got.title).toBeNull();
        else expect(optional(got.title)).toBe(plain(want.title!));
        for (const line of want.headingLines ?? []) {
          expect([got.kicker, got.title, got.subtitle].map(optional)).toContain(plain(line));
        }
        if (want.kicker !== undefined || !want.headingLines) expect(optional(got.kicker)).toBe(optional(want.kicker));
        expect(optional(got.subtitle)).toBe(optional(want.subtitle));
        expect(optional(got.column)).toBe(optional(want.column));
        if (want.type) expect(got.type).toBe(want.type);
      });

      it("credits the reporters with their roles", () => {
        expect(got.reporter).toEqual(want.bylines.map(({ name, role }) => ({ name, role })));
      });

      it("has the subheads and paragraph count", () => {
        expect(got.body.filter((b) => b.kind === "subhead").map((b) => plain(b.text))).toEqual((want.subheads ?? []).map(plain));
        const counts = want.paragraphsAnyOf ?? [want.paragraphs!];
        expect(counts).toContain(paragraphs.length);
      });

      it("starts and ends with the printed words and keeps rejoined passages", () => {
        expect(paragraphs[0]!.replace(DATELINE, "").startsWith(plain(want.bodyStartsWith))).toBe(true);
        expect(paragraphs.at(-1)!.endsWith(plain(want.bodyEndsWith))).toBe(true);
        for (const passage of want.mustContain ?? []) expect(paragraphs.some((p) => p.includes(plain(passage)))).toBe(true);
      });
    });
  });
});

describe("the same page in another form reads the same", () => {
  const text = pageText();
  const fullWidth = text
    .replace(/[,:;?!()]/g, (c) => ({ ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" })[c]!)
    .replace(/"([^"\n]*)"/g, "“$1”");

  it.each([
    ["CRLF line ends", Buffer.from(text.replace(/\n/g, "\r\n"))],
    ["long paragraphs indented with 　　", Buffer.from(text.replace(/^.{46,}$/gmu, "　　$&"))],
    ["old Mac CR line ends", Buffer.from(text.replace(/\n/g, "\r"))],
    ["UTF-8 with a BOM", Buffer.from(`\ufeff${text}`)],
    ["full-width punctuation and curly quotes", Buffer.from(fullWidth)],
    ["GB18030", encodeGb18030(text)],
    ["GB18030 with CRLF", encodeGb18030(text.replace(/\n/g, "\r\n"))],
    ["UTF-16 LE with BOM", encodeUtf16(text, "le")],
    ["UTF-16 BE with BOM", encodeUtf16(text, "be")],
  ])("%s", (_, bytes) => {
    expect(read(bytes)).toEqual(reading);
  });

  it("without blank lines between paragraphs (only line numbers differ)", () => {
    const packed = read(text.replace(/\n+/g, "\n"));
    expect(packed.articles).toEqual(reading.articles);
    expect(packed.warnings.map((w) => w.code)).toEqual(reading.warnings.map((w) => w.code));
  });
});
