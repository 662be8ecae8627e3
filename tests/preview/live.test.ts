import { cpSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { readContent } from "../../src/site/content.ts";
import { isSitemapFile } from "../../src/site/formats/sitemap.ts";
import { LivePaper } from "../../src/preview/live.ts";
import { paperFrom } from "../../src/site/model.ts";
import type { Paper } from "../../src/site/paper.ts";
import { FIXTURE_ARCHIVE, tempDir } from "../support/site.ts";

/** Every page's data as the templates see it, bodies rendered. */
function snapshot(pages: Paper["pages"]): Map<string, string> {
  const rendered = (_key: string, value: unknown) => (typeof value === "function" ? (value as () => string)() : value);
  return new Map(Object.values(pages).flat().map((page) => [page.output, JSON.stringify(page, rendered)]));
}

function save(path: string, text: string): void {
  writeFileSync(path, text);
  // A later modification time than the parse the preview cached, even on a coarse clock.
  const later = new Date(Date.now() + 10_000);
  utimesSync(path, later, later);
}

describe("the live preview's rebuild after an article is saved", () => {
  const dir = join(tempDir("live"), "content");
  const article = join(dir, "2023-12-13/mei-yue-yi-ti.md");
  let before: Map<string, string>;
  let rebuilt: Paper;
  let live: LivePaper;

  beforeAll(() => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    live = new LivePaper(dir);
    live.beginBuild();
    before = snapshot(live.paper().render);
    const text = readFileSync(article, "utf8");
    save(article, text.replace(/^title: (.*)$/m, "title: $1（更正）").trimEnd() + "更正一处文字。\n");
    live.changed([article]);
    live.beginBuild();
    rebuilt = live.paper();
  });

  it("hands Eleventy every page whose data changed, with the same data a fresh build has", () => {
    const fresh = snapshot(paperFrom(readContent(dir, { withDrafts: true }), { review: true }).pages);
    const handed = snapshot(rebuilt.render);
    for (const [output, data] of fresh) {
      if (before.get(output) !== data) expect(handed.get(output), output).toBe(data);
    }
    for (const [output, data] of handed) expect(fresh.get(output), output).toBe(data);
  });

  it("hands over the article in both scripts and the pages listing it, not the whole site", () => {
    const outputs = Object.values(rebuilt.render).flat().map((p) => p.output);
    for (const path of ["2023-12-13/mei-yue-yi-ti.html", "2023-12-13/index.html"]) {
      expect(outputs).toContain(path);
      expect(outputs).toContain(`zh-hant/${path}`);
    }
    expect(outputs.length).toBeLessThan(before.size / 2);
    // Only the saved article's edition is modelled again; the others keep their pages as they were written.
    expect(rebuilt.editions.filter((e) => e.modelled).map((e) => e.date)).toEqual(["2023-12-13"]);
    const kept = rebuilt.editions.filter((e) => !e.modelled).flatMap((e) => [...e.pages, ...e.articles].flatMap((path) => [path, `zh-hant/${path}`]));
    // The sitemap and robots.txt still see the whole site, and are not rewritten: no page came or went.
    expect([...snapshot(rebuilt.pages).keys(), ...kept].sort()).toEqual([...before.keys()].filter((o) => !isSitemapFile(o) && o !== "robots.txt").sort());
    expect(outputs.filter(isSitemapFile)).toEqual([]);
  });

  it("answers the same within one build, and renders everything after a settings change", () => {
    expect(live.paper()).toBe(rebuilt);
    live.changed([join(dir, "site.json")]);
    live.beginBuild();
    expect(snapshot(live.paper().render).size).toBe(before.size);
  });
});

describe("the live preview's rebuild after a save changes another reporter's link", () => {
  const dir = join(tempDir("live-slugs"), "content");

  it("hands Eleventy, with the data a fresh build has, every page showing that reporter's articles, in editions the save did not touch", () => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    const live = new LivePaper(dir);
    live.beginBuild();
    const before = snapshot(live.paper().render);
    // 斗胜男 reads dou sheng nan as 窦胜男 does, and sorts first: 窦胜男's pages and links become dou-sheng-nan-2.
    const article = join(dir, "2023-12-13/mei-yue-yi-ti.md");
    save(article, readFileSync(article, "utf8").replace(/^reporter:$/m, "reporter:\n  - { name: 斗胜男, role: 记者 }"));
    live.changed([article]);
    live.beginBuild();
    const handed = snapshot(live.paper().render);
    const fresh = snapshot(paperFrom(readContent(dir, { withDrafts: true }), { review: true }).pages);
    const moved = [...fresh].filter(([output, data]) => before.get(output) !== data && data.includes("reporters/dou-sheng-nan-2")).map(([output]) => output);
    // The list pages of 窦胜男's sections, in editions the save left as they were, link to the new address.
    expect(moved.filter((output) => output.includes("sections/")).length).toBeGreaterThan(0);
    for (const output of moved) expect(handed.get(output), output).toBe(fresh.get(output));
  });
});

