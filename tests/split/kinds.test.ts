/**
 * Each kind of page the splitter reads (issue 9), on text written for the test:
 * furniture and the header, no empty article, pages without blank lines, wire copy
 * and its credits and sources, briefs, decks, interviews and their boxes.
 */
import { describe, expect, it } from "vitest";
import { furnitureOf, printedEdition, settleEdition } from "../../src/split/furniture.ts";
import { headerOf, splitPage } from "../../src/split/split-page.ts";
import { read } from "./helpers.ts";

const lines = (...texts: string[]) => texts.join("\n");
const summary = (text: string) =>
  read(text).articles.map((a) => ({ type: a.type, title: a.title, by: a.reporter.map((r) => `${r.role ?? ""}:${r.name}`).join(" "), body: a.body.map((b) => b.text) }));

describe("page furniture", () => {
  it.each([
    ["运河晚报", "header"],
    ["SHUICHENG RIBAO", "header"],
    ["2025年3月18日 星期二 农历乙巳年二月十九", "header"],
    ["农历甲辰年四月初九", "header"],
    ["A05版：经济    本版编辑：王丽娜", "header"],
    ["03版 综合", "header"],
    ["B03  国际国内  2025年4月2日 星期三", "header"],
    ["今日8版 总第12843期", "header"],
    ["今日16版 零售价1.00元", "header"],
    ["今日12版 零售价 1.00元", "header"],
    ["国内统一连续出版物号 CN37-0088 邮发代号23-45", "header"],
    ["今日天气：多云转晴 南风3级 17℃～29℃", "header"],
    ["本版主编：张明  责任编辑：王芳  美编：李欣", "header"],
    ["版式：孟佳  审读：郭强", "header"],
    ["本版编辑：谷雨 刘洋  美编：唐糖", "header"],
    ["本版编辑：王海燕 马合木提·热西提", "header"],
    ["本版统筹：贺明  图片编辑：吴迪", "header"],
    ["责任编辑 王宏亮  美术编辑 李佳", "header"],
    ["本版编辑 谷雨", "header"],
    ["2024.06.12 星期三", "header"],
    ["A5 民生", "header"],
    ["A05-A06 民生·调查", "header"],
    ["第4版 评论·理论", "header"],
    ["本版投稿邮箱：sclilun@scdaily.example", "header"],
    ["来稿请寄：水城日报评论理论部", "header"],
    ["新闻热线：0635-8888888", "header"],
    // A paper's name of any words heads a line that prints the date and the page label.
    ["江淮水运报  2025年7月3日  第4版 港航·物流", "header"],
    ["今日青川 2025年3月14日 第3版 乡村振兴", "header"],
    ["本版编辑：龚晴  电话：0635-8888123", "header"],
    // A hard wrap may cut the page label off the end of the masthead's line.
    ["江淮水运报  2026年7月3日  第", "header"],
    ["首页 | 往期回顾 | 版面导航 | 标题导航", "chrome"],
    ["上一篇    下一篇", "chrome"],
    ["首页 > 澳闻 > A04", "chrome"],
    ["上一篇：北区新街市月底启用　　下一篇：赌收上月按年增长", "chrome"],
    ["放大  缩小  默认", "chrome"],
    ["【字体：大 中 小】  打印本页  关闭窗口", "chrome"],
    ["发布时间：2024-09-12 07:30:15", "chrome"],
    ["鲁ICP备12345678号-1", "chrome"],
    ["建议使用1280×800以上分辨率浏览", "chrome"],
  ])("%s is %s", (text, kind) => {
    expect(furnitureOf(text)?.kind).toBe(kind);
  });

  it.each(["2024年5月16日，市民在公园里散步。", "冠县", "第1版的故事", "简讯", "周末访谈", "全市187家长者食堂实现城区社区全覆盖", "投稿人张三说，稿件已寄出。", "3-1", "售价1.00元的鸡蛋", "今日天气  今天白天多云转晴，最高气温33℃；夜间晴。", "全县秋收进度过半 2025年9月3日"])("%s is no furniture", (text) => {
    expect(furnitureOf(text)).toBeNull();
  });

  it("reads the edition from the header; a page list names no page, 当前版 does", () => {
    expect(headerOf(lines("东城晚报", "2025年1月8日  星期三", "A01版：要闻"))).toEqual({ date: "2025-01-08", page: 1, pageName: "要闻" });
    expect(headerOf(lines("水城日报", "第4版 评论·理论"))).toEqual({ page: 4, pageName: "评论·理论" });
    expect(headerOf(lines("水城晚报", "2024.06.12 星期三", "A5 民生"))).toEqual({ date: "2024-06-12", page: 5, pageName: "民生" });
    // A date alone under the stories signs a notice; alone in the head it is the edition's.
    expect(headerOf(lines("A05版：民生", "关于东湖路封闭施工的通告", "特此通告。", "水城市城市管理局", "2024年6月11日"))).toEqual({ page: 5, pageName: "民生" });
    expect(headerOf(lines("水城晚报", "2024年6月12日", "A05版：民生", "关于东湖路封闭施工的通告"))).toEqual({ date: "2024-06-12", page: 5, pageName: "民生" });
    const list = ["第01版：要闻", "第02版：评论·时事", "第03版：城事"].map(furnitureOf);
    expect(printedEdition(list)).toEqual({});
    expect(printedEdition([furnitureOf("当前版：02"), ...list])).toEqual({ page: 2 });
  });

  it("reads a 版名 printed on its own line between two header lines; below the head or beside a story it names nothing", () => {
    expect(headerOf(lines("2026年12月7日 星期一   东昌晚报   A07", "文体新闻", "本版编辑：孙立  校对：韩梅", "全民健身运动会圆满落幕"))).toEqual({ date: "2026-12-07", page: 7, pageName: "文体新闻" });
    expect(headerOf(lines("2026年12月7日 星期一   东昌晚报   A07", "文体新闻", "全民健身运动会圆满落幕", "本版编辑：孙立"))).toEqual({ date: "2026-12-07", page: 7 });
    const page = ["东昌晚报 A07", "", "文体新闻", "本版编辑：孙立", "", "全民健身运动会圆满落幕", "■ 本报记者 吕一鸣", "12月6日，第五届全民健身运动会在市体育中心闭幕。"].join("\n");
    const reading = splitPage(page, { sections: ["要闻"], defaultSection: "要闻" });
    expect(reading.articles.map((a) => [a.title, a.column])).toEqual([["全民健身运动会圆满落幕", undefined]]);
  });

  it("settles the edition: options fill nothing the header prints differently", () => {
    expect(settleEdition({ date: "2024-05-16" }, { date: "2024-05-16", page: 1 })).toEqual({ edition: { date: "2024-05-16", page: 1 }, conflicts: [] });
    expect(settleEdition({ page: 3 }, { page: 1 }).conflicts).toEqual(["--page 3 but the page's header prints 1"]);
  });

  it("a masthead front page: no article of furniture, no empty article, a footer no byline", () => {
    const got = summary(lines("聊城日报", "2024年2月1日 星期四", "第1版 要闻", "", "春运首日客流平稳", "", "■ 本报记者 王冬", "", "本报讯 1月31日，春运首日全市客运站发送旅客3.2万人次。", "", "责任编辑：李梅  美编：张雷  校对：刘云"));
    expect(got).toEqual([{ type: "article", title: "春运首日客流平稳", by: "记者:王冬", body: ["本报讯 1月31日，春运首日全市客运站发送旅客3.2万人次。"] }]);
  });

  it("e-paper chrome and a headline list never become text or a deck", () => {
    const got = read(lines("标题导航", "春运首日客流平稳", "雪后道路全部通行", "春运首日客流平稳", "本报讯 1月31日，春运首日全市客运站发送旅客3.2万人次。", "打印本文  返回目录", "雪后道路全部通行", "本报讯 2月1日，全市国省干道积雪已全部清除。"));
    expect(got.articles.map((a) => [a.title, a.kicker, a.body.length])).toEqual([["春运首日客流平稳", undefined, 1], ["雪后道路全部通行", undefined, 1]]);
  });
});

