import { describe, expect, it } from "vitest";
import { review, type LocatedText } from "../../src/split/review.ts";

const body = (text: string, spans = [{ line: 7, start: 0 }]): LocatedText => ({ role: "body", text, spans });
const heading = (text: string): LocatedText => ({ role: "heading", text, spans: [{ line: 3, start: 0 }] });
const codes = (located: LocatedText) => review(located).map((f) => `${f.line} ${f.code} ${f.message}`);

describe("review flags", () => {
  it("flags Traditional characters in a Simplified page, quoting the whole run", () => {
    const [flag] = review(heading("三提三敢 惡感蹟"));
    expect(flag).toMatchObject({ line: 3, code: "traditional-char" });
    expect(flag!.message).toContain("惡感蹟 (simplified: 恶感迹)");
    expect(flag!.note).toBe("第3行：简体版面中出现繁体字“惡感蹟”（简体作“恶感迹”），疑似OCR错误，请核对后删除此条");
  });

  it("flags known OCR confusions with the likely reading, on the line they are on", () => {
    const located = body("今年以来，我市不断深化改革。步人市政府办公楼北楼，随处可见。", [
      { line: 13, start: 0 },
      { line: 15, start: 14 },
    ]);
    expect(codes(located)).toEqual(["15 ocr-suspect possible OCR damage: 步人 (步入?)"]);
    expect(review(located)[0]!.note).toBe("第15行：疑似OCR错误“步人”（步入？），请核对后删除此条");
    expect(codes(body("自已的事情自己做，末来可期，12月13曰召开。"))).toEqual([
      "7 ocr-suspect possible OCR damage: 自已 (自己?)",
      "7 ocr-suspect possible OCR damage: 末来 (未来?)",
      "7 ocr-suspect possible OCR damage: 曰 (日?)",
    ]);
  });

  it("does not flag 人 starting a word of its own", () => {
    expect(codes(body("进一步人才引进工作，投人民币2亿元，步入新阶段，深入人心。"))).toEqual([]);
  });

  it("flags a heading phrase ending in 的, but not the 是…的 construction", () => {
    expect(codes(heading("聚力九个学行的 推动强市建设"))).toEqual(["3 odd-wording heading phrase ends in 的 with nothing after it: 聚力九个学行的; likely damaged"]);
    expect(codes(heading("幸福是奋斗出来的"))).toEqual([]);
  });

  it("flags a heading space before a connective, not one between parallel phrases", () => {
    expect(codes(heading("聊城市国家文化公园 暨文化体验廊道建设项目调度会召开"))).toEqual([
      "3 heading-space space before the connective 暨 in a heading: 园 暨; probably a print line end",
    ]);
    expect(codes(heading("牢记历史 勿忘国耻"))).toEqual([]);
  });

  it("does not flag a space before a character that begins a longer word (的哥, 和平)", () => {
    expect(codes(heading("深夜突发心梗 的哥一路绿灯送医"))).toEqual([]);
    expect(codes(heading("老街换新颜 和平路改造完工"))).toEqual([]);
    expect(codes(heading("城乡融合发展 的新路径"))).toEqual(["3 heading-space space before the connective 的 in a heading: 展 的; probably a print line end"]);
  });

  it("flags 你 outside quotations in the body, not inside them or in headings", () => {
    expect(codes(body("提醒人们牢记历史，你写图时。"))).toEqual(['7 odd-wording "你" outside a quotation is rare in a news report: 你写图时; possibly damaged']);
    expect(codes(body("“你们辛苦了！”他说。电影《你好，李焕英》上映。"))).toEqual([]);
    expect(codes(heading("你好 聊城"))).toEqual([]);
  });

  it("flags a quotation mark left without its partner", () => {
    expect(codes(body('政务公开品牌“公开聊亮”荣获"优秀创新案例。'))).toEqual(['7 unpaired-quote quotation mark without its partner: 开聊亮”荣获"优秀创新案例']);
  });

  it("asks once per text about half-width full stops ending Chinese sentences; decimals, versions and Latin are left alone", () => {
    expect(codes(body("运动会在市体育中心闭幕.本届运动会设23个大项.“特别开心.”她说."))).toEqual(["7 half-width-stop half-width full stop in Chinese text: 中心闭幕.本届运动 (4 in this text); make it 。 where it ends a sentence"]);
    expect(codes(body("增长2.3%，人均3.5万元，使用Node.js和www.example.com。"))).toEqual([]);
  });

  it("leaves clean Simplified text unflagged", () => {
    expect(codes(body("新时代的政务服务呼唤新思路、新方法。阳谷县行政审批服务局将坚持用心服务群众。"))).toEqual([]);
  });
});
