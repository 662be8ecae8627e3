/** Resolving a note under the live preview: the article and 待核对 are rebuilt without it. */
import { cpSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LivePaper } from "../../src/preview/live.ts";
import type { ArticlePage, Paper, ReviewPage } from "../../src/site/paper.ts";
import { FIXTURE_ARCHIVE, tempDir } from "../support/site.ts";

const reviewPage = (paper: Paper["render"]) => paper.review.find((p) => p.script === "hans") as ReviewPage | undefined;
const article = (paper: Paper["render"], path: string) => paper.article.find((p) => p.script === "hans" && p.path === path) as ArticlePage | undefined;

describe("a review note resolved under the live preview", () => {
  const dir = join(tempDir("review-live"), "content");
  const file = join(dir, "2023-12-14/zheng-wu-gong-kai.md");
  let before: Paper;
  let after: Paper;

  beforeAll(() => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    const live = new LivePaper(dir);
    live.beginBuild();
    before = live.paper();
    writeFileSync(file, readFileSync(file, "utf8").replace(/^review:\n(?: {2}- .*\n)+/m, "").replace("步人市政府", "步入市政府"));
    const later = new Date(Date.now() + 10_000);
    utimesSync(file, later, later);
    live.changed([file]);
    live.beginBuild();
    after = live.paper();
  });

  it("shows the note, with its words, before", () => {
    expect(reviewPage(before.render)!.noteCount).toBe(2);
    expect(article(before.render, "2023-12-14/zheng-wu-gong-kai.html")!.article.review).toEqual([
      { anchor: "review-1", words: "步人市政府办公楼", note: "第5段“步人市政府办公楼”疑为OCR错字（步入），请核对" },
    ]);
  });

  it("rebuilds the article without its box and 待核对 without the note, in the same rebuild", () => {
    expect(article(after.render, "2023-12-14/zheng-wu-gong-kai.html")!.article.review).toEqual([]);
    const queue = reviewPage(after.render)!;
    expect(queue.noteCount).toBe(1);
    expect(queue.editions.flatMap((e) => e.articles.map((a) => a.path))).toEqual(["2023-12-14/gao-tang-gong-lu.html"]);
  });
});
