import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, groupEditions } from "../../src/build/search-index.ts";

const article = (title: string) => `<article data-pagefind-body><h1>${title}</h1><p>本报讯(通讯员 窦胜男 徐言艳)12月11日,阳谷县</p></article>`;
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>聊城日报</title></head><body><nav>聊城日报 首页 往期</nav>${body}</body></html>`;

describe("buildSearchIndex", () => {
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "search-index-"));
    await mkdir(join(site, "2023-12-14"));
    await mkdir(join(site, "zh-hant/2023-12-14"), { recursive: true });
    await writeFile(join(site, "2023-12-14/a.html"), page("zh-Hans", article("分支机构信息变更一次办好")));
    await writeFile(join(site, "2023-12-14/b.html"), page("zh-Hans", article("开发区持续优化营商环境")));
    await writeFile(join(site, "zh-hant/2023-12-14/a.html"), page("zh-Hant", article("分支機構信息變更一次辦好")));
    // Index pages (front, sections) carry no data-pagefind-body: Pagefind must leave them out.
    await writeFile(join(site, "index.html"), page("zh-Hans", "<main>分支机构信息变更一次办好</main>"));
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it("writes one index per script, with article pages only, as one bundle", async () => {
    expect(await buildSearchIndex(site)).toMatchObject({ pages: { "zh-hans": 2, "zh-hant": 1 }, parts: 1 });
    const files = await readdir(join(site, "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json"]));
    expect(files.filter((f) => f.endsWith(".pf_meta")).map((f) => f.split("_")[0]).sort()).toEqual(["pagefind.zh-hans", "pagefind.zh-hant"]);
    expect(JSON.parse(await readFile(join(site, "pagefind/parts.json"), "utf8"))).toEqual({ parts: ["./"] });
  });

  it("can run again in the same process (a watch rebuild), into parts when told, leaving no old part behind", async () => {
    // The edition has 3 article pages: at most 2 per part cannot split an edition, so it stays one part.
    expect(await buildSearchIndex(site, { partPages: 2 })).toMatchObject({ pages: { "zh-hans": 2, "zh-hant": 1 }, parts: 1 });
    await mkdir(join(site, "2023-12-15"));
    await writeFile(join(site, "2023-12-15/c.html"), page("zh-Hans", article("聊城市文化旅游发展")));
    await writeFile(join(site, "2023-12-15/index.html"), page("zh-Hans", "<main>聊城市文化旅游发展</main>"));
    expect(await buildSearchIndex(site, { partPages: 3 })).toMatchObject({ pages: { "zh-hans": 3, "zh-hant": 1 }, parts: 2 });
    expect(JSON.parse(await readFile(join(site, "pagefind/parts.json"), "utf8"))).toEqual({ parts: ["./", "part-2/"] });
    const entry = JSON.parse(await readFile(join(site, "pagefind/part-2/pagefind-entry.json"), "utf8"));
    expect(entry.languages["zh-hans"].page_count).toBe(1);
    await rm(join(site, "2023-12-15"), { recursive: true });
    expect(await buildSearchIndex(site)).toMatchObject({ pages: { "zh-hans": 2, "zh-hant": 1 }, parts: 1 });
    expect(await readdir(join(site, "pagefind"))).not.toContain("part-2");
  });

  it("indexes nothing of a paper without articles (Pagefind would take whole pages)", async () => {
    const empty = await mkdtemp(join(tmpdir(), "search-index-empty-"));
    await writeFile(join(empty, "index.html"), page("zh-Hans", "<main>还没有出版的版面。</main>"));
    await mkdir(join(empty, "archive"));
    await writeFile(join(empty, "archive/index.html"), page("zh-Hans", "<main>往期</main>"));
    expect(await buildSearchIndex(empty)).toMatchObject({ pages: {}, parts: 0 });
    // No Pagefind bundle, whose command refuses to index nothing: search.js finds no parts and answers "nothing found".
    expect(await readdir(join(empty, "pagefind"))).toEqual(["parts.json"]);
    expect(JSON.parse(await readFile(join(empty, "pagefind/parts.json"), "utf8"))).toEqual({ parts: [] });
    await rm(empty, { recursive: true, force: true });
  });
});

describe("buildSearchIndex when Pagefind fails", () => {
  // Pagefind's Node package and our search step both run the binary this variable names.
  const variable = "PAGEFIND_EXTENDED_BINARY_PATH";
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "search-index-fails-"));
    for (const date of ["2023-12-12", "2023-12-13", "2023-12-14"]) {
      await mkdir(join(site, date));
      await writeFile(join(site, date, "a.html"), page("zh-Hans", article(`${date} 营商环境`)));
    }
  });
  afterAll(async () => {
    delete process.env[variable];
    await rm(site, { recursive: true, force: true });
  });

  it.each([
    ["is killed (out of memory)", "kill -9 $$", /^search index \(Pagefind\) failed: Pagefind was stopped by SIGKILL \(out of memory\?\)$/],
    ["reports an error", 'echo "Error: No space left on device"; echo "more detail"; exit 1', /^search index \(Pagefind\) failed: No space left on device$/],
  ])("says so in one line when one part's Pagefind %s, and leaves no index", async (_, failing, message) => {
    const real = process.env[variable] ?? (await import(new URL("resolveBinary.js", import.meta.resolve("pagefind")).href)).resolveBinaryPath(["pagefind_extended", "pagefind"]);
    const binary = join(site, "..", `${basename(site)}-pagefind`);
    // The second part fails; the others are the real thing.
    await writeFile(binary, `#!/bin/sh\ncase "$*" in *part-2/*) ${failing};; esac\nexec ${JSON.stringify(real)} "$@"\n`, { mode: 0o755 });
    process.env[variable] = binary;
    try {
      await expect(buildSearchIndex(site, { partPages: 1 })).rejects.toThrow(message);
    } finally {
      delete process.env[variable];
      await rm(binary);
    }
    expect(await readdir(site)).not.toContain("pagefind");
  });
});

describe("groupEditions", () => {
  const day = (date: string, pages: number) => ({ date, pages });

  it("groups consecutive editions, oldest first, up to the part size", () => {
    const editions = [day("2023-12-14", 80), day("2023-12-12", 60), day("2023-12-13", 40), day("2023-12-15", 100)];
    expect(groupEditions(editions, 100)).toEqual([["2023-12-12", "2023-12-13"], ["2023-12-14"], ["2023-12-15"]]);
    expect(groupEditions(editions, 180)).toEqual([["2023-12-12", "2023-12-13", "2023-12-14"], ["2023-12-15"]]);
  });

  it("never splits an edition, even one larger than a part", () => {
    expect(groupEditions([day("2023-12-12", 10), day("2023-12-13", 250), day("2023-12-14", 10)], 100)).toEqual([["2023-12-12"], ["2023-12-13"], ["2023-12-14"]]);
  });

  it("makes no part of no editions", () => {
    expect(groupEditions([], 100)).toEqual([]);
  });
});
