import { describe, expect, it } from "vitest";
import { renderShards } from "../../src/build/shards.ts";
import { fixturePaper } from "../site/paper-fixtures.ts";

const outputs = (render: ReturnType<typeof fixturePaper>["render"]) => Object.values(render).flatMap((pages) => pages.map((p: { output: string }) => p.output));

describe("build parts", () => {
  const paper = fixturePaper();
  const all = outputs(paper.render);

  it("cuts the fixture archive into parts that together are every page once, in rendering order", () => {
    expect(all.length).toBeGreaterThan(40);
    const shards = renderShards(paper.render, 17);
    expect(shards.length).toBe(Math.ceil(all.length / 17));
    expect(shards.map((s) => outputs(s).length).slice(0, -1).every((n) => n === 17)).toBe(true);
    expect(shards.flatMap(outputs)).toEqual(all);
    // Each part has every kind, so every page template finds its list (empty or not).
    for (const shard of shards) expect(Object.keys(shard)).toEqual(Object.keys(paper.render));
  });

  it("keeps a small site in one part, and an empty one as one empty part", () => {
    expect(renderShards(paper.render, all.length).map(outputs)).toEqual([all]);
    const nothing = Object.fromEntries(Object.keys(paper.render).map((k) => [k, []])) as unknown as typeof paper.render;
    expect(renderShards(nothing, 10).map(outputs)).toEqual([[]]);
  });

  it("refuses a part size that would never finish", () => {
    expect(() => renderShards(paper.render, 0)).toThrow(/at least 1 page/);
    expect(() => renderShards(paper.render, Number.NaN)).toThrow(/at least 1 page/);
  });
});
