import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { checkSlugs, formatProblem, frontMatterData, parseArticle } from "../../src/site/content.ts";

const FILE = "content/2023-12-14/zheng-wu.md";
const FRONT = /^---\r?\n([\s\S]*?)\r?\n---/;
const bytes = (text: string) => new TextEncoder().encode(text);
const article = (front: string, body = "12月7日，我国网上政府建设与创新发展评估及2023年报告发布。") =>
  bytes(`---\n${front}\n---\n\n${body}\n`);
const VALID = "title: 政务公开“全国优秀”是这样炼成的\nsection: 要闻\nreporter:\n  - { name: 赵宗锋, role: 记者 }\ndate: 2023-12-14\norder: 1";

const messages = (result: { errors: Parameters<typeof formatProblem>[0][] }) => result.errors.map(formatProblem);

describe("parseArticle", () => {
  it("reads front matter, body and slug", () => {
    const result = parseArticle(FILE, article(VALID), "2023-12-14");
    expect(result.errors).toEqual([]);
    expect(result.article).toMatchObject({ slug: "zheng-wu", meta: { title: "政务公开“全国优秀”是这样炼成的", date: "2023-12-14", type: "article" } });
    expect(result.article!.body).toMatch(/^12月7日/);
  });

  it("names the file and field of a missing title", () => {
    const result = parseArticle(FILE, article(VALID.replace(/^title:.*\n/, "")), "2023-12-14");
    expect(messages(result)).toEqual([`${FILE}: title: every article needs a title (主题); write the headline (主题) as "title: …"`]);
  });

  it("rejects an impossible date and a date that is not its folder's", () => {
    expect(messages(parseArticle(FILE, article(VALID.replace("2023-12-14", "2023-02-30")), "2023-12-14"))[0]).toBe(`${FILE}: date: "2023-02-30" is not a real date; write it as YYYY-MM-DD, e.g. 2023-12-14`);
    expect(messages(parseArticle(FILE, article(VALID.replace("2023-12-14", "2023-12-13")), "2023-12-14"))).toEqual([
      `${FILE}: date: 2023-12-13 does not match its edition folder 2023-12-14; fix the date or move the file`,
    ]);
  });

  it("explains a malformed reporter list", () => {
    const result = parseArticle(FILE, article(VALID.replace(/reporter:\n.*\n/, "reporter: 赵宗锋\n")), "2023-12-14");
    expect(messages(result)[0]).toMatch(/: reporter: .*write it as a list, e\.g\. reporter: \[\{ name: 赵宗锋, role: 记者 \}\]/);
    const nameless = parseArticle(FILE, article(VALID.replace("name: 赵宗锋", "name: ''")), "2023-12-14");
    expect(messages(nameless)[0]).toMatch(/: reporter\[1\]\.name: a reporter needs a name/);
  });

  it("refuses text that is not UTF-8, and empty files", () => {
    const gbk = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd5, 0xfe, 0xce, 0xf1]); // "---\n政务" in GBK
    expect(messages(parseArticle(FILE, gbk, "2023-12-14"))).toEqual([`${FILE}: is not UTF-8 text; save it again as UTF-8 (not GBK/GB18030)`]);
    expect(messages(parseArticle(FILE, bytes("  \n"), "2023-12-14"))[0]).toMatch(/is empty/);
  });

  it("points at the line of broken YAML in the file", () => {
    const result = parseArticle(FILE, article(`${VALID}\nkicker: "阳谷县`), "2023-12-14");
    // Line 1 is the opening ---, so the seventh front-matter line is line 8 of the file.
    expect(messages(result)).toEqual([`${FILE}:8: front matter is not valid YAML (Missing closing "quote); check quotes, colons and indentation`]);
    expect(messages(parseArticle(FILE, article(`${VALID}\ntitle: 又一个标题`), "2023-12-14"))[0]).toMatch(/:8: front matter is not valid YAML \(Map keys must be unique\)/);
  });

  it("warns about unknown fields and uncleared review notes, without failing", () => {
    const result = parseArticle(FILE, article(`${VALID}\nsubtitel: 副题\nreview:\n  - 疑似OCR错字：步人`), "2023-12-14");
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `${FILE}: subtitel: is not a known field and is ignored; check its spelling`,
      `${FILE}: review: 疑似OCR错字：步人`,
    ]);
  });

  it("refuses an article without text, or with headings only", () => {
    for (const body of ["\n\n", "\n## 小标题\n"]) {
      const result = parseArticle(FILE, bytes(`---\n${VALID}\n---\n${body}`), "2023-12-14");
      expect(result.article).toBeUndefined();
      expect(result.errors.map(formatProblem)).toEqual([`${FILE}: has no text below its front matter (a photo's caption counts as text); write the article or delete the file`]);
    }
  });

  it("refuses file names that cannot be link names", () => {
    expect(messages(parseArticle("content/2023-12-14/政务.md", article(VALID), "2023-12-14"))[0]).toMatch(/rename the file/);
    expect(messages(parseArticle("content/2023-12-14/index.md", article(VALID), "2023-12-14"))[0]).toMatch(/rename the file/);
  });
});

