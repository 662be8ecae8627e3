/**
 * Every page in tests/fixtures/pages/ that has an editor's reading beside it
 * (`<name>.expected.json`) is split and scored check by check; the score of each
 * page is printed, and every page must score every check. Pages of kinds the splitter
 * has not been written against yet (`kind-*`) are held by the split matrix's floor
 * (transformations.test.ts) instead, until the splitter reads them in full.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { read } from "./helpers.ts";
import { score, type ExpectedReading } from "./score.ts";

const DIR = new URL("../fixtures/pages/", import.meta.url);
const pages = readdirSync(DIR).filter((f) => f.endsWith(".expected.json") && !f.startsWith("kind-")).map((f) => f.replace(/\.expected\.json$/u, ""));

const printed: string[] = [];
afterAll(() => console.log(`page scores:\n${printed.join("\n")}`));

describe("every fixture page against its editor's reading", () => {
  it("has pages to score", () => expect(pages.length).toBeGreaterThanOrEqual(7));

  it.each(pages)("%s", (name) => {
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, DIR), "utf8")) as ExpectedReading;
    const text = readFileSync(new URL(`${name}.txt`, DIR), "utf8");
    // Only the date is given, as an editor would; the page's header says the rest.
    const result = score(read(text, { date: expected.edition.date, page: undefined }), expected);
    printed.push(`  ${name}: ${result.pass}/${result.total}${result.misses.map((m) => `\n    miss: ${m}`).join("")}`);
    expect(result.misses).toEqual([]);
    expect(result.pass).toBe(result.total);
  });
});