describe("no empty article", () => {
  it("a headline with nothing under it heads the headless story below, or is left out with a note", () => {
    const headed = read(lines("市民冬泳", "", "", "12月10日，冬泳爱好者在东昌湖畔畅游。", "本报记者 张承斌 摄"));
    expect(headed.articles.map((a) => [a.type, a.title])).toEqual([["photo", "市民冬泳"]]);
    const alone = read(lines("本报讯 12月9日，会议召开。", "", "市民冬泳"));
    expect(alone.articles).toHaveLength(1);
    expect(alone.warnings.map((w) => w.code)).toContain("empty-story");
  });
});

describe("pages without blank lines", () => {
  it("rejoins hard-wrapped lines, keeps paragraphs that end short, and starts a story at a headline and dateline", () => {
    const got = summary(lines(
      "公园绿道全线贯通",
      "本报讯（记者 林立）1月5日，记者从市园林局获",
      "悉，环城公园绿道全线贯通，全长28公里，串联起",
      "沿线12个公园和游园。",
      "绿道沿线新建驿站6处，配备休息座椅、饮水机和",
      "公共卫生间，方便市民健身休闲。",
      "城区新增停车泊位800个",
      "本报讯（记者 赵然）记者1月5日从市交警支队获",
      "悉，城区新增公共停车泊位800个。",
    ));
    expect(got).toEqual([
      { type: "article", title: "公园绿道全线贯通", by: "记者:林立", body: ["本报讯（记者 林立）1月5日，记者从市园林局获悉，环城公园绿道全线贯通，全长28公里，串联起沿线12个公园和游园。", "绿道沿线新建驿站6处，配备休息座椅、饮水机和公共卫生间，方便市民健身休闲。"] },
      { type: "article", title: "城区新增停车泊位800个", by: "记者:赵然", body: ["本报讯（记者 赵然）记者1月5日从市交警支队获悉，城区新增公共停车泊位800个。"] },
    ]);
  });
});

