import { describe, expect, it } from "vitest";
import { headlineHtml, headlineWords } from "../../src/site/headline.ts";

describe("headlineHtml", () => {
  it("breaks a headline only between words, never inside one (集中, 高新区)", () => {
    expect(headlineHtml("全市一季度重点项目集中开工仪式在高新区举行")).toBe(
      '<span class="words">全市<wbr>一季度<wbr>重点项目<wbr>集中<wbr>开工<wbr>仪式<wbr>在<wbr>高新区<wbr>举行</span>',
    );
  });

  it("cuts a Traditional headline where its Simplified form is cut", () => {
    const simplified = headlineWords("聊城市国家文化公园暨文化体验廊道建设项目调度会召开");
    const traditional = headlineWords("聊城市國家文化公園暨文化體驗廊道建設項目調度會召開");
    expect(traditional.map((w) => w.length)).toEqual(simplified.map((w) => w.length));
    expect(traditional).toContain("文化公園");
  });

  it("keeps short quotations and book titles in either script on one line", () => {
    expect(headlineHtml("政务公开“全国优秀”是这样炼成的")).toBe('<span class="words">政务<wbr>公开<wbr><span class="nobr">“全国优秀”</span><wbr>是<wbr>这样<wbr>炼成<wbr>的</span>');
    expect(headlineHtml("政務公開「全國優秀」是這樣煉成的")).toContain('<wbr><span class="nobr">「全國優秀」</span><wbr>');
    expect(headlineHtml("《控诉南京大屠杀》见报")).toBe('<span class="words"><span class="nobr">《控诉南京大屠杀》</span><wbr>见报</span>');
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation", () => {
    const html = headlineHtml("网购“七天无理由”，商家能不能说不");
    expect(html).toContain('<span class="nobr">“七天无理由”</span>，');
    expect(headlineHtml("他说：“我们（村里）也要干！”")).not.toMatch(/<wbr>[，。：！”）]|[“（]<wbr>/u);
  });

  it("parts a headline where the paper printed a space between its phrases, each phrase kept whole when it fits", () => {
    expect(headlineHtml("牢记历史 勿忘国耻")).toBe('<span class="words"><span class="phrase">牢记<wbr>历史</span> <span class="phrase">勿忘<wbr>国耻</span></span>');
    expect(headlineHtml("冬闲变冬忙 大棚里头“种”出好日子")).toContain('冬<wbr>忙</span> <span class="phrase">大棚<wbr>里头<wbr>');
    // A space beside Latin letters or figures is no phrase boundary: the headline is cut as one.
    expect(headlineHtml("G20 峰会开幕")).not.toContain("phrase");
  });

  it("parts a headline of clauses after each clause's comma, the comma kept with its clause", () => {
    const html = headlineHtml("热心市民自发让道，患者转危为安");
    expect(html).toMatch(/^<span class="words"><span class="phrase">[^]*?，<\/span><wbr><span class="phrase">患者[^]*<\/span><\/span>$/u);
    expect(html.match(/class="phrase"/gu)).toHaveLength(2);
    // One clause is no box; a spaced headline's phrases part at their spaces and at their commas.
    expect(headlineHtml("全市一季度重点项目集中开工")).not.toContain("phrase");
    expect(headlineHtml("冬季进补莫盲目 “膏方热”背后有讲究").match(/class="phrase"/gu)).toHaveLength(2);
  });

  it("lets a long quotation break between its words, and escapes markup", () => {
    expect(headlineHtml("“一二三四五六七八九十一”")).not.toContain("nobr");
    expect(headlineHtml('<script>alert("“不”")</script>')).toBe('<span class="words">&lt;script&gt;alert(&quot;<wbr><span class="nobr">“不”</span><wbr>&quot;)&lt;/script&gt;</span>');
  });
});
