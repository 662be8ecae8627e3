/**
 * The edition's page list (content/<date>/edition.yml) as the site reads it: checked
 * like an article, every listed page on the edition page (one without stories too),
 * 上一版/下一版 in its order, and articles of unlisted pages still shown.
 */
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem, parseEditionList, readContent } from "../../src/site/content.ts";
import { paperFrom } from "../../src/site/model.ts";
import { buildSite, FIXTURE_ARCHIVE, page, tempDir } from "../support/site.ts";

const FILE = "content/2023-12-14/edition.yml";
const problems = (text: string) => parseEditionList(FILE, new TextEncoder().encode(text)).errors.map(formatProblem);

describe("parseEditionList", () => {
  it("reads pages with their names and PDFs", () => {
    expect(parseEditionList(FILE, new TextEncoder().encode("pages:\n  - { page: 1, name: 要闻 }\n  - { page: 5, name: 广告, pdf: pages/05.pdf }\n"))).toEqual({
      list: { pages: [{ page: 1, name: "要闻" }, { page: 5, name: "广告", pdf: "pages/05.pdf" }] },
      errors: [],
    });
  });

  it("names the file and field of each mistake", () => {
    expect(problems("pages:\n  - { page: 三, name: 综合 }\n")).toEqual([`${FILE}: pages[1].page: every page needs its 版次 as a whole number (page: 3)`]);
    expect(problems("pages:\n  - { page: 2 }\n  - { page: 2 }\n")).toEqual([`${FILE}: pages[2].page: 第2版 is listed twice; each page once`]);
    expect(problems("pages:\n  - { page: 2, pdf: ../../secret.pdf }\n")).toEqual([`${FILE}: pages[1].pdf: pdf must be a path inside the edition folder, e.g. pages/03.pdf`]);
    expect(problems("")).toEqual([`${FILE}: pages: is missing; list the printed pages, one per line, e.g. pages: [{ page: 5, name: 广告 }]`]);
  });

  it("gives the line of a YAML mistake, and refuses a file that is not UTF-8", () => {
    expect(problems("pages:\n  - { page: 1, name: 要闻\n")[0]).toMatch(new RegExp(`^${FILE}:\\d+: is not valid YAML \\(.*\\); check quotes, colons and indentation$`));
    expect(parseEditionList(FILE, new Uint8Array([0xd2, 0xaa, 0xce, 0xc5])).errors.map(formatProblem)).toEqual([`${FILE}: is not UTF-8 text; save it again as UTF-8`]);
  });
});

describe("an edition with a page list", () => {
  const dir = join(tempDir("edition-list"), "content");
  let site: string;

  beforeAll(() => {
    cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
    // 第2版 (its articles say 时政) is left out of the list; 第5版 has no stories.
    writeFileSync(join(dir, "2023-12-14/edition.yml"), "pages:\n  - { page: 1, name: 要闻 }\n  - { page: 5, name: 广告 }\n");
    site = buildSite(dir, "edition-list");
  });

  it("is read with the content, and a broken list stops the build naming it", () => {
    expect(readContent(dir).pageLists.get("2023-12-14")).toEqual({ pages: [{ page: 1, name: "要闻" }, { page: 5, name: "广告" }] });
    const broken = join(tempDir("edition-list-broken"), "content");
    cpSync(dir, broken, { recursive: true });
    writeFileSync(join(broken, "2023-12-13/edition.yml"), "pages:\n  - { page: 0 }\n");
    expect(readContent(broken).errors.map(formatProblem)).toEqual([expect.stringMatching(/2023-12-13\/edition\.yml: pages\[1\]\.page: /)]);
  });

  it("lists every page in 版次 order, the story-less one with a line saying so", () => {
    const edition = paperFrom(readContent(dir)).pages.edition.find((p) => p.script === "hans" && p.edition.date === "2023-12-14")!.edition;
    expect(edition.pages.map((p) => [p.number, p.label, p.sections.length > 0])).toEqual([
      [1, "第1版·要闻", true],
      [2, "第2版·时政", true],
      [5, "第5版·广告", false],
    ]);
    const $ = page(site, "2023-12-14/index.html");
    expect($(".page-index li").map((_i, li) => $(li).text().trim()).get()).toEqual(["第1版·要闻", "第2版·时政", "第5版·广告"]);
    expect($("#page-5 .empty").text()).toBe("本版没有文字稿件。");
    expect($("#page-2 .teasers li").length).toBe(5);
    const hant = page(site, "zh-hant/2023-12-14/index.html");
    expect(hant("#page-5 .empty").text()).toBe("本版沒有文字稿件。");
  });

  it("turns 上一版/下一版 through the listed pages", () => {
    const $ = page(site, "2023-12-14/index.html");
    expect($("#page-2 .page-turn a").map((_i, a) => $(a).attr("href")).get()).toEqual(["#page-1", "#page-5"]);
    expect($("#page-5 .page-turn a").map((_i, a) => $(a).attr("href")).get()).toEqual(["#page-2"]);
  });
});
