/**
 * Pages composed from the forms in GUIDE §1 and lines of the real page: how
 * stories are found, grouped and rejoined.
 */
import { describe, expect, it } from "vitest";
import { PageError } from "../../src/split/errors.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { EDITION, read } from "./helpers.ts";

const page = (...lines: string[]) => lines.join("\n\n");
const summary = (text: string) =>
  read(text).articles.map((a) => ({ type: a.type, title: a.title, section: a.section, reporter: a.reporter.map((r) => r.name), paragraphs: a.body.length }));

describe("composed pages", () => {
  it("reads a page of three photo captions as three photo stories under 图片新闻", () => {
    const reading = read(
      page(
        "图片新闻",
        "12月12日,在位于开发区的聊城百思特游艇有限公司生产车间,工人对生产的游艇进行表面处理。 ■ 本报记者 许金松",
        "12月11日,东昌府区一处小麦田里,农民在浇灌越冬水。 本报记者 张承斌 摄",
        "12月10日,游客在东昌湖畔观赏冬日美景。(本报通讯员 王奕明 摄)",
      ),
    );
    expect(reading.articles.map((a) => [a.type, a.title, a.section, a.reporter[0]])).toEqual([
      ["photo", null, "图片新闻", { name: "许金松", role: "记者" }],
      ["photo", null, "图片新闻", { name: "张承斌", role: "记者" }],
      ["photo", null, "图片新闻", { name: "王奕明", role: "通讯员" }],
    ]);
    expect(reading.articles.map((a) => a.slug)).toEqual(["gong-ren-dui-sheng-chan-de", "nong-min-zai-jiao-guan-yue", "you-ke-zai-dong-chang-hu"]);
    expect(reading.warnings.map((w) => [w.line, w.code])).toEqual([[3, "derived-title"], [5, "derived-title"], [7, "derived-title"]]);
  });

  it("opens a story with a dateline when the page prints no headline above it", () => {
    const text = page(
      "本报讯(记者 赵琦)12月13日,聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校召开。",
      "会上,各部门分别围绕明年项目谋划情况进行发言。",
      "阳谷县",
      "分支机构信息变更一次办好",
      "本报讯(通讯员 窦胜男 徐言艳)12月11日,阳谷县百年民康药店连锁有限公司的王女士说。",
      "本报讯(吕赵一诺)12月13日,记者了解到,开发区行政审批服务部优化营商环境的做法获评优秀案例。",
    );
    expect(summary(text)).toEqual([
      { type: "article", title: null, section: "要闻", reporter: ["赵琦"], paragraphs: 2 },
      { type: "article", title: "分支机构信息变更一次办好", section: "要闻", reporter: ["窦胜男", "徐言艳"], paragraphs: 1 },
      { type: "brief", title: null, section: "要闻", reporter: ["吕赵一诺"], paragraphs: 1 },
    ]);
    expect(read(text).articles[1]!.kicker).toBe("阳谷县");
  });

  it("keeps web noise and referrals out of the text and reports them", () => {
    const reading = read(
      page(
        "2023-06-27 1 1 聊城日报 content_33477.html",
        "牢记历史 勿忘国耻",
        "■ 本报记者 张承斌",
        "12月11日上午,聊城市退役军人事务局举办国家公祭日主题报展,展出100多份老报纸。",
        "详见C02版",
        "发布日期: 2023-06-27",
      ),
    );
    expect(reading.articles).toHaveLength(1);
    expect(reading.articles[0]!.body).toEqual([{ kind: "paragraph", text: "12月11日上午，聊城市退役军人事务局举办国家公祭日主题报展，展出100多份老报纸。" }]);
    expect(reading.warnings.map((w) => [w.line, w.code])).toEqual([[1, "layout-noise"], [9, "referral"], [11, "layout-noise"]]);
  });

  it("gives a section marker's run of items that section, and ends the run at a feature with a byline", () => {
    const reading = read(
      page(
        "(时政动态)",
        "市政府召开常务会议",
        "本报讯(记者 赵琦)12月13日,市政府召开常务会议。",
        "市人大常委会召开主任会议",
        "本报讯(记者 张召旭)12月13日,市人大常委会召开主任会议。",
        "牢记历史 勿忘国耻",
        "■ 本报记者 张承斌",
        "12月11日上午,聊城市退役军人事务局举办国家公祭日主题报展。",
      ),
    );
    expect(reading.articles.map((a) => [a.column, a.section])).toEqual([
      ["时政动态", "时政动态"],
      ["时政动态", "时政动态"],
      [undefined, "要闻"],
    ]);
  });

  it("credits the reporter printed at the end of a brief", () => {
    const reading = read(page("(时政动态)", "市民冬泳", "12月13日,数百名市民在东昌湖参加冬泳活动。(记者 张召旭)"));
    expect(reading.articles[0]).toMatchObject({ title: "市民冬泳", reporter: [{ name: "张召旭", role: "记者" }] });
    expect(reading.articles[0]!.body).toEqual([{ kind: "paragraph", text: "12月13日，数百名市民在东昌湖参加冬泳活动。" }]);
  });

  it("uses --section for stories without a marker, and notes a marker the site does not know", () => {
    const text = page("(社会新闻)", "市民冬泳", "本报讯(记者 赵琦)12月13日,市民在东昌湖冬泳。");
    const reading = read(text, { section: "综合" });
    expect(reading.articles[0]!.section).toBe("综合");
    expect(reading.warnings.map((w) => [w.line, w.code])).toEqual([[1, "unknown-section"]]);
  });

  it("rejoins a paragraph broken across columns, and keeps apart one that lost its ending", () => {
    const reading = read(
      page(
        "开发区持续优化营商环境",
        "本报讯(吕赵一诺)12月13日,记者了解到,开发区持续擦亮营商环境这一\"金字招牌\"。",
        "开发区行政审批服务部部长张洪霞介绍,办理各类经营许可证满意度达100%,位列全市第",
        "开发区创新打造\"开心建\"工建项",
        "目审批服务品牌,联合11个部门选派服务专员。",
        "开发区打造\"东城有约\"便民服务品牌,审批时限压缩90%以上。",
      ),
    );
    expect(reading.articles[0]!.body.map((b) => b.text)).toEqual([
      "本报讯（吕赵一诺）12月13日，记者了解到，开发区持续擦亮营商环境这一“金字招牌”。",
      "开发区行政审批服务部部长张洪霞介绍，办理各类经营许可证满意度达100%，位列全市第",
      "开发区创新打造“开心建”工建项目审批服务品牌，联合11个部门选派服务专员。",
      "开发区打造“东城有约”便民服务品牌，审批时限压缩90%以上。",
    ]);
    expect(reading.warnings).toEqual([{ line: 5, code: "missing-ending", message: "paragraph stops mid-sentence (…100%，位列全市第); text may be missing" }]);
  });

  it("tells subheads from broken lines, and joins a line that stops on a comma", () => {
    const reading = read(
      page(
        "分支机构信息变更一次办好",
        "■ 本报通讯员 王奕明",
        "阳谷县行政审批服务局积极引入分支机构批量变更系统,打造更加高效、",
        "便捷的政务环境。",
        "抓部门联动,促路域环境提升",
        "交通运输综合执法改革之后,中心对原路政大厅进行了升级改造。",
        "一、优化服务流程",
        "今年以来,累计开展活动9949次。",
      ),
    );
    expect(reading.articles[0]!.body).toEqual([
      { kind: "paragraph", text: "阳谷县行政审批服务局积极引入分支机构批量变更系统，打造更加高效、便捷的政务环境。" },
      { kind: "subhead", text: "抓部门联动，促路域环境提升" },
      { kind: "paragraph", text: "交通运输综合执法改革之后，中心对原路政大厅进行了升级改造。" },
      { kind: "subhead", text: "一、优化服务流程" },
      { kind: "paragraph", text: "今年以来，累计开展活动9949次。" },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("gives a credit line under a caption to the photo, and notes a headline or byline with no text", () => {
    const reading = read(
      page(
        "■ 本报记者 赵琦",
        "图片新闻",
        "12月11日,东昌府区一处小麦田里,农民在浇灌越冬水。",
        "本报记者 张承斌 摄",
        "冬日运河",
        "12月10日,游客在东昌湖畔观赏冬日美景。(本报通讯员 王奕明 摄)",
        "市民冬泳",
      ),
    );
    expect(reading.articles.map((a) => [a.type, a.title, a.reporter.map((r) => r.name).join(" "), a.body.length])).toEqual([
      ["photo", null, "张承斌", 1],
      ["photo", "冬日运河", "王奕明", 1],
    ]);
    // No article is ever written without text: the headline is left out, and said so.
    expect(reading.warnings.filter((w) => w.code === "unplaced-line" || w.code === "empty-story")).toEqual([
      { line: 1, code: "unplaced-line", message: "byline with no story under it: 赵琦" },
      { line: 13, code: "empty-story", message: "headline with no text under it, left out: 市民冬泳" },
    ]);
  });

  it("reads a page in a neighbouring paper's style, lines not separated by blank lines", () => {
    const reading = read(
      [
        "潍坊：冬季供暖全面启动",
        "本报讯 (潍坊日报社全媒体记者 巩建国)11月15日,潍坊市区集中供暖正式启动。",
        "据了解,今年供暖季,全市热源企业储煤量充足,热网运行平稳。",
        "绿色低碳谱新篇",
        "——寿光市推进农业绿色发展纪实",
        "■ 本报记者 张 三 通讯员 李四",
        "近年来,寿光市坚持绿色发展理念,全市蔬菜产业",
        "质量持续提升。",
        "一、科技赋能",
        "\"过去靠经验,现在靠数据。\"菜农王大爷说。(下转第二版)",
        "本版编辑:王五",
      ].join("\n"),
    );
    expect(reading.articles.map((a) => ({ title: a.title, subtitle: a.subtitle, reporter: a.reporter, body: a.body }))).toEqual([
      {
        title: "潍坊：冬季供暖全面启动",
        subtitle: undefined,
        reporter: [{ name: "巩建国", role: "潍坊日报社全媒体记者" }],
        body: [
          { kind: "paragraph", text: "本报讯（潍坊日报社全媒体记者 巩建国）11月15日，潍坊市区集中供暖正式启动。" },
          { kind: "paragraph", text: "据了解，今年供暖季，全市热源企业储煤量充足，热网运行平稳。" },
        ],
      },
      {
        title: "绿色低碳谱新篇",
        subtitle: "寿光市推进农业绿色发展纪实",
        reporter: [{ name: "张三", role: "记者" }, { name: "李四", role: "通讯员" }],
        body: [
          { kind: "paragraph", text: "近年来，寿光市坚持绿色发展理念，全市蔬菜产业质量持续提升。" },
          { kind: "subhead", text: "一、科技赋能" },
          { kind: "paragraph", text: "“过去靠经验，现在靠数据。”菜农王大爷说。" },
        ],
      },
    ]);
    // The page editors' footer is furniture: no story's, and nothing to review.
    expect(reading.warnings.map((w) => [w.line, w.code])).toEqual([[10, "referral"]]);
  });

  it("reads a headline ending in ？ when a byline or subtitle follows, and a question in the text as text", () => {
    const reading = read(
      page(
        "政策如何“接地气”？",
        "——我市政策解读工作见闻",
        "□ 本报评论员",
        "如何让解读信息可视、可读、可感，使政策接地气？",
        "今年以来，我市不断探索政策解读新形式。",
      ),
    );
    expect(reading.articles).toHaveLength(1);
    expect(reading.articles[0]).toMatchObject({ title: "政策如何“接地气”？", subtitle: "我市政策解读工作见闻", reporter: [{ name: "本报评论员", role: "评论员" }] });
    expect(reading.articles[0]!.body.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });

  it("makes unique slugs for stories with the same headline", () => {
    const text = page("市民冬泳", "本报讯(记者 赵琦)市民在东昌湖冬泳。", "市民冬泳", "本报讯(记者 张召旭)市民在徒骇河冬泳。");
    expect(read(text).articles.map((a) => a.slug)).toEqual(["shi-min-dong-yong", "shi-min-dong-yong-2"]);
  });

  it("refuses a page with no story in it", () => {
    expect(() => splitPage(page("2023-06-27 1 1 聊城日报 content_33477.html", "详见C02版"), EDITION)).toThrow(PageError);
    expect(() => splitPage("hello world\n\nThis is not a page.", EDITION)).toThrow(/no recognisable story/);
  });
});