describe("wire and reprinted copy", () => {
  it("a 新华社发 … 摄 credit directly above a wire story belongs to the caption, and a closing source is the story's source", () => {
    const got = read(lines(
      "6月10日，农机手在高标准农田里收获小麦。",
      "新华社发 吴晨阳 摄",
      "夏粮收购有序开展",
      "新华社北京6月11日电（记者 周子墨）记者从国家粮食和物资储备局获悉，夏粮收购有序开展。（新华社电）",
      "全民阅读活动启动",
      "各地图书馆推出系列阅读活动。（据《光明日报》）",
    ));
    expect(got.articles.map((a) => [a.type, a.title, a.reporter, a.source])).toEqual([
      ["photo", null, [{ name: "吴晨阳", role: null }], undefined],
      ["article", "夏粮收购有序开展", [{ name: "周子墨", role: "记者" }], "新华社电"],
      ["article", "全民阅读活动启动", [], "据《光明日报》"],
    ]);
    expect(got.articles[1]!.body[0]!.text).toBe("新华社北京6月11日电（记者 周子墨）记者从国家粮食和物资储备局获悉，夏粮收购有序开展。");
  });
});

describe("briefs", () => {
  it("one article per bulleted item, type brief, with its closing credit out of the text", () => {
    const got = read(lines("简讯", "", "● 3月14日，市商务局组织外贸企业参加线上对接会。（记者 王芳）", "", "● 近日，市人社局发布企业用工需求。（通讯员 孙倩）"));
    expect(got.articles.map((a) => [a.type, a.column, a.reporter.map((r) => r.name).join(), a.body.map((b) => b.text).join()])).toEqual([
      ["brief", "简讯", "王芳", "3月14日，市商务局组织外贸企业参加线上对接会。"],
      ["brief", "简讯", "孙倩", "近日，市人社局发布企业用工需求。"],
    ]);
  });
});

describe("photo runs", () => {
  it("a run of photos under 图片新闻 ends at a headline over a dateline; the desk is its section, not a column", () => {
    const got = read(lines("图片新闻", "12月1日，选手们从东昌湖畔出发。 本报记者 许金松 摄", "书法作品展开幕", "本报讯（记者 严可馨）11月30日，书法作品展在市美术馆开幕。"));
    expect(got.articles.map((a) => [a.type, a.section, a.column])).toEqual([["photo", "图片新闻", undefined], ["article", "要闻", undefined]]);
  });

  it("a marker that is no desk of the site stays the stories' column", () => {
    const got = read(lines("（县域经济）", "12月1日，冠县鸭梨喜获丰收，果农忙着采摘装箱。 本报记者 许金松 摄"));
    expect(got.articles.map((a) => [a.section, a.column])).toEqual([["要闻", "县域经济"]]);
  });
});

describe("news with a photo", () => {
  it("a headlined story opened by a dateline, with a photo credit under its one paragraph, is news, not a photo story", () => {
    const got = read(lines("CBA常规赛", "山东队主场胜广东队", "新华社济南4月1日电 1日晚，CBA常规赛第40轮在济南进行，山东高速队以108:101战胜广东东莞大益队。", "（新华社记者 王凯 摄）"));
    expect(got.articles.map((a) => [a.type, a.section, a.reporter])).toEqual([["article", "要闻", [{ name: "王凯", role: "新华社记者" }]]]);
  });
});

describe("lists", () => {
  it("a list row keeps the spaces that part its columns; prose loses the spaces of its print lines", () => {
    const prose = "来自全市各县（市、区）的近千名运动员参加了田径项目的角逐，比赛共决出金牌48枚";
    const got = read(lines("市运会田径赛收官", "■ 本报记者 何冰", `4月1日，市运会田径比赛落下 帷幕。${prose}。`, "比赛成绩：", "男子100米：东昌府区　刘一鸣　10秒68", "女子跳高：临清市  王菲菲  1米72", `据悉，本届市运会共设21个大项。${prose}。`));
    expect(got.articles[0]!.body.map((b) => b.text)).toEqual([`4月1日，市运会田径比赛落下帷幕。${prose}。`, "比赛成绩：", "男子100米：东昌府区 刘一鸣 10秒68", "女子跳高：临清市 王菲菲 1米72", `据悉，本届市运会共设21个大项。${prose}。`]);
  });
});

