import { describe, expect, it } from "vitest";
import { markWords, reviewViews } from "../../src/site/review.ts";

const same = (text: string) => text;

describe("review notes as the preview shows them", () => {
  it("give each note its anchor, line, rule and words, the line out of the note's text", () => {
    expect(reviewViews([{ line: 13, rule: "ocr-suspect", words: "步人", note: "第13行：疑似OCR错误“步人”（步入？），请核对后删除此条" }, "请与来稿核对"], same)).toEqual([
      { anchor: "review-1", line: 13, rule: "ocr-suspect", words: "步人", note: "疑似OCR错误“步人”（步入？），请核对后删除此条" },
      { anchor: "review-2", note: "请与来稿核对" },
    ]);
    expect(reviewViews([{ line: 115, rule: "traditional-char", words: "惡感蹟", note: "…" }], () => "恶感迹")[0]!.words).toBe("恶感迹");
  });

  it("mark the words where they stand in the text, never inside a tag, the first with the note's id", () => {
    const notes = reviewViews([{ line: 1, rule: "r", words: "dateline", note: "n" }, { line: 2, rule: "r", words: "步人", note: "n" }], same);
    expect(markWords('<p><span class="dateline">本报讯</span>步人大厅，再步人</p>', notes)).toBe(
      '<p><span class="dateline">本报讯</span><mark class="review-mark" id="review-2-text">步人</mark>大厅，再<mark class="review-mark">步人</mark></p>',
    );
  });

  it("find words with characters HTML escapes, and leave a body without notes as it is", () => {
    const notes = reviewViews([{ line: 3, rule: "unpaired-quote", words: 'A&B"', note: "n" }], same);
    expect(markWords("<p>说A&amp;B&quot;好</p>", notes)).toBe('<p>说<mark class="review-mark" id="review-1-text">A&amp;B&quot;</mark>好</p>');
    expect(markWords("<p>步人</p>", [])).toBe("<p>步人</p>");
  });
});