describe("sections and link names", () => {
  const sections = ["要闻", "经济"];

  it("rejects a section site.json does not list, alongside the file's other problems", () => {
    const result = parseArticle(FILE, article(VALID.replace("要闻", "体育").replace("order: 1", "order: first")), "2023-12-14", sections);
    expect(messages(result)).toEqual([
      `${FILE}: section: "体育" is not a section in site.json; use one of 要闻、经济 or add it to site.json`,
      expect.stringMatching(/^content\/2023-12-14\/zheng-wu\.md: order: .*whole number/),
    ]);
  });

  it("rejects two files of one edition with the same link name", () => {
    const one = (file: string) => parseArticle(file, article(VALID), "2023-12-14", sections).article!;
    const problems = checkSlugs([one("content/2023-12-14/Zheng-Wu.md"), one(FILE)]).errors.map(formatProblem);
    expect(problems).toEqual([`${FILE}: has the same name in links ("zheng-wu") as content/2023-12-14/Zheng-Wu.md; rename one of the two files`]);
  });

  it("rejects a copy saved twice, warns of two stories sharing a headline, and lets editions share one", () => {
    const at = (file: string, date: string, body?: string) => parseArticle(file, article(VALID.replace("2023-12-14", date), body), date, sections).article!;
    const copy = "content/2023-12-14/zheng-wu-copy.md";
    const copied = checkSlugs([at(FILE, "2023-12-14"), at(copy, "2023-12-14")]);
    expect(copied.errors.map(formatProblem)).toEqual([`${copy}: is a copy of ${FILE} (same title and text); delete one of the two files`]);
    const other = "content/2023-12-14/zheng-wu-2.md";
    const alike = checkSlugs([at(FILE, "2023-12-14"), at(other, "2023-12-14", "另一篇稿件的正文。")]);
    expect(alike.errors).toEqual([]);
    expect(alike.warnings.map(formatProblem)).toEqual([
      `${other}: title: "政务公开“全国优秀”是这样炼成的" is also the title of ${FILE}; readers may confuse the two, consider a more telling title`,
    ]);
    expect(checkSlugs([at(FILE, "2023-12-14"), at("content/2023-12-15/zheng-wu.md", "2023-12-15")])).toEqual({ errors: [], warnings: [] });
  });
});

describe("front matter reading", () => {
  // The fast reader (js-yaml) must give what the reader of record (yaml) gives.
  const files = ["content", "tests/fixtures/archive"].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).map((f) => join(root, f)),
  );
  const tricky = [
    "title: |\n  两行\n  标题\npage: 03",
    "title: '它''s'\nsubtitle: \"\\u4e2d\\t文\"\nsection: &s 要闻\ncolumn: *s",
    "title: >\n  折叠\n  的标题\ndraft: True\norder: 0x1F\ndate: 2023-12-14",
    "reporter: [{name: 赵琦, role: 记者}, {name: 许金松}]\nreview: []\nkicker: ~",
  ];

  it("reads every bundled and fixture article, and tricky YAML, as yaml does", () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = FRONT.exec(readFileSync(file, "utf8"))![1]!;
      expect(frontMatterData(source), file).toEqual(parseYaml(source));
    }
    for (const source of tricky) expect(frontMatterData(source), source).toEqual(parseYaml(source));
  });

  it("reports what js-yaml refuses with yaml's message", () => {
    expect(() => frontMatterData('title: "未闭合')).toThrow(/Missing closing "quote/);
    expect(() => frontMatterData("title: 甲\ntitle: 乙")).toThrow(/Map keys must be unique/);
  });
});
