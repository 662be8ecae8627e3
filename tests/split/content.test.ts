/** The edition in content/ as editors left it: valid front matter, known sections. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontMatterSchema } from "../../src/article/record.ts";

const CONTENT = new URL("../../content/", import.meta.url);
const site = JSON.parse(readFileSync(new URL("site.json", CONTENT), "utf8")) as { sections: string[] };
const articles = readdirSync(CONTENT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(new URL(`${d.name}/`, CONTENT)).filter((f) => f.endsWith(".md")).map((f) => `${d.name}/${f}`));

describe("content/", () => {
  it("holds the split edition of 2023-12-14", () => {
    expect(articles.filter((a) => a.startsWith("2023-12-14/"))).toHaveLength(7);
  });

  it.each(articles)("%s has valid front matter in a section of the site", (path) => {
    const text = readFileSync(new URL(path, CONTENT), "utf8");
    const frontMatter = frontMatterSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!));
    expect(site.sections).toContain(frontMatter.section);
    expect(frontMatter.date).toBe(path.slice(0, 10));
  });

  it("has the certain OCR damage fixed and its note cleared, the uncertain left for review", () => {
    const all = articles.map((a) => readFileSync(new URL(a, CONTENT), "utf8")).join("\n");
    expect(all).not.toContain("步人");
    expect(all).toContain("步入市政府办公楼北楼");
    for (const doubt of ["聚力九个学行的", "你写图时", "惡感蹟", "国家公祭）", "位列全市第）"]) expect(all).toContain(doubt);
  });
});
