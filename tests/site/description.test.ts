import { describe as suite, expect, it } from "vitest";
import { describe, paragraphsOf, withoutDateline } from "../../src/site/description.ts";
import { yangguBody, zhaoQiBody } from "./metadata-fixtures.ts";

suite("withoutDateline", () => {
  it.each([
    ["本报讯(记者 赵琦)12月13日,聊城市", "12月13日,聊城市"],
    ["本报讯(吕赵一诺)12月13日", "12月13日"],
    ["本报聊城10月30日讯(记者 张召旭)近日", "近日"],
    ["本报讯 (潍坊日报社全媒体记者 巩建国)昨天", "昨天"],
    ["本报讯（文/图 记者 马永伟 刘男）　今年", "今年"],
    ["新华社北京12月13日电(记者 王某)国务院", "国务院"],
  ])("%s", (paragraph, expected) => {
    expect(withoutDateline(paragraph)).toBe(expected);
  });

  it("leaves a paragraph without a dateline alone, even one that mentions 本报", () => {
    expect(withoutDateline("12月12日,在位于开发区的聊城百思特游艇有限公司生产车间")).toBe("12月12日,在位于开发区的聊城百思特游艇有限公司生产车间");
    expect(withoutDateline("本报记者近日走访了阳谷县。")).toBe("本报记者近日走访了阳谷县。");
  });
});

suite("paragraphsOf", () => {
  it("returns paragraph text without markdown markup, skipping subheads", () => {
    const body = "本报讯(通讯员 **闫宗鹏**)今年以来,\n高唐公路\n\n## 抓项目建设,促公路路网提档\n\n第二段 `代码` 与 \\*星号\\*。";
    expect(paragraphsOf(body)).toEqual(["本报讯(通讯员 闫宗鹏)今年以来, 高唐公路", "第二段 代码 与 *星号*。"]);
  });
});

suite("describe", () => {
  it("takes the opening of the story without the dateline, ending at a full sentence", () => {
    const text = describe(zhaoQiBody);
    expect(text.startsWith("12月13日,聊城市国家文化公园")).toBe(true);
    expect(text).not.toContain("本报讯");
    expect(text.endsWith("。")).toBe(true);
    expect(Array.from(text).length).toBeGreaterThanOrEqual(80);
    expect(Array.from(text).length).toBeLessThanOrEqual(120);
  });

  it("returns a short story whole and runs paragraphs together", () => {
    expect(describe(yangguBody)).toBe(
      '"原以为30家分支机构变更经营范围会很麻烦,仅实名认证就得跑30次。"12月11日,阳谷县百年民康药店连锁有限公司的王女士说。新时代的政务服务呼唤新思路、新方法。',
    );
  });

  it("cuts a sentence that runs past the limit with an ellipsis, never inside a character outside the BMP", () => {
    const text = describe("𠮷".repeat(200));
    expect(Array.from(text)).toHaveLength(120);
    expect(text.endsWith("𠮷…")).toBe(true);
  });

  it("is empty for an empty body", () => {
    expect(describe("")).toBe("");
    expect(describe("## 只有小标题")).toBe("");
  });
});
