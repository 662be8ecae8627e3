import { describe, expect, it } from "vitest";
import {
  BODY_RULES,
  curlyQuotes,
  FIELD_RULES,
  fullwidthParen,
  fullwidthPunct,
  hanSpace,
  LINE_RULES,
  lineChanges,
  markdownResidue,
  normalize,
} from "../../src/split/normalize.ts";

describe("markdown-residue", () => {
  it("strips emphasis left by the export tool", () => {
    expect(markdownResidue.apply("■ 本报通讯员 **闫宗鹏**")).toBe("■ 本报通讯员 闫宗鹏");
    expect(markdownResidue.apply("__政务公开__")).toBe("政务公开");
  });
  it("leaves a lone asterisk alone", () => {
    expect(markdownResidue.apply("评级为5*酒店")).toBe("评级为5*酒店");
  });
  it("strips a heading's marks, not a hashtag's", () => {
    expect(markdownResidue.apply("# 老旧小区加装电梯提速")).toBe("老旧小区加装电梯提速");
    expect(markdownResidue.apply("### 相关链接")).toBe("相关链接");
    expect(markdownResidue.apply("#聊城身边事# 城区新增3处停车场")).toBe("#聊城身边事# 城区新增3处停车场");
  });
});

describe("fullwidth-punct", () => {
  it("makes , : ; ? ! full-width next to Han text", () => {
    expect(fullwidthPunct.apply("近年来,我市以")).toBe("近年来，我市以");
    expect(fullwidthPunct.apply("即:共同为群众办一件实事;共同上一次党课")).toBe("即：共同为群众办一件实事；共同上一次党课");
    expect(fullwidthPunct.apply("使政策接地气?")).toBe("使政策接地气？");
    expect(fullwidthPunct.apply("排名第15,政务公开")).toBe("排名第15，政务公开");
    expect(fullwidthPunct.apply("\"零差评\",有效")).toBe("\"零差评\"，有效");
  });
  it("leaves numbers, times and Latin text half-width", () => {
    expect(fullwidthPunct.apply("共1,000人,12:30开始")).toBe("共1,000人，12:30开始");
    expect(fullwidthPunct.apply("Hello, world!")).toBe("Hello, world!");
  });
  it("never turns . into 。", () => {
    expect(fullwidthPunct.apply("总里程51.226公里.")).toBe("总里程51.226公里.");
  });
});

describe("fullwidth-paren", () => {
  it("makes parentheses around Han text full-width", () => {
    expect(fullwidthParen.apply("市委党校(聊城行政学院)召开")).toBe("市委党校（聊城行政学院）召开");
    expect(fullwidthParen.apply("本报讯 (记者 赵琦)")).toBe("本报讯 （记者 赵琦）");
    expect(fullwidthParen.apply("各县(市、区)")).toBe("各县（市、区）");
  });
  it("mends a mismatched pair and leaves Latin parentheses alone", () => {
    expect(fullwidthParen.apply("本报讯(吕赵一诺）")).toBe("本报讯（吕赵一诺）");
    expect(fullwidthParen.apply("以PPT(slides)形式")).toBe("以PPT(slides)形式");
  });
});

describe("curly-quotes", () => {
  it("pairs straight double quotes as “ ”", () => {
    expect(curlyQuotes.apply('"听得懂""信得过""用得好"')).toBe("“听得懂”“信得过”“用得好”");
  });
  it("pairs single quotes in Chinese text as ‘ ’ but keeps an apostrophe", () => {
    expect(curlyQuotes.apply("通过'分支机构批量变更'一次就办完了")).toBe("通过‘分支机构批量变更’一次就办完了");
    expect(curlyQuotes.apply("Xi'an")).toBe("Xi'an");
  });
  it("leaves an unpaired last quote straight for the editor to see", () => {
    expect(curlyQuotes.apply('"公开聊亮"品牌"效应')).toBe('“公开聊亮”品牌"效应');
  });
});

describe("han-space", () => {
  it("removes spaces inside Han text, and next to Chinese punctuation", () => {
    expect(hanSpace.apply("“公开聊亮”品牌 为抓手，拓展解读 渠道， 全市")).toBe("“公开聊亮”品牌为抓手，拓展解读渠道，全市");
    expect(hanSpace.apply("回应民生关切。 近年来")).toBe("回应民生关切。近年来");
    expect(hanSpace.apply("比如，2005年 5月9日，在 第49版")).toBe("比如，2005年5月9日，在第49版");
  });
  it("keeps spaces between Latin words and adds none between Han and Latin", () => {
    expect(hanSpace.apply("Liaocheng Daily报道G105京澳线")).toBe("Liaocheng Daily报道G105京澳线");
  });
});

describe("normalize", () => {
  it("applies rules in order and reports which rule changed what", () => {
    const line = normalize("■ 本报通讯员 **闫宗鹏**,县(市、区)", LINE_RULES);
    expect(line.text).toBe("■ 本报通讯员 闫宗鹏，县（市、区）");
    expect(line.changes.map((c) => c.rule)).toEqual(["markdown-residue", "fullwidth-paren", "fullwidth-punct"]);
    expect(line.changes[0]).toEqual({ rule: "markdown-residue", before: "■ 本报通讯员 **闫宗鹏**,县(市、区)", after: "■ 本报通讯员 闫宗鹏,县(市、区)" });
  });
  it("reports nothing for text already in house style", () => {
    expect(normalize("聚焦急难愁盼，回应民生关切。", [...LINE_RULES, ...FIELD_RULES, ...BODY_RULES]).changes).toEqual([]);
  });
});

describe("lineChanges", () => {
  it("cuts each change down to what changed, with a little context", () => {
    const { changes } = normalize("近年来，我市以“公开聊亮”品牌 为抓手，不断优化公开平台", BODY_RULES);
    expect(lineChanges(9, changes)).toEqual([{ line: 9, rule: "han-space", before: "”品牌 为抓手", after: "”品牌为抓手" }]);
  });
});
