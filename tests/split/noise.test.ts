/** Noise known by its nature (noise.ts), each rule alone, and paragraphs rejoined around it. */
import { describe, expect, it } from "vitest";
import { noiseLines } from "../../src/split/noise.ts";
import { fileURLToPath } from "node:url";
import { loadPages } from "../../src/bench/split-matrix.ts";
import { TRANSFORMATIONS, transform } from "../../src/bench/transform-page.ts";
import { decode } from "../../src/split/decode.ts";
import { read } from "./helpers.ts";

const rules = (...lines: string[]) => [...noiseLines(lines)].sort(([a], [b]) => a - b).map(([i, n]) => `${i}:${n.rule}`);

const TEXT = "开发区推出“东城有约”便民服务品牌，把审批服务送到企业门口，今年以来已服务企业二百余家。";

describe("noise by its nature", () => {
  it("a line printed three times is a running head wherever it stands; twice, only where it cuts a sentence", () => {
    expect(rules("民生热线", TEXT, "民生热线", TEXT, "民生热线")).toEqual(["0:repeated-line", "2:repeated-line", "4:repeated-line"]);
    // An e-paper's headline list prints each headline twice, never inside a sentence.
    expect(rules("城区新增口袋公园", TEXT, "城区新增口袋公园", TEXT)).toEqual([]);
    expect(rules("开发区推出“东城有约”便民服务品牌，把审批服务送到企业门口，今年以", "民生热线", "来已服务企业二百余家。", "民生热线", TEXT)).toEqual(["1:repeated-line", "3:repeated-line"]);
  });

  it.each(["|", "·", "丨", "丨丨", "■■", "l", "I"])("%s alone is a speck", (speck) => {
    expect(rules(TEXT, speck, TEXT)).toEqual(["1:speck"]);
  });

  it.each(["点击蓝字关注我们", "分享 收藏 点赞 在看", "阅读原文", "长按识别二维码", "点赞 12  在看 3", "点击上方蓝字关注", "收录于合集 #乡村振兴 12个", "扫一扫 看视频", "扫码观看直播"])("%s is a line of interface words", (line) => {
    expect(rules(TEXT, line)).toEqual(["1:interface-words"]);
  });

  it.each(["引发社会广泛关注。", "市民纷纷点赞，称这是一件实事", "#乡村振兴 12个", "看视频学技术"])("%s is text, not interface", (line) => {
    expect(rules(TEXT, line)).toEqual([]);
  });

  it("a list of older posts under its label, to the next sentence; a box's label over text is no list", () => {
    expect(rules(TEXT, "往期推荐", "关于做好春季防火工作的通知", "我市召开全市经济工作会议")).toEqual(["1:link-list", "2:link-list", "3:link-list"]);
    expect(rules(TEXT, "相关阅读", TEXT)).toEqual([]);
    // A site's related links under 相关新闻：, each led by a dot.
    expect(rules(TEXT, "相关新闻：", "．东线车站命名公布", "．轻轨横琴线开通一周年")).toEqual(["1:link-list", "2:link-list", "3:link-list"]);
    expect(rules(TEXT, "相关新闻", TEXT)).toEqual([]);
  });

  it("a chart's labels and values left in the text, up from its credit, are noise; a table's rows over its source are not", () => {
    expect(rules(TEXT, "全市快递业务量", "（单位：亿件）", "2023年", "3.1", "2024年", "3.8", "2025年 4.6", "数据来源：市邮政管理局 制图：韦一帆", TEXT)).toEqual(["1:chart", "2:chart", "3:chart", "4:chart", "5:chart", "6:chart", "7:chart", "8:chart"]);
    expect(rules(TEXT, "指标 数值 增速", "地区生产总值 2386.4亿元 5.2%", "数据来源：江州市统计局", TEXT)).toEqual([]);
  });

  it.each(["【二维码】扫码观看冰雕全景视频", "【二维码】扫码看完整故事"])("%s: a placeholder beside its prompt is a line of interface words", (line) => {
    expect(rules(TEXT, line)).toEqual(["1:interface-words"]);
  });

  it("a list of older posts printed on its label's line is chrome; a label over one title in a sentence is not", () => {
    expect(rules(TEXT, "往期回顾：《大雪时节赏雾凇》《冬至一碗饺子香》")).toEqual(["1:link-list"]);
    expect(rules(TEXT, "相关阅读：《湖畔的候鸟》出版后，作者又写了一部续篇。")).toEqual([]);
  });

  it("a video's length on its own line is chrome; a film's running time among its fields is not", () => {
    expect(rules(TEXT, "时长：01:58", "视频时长 04:05")).toEqual(["1:duration", "2:duration"]);
    expect(rules(TEXT, "片长：128分钟")).toEqual([]);
  });

  it("a note in brackets on the whole page is chrome; a story's own source note is not", () => {
    expect(rules(TEXT, "（本版服务信息由南湖市消费者协会提供）", "（本版图表数据截至4月22日收盘）")).toEqual(["1:page-note", "2:page-note"]);
    expect(rules(TEXT, "（县委宣传部 供稿）")).toEqual([]);
  });

  it.each(["[图片]", "【视频】", "(image)"])("%s is an image's place", (line) => {
    expect(rules(TEXT, line, TEXT)).toEqual(["1:placeholder"]);
  });

  it("readers' comments under a web or app story, and their count, are chrome; a sentence about comments is text", () => {
    expect(rules(TEXT, "评论 3", "绿叶子 05-12 10:02 家门口就有公园真好 回复 赞 5", "老张 2026-05-12 11:15 希望多装几个座椅 回复", "小李 3小时前 支持 赞 2")).toEqual([
      "1:reader-comment", "2:reader-comment", "3:reader-comment", "4:reader-comment",
    ]);
    expect(rules(TEXT, "评论", "网友们纷纷在评论区点赞，称赞这是一件暖心实事。", "5月12日 10:00 市民张先生来电反映，小区路灯不亮。")).toEqual([]);
  });

  it("a weather label over the sky and temperatures is the masthead's box; over a forecast in sentences it titles a story", () => {
    expect(rules("今日天气", "多云转晴 24℃～33℃", "南风3级", TEXT)).toEqual(["0:weather-box", "1:weather-box", "2:weather-box"]);
    expect(rules(TEXT, "今日天气", "今天白天多云转晴，最高气温33℃；夜间晴，最低气温24℃，南风3级。")).toEqual([]);
  });

  it("a number beside a running head is the page number; beside text it is text", () => {
    expect(rules(TEXT, "2024年3月5日 星期二", "7", TEXT)).toEqual(["2:page-number"]);
    expect(rules(TEXT, "7", TEXT)).toEqual([]);
  });

  it("numbers alone counting up are a repost's part numbers; a page number beside the running head repeats and is none", () => {
    expect(rules(TEXT, "01", "办事不出村", TEXT, "02", "服务更贴心", TEXT)).toEqual(["1:part-number", "4:part-number"]);
    expect(rules(TEXT, "01", "办事不出村", TEXT, "2025年3月18日 星期二", "2", TEXT, "02", "服务更贴心", TEXT)).toEqual(["1:part-number", "5:page-number", "7:part-number"]);
    // A number alone that counts nothing is text (a figure set apart), as before.
    expect(rules(TEXT, "7", TEXT, "9", TEXT)).toEqual([]);
  });

  it("an account's header and its name above it, at the top only", () => {
    expect(rules("水城发布", "原创 水城日报 水城发布 2025-01-09 06:55 山东", "城区新增3处便民停车场", TEXT)).toEqual(["0:masthead", "1:account-header"]);
    expect(rules("城区新增3处便民停车场", TEXT, "原创 水城日报 水城发布 2025-01-09 06:55 山东")).toEqual([]);
  });

  it("an account's name over its follow prompt is chrome at the top and wherever it is printed again", () => {
    expect(rules("青禾发布", "点击上方蓝字关注我们", "小院经济火起来", TEXT, "编辑｜田野", "青禾发布", "分享 点赞 在看")).toEqual(["0:account-name", "1:interface-words", "5:account-name", "6:interface-words"]);
    expect(rules("小院经济火起来", TEXT, "青禾发布", "分享 点赞 在看")).toEqual(["3:interface-words"]);
  });

  it("a weather box printed over lines of its own: its label and its sky, temperatures and wind", () => {
    expect(rules("江州日报", "2025年2月18日 星期二", "今日天气", "小雨转阴", "6℃～11℃", "东北风3级", "春节后首个工作日", TEXT)).toEqual(["0:masthead", "2:weather-box", "3:weather-box", "4:weather-box", "5:weather-box"]);
    expect(rules(TEXT, "多云转晴", TEXT)).toEqual([]);
  });

  it("a masthead is a name alone at the top above the date line, whatever the paper is called", () => {
    expect(rules("东川新闻", "2025年3月18日 星期二", "A01版：要闻", "会议召开")).toEqual(["0:masthead"]);
    expect(rules("会议召开", TEXT, "东川新闻", "2025年3月18日 星期二")).toEqual([]);
  });
});

