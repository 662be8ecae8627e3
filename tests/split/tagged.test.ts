/** Pages exported from an editorial system with each story's fields tagged (src/split/tagged.ts). */
import { describe, expect, it } from "vitest";
import { taggedPage } from "../../src/split/tagged.ts";
import { read } from "./helpers.ts";

const heads = (page: string) => read(page).articles.map((a) => ({ column: a.column, kicker: a.kicker, title: a.title, subtitle: a.subtitle, reporter: a.reporter.map((r) => `${r.role ?? ""}${r.name}`).join(" ") }));

describe("tagged exports", () => {
  it("read a page's tags in each form systems write them: 【】, a colon, <>…</>", () => {
    const forms = [
      ["【引题】全市外贸一季度增长12.3%", "【主标题】“聊城制造”加速出海", "【副标题】机电产品出口占比过四成", "【作者】本报记者 曹雨", "【正文】今年以来，我市外贸企业积极开拓国际市场，进出口总值186.4亿元。"],
      ["引题：全市外贸一季度增长12.3%", "主标题：“聊城制造”加速出海", "副标题：机电产品出口占比过四成", "作者：本报记者 曹雨", "正文：今年以来，我市外贸企业积极开拓国际市场，进出口总值186.4亿元。"],
      ["<引题>全市外贸一季度增长12.3%</引题>", "<主题>“聊城制造”加速出海</主题>", "<副题>——机电产品出口占比过四成</副题>", "<作者>本报记者 曹雨</作者>", "<正文>今年以来，我市外贸企业积极开拓国际市场，进出口总值186.4亿元。</正文>"],
    ];
    for (const form of forms) {
      expect(heads(form.join("\n"))).toEqual([{ column: undefined, kicker: "全市外贸一季度增长12.3%", title: "“聊城制造”加速出海", subtitle: "机电产品出口占比过四成", reporter: "记者曹雨" }]);
      expect(read(form.join("\n")).articles[0]!.body.map((b) => b.text)).toEqual(["今年以来，我市外贸企业积极开拓国际市场，进出口总值186.4亿元。"]);
    }
  });

  it("give a kicker over a title without a subtitle, which the page's shape alone would read title / subtitle", () => {
    const page = ["【引题】让老人在家门口吃上热乎饭", "【标题】全市187家长者食堂日均就餐2.3万人次，满意率达97.6%", "【正文】", "记者从市民政局获悉，全市已建成长者食堂187家，覆盖所有城区社区。"].join("\n");
    expect(heads(page)).toMatchObject([{ kicker: "让老人在家门口吃上热乎饭", title: "全市187家长者食堂日均就餐2.3万人次，满意率达97.6%", subtitle: undefined }]);
  });

  it("put a byline exported before its title under it, and keep a short line of the text in its story", () => {
    const page = [
      "【标题】第一篇稿件的标题", "【正文】", "近日，江州市举办了一场招聘会，300余家企业提供岗位1.2万个。", "下一步", "该市还将举办专场招聘会。",
      "【作者】本报记者 王芳", "【标题】第二篇稿件的标题", "【正文】", "3月11日，江州市第二场招聘会在市人力资源市场举行。",
      "【标题】第三篇稿件", "【正文】", "该市还将举办专场招聘会，帮助高校毕业生就业。",
    ].join("\n");
    const articles = read(page).articles;
    expect(articles.map((a) => [a.title, a.reporter.map((r) => r.name)])).toEqual([["第一篇稿件的标题", []], ["第二篇稿件的标题", ["王芳"]], ["第三篇稿件", []]]);
    expect(articles[0]!.body.map((b) => b.text).join("")).toContain("下一步");
  });

  it("are no tagged export where one bracketed label is printed, or an interview's 记者： turns", () => {
    expect(taggedPage(["网络问政", "【网友留言】学校门口早晚高峰拥堵。", "【办理结果】交警已增派警力。"])).toBeNull();
    expect(taggedPage(["对话农技专家", "记者：今年小麦长势如何？", "张明：总体偏好。", "标题里的字"])).toBeNull();
    expect(taggedPage(["【主标题】只有标题的一行"])).toBeNull();
  });
});
