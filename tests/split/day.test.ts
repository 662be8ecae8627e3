/**
 * A day in one command: `npm run split -- --date D FOLDER|FILE…` splits every page,
 * each numbered from its header or its file name, all or nothing, slugs unique
 * across the edition, the page list written and kept. The pages are the shapes of
 * ../shared/pages/ dated to one day (tests/fixtures/day/).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseEditionList } from "../../src/site/content.ts";
import { pageFromFileName } from "../../src/split/day.ts";
import { mergePageList, renderPageList } from "../../src/split/page-list.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DAY = join(ROOT, "tests/fixtures/day");
const HEADERS = join(ROOT, "tests/fixtures/day-headers");
const DATE = "2024-05-16";

function split(args: string[]) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/split.ts", "--date", DATE, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const scratch = () => mkdtempSync(join(tmpdir(), "split-day-"));
/** A folder of page files, each copied from a fixture (name → fixture path) or written (name → text). */
function pagesFolder(files: Record<string, { from: string } | string>): string {
  const dir = scratch();
  for (const [name, source] of Object.entries(files)) {
    if (typeof source === "string") writeFileSync(join(dir, name), source);
    else copyFileSync(source.from, join(dir, name));
  }
  return dir;
}
const pageList = (out: string) => parse(readFileSync(join(out, "edition.yml"), "utf8")) as { pages: { page: number; name?: string; pdf?: string }[] };
/** Each written article's page, from its front matter. */
function pagesOf(out: string): Map<string, number> {
  return new Map(
    readdirSync(out)
      .filter((f) => f.endsWith(".md"))
      .map((f) => [f, (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(out, f), "utf8"))![1]!) as { page: number }).page]),
  );
}

describe("a page's number and name from its file name", () => {
  it.each([
    ["03-综合.txt", { page: 3, pageName: "综合" }],
    ["pages/3_综合.txt", { page: 3, pageName: "综合" }],
    ["A03.txt", { page: 3 }],
    ["第3版.txt", { page: 3 }],
    ["第03版-要闻.txt", { page: 3, pageName: "要闻" }],
    ["12.txt", { page: 12 }],
    ["liaocheng-daily-page.txt", {}],
    ["国内新闻.txt", {}],
    ["00.txt", {}],
  ])("%s", (name, identity) => {
    expect(pageFromFileName(name)).toEqual(identity);
  });
});

describe("the page list", () => {
  it("round-trips: what the split writes, the site reads back the same", () => {
    const list = mergePageList(undefined, [{ page: 4 }, { page: 1, pageName: "要闻" }, { page: 6, pageName: "专题" }]);
    const text = renderPageList(list, DATE);
    expect(text).toContain("pages:\n  - { page: 1, name: 要闻 }\n  - { page: 4 }\n  - { page: 6, name: 专题 }\n");
    expect(parseEditionList("edition.yml", new TextEncoder().encode(text))).toEqual({ list, errors: [] });
  });

  it("keeps what an editor wrote: names, PDFs, a page no split produced", () => {
    const editors = { pages: [{ page: 1, name: "要闻头版", pdf: "pages/01.pdf" }, { page: 5, name: "广告" }] };
    expect(mergePageList(editors, [{ page: 1, pageName: "要闻" }, { page: 4 }])).toEqual({
      pages: [{ page: 1, name: "要闻头版", pdf: "pages/01.pdf" }, { page: 4 }, { page: 5, name: "广告" }],
    });
  });
});