describe("paragraphs cut by a column jump", () => {
  it("rejoins a paragraph around a running head, a page number and a reviewer's line", () => {
    const page = ["城区新增口袋公园46处", "■ 本报记者 张三", "今年以来，我市在老城区和新城区新建口袋公园46处，", "城市新闻", "7", "丨", "市民休闲有了好去处。", "公园里的健身器材和儿童游乐设施很受市民欢", "城市新闻", "责编：王芳 审核：李强", "迎，每天都有不少人来锻炼。"].join("\n");
    const article = read(page).articles[0]!;
    expect(article.body.map((b) => b.text)).toEqual(["今年以来，我市在老城区和新城区新建口袋公园46处，市民休闲有了好去处。", "公园里的健身器材和儿童游乐设施很受市民欢迎，每天都有不少人来锻炼。"]);
  });

  it("reads the line under a part's number as the part's heading, on a hard-wrapped page too, though a word seems to run on from it", () => {
    // 管得好 / 人多了 reads as the word 好人 across the break: only the part's number above says the line stands alone.
    const part = (n: string, head: string) => [n, head, "人多了，新问题也来了。周末晚上，街口常常堵车，个", "别摊位占道经营，街道为此成立了议事会，每月开一次会。"];
    const page = ["老街区焕新记", "■ 本报记者 张三", "去年9月，米市街被列入城区老街区改造项目，改造没有", "大拆大建，而是先请住户和商户提意见。", ...part("01", "先修里子，再修面子"), ...part("02", "烟火气要留住，更要管得好")].join("\n");
    const article = read(page).articles[0]!;
    expect(article.body.filter((b) => b.kind === "subhead").map((b) => b.text)).toEqual(["先修里子，再修面子", "烟火气要留住，更要管得好"]);
  });

  it("rejoins a headline cut inside its quotation marks across a speck, a running head and the page number", () => {
    const list = loadPages(fileURLToPath(new URL("../fixtures/pages/", import.meta.url))).find((p) => p.name === "kind-epaper-list")!;
    const page = decode(transform(list, TRANSFORMATIONS.find((t) => t.name === "running-heads")!).bytes).text;
    // The transformed page cuts 市民中心推出“周 / ,' / 末不打烊” …
    expect(page).toContain("市民中心推出“周\n,'\n末不打烊”");
    expect(read(page).articles.map((a) => a.title)).toContain("市民中心推出“周末不打烊”");
  });

  it("keeps a headline apart from the text under a running head", () => {
    const page = ["城区新增口袋公园46处", "■ 本报记者 张三", "今年以来，我市新建口袋公园46处。", "城市新闻", "健身器材受欢迎", "■ 本报记者 李四", "公园里的健身器材很受欢迎。", "城市新闻", "A07", "城市新闻"].join("\n");
    expect(read(page).articles.map((a) => a.title)).toEqual(["城区新增口袋公园46处", "健身器材受欢迎"]);
  });
});
