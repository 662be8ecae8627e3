/**
 * Damaged and nonsensical pages: the splitter either reads them or refuses them
 * with a PageError (one clear line); it never crashes or writes an invalid file.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontMatterSchema } from "../../src/article/record.ts";
import { PageError } from "../../src/split/errors.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { editionFiles } from "../../src/split/write.ts";
import { EDITION, pageText } from "./helpers.ts";

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function outcome(text: string): "read" | "refused" {
  try {
    for (const file of editionFiles(splitPage(text, EDITION).articles, EDITION)) {
      frontMatterSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(file.content)![1]!));
    }
    return "read";
  } catch (error) {
    if (error instanceof PageError) return "refused";
    throw new Error(`${String(error)}\non page: ${JSON.stringify(text)}`);
  }
}

describe("robustness", () => {
  it("reads a word processor's page: invisible characters gone, no-break spaces and line separators as a page prints them", () => {
    const page = "城区供暖今起全面启动\u200B\n\n\u3000\u3000本报记者\u00A0张立\n\n\u3000\u300011月15日零时，城区集中供暖正\u00AD式启动。\u2028市供热公司提醒，用户可拨打热线咨询。\n\n据介绍，今年新增供热面积120万平方米。\uFEFF";
    const [article, ...rest] = splitPage(page, EDITION).articles;
    expect(rest).toEqual([]);
    expect(article!.title).toBe("城区供暖今起全面启动");
    expect(article!.reporter).toEqual([{ name: "张立", role: "记者" }]);
    // Whether the separator parts two paragraphs or is a break inside one, the words are the page's.
    expect(article!.body.map((b) => b.text).join("")).toBe("11月15日零时，城区集中供暖正式启动。市供热公司提醒，用户可拨打热线咨询。据介绍，今年新增供热面积120万平方米。");
  });
  it("reads a page that is only a dateline", () => {
    expect(outcome("　　本报讯")).toBe("read");
  });

  it("reads the real page with lines dropped, shuffled and cut short", () => {
    const next = random(1);
    const lines = pageText().split("\n");
    for (let n = 0; n < 100; n++) {
      let damaged = lines.filter(() => next() > 0.3);
      if (next() < 0.5) damaged = damaged.sort(() => next() - 0.5);
      if (next() < 0.3) damaged = damaged.map((l) => l.slice(0, Math.floor(next() * l.length)));
      expect(["read", "refused"]).toContain(outcome(damaged.join("\n")));
    }
  });

  it("reads or refuses pages built from random pieces of page syntax", () => {
    const next = random(2);
    const pieces = ["■", "本报记者", "张三", " ", "本报讯", "(", ")", "（", "）", "摄", "。", "，", '"', "——", "-", "图片新闻", "(时政动态)", "详见C02版", "12月13日", "会议召开", "的", "你", "步人", "惡", "\n", "\n\n", "a", "1", "*", "#", "<b>", "　　", "在", "暨", "一、"];
    for (let n = 0; n < 1000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      expect(["read", "refused"]).toContain(outcome(text));
    }
  });
});
