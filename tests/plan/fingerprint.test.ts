import { describe, expect, it } from "vitest";
import { changedPages, Fingerprints } from "../../src/plan/fingerprint.ts";

/** A tiny model shaped like the site's: article views shared by article, edition and section pages. */
function model(titles: string[], body = "正文") {
  const views = titles.map((title, i) => ({ title, path: `2023-12-14/a${i}.html`, html: Object.assign(() => body, { fingerprintKey: `${body}${i}` }) }));
  return [
    ...views.map((article, i) => ({ output: article.path, article, prev: views[i - 1] ?? null, next: views[i + 1] ?? null })),
    { output: "2023-12-14/index.html", articles: views },
    { output: "sections/a/index.html", articles: views.slice(0, 1) },
    { output: "sections/b/index.html", articles: views.slice(2) },
  ];
}

describe("changedPages", () => {
  it("finds nothing changed when the model is rebuilt from the same content", () => {
    const fp = new Fingerprints();
    const first = changedPages(fp, model(["甲", "乙", "丙", "丁"]), new Map());
    expect(first.changed).toHaveLength(7);
    expect(changedPages(fp, model(["甲", "乙", "丙", "丁"]), first.identities).changed).toEqual([]);
  });

  it("finds the edited article's page, its neighbours and exactly the index pages that list it", () => {
    const fp = new Fingerprints();
    const first = changedPages(fp, model(["甲", "乙", "丙", "丁"]), new Map());
    const changed = changedPages(fp, model(["甲", "乙", "丙（更正）", "丁"]), first.identities).changed.map((p) => p.output);
    expect(changed.sort()).toEqual(["2023-12-14/a1.html", "2023-12-14/a2.html", "2023-12-14/a3.html", "2023-12-14/index.html", "sections/b/index.html"]);
  });

  it("sees a change behind a lazily rendered body through its key", () => {
    const fp = new Fingerprints();
    const first = changedPages(fp, model(["甲", "乙"], "旧文"), new Map());
    expect(changedPages(fp, model(["甲", "乙"], "新文"), first.identities).changed.map((p) => p.output)).toContain("2023-12-14/a0.html");
  });

  it("refuses functions that do not say what they depend on, and cycles", () => {
    expect(() => new Fingerprints().of({ html: () => "x" })).toThrow(/fingerprintKey/);
    const a: Record<string, unknown> = {};
    a.self = { a };
    expect(() => new Fingerprints().of(a)).toThrow(/cycle/);
  });
});
