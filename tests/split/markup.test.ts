/**
 * What a content system or an export leaves around a page's text (src/split/markup.ts): taken
 * off by its own shape, and a page without it read as before.
 */
import { describe, expect, it } from "vitest";
import { withoutMarkup } from "../../src/split/markup.ts";
import { read } from "./helpers.ts";

describe("Markdown lists", () => {
  it("takes the marks off a list's items, two or more together, and leaves a dash before one line alone", () => {
    expect(withoutMarkup(["**5月全市就业情况**", "", "- 城镇新增就业：4326人，同比增加5.2%", "- 公益性岗位安置：215人", "", "数据来源：市人社局"])).toEqual(["**5月全市就业情况**", "", "城镇新增就业：4326人，同比增加5.2%", "公益性岗位安置：215人", "", "数据来源：市人社局"]);
    expect(withoutMarkup(["一座桥连起两个镇", "- 北沙河大桥建成通车侧记", "■ 本报记者 冯知远"])).toEqual(["一座桥连起两个镇", "- 北沙河大桥建成通车侧记", "■ 本报记者 冯知远"]);
  });
});

describe("web markup", () => {
  it("keeps the text a tag holds, parts paragraphs run on one line, and reads entities as their characters", () => {
    expect(withoutMarkup(["<h2>城区新增三处口袋公园</h2>", "<p><strong>本报记者 刘 洋</strong></p>", "<p>&nbsp;&nbsp;园内铺设了健身步道。</p><p>据了解，今年计划建设20处&amp;更多。</p>", '<img src="park.jpg" alt="口袋公园">'])).toEqual([
      "城区新增三处口袋公园",
      "本报记者 刘 洋",
      "园内铺设了健身步道。",
      "据了解，今年计划建设20处&更多。",
      "",
    ]);
  });

  it("leaves a page without tags as it is, angle brackets and ampersands included", () => {
    const page = ["气温3<5度之间&湿度较大", "《关于<副题>的说明》", "R&D投入增长12%"];
    expect(withoutMarkup(page)).toEqual(page);
  });

  it("reads a story pasted as HTML as the same story pasted as text", () => {
    const text = ["口袋公园建成开放", "■ 本报记者 刘洋", "本报讯 近日，城区三处口袋公园建成开放，为周边居民增添了休闲去处。", "据了解，今年我市计划建设口袋公园20处，目前已完成15处。"];
    const html = ["<h3>口袋公园建成开放</h3>", "<p><strong>■&nbsp;本报记者 刘洋</strong></p>", `<p>${text[2]}</p><p>${text[3]}</p>`];
    const shape = (lines: string[]) => read(lines.join("\n")).articles.map((a) => [a.title, a.reporter.map((r) => r.name), a.body.map((b) => b.text)]);
    expect(shape(html)).toEqual(shape(text));
    expect(shape(html)[0]![0]).toBe("口袋公园建成开放");
  });
});

describe("Markdown an export writes", () => {
  it("drops an image's line and a quote's mark", () => {
    expect(withoutMarkup(["![口袋公园](images/park.jpg)", "> 以前这里是块空地。"])).toEqual(["", "以前这里是块空地。"]);
  });
});

describe("line numbers down the margin", () => {
  const story = ["口袋公园建成开放", "", "本报讯 近日，城区三处口袋公园建成开放。", "建设要点如下：", "1. 步道连通", "2. 座椅遮阳", "3. 夜间照明"];

  it("takes off numbers that count the page's lines, from wherever they start, blank lines numbered or not", () => {
    expect(withoutMarkup(story.map((l, i) => (l === "" ? "" : `${String(i + 1).padStart(3, "0")} ${l}`)))).toEqual(story);
    expect(withoutMarkup(story.map((l, i) => `${120 + i}\t${l}`).map((l) => l.trimEnd()))).toEqual(story);
  });

  it("takes off position numbers after each line where they rise down the page, and keeps a figure a line ends on", () => {
    const positioned = story.map((l, i) => (l === "" ? "" : `${l} ${String(40 + 13 * i).padStart(3, "0")}`));
    expect(withoutMarkup(positioned)).toEqual(story);
    const figures = ["全年增长 12", "同比增长 8", "环比增长 15", "其中一季度 3", "二季度 5"];
    expect(withoutMarkup(figures)).toEqual(figures);
  });

  it("keeps a numbered list inside a story: its numbers do not count the page's lines", () => {
    expect(withoutMarkup(story)).toEqual(story);
  });
});
