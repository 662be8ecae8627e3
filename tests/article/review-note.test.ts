import { describe, expect, it } from "vitest";
import { frontMatterSchema } from "../../src/article/record.ts";
import { openNote } from "../../src/article/review-note.ts";

const base = { title: "开发区持续优化营商环境", section: "综合", date: "2023-12-14", order: 6 };
const NOTE = "第115行：简体版面中出现繁体字“惡感蹟”（简体作“恶感迹”），疑似OCR错误，请核对后删除此条";

describe("review notes in front matter", () => {
  it("accept the splitter's structured notes and an editor's lines of text side by side", () => {
    const review = [{ line: 115, rule: "traditional-char", words: "惡感蹟", note: NOTE }, "第二段的数字请与来稿核对"];
    expect(frontMatterSchema.parse({ ...base, review }).review).toEqual(review);
  });

  it("name the field of a note that is neither", () => {
    const result = frontMatterSchema.safeParse({ ...base, review: [{ line: "一百", rule: "x", note: "看看" }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["review", 0]);
    expect(frontMatterSchema.safeParse({ ...base, review: [""] }).success).toBe(false);
  });

  it("read as one shape: a line of text gives its line and quoted words when it names them", () => {
    expect(openNote(NOTE)).toEqual({ line: 115, words: "惡感蹟", note: NOTE });
    expect(openNote("请与来稿核对")).toEqual({ note: "请与来稿核对" });
    expect(openNote("第111行：引号外出现“你”（“你写图时”），新闻叙述中少见").words).toBe("你写图时");
    expect(openNote({ line: 13, rule: "ocr-suspect", words: "步人", note: "第13行：…" })).toEqual({ line: 13, rule: "ocr-suspect", words: "步人", note: "第13行：…" });
  });
});
