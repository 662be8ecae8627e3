import { describe, expect, it } from "vitest";
import { markArticle } from "../../src/bench/edit.ts";
import { formatProblems, formatTable, type Results } from "../../src/bench/report.ts";

const figure = (ms: number, peakMB: number) => ({ ms, peakMB, runsMs: [ms] });
const results = (buildMs: number): Results => ({
  when: "2026-11-27T08:00:00Z",
  machine: { cpus: 2, memoryGB: 24, node: "v20", loadBefore: [0], loadAfter: [0] },
  runs: 1,
  sizes: [
    { articles: 5000, editions: 125, build: figure(buildMs, 650), baseline: figure(10_000, 300) },
    { articles: 20000, editions: 500, build: { ...figure(0, 0), error: "src/cli/build.ts: no such file" } },
  ],
});

describe("formatTable", () => {
  it("prints ratios to the baseline and says which targets at 5,000 articles are met", () => {
    const table = formatTable(results(12_000));
    expect(table).toMatch(/build \/ baseline\s+1\.20×\s+–\s+≤ 1\.5×\s+met/);
    expect(table).toMatch(/peak memory\s+650 MB\s+–\s+< 600 MB\s+MISSED/);
  });

  it("checks the 100,000-article build's peak and its growth over 20,000 beside the targets at 5,000", () => {
    const sizes = [
      { articles: 5000, editions: 125, build: figure(12_000, 550) },
      { articles: 20000, editions: 500, build: figure(50_000, 1000) },
      { articles: 100000, editions: 2500, build: figure(300_000, 2500) },
    ];
    const table = formatTable({ ...results(12_000), sizes });
    expect(table).toMatch(/peak memory\s+550 MB\s+1000 MB\s+2500 MB\s+< 600 MB\s+met;\s+< 2048 MB at 100,000\s+MISSED/);
    expect(table).toMatch(/build growth vs 20,000\s+–\s+–\s+6\.00×\s+≤ 5\.5× at 100,000\s+MISSED/);
    expect(table).toMatch(/build growth vs 5,000\s+–\s+4\.17×\s+25\.00×\s+≤ 4\.4× at 20,000\s+met/);
  });

  it("prints the change against the previous run", () => {
    expect(formatTable(results(12_000), results(15_000))).toMatch(/full build, both scripts\s+12\.0 s \(-20%\)/);
  });

  it("prints the hostile pages' times against a second, and says when only a tenth of one was read", () => {
    const hostile = [
      { page: "64 KB line of spaces", bytes: 64_000, seconds: 0.2, full: true },
      { page: "400 KB hard-wrapped, no punctuation", bytes: 40_000, seconds: 3.6, full: false },
    ];
    const table = formatTable({ ...results(12_000), splitter: { pagesPerSecond: 150, hostile } });
    expect(table).toMatch(/splitter, 64 KB line of spaces\s+0\.20 s\s+< 1 s\s+met/);
    expect(table).toMatch(/splitter, 400 KB hard-wrapped, no punctuation\s+3\.6 s for 40 KB\s+< 1 s\s+MISSED \(a tenth of the page; the whole not run\)/);
  });

  it("lists failed steps by size", () => {
    expect(formatProblems(results(12_000))).toEqual(["20000 articles, build: src/cli/build.ts: no such file"]);
  });
});

describe("markArticle", () => {
  it("appends the marker to a quoted or plain title and to the body", () => {
    const plain = markArticle("---\ntitle: 牢记历史 勿忘国耻\nsection: 要闻\n---\n\n正文。\n", "bench1");
    expect(plain).toBe("---\ntitle: 牢记历史 勿忘国耻bench1\nsection: 要闻\n---\n\n正文。bench1\n");
    expect(markArticle('---\ntitle: "政务公开: 全国优秀"\n---\n\n正文。\n', "X")).toContain('title: "政务公开: 全国优秀X"');
    expect(() => markArticle("---\nsection: 要闻\n---\n", "X")).toThrow(/no title/);
  });
});
