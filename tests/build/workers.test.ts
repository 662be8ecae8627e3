/** A full build's edition pages on two page workers: the same site as one process writes, and its errors as one process says them. */
import { createHash } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderInParts } from "../../src/build/eleventy-parts.ts";
import { outputFailure } from "../../src/build/output-failure.ts";
import { Progress } from "../../src/build/progress.ts";
import { indexPagesOf, renderOnWorkers, workersFor, WORKERS_FROM } from "../../src/build/workers.ts";
import { readContent } from "../../src/site/content.ts";
import { ModelMemo } from "../../src/site/memo.ts";
import { paperFrom } from "../../src/site/model.ts";
import { BUNDLED_CONTENT, FIXTURE_ARCHIVE, listFiles, runBuild, tempDir } from "../support/site.ts";

/** Every file of a site and its bytes' digest. */
const digests = (site: string) => new Map(listFiles(site).map((file) => [file, createHash("sha1").update(readFileSync(join(site, file))).digest("hex")]));

/** The bundled edition, with its page PDF (版面 pages, story photos), and two editions of the fixture archive before it. */
function threeEditions(): string {
  const content = join(tempDir("workers"), "content");
  cpSync(BUNDLED_CONTENT, content, { recursive: true });
  for (const date of ["2023-12-12", "2023-12-13"]) cpSync(join(FIXTURE_ARCHIVE, date), join(content, date), { recursive: true });
  return content;
}

function build(content: string, options: string[]): { site: string; line: string } {
  const site = join(tempDir("workers-site"), "_site");
  const result = runBuild(content, site, ["--clean", ...options]);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}${result.stdout}`);
  return { site, line: result.stdout };
}

describe("a build on two page workers", () => {
  it("writes exactly the files one process writes, byte for byte", () => {
    const content = threeEditions();
    const one = build(content, ["--workers", "1"]);
    const two = build(content, ["--workers", "2"]);
    expect(one.line).not.toMatch(/page worker/);
    expect(two.line).toMatch(/, edition pages on 2 page workers \(/);
    const [expected, written] = [digests(one.site), digests(two.site)];
    // Every kind of page an edition makes is there: its page, its 版面 page, its articles, in both scripts.
    expect([...expected.keys()]).toEqual(expect.arrayContaining(["2023-12-14/index.html", "2023-12-14/pages/03.html", "zh-hant/2023-12-12/index.html", "search-index/index.json"]));
    expect([...written.keys()]).toEqual([...expected.keys()]);
    for (const [file, digest] of expected) expect(written.get(file), file).toBe(digest);
  }, 300_000);

  it("is not used for a small build unless asked for: a worker's start costs more than it saves", () => {
    const { line } = build(threeEditions(), ["--no-search"]);
    expect(line).toMatch(/files rendered \(search/);
    const paper = paperFrom(readContent(FIXTURE_ARCHIVE));
    const machine = { cores: 2, memory: 16 * 1024 ** 3 };
    expect(workersFor(paper.render, "auto", machine)).toBe(0);
    expect(workersFor(paper.render, 1, machine)).toBe(0);
    expect(workersFor(paper.render, 2, machine)).toBe(2);
    // A full build's worth of edition pages: an article page weighs one, a list a twelfth more a story it shows.
    const many = { ...paper.render, article: Array.from({ length: WORKERS_FROM }, () => paper.render.article[0]!) };
    expect(workersFor(many, "auto", machine)).toBe(2);
    // One core, or too little memory for two models of the archive: one process.
    expect(workersFor(many, "auto", { ...machine, cores: 1 })).toBe(0);
    expect(workersFor(many, "auto", { ...machine, memory: 4 * 1024 ** 3 })).toBe(0);
    expect(workersFor(indexPagesOf(many), 2, machine)).toBe(0);
  });

  it("fails with the one line the build says in one process when a worker cannot write", async () => {
    const dir = tempDir("workers-fail");
    // A file where the staging folder's parent should be: every write meets ENOTDIR.
    writeFileSync(join(dir, "paper"), "a file, not a folder");
    const staging = join(dir, "paper/_site.tmp-1");
    const content = readContent(FIXTURE_ARCHIVE);
    const memo = new ModelMemo();
    const paper = paperFrom(content, { memo });
    const progress = new Progress(process.stderr, false);
    const failure = (error: unknown) => outputFailure(error, join(dir, "paper/_site"), "_site");
    const inProcess = await renderInParts(paper, paper.render, memo, staging, { pagesPerPart: 1000, assets: false, onPart: () => {}, sayError: () => {} }).catch(failure);
    const onWorkers = await renderOnWorkers(paper.render, { content, memo, printed: [], photos: [] }, 2, staging, 1000, progress).catch(failure);
    progress.done();
    expect(inProcess).toBe("_site: a file stands where a folder is expected on its path (ENOTDIR); move the file away, or give --output another folder");
    expect(onWorkers).toBe(inProcess);
  }, 120_000);
});
