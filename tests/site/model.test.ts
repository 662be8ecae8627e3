import { describe, expect, it } from "vitest";
import { dateLabel, pageLabel, roleGroups } from "../../src/site/paper.ts";
import { countCharacters, opening, roundCount, renderBody } from "../../src/site/markdown.ts";
import { pinyinSlug } from "../../src/article/slug.ts";
import { outputPath, paths, relativeLink, scriptOf, uniqueSlugs } from "../../src/site/paths.ts";

describe("relative links", () => {
  it("climb out of the page's folder and name the file", () => {
    expect(relativeLink("index.html", "2023-12-14/index.html")).toBe("2023-12-14/index.html");
    expect(relativeLink("2023-12-14/a.html", "2023-12-14/b.html")).toBe("b.html");
    expect(relativeLink("zh-hant/sections/yao-wen/2.html", "zh-hant/2023-12-14/a.html")).toBe("../../2023-12-14/a.html");
    expect(relativeLink("zh-hant/index.html", "assets/site.css")).toBe("../assets/site.css");
    expect(relativeLink("/2023-12-14/index.html", "index.html")).toBe("../index.html");
  });

  it("put Traditional pages under zh-hant/ and tell the scripts apart by URL", () => {
    expect(outputPath("hant", paths.article("2023-12-14", "zheng-wu"))).toBe("zh-hant/2023-12-14/zheng-wu.html");
    expect(scriptOf("/zh-hant/sections/")).toBe("hant");
    expect(scriptOf("/2023-12-14/zheng-wu.html")).toBe("hans");
  });
});

describe("slugs", () => {
  it("spell Chinese names in pinyin", () => {
    expect(pinyinSlug("时政动态")).toBe("shi-zheng-dong-tai");
    expect(pinyinSlug("吕赵一诺")).toBe("lv-zhao-yi-nuo");
  });
  it("stay unique when two names read the same", () => {
    expect(uniqueSlugs(["张伟", "章伟", "赵琦", "张伟"])).toEqual(new Map([["张伟", "zhang-wei"], ["章伟", "zhang-wei-2"], ["赵琦", "zhao-qi"]]));
  });
});

describe("labels", () => {
  it("name the edition date with its weekday and the page with its name", () => {
    expect(dateLabel("2023-12-14")).toBe("2023年12月14日 星期四");
    expect(dateLabel("2024-02-29")).toBe("2024年2月29日 星期四");
    expect(pageLabel(3, "综合", "其他版面")).toBe("第3版·综合");
    expect(pageLabel(3, undefined, "其他版面")).toBe("第3版");
    expect(pageLabel(undefined, undefined, "其他版面")).toBe("其他版面");
  });
  it("group a byline by role as printed", () => {
    const p = (name: string, role: string | null) => ({ name, role, path: "" });
    expect(roleGroups([p("窦胜男", "通讯员"), p("徐言艳", "通讯员"), p("赵宗锋", "记者")]).map((g) => [g.role, g.people.map((x) => x.name)])).toEqual([
      ["通讯员", ["窦胜男", "徐言艳"]],
      ["记者", ["赵宗锋"]],
    ]);
  });
});

describe("bodies", () => {
  it("mark the dateline, keep lines of one paragraph together without spaces, escape HTML", () => {
    expect(renderBody("本报讯（记者 赵琦）12月13日，调度会议\n在市委党校召开。<b>x</b>\n\n## 小标题")).toBe(
      '<p><span class="dateline">本报讯（记者 赵琦）</span>12月13日，调度会议在市委党校召开。&lt;b&gt;x&lt;/b&gt;</p>\n<h2>小标题</h2>\n',
    );
  });
  it("open a list entry with the first paragraph, without the dateline, cut at a clause", () => {
    expect(opening("本报讯（记者 赵琦）12月13日，会议召开。\n\n第二段")).toBe("12月13日，会议召开。");
    const long = "近年来，我市以“公开聊亮”品牌为抓手，不断优化公开平台、拓展解读渠道、深化政民互动、回应民生关切，全市政务公开标准化规范化水平不断提升，“公开聊亮”品牌效应持续彰显，成为全国优秀案例之一";
    // A quotation's last sentence ends after its closing mark; a cut inside a quotation is no sentence end.
    const quoted = "“原以为30家分支机构变更经营范围会很麻烦，仅实名认证就得跑30次。工作人员了解到我的诉求后，主动引导我通过‘分支机构批量变更’一次就办完了，为我们节省了大量的时间成本。”12月11日，王女士说。";
    expect(opening(quoted)).toBe("“原以为30家分支机构变更经营范围会很麻烦，仅实名认证就得跑30次。工作人员了解到我的诉求后，主动引导我通过‘分支机构批量变更’一次就办完了，为我们节省了大量的时间成本。”");
    expect(opening(quoted, 40)).not.toMatch(/^“[^”]*。$/);
    expect(opening(long, 60)).toBe("近年来，我市以“公开聊亮”品牌为抓手，不断优化公开平台、拓展解读渠道、深化政民互动、回应民生关切……");
  });
  it("show what the splitter escaped as the reader's text, not its backslash", () => {
    // escapeMarkdown (src/split/write.ts) writes a numbered tip as 1\. so it stays a paragraph, not a list.
    expect(opening("1\\.办卡前查看经营者资质，尽量选择信誉好的商家。\n\n2\\.不要一次性大额充值。")).toBe("1.办卡前查看经营者资质，尽量选择信誉好的商家。");
    expect(opening("气温\\<0℃时，\\*号线路停运，温度>30℃")).toBe("气温<0℃时，*号线路停运，温度>30℃");
    expect(countCharacters("1\\.办卡")).toBe(4);
  });
  it("round 全文约 N 字 as a reader expects", () => {
    expect([roundCount(74), roundCount(534), roundCount(1546)]).toEqual([74, 530, 1500]);
  });
});

describe("relative links, against the plain definition", () => {
  // The reference: split both paths, drop the shared folders, climb out of the rest.
  const reference = (from: string, to: string) => {
    const f = from.replace(/^\/+/, "").split("/").slice(0, -1);
    const t = to.replace(/^\/+/, "").split("/");
    let shared = 0;
    while (shared < f.length && shared < t.length - 1 && f[shared] === t[shared]) shared++;
    return "../".repeat(f.length - shared) + t.slice(shared).join("/");
  };
  const pages = ["index.html", "/index.html", "2023-12-14/a.html", "zh-hant/2023-12-14/a.html", "zh-hant/sections/yao-wen/2.html", "sections/yao-wen/index.html", "sections/yao-wen.html", "a/b/c/d.html", "2023-12-1/x.html"];
  const targets = [...pages, "2023-12-14", "zh-hant", "sections/yao-wen", "sections/yao-wenhua/index.html", "2023-12-14x/a.html", "assets/site.css", "zh-hant/index.html"];

  it("give the same link for every pair of pages and targets, in any order of asking", () => {
    for (const from of pages) for (const to of targets) expect(relativeLink(from, to), `${from} → ${to}`).toBe(reference(from, to));
    for (const to of targets) for (const from of pages) expect(relativeLink(from, to), `${from} → ${to}`).toBe(reference(from, to));
  });
});