describe("notices", () => {
  it("a notice alone under its marker is titled by it; several ads under one marker get titles of their own", () => {
    const got = read(lines("寻人启事", "王某某，男，78岁，于5月18日在东昌湖附近走失。", "联系电话：13800000000", "遗失声明", "李文博遗失出生医学证明一份，声明作废。", "王秀兰遗失残疾人证，声明作废。"));
    expect(got.articles.map((a) => [a.type, a.column, a.title])).toEqual([
      ["brief", undefined, "寻人启事"],
      ["brief", "遗失声明", null],
      ["brief", "遗失声明", null],
    ]);
  });

  it("a notice is alone under its marker though a reported story follows it", () => {
    const got = read(lines("寻人启事", "孙某某，男，78岁，于12月1日上午从家中走失，患有老年痴呆症。有知情者请与家属联系。", "联系电话：13806351234", "", "拾金不昧 环卫工归还万元现金", "本报讯（记者 孙立新）12月4日清晨，环卫工李秀兰捡到一个手提包，内有现金1.2万元。她随即将手提包交到附近派出所。"));
    // The reported story after it is news: the notice's marker is no column over it.
    expect(got.articles.map((a) => [a.column, a.title])).toEqual([
      [undefined, "寻人启事"],
      [undefined, "拾金不昧 环卫工归还万元现金"],
    ]);
  });
});

describe("headline decks", () => {
  it("reads kicker, title and a dashless subtitle of figures, and says it guessed", () => {
    const got = read(lines("让老人在家门口吃上热乎饭", "全市187家长者食堂实现全覆盖", "日均就餐老人2.3万人次，满意率达97.6%", "■ 本报记者 孙晓雯", "本报讯 5月15日，长者食堂开门迎客。"));
    const [a] = got.articles;
    expect([a!.kicker, a!.title, a!.subtitle]).toEqual(["让老人在家门口吃上热乎饭", "全市187家长者食堂实现全覆盖", "日均就餐老人2.3万人次，满意率达97.6%"]);
    expect(got.warnings.map((w) => w.code)).toContain("deck-guess");
  });
});

describe("interviews and boxes", () => {
  it("reads turns as paragraphs, a short line above a turn as a subhead, and a closing box as the story's aside", () => {
    const got = read(lines("夜校为何这么火", "■ 本报记者 林知夏", "下班后学一门手艺，成了年轻人的新选择。", "从一门课到六十门课", "记者：名额很快被抢光了吗？", "苏婉清：没想到会这么快。", "相关链接", "市青年夜校于2023年开办。"));
    expect(got.articles).toHaveLength(1);
    expect(got.articles[0]!.body).toEqual([
      { kind: "paragraph", text: "下班后学一门手艺，成了年轻人的新选择。" },
      { kind: "subhead", text: "从一门课到六十门课" },
      { kind: "paragraph", text: "记者：名额很快被抢光了吗？" },
      { kind: "paragraph", text: "苏婉清：没想到会这么快。" },
      { kind: "aside", text: "市青年夜校于2023年开办。", label: "相关链接" },
    ]);
  });
});

describe("photo credits in all their forms", () => {
  it.each([
    ["本报记者 王强 摄影报道", [{ name: "王强", role: "记者" }]],
    ["拍友 孟凡星", [{ name: "孟凡星", role: "拍友" }]],
    ["文/图 本报记者 夏雨晴", [{ name: "夏雨晴", role: "记者" }]],
    ["新华社发 吴晨阳 摄", [{ name: "吴晨阳", role: null }]],
    ["本报通讯员 孙涛 李佳 摄", [{ name: "孙涛", role: "通讯员" }, { name: "李佳", role: "通讯员" }]],
    ["图片由茌平区融媒体中心提供", []],
  ])("%s under a caption credits the photo", (credit, reporters) => {
    const got = read(lines("本报讯 5月5日，会议召开。", "5月3日，孩子们在科技馆体验机器人编程课程。", credit, "城区新添口袋公园", "本报讯 5月6日，口袋公园开园。"));
    expect(got.articles.map((a) => a.type)).toEqual(["brief", "photo", "article"]);
    expect(got.articles[1]!.reporter).toEqual(reporters);
  });
});
