import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/site/search-index.ts";

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>聊城日报</title></head><body><nav>聊城日报 首页 往期</nav>${body}</body></html>`;

describe("buildSearchIndex", () => {
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "search-index-"));
    await mkdir(join(site, "2023-12-14"));
    await mkdir(join(site, "zh-hant/2023-12-14"), { recursive: true });
    const article = (title: string) => `<article data-pagefind-body><h1>${title}</h1><p>本报讯(通讯员 窦胜男 徐言艳)12月11日,阳谷县</p></article>`;
    await writeFile(join(site, "2023-12-14/a.html"), page("zh-Hans", article("分支机构信息变更一次办好")));
    await writeFile(join(site, "2023-12-14/b.html"), page("zh-Hans", article("开发区持续优化营商环境")));
    await writeFile(join(site, "zh-hant/2023-12-14/a.html"), page("zh-Hant", article("分支機構信息變更一次辦好")));
    // Index pages (front, sections) carry no data-pagefind-body: Pagefind must leave them out.
    await writeFile(join(site, "index.html"), page("zh-Hans", "<main>分支机构信息变更一次办好</main>"));
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it("writes one index per script, with article pages only", async () => {
    expect(await buildSearchIndex(site)).toEqual({ "zh-hans": 2, "zh-hant": 1 });
    const files = await readdir(join(site, "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json"]));
    expect(files.filter((f) => f.endsWith(".pf_meta")).map((f) => f.split("_")[0]).sort()).toEqual(["pagefind.zh-hans", "pagefind.zh-hant"]);
  });

  it("can run again in the same process (a watch rebuild)", async () => {
    expect(await buildSearchIndex(site)).toEqual({ "zh-hans": 2, "zh-hant": 1 });
  });

  it("indexes nothing of a paper without articles (Pagefind would take whole pages)", async () => {
    const empty = await mkdtemp(join(tmpdir(), "search-index-empty-"));
    await writeFile(join(empty, "index.html"), page("zh-Hans", "<main>还没有出版的版面。</main>"));
    await mkdir(join(empty, "archive"));
    await writeFile(join(empty, "archive/index.html"), page("zh-Hans", "<main>往期</main>"));
    expect(await buildSearchIndex(empty)).toEqual({});
    await rm(empty, { recursive: true, force: true });
  });
});