describe("the live preview's warnings", () => {
  const dir = join(tempDir("live-warnings"), "content");
  const edition = join(dir, "2023-12-13");

  it("says each warning once, at the rebuild that found it, not at every save", () => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    const live = new LivePaper(dir);
    const [first, second, third] = readdirSync(edition).filter((f) => f.endsWith(".md")).sort().map((f) => join(edition, f)) as [string, string, string];
    const titleOf = (file: string) => /^title: (.*)$/m.exec(readFileSync(file, "utf8"))![1]!;
    const retitle = (file: string, title: string) => save(file, readFileSync(file, "utf8").replace(/^title: .*$/m, `title: ${title}`));
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const rebuild = (file: string) => {
      warned.mockClear();
      live.changed([file]);
      live.beginBuild();
      live.paper();
      return warned.mock.calls.map(([line]) => String(line));
    };
    try {
      // The first build says what the archive holds: here, the splitter's review notes.
      expect(rebuild(first).length).toBeGreaterThan(0);
      const twice = expect.stringContaining("is also the title of");
      retitle(second, titleOf(first));
      expect(rebuild(second)).toEqual([twice]);
      save(first, readFileSync(first, "utf8").trimEnd() + "更正一处文字。\n");
      expect(rebuild(first)).toEqual([]);
      retitle(third, titleOf(first));
      expect(rebuild(third)).toEqual([twice]);
    } finally {
      warned.mockRestore();
    }
  });
});

describe("the live preview's rebuild, what it reads and makes again", () => {
  const dir = join(tempDir("live-reuse"), "content");
  const [edited, untold] = ["2023-12-13/mei-yue-yi-ti.md", "2023-12-12"].map((p) => join(dir, p)) as [string, string];
  let live: LivePaper;
  const rebuild = (files: string[]) => {
    live.changed(files);
    live.beginBuild();
    return live.paper();
  };
  const titles = (paper: Paper) => paper.pages.article.map((p) => p.article.title);

  beforeAll(() => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    live = new LivePaper(dir);
  });

  it("models only the edition a save touched, and hands back the list pages it did not touch as the same objects", () => {
    live.beginBuild();
    const first = live.paper();
    save(edited, readFileSync(edited, "utf8").replace(/^title: (.*)$/m, "title: $1（更正）"));
    const second = rebuild([edited]);
    expect(first.editions.every((e) => e.modelled)).toBe(true);
    expect(second.pages.edition.map((p) => `${p.script} ${p.edition.date}`)).toEqual(["hans 2023-12-13", "hant 2023-12-13"]);
    expect(new Set(second.pages.article.map((p) => p.edition.date))).toEqual(new Set(["2023-12-13"]));
    // A list page without the article is kept; one with it is made again, with the new title.
    const listsWith = (paper: Paper, has: boolean) => paper.pages.section.filter((p) => p.articles.some((a) => a.file.endsWith("mei-yue-yi-ti.md")) === has);
    expect(listsWith(second, false).length).toBeGreaterThan(0);
    for (const page of listsWith(second, false)) expect(first.pages.section).toContain(page);
    for (const page of listsWith(second, true)) expect(first.pages.section).not.toContain(page);
    expect(titles(second).filter((t) => t.endsWith("（更正）"))).toHaveLength(2);
  });

  it("reads again only the files the watcher saw saved, and every file after anything else changed", () => {
    const other = join(untold, readdirSync(untold).filter((f) => f.endsWith(".md")).sort()[0]!);
    save(edited, readFileSync(edited, "utf8").replace(/^title: (.*)$/m, "title: $1（甲）"));
    save(other, readFileSync(other, "utf8").replace(/^title: (.*)$/m, "title: $1（乙）"));
    // The watcher told of the first file only: the second is taken as the last rebuild read it.
    const told = rebuild([edited]);
    expect(titles(told).filter((t) => t.endsWith("（甲）"))).toHaveLength(2);
    expect(titles(told).filter((t) => t.endsWith("（乙）"))).toHaveLength(0);
    // A change that is not an article's (here the settings) reads every file again.
    expect(titles(rebuild([join(dir, "site.json")])).filter((t) => t.endsWith("（乙）"))).toHaveLength(2);
  });
});
