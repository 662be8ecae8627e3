import { describe, expect, it } from "vitest";
import { renderShards, weightOf } from "../../src/build/shards.ts";
import { fixturePaper } from "../site/paper-fixtures.ts";

const outputs = (render: ReturnType<typeof fixturePaper>["render"]) => Object.values(render).flatMap((pages) => pages.map((p: { output: string }) => p.output));

describe("build parts", () => {
  const paper = fixturePaper();
  const all = outputs(paper.render);

  const weight = (render: typeof paper.render) => Object.entries(render).reduce((w, [kind, pages]) => w + pages.reduce((v: number, page: never) => v + weightOf(kind as "article", page), 0), 0);

  it("cuts the fixture archive into parts that together are every page once, in rendering order", () => {
    expect(all.length).toBeGreaterThan(40);
    const shards = renderShards(paper.render, 17);
    // Full parts: adding the next part's first page would pass the size.
    expect(shards.every((s) => weight(s) <= 17)).toBe(true);
    expect(shards.length).toBeGreaterThanOrEqual(Math.ceil(weight(paper.render) / 17));
    expect(shards.flatMap(outputs)).toEqual(all);
    // Each part has every kind, so every page template finds its list (empty or not).
    for (const shard of shards) expect(Object.keys(shard)).toEqual(Object.keys(paper.render));
  });

  it("weighs a page by what it shows: an edition's page by its articles, a sitemap file by its pages, a heavier page alone", () => {
    const edition = paper.render.edition[0]!;
    expect(weightOf("edition", edition)).toBeCloseTo(1 + edition.edition.articles.length / 11);
    expect(weightOf("article", paper.render.article[0]!)).toBe(1);
    const many = { output: "sitemaps/2023.xml", pages: Array.from({ length: 14_600 }, () => paper.render.article[0]!) };
    expect(weightOf("sitemap", many)).toBeGreaterThan(1000);
    const shards = renderShards({ ...paper.render, sitemap: [many, ...paper.render.sitemap] }, 500);
    expect(shards.filter((s) => s.sitemap.includes(many)).map(outputs)).toEqual([["sitemaps/2023.xml"]]);
  });

  it("keeps a small site in one part, and an empty one as one empty part", () => {
    expect(renderShards(paper.render, Math.ceil(weight(paper.render))).map(outputs)).toEqual([all]);
    const nothing = Object.fromEntries(Object.keys(paper.render).map((k) => [k, []])) as unknown as typeof paper.render;
    expect(renderShards(nothing, 10).map(outputs)).toEqual([[]]);
  });

  it("refuses a part size that would never finish", () => {
    expect(() => renderShards(paper.render, 0)).toThrow(/at least 1 page/);
    expect(() => renderShards(paper.render, Number.NaN)).toThrow(/at least 1 page/);
  });
});