describe("split: a day's pages in one run", () => {
  const out = join(scratch(), DATE);

  it("splits every page of a folder, numbered and named by file name, and ends with a table", () => {
    // The folder as an editor types it, from the project folder.
    const run = split(["--out", out, "tests/fixtures/day"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // 第4版's file name gives no 版名 (its header may, once the splitter reads headers).
    const listed = pageList(out).pages;
    expect(listed.map((p) => p.page)).toEqual([1, 4, 6]);
    expect([listed[0]!.name, listed[2]!.name]).toEqual(["要闻", "专题"]);
    const pages = pagesOf(out);
    const count = (page: number) => [...pages.values()].filter((p) => p === page).length;
    expect(count(1)).toBeGreaterThan(3);
    expect(count(4)).toBeGreaterThan(3);
    expect(count(6)).toBeGreaterThanOrEqual(1);
    expect(pages.size).toBe(count(1) + count(4) + count(6));
    const table = run.stdout.slice(run.stdout.lastIndexOf("\npage "));
    expect(table).toMatch(new RegExp(`\\n第1版  要闻 +${count(1)} +\\d+  tests/fixtures/day/01-要闻\\.txt\\n`));
    expect(table).toMatch(new RegExp(`\\n第4版 +(?:\\S+ +)?${count(4)} +\\d+  tests/fixtures/day/A04\\.txt\\n`));
    expect(table).toMatch(new RegExp(`\\ntotal +${pages.size} +\\d+  3 pages\\n$`));
    expect(readFileSync(join(out, [...pages].find(([, p]) => p === 6)![0]), "utf8")).toMatch(/\npageName: 专题\n/);
  });

  it("leaves everything alone on a second run, and keeps an editor's additions to the page list", () => {
    const list = join(out, "edition.yml");
    writeFileSync(list, "pages:\n  - { page: 1, name: 要闻, pdf: pages/01.pdf }\n  - { page: 5, name: 广告 }\n");
    const run = split(["--out", out, DAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/ wrote /);
    const pages = pageList(out).pages;
    expect(pages.map((p) => p.page)).toEqual([1, 4, 5, 6]);
    expect(pages[0]).toEqual({ page: 1, name: "要闻", pdf: "pages/01.pdf" });
    expect(pages[2]).toEqual({ page: 5, name: "广告" });
    const again = split(["--out", out, DAY]);
    expect(again.stdout).toContain(`unchanged ${join(out, "edition.yml")}`);
  });

  it("never overwrites an article an editor changed, on any page", () => {
    const [name] = [...pagesOf(out)].find(([, p]) => p === 4)!;
    const edited = `${readFileSync(join(out, name), "utf8")}编辑补充的一句。\n`;
    writeFileSync(join(out, name), edited);
    const run = split(["--out", out, DAY]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toContain("--force replaces them");
    expect(readFileSync(join(out, name), "utf8")).toBe(edited);
  });

  it("writes nothing when one page has a problem, and names every problem with its file", () => {
    const pages = pagesFolder({ "07-副刊.txt": "2023-06-27 1 1 聊城日报 content_33477.html\n详见C02版\n", "08-广告.txt": "" });
    cpSync(DAY, pages, { recursive: true });
    const fresh = join(scratch(), DATE);
    const run = split(["--out", fresh, pages]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      `split: ${join(pages, "07-副刊.txt")}: has no recognisable story (no paragraph of Chinese text); is this the page's text?`,
      `split: ${join(pages, "08-广告.txt")}: is empty (nothing but whitespace); export the page's text again`,
      "split: 2 problem(s) in 5 page file(s); nothing was written. Fix them and run the whole day again.",
    ]);
    expect(existsSync(fresh)).toBe(false);
  });

  it("refuses two files of the same page, naming both", () => {
    // The second file's name says nothing; its header prints 第1版, as the first's does.
    const pages = pagesFolder({ "01-要闻.txt": { from: join(DAY, "01-要闻.txt") }, "第1版.txt": { from: join(DAY, "01-要闻.txt") } });
    const fresh = join(scratch(), DATE);
    const run = split(["--out", fresh, join(pages, "01-要闻.txt"), join(pages, "第1版.txt")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`split: ${join(pages, "第1版.txt")}: is 第1版, and so is ${join(pages, "01-要闻.txt")}; give each page once`);
    expect(existsSync(fresh)).toBe(false);
  });

  it("stops at a broken page list, or a folder in its place, and at --page contradicting the file name, writing nothing", () => {
    const fresh = join(scratch(), DATE);
    expect(split(["--out", fresh, join(DAY, "A04.txt")]).code).toBe(0);
    const before = readdirSync(fresh).sort();
    writeFileSync(join(fresh, "edition.yml"), "pages:\n  - { page: 四 }\n");
    const broken = split(["--out", fresh, join(DAY, "第6版-专题.txt")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`split: ${join(fresh, "edition.yml")}: pages[1].page: every page needs its 版次 as a whole number (page: 3); fix it or delete it, then split again`);
    expect(readdirSync(fresh).sort()).toEqual(before);
    // A folder in its place once failed with EISDIR and a stack trace.
    rmSync(join(fresh, "edition.yml"));
    mkdirSync(join(fresh, "edition.yml"));
    const folder = split(["--out", fresh, join(DAY, "第6版-专题.txt")]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain(`split: ${join(fresh, "edition.yml")}: is a folder, not the edition's page list; move the folder away or rename it, then split again`);
    expect(folder.stderr).not.toMatch(/\n\s+at /);
    const contradicted = split(["--out", fresh, "--page", "3", join(DAY, "A04.txt")]);
    expect(contradicted.code).toBe(1);
    // Its header prints 第4版 too, once the splitter reads headers.
    expect(contradicted.stderr).toMatch(/A04\.txt: is 第4版 by its (?:header|file name), but --page says 3; leave --page out or correct it/);
  });

  it("gives every story of the edition its own slug, across pages", () => {
    // The same stories on two pages whose headers print no 版次: the file names say which page is which.
    const headless = readFileSync(join(DAY, "A04.txt"), "utf8").replace(/^.*第4版\n/, "");
    const pages = pagesFolder({ "04-县区.txt": headless, "05-县区.txt": headless });
    const fresh = join(scratch(), DATE);
    expect(split(["--out", fresh, pages]).code).toBe(0);
    const written = pagesOf(fresh);
    const onPage = (page: number) => [...written].filter(([, p]) => p === page).map(([f]) => f);
    expect(onPage(5).length).toBe(onPage(4).length);
    for (const file of onPage(5)) expect(file).toMatch(/-2\.md$/);
    expect(onPage(5).map((f) => f.replace(/-2\.md$/, ".md")).sort()).toEqual(onPage(4).sort());
  });

  it("files a page's stories under its 版名 when that names a section of the site; --section still wins", () => {
    const page = ["2024年5月16日 星期四", "第2版 综合", "", "城区新增三处口袋公园", "本报记者 王芳", "5月15日，记者从市住建局获悉，城区今年新建的三处口袋公园已全部开放。", "", "老旧小区改造全面开工", "本报记者 李强", "今年我市计划改造老旧小区八十六个，目前已全部开工。", ""].join("\n");
    const sectionsOf = (out: string) => readdirSync(out).filter((f) => f.endsWith(".md")).map((f) => /^section: (.+)$/m.exec(readFileSync(join(out, f), "utf8"))?.[1]);
    const byPage = join(scratch(), DATE);
    expect(split(["--out", byPage, pagesFolder({ "page.txt": page })]).code).toBe(0);
    expect(sectionsOf(byPage)).toEqual(["综合", "综合"]);
    // A 版名 joining names (民生·综合) files them under the one that is a section.
    const joined = join(scratch(), DATE);
    expect(split(["--out", joined, pagesFolder({ "page.txt": page.replace("综合", "民生·综合") })]).code).toBe(0);
    expect(sectionsOf(joined)).toEqual(["综合", "综合"]);
    // A 版名 that is no section of the site (国内新闻) leaves the default, and says so on the 版名's line.
    const other = join(scratch(), DATE);
    const unknown = split(["--out", other, pagesFolder({ "page.txt": page.replace("综合", "国内新闻") })]);
    expect(unknown.code).toBe(0);
    expect(sectionsOf(other)).toEqual(["要闻", "要闻"]);
    expect(unknown.stdout).toMatch(/page\.txt:2:1 +warning +版名 国内新闻 names no section of the site: its stories are under 要闻; give --section or add the section to content\/site\.json/);
    const given = join(scratch(), DATE);
    expect(split(["--out", given, "--section", "经济", pagesFolder({ "page.txt": page })]).code).toBe(0);
    expect(sectionsOf(given)).toEqual(["经济", "经济"]);
  });

  it("takes 版次 and 版名 from the page's own header when its file name gives none", () => {
    const pages = pagesFolder({ "国内新闻.txt": { from: join(HEADERS, "国内新闻.txt") }, "01-要闻.txt": { from: join(DAY, "01-要闻.txt") } });
    const fresh = join(scratch(), DATE);
    const run = split(["--out", fresh, pages]);
    // The header (A05  国内新闻  2024年5月16日 …) is read by the splitter's page furniture step
    // when it has one; without it the page has no number, and the run says so and writes nothing.
    expect(run.code).toBe(0);
    expect(pageList(fresh).pages).toEqual([{ page: 1, name: "要闻" }, { page: 5, name: "国内新闻" }]);
  });
});
