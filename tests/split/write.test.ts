import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontMatterSchema } from "../../src/article/record.ts";
import { decode } from "../../src/split/decode.ts";
import type { ArticleDraft } from "../../src/split/derive.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { editionFiles, planEdition, renderArticle, slugsOfOtherPages, writeEdition } from "../../src/split/write.ts";
import { EDITION, pageBytes } from "./helpers.ts";

const edition = { ...EDITION, pageName: "综合" };
const { articles } = splitPage(decode(pageBytes()).text, edition);
const files = editionFiles(articles, edition);

function parts(markdown: string) {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)!;
  return { frontMatter: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe("renderArticle", () => {
  it("writes a box printed at the story's head after the text, where the site shows boxes, each box under its own name", () => {
    const page = ["一双巧手守住老手艺", "■ 本报记者 闻溪", "人物档案", "邬青禾，1968年生，市级非遗传承人。", "清晨的作坊里，邬青禾已经开始调浆。", "她说，这门手艺一天也不能放下。", "记者手记", "采访结束时，天已经黑了。"].join("\n");
    const [article] = splitPage(page, edition).articles;
    expect(article!.body.map((b) => [b.kind, b.label])).toEqual([["aside", "人物档案"], ["paragraph", undefined], ["paragraph", undefined], ["aside", "记者手记"]]);
    const { body } = parts(renderArticle(article!, edition));
    expect(body).toBe("清晨的作坊里，邬青禾已经开始调浆。\n\n她说，这门手艺一天也不能放下。\n\n### 记者手记\n\n采访结束时，天已经黑了。\n\n### 人物档案\n\n邬青禾，1968年生，市级非遗传承人。\n");
  });

  it("writes front matter the shared schema accepts, for every article of the page", () => {
    for (const file of files) expect(frontMatterSchema.safeParse(parts(file.content).frontMatter).success).toBe(true);
  });

  it("writes the fields, reporters and review notes of an article", () => {
    const { frontMatter, body } = parts(files[0]!.content);
    expect(frontMatter).toEqual({
      title: "政务公开“全国优秀”是这样炼成的",
      column: "新时代 新征程 新伟业",
      section: "综合",
      reporter: [{ name: "赵宗锋", role: "记者" }],
      date: "2023-12-14",
      page: 3,
      pageName: "综合",
      order: 1,
      type: "article",
      review: [{ line: 13, rule: "ocr-suspect", words: "步人", note: "第13行：疑似OCR错误“步人”（步入？），请核对后删除此条" }],
    });
    expect(files[0]!.content).toContain("  - { name: 赵宗锋, role: 记者 }\n");
    expect(files[0]!.content).toContain("review:\n  - { line: 13, rule: ocr-suspect, words: 步人, note: 第13行：疑似OCR错误“步人”（步入？），请核对后删除此条 }\n");
    expect(body.split("\n\n")).toHaveLength(19);
    expect(body).toContain("\n\n## 优化公开平台，促进信息发布“规范度”\n\n步人市政府办公楼北楼");
  });

  it("gives a photo story a derived title, marked as such", () => {
    const { frontMatter } = parts(files[1]!.content);
    expect(frontMatter).toMatchObject({ title: "工人对生产的游艇进行表面处理", titleDerived: true, type: "photo", section: "图片新闻" });
  });

  it("escapes text that Markdown would read as markup", () => {
    const article: ArticleDraft = {
      ...articles[3]!,
      body: [
        { kind: "paragraph", text: "1. 第一条<b>加粗</b>，*重点*" },
        { kind: "paragraph", text: "# 不是标题" },
      ],
    };
    expect(parts(renderArticle(article, edition)).body).toBe("1\\. 第一条\\<b>加粗\\</b>，\\*重点\\*\n\n\\# 不是标题\n");
  });
});

describe("writeEdition", () => {
  it("writes a new edition folder whole, then leaves identical files and reports edited ones", () => {
    const out = join(mkdtempSync(join(tmpdir(), "split-write-")), "2023-12-14");
    expect(writeEdition(planEdition(files, out), out, false)).toHaveLength(7);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());
    expect(readdirSync(join(out, "..")).filter((n) => n.startsWith("."))).toEqual([]); // no staging left

    const edited = join(out, files[0]!.name);
    writeFileSync(edited, files[0]!.content.replace("步人市政府", "步入市政府"));
    const plan = planEdition(files, out);
    expect(plan.map((f) => f.status)).toEqual(["differs", ...Array(6).fill("unchanged")]);
    expect(writeEdition(plan, out, false)).toEqual([]);
    expect(readFileSync(edited, "utf8")).toContain("步入市政府");
    expect(writeEdition(plan, out, true).map((f) => f.name)).toEqual([files[0]!.name]);
    expect(readFileSync(edited, "utf8")).toBe(files[0]!.content);
  });
});

describe("slugsOfOtherPages", () => {
  it("names the files of other pages (and files it cannot read), not this page's", () => {
    const out = mkdtempSync(join(tmpdir(), "split-slugs-"));
    writeFileSync(join(out, "tou-ban.md"), "---\ntitle: 头版\npage: 1\n---\n");
    writeFileSync(join(out, "ben-ban.md"), "---\ntitle: 本版\npage: 3\n---\n");
    writeFileSync(join(out, "broken.md"), "---\ntitle: [unclosed\n---\n");
    writeFileSync(join(out, "notes.txt"), "not an article");
    expect([...slugsOfOtherPages(out, 3)].sort()).toEqual(["broken", "tou-ban"]);
    expect(slugsOfOtherPages(join(out, "missing"), 3).size).toBe(0);
  });
});
