/**
 * The pages of kinds the splitter was not written against (tests/fixtures/pages/kind-*):
 * each expected reading can be met in full, by a reading cut by hand from the page, and
 * an empty reading meets none of it. What the splitter scores on them is held by the
 * split matrix's floor (transformations.test.ts).
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadPages } from "../../src/bench/split-matrix.ts";
import { handReading } from "./hand-reading.ts";
import { score } from "./score.ts";

const pages = loadPages(fileURLToPath(new URL("../fixtures/pages/", import.meta.url))).filter((p) => p.name.startsWith("kind-"));

describe("pages of new kinds: each expected reading can be met", () => {
  it("has pages of new kinds", () => expect(pages.length).toBeGreaterThanOrEqual(2));

  it.each(pages.map((p) => [p.name, p] as const))("%s: a reading cut by hand from the page meets every check", (_name, page) => {
    const { reading, problems } = handReading(page.text, page.expected);
    expect(problems).toEqual([]);
    const result = score(reading, page.expected);
    expect(result.misses).toEqual([]);
    expect(result.total).toBeGreaterThan(page.expected.articles.length * 4);
  });

  it.each(pages.map((p) => [p.name, p] as const))("%s: an empty reading meets none", (_name, page) => {
    expect(score({ edition: page.expected.edition, articles: [], warnings: [] }, page.expected).pass).toBe(0);
  });
});
