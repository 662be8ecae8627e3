/**
 * The evidence for pages of kinds the splitter learnt to read by their shape: documents
 * printed in full, web article pages, notices and ads, letters, boxes of their own, heading
 * shapes, a front page's furniture, runs of bulleted items. Each rule alone, then a small
 * page read whole.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyLine, type PageLine } from "../../src/split/classify.ts";
import { EVIDENCE, storyLines } from "../../src/split/evidence.ts";
import { furnitureOf } from "../../src/split/furniture.ts";
import { noiseLines } from "../../src/split/noise.ts";
import { datedSignatures } from "../../src/split/notice.ts";
import { LINE_RULES, normalize } from "../../src/split/normalize.ts";
import { read } from "./helpers.ts";

const classified = (...texts: string[]) => texts.map((text, i) => classifyLine(normalize(text, LINE_RULES).text, i + 1));
const rule = (name: string) => EVIDENCE.find((r) => r.name === name)!;
const inStory = (line: PageLine) => line.kind !== "furniture" && line.kind !== "noise" && line.kind !== "referral";

/** What a rule weighs for the line marked '>' among its neighbours, read as the page's story lines (dated signatures marked). */
function weigh(name: string, texts: string[], flag?: Partial<PageLine>) {
  const lines = datedSignatures(classified(...texts.map((t) => t.replace(/^>/u, "")))).map((l, i) => (texts[i]!.startsWith(">") ? { ...l, ...flag, marked: true } : l));
  const story = lines.filter(inStory);
  return rule(name).weigh(storyLines(story), story.findIndex((l) => "marked" in l));
}

const STORY = ["流感进入高发期", "■ 本报记者 邵雨桐", "入冬以来，我市流感进入高发期。"];

describe("evidence rules of the new kinds, each alone", () => {
  it.each([
    ["spaced-title", ["会议召开。", ">讣　告", "某某同志因病医治无效逝世，享年86岁。"], "heading"],
    ["over-a-signed-document", ["第十二条　本条例自2025年12月1日起施行。", ">关于青禾路片区规划的批前公示", "现将规划方案予以批前公示，广泛征求意见。", "附件：", "1.用地规划图", "江州市自然资源和规划局", "2025年9月26日"], "heading"],
    ["signs-the-notice", ["现将规划方案予以批前公示，广泛征求意见。", ">江州市自然资源和规划局", "2025年9月26日"], "signature"],
    ["over-a-credited-box", [...STORY, ">孩子发烧，什么时候该去医院？", "家长首先要观察孩子的精神状态。", "答疑专家：青州市人民医院儿科副主任医师 任雅琴"], "heading"],
    ["over-a-salutation", ["站着等车很辛苦。", ">公交站台的座椅坏了半年", "编辑同志：", "江州市人民医院站的公交站台，座椅断了一块。"], "heading"],
    ["lead-in-over-a-deck", ["常年活跃在田间地头。", ">阳谷：", "“冬训”课堂开到村头", "本报讯（记者 吴琼）12月4日，课堂开进了村里。"], "heading"],
  ])("%s weighs for the line as %s", (name, texts, role) => {
    const seen = weigh(name, texts);
    expect(seen?.saw).toBeTruthy();
    expect(seen!.weights[role as "heading"]).toBeGreaterThan(0);
  });

  it("over-article-meta weighs for a line the web article's meta lines stand under as its heading", () => {
    expect(weigh("over-article-meta", ["会议召开。", ">钾肥港口库存连续三周下降", "据统计，截至3月10日，我国主要港口钾肥库存约为186万吨。"], { overMeta: true })?.weights.heading).toBeGreaterThan(0);
  });

  it.each([
    // A name spaced out is a byline, not a title.
    ["spaced-title", ["窗外的雪", ">孟 晴", "清早推开窗，雪已经下了厚厚一层。"]],
    // A subhead of a story whose text runs on to no signature.
    ["over-a-signed-document", ["会议召开。", ">线上订购成新选择", "不少农户选择通过手机下单。"]],
    // An issuer's name with no date under it, under a story's text, signs nothing.
    ["signs-the-notice", ["本报讯 6月11日，会议召开。", ">水城市城市管理局", "■ 本报记者 张三", "城管局推出新举措。"]],
    // The story above prints no credit of its own: the box's credit may be the whole story's.
    ["over-a-credited-box", ["流感进入高发期", "入冬以来，我市流感进入高发期。", ">孩子发烧，什么时候该去医院？", "家长首先要观察孩子的精神状态。", "答疑专家：青州市人民医院儿科副主任医师 任雅琴"]],
    ["over-a-salutation", ["站着等车很辛苦。", ">公交站台的座椅坏了半年", "江州市人民医院站的公交站台，座椅断了一块。"]],
    ["over-article-meta", ["会议召开。", ">钾肥港口库存连续三周下降", "据统计，截至3月10日，我国主要港口钾肥库存约为186万吨。"]],
    // A speaker's words under a byline open the story's text; a salutation opens a letter.
    ["lead-in-over-a-deck", ["水城女排晋级四强", "■ 本报记者 邵一帆", ">教练说：", "青山队卫冕", "■ 本报记者 林立"]],
    ["lead-in-over-a-deck", ["站着等车很辛苦。", ">编辑同志：", "江州市人民医院站的公交站台，座椅断了一块。"]],
    // A document's dated signature under its contact lines signs it: no deck with the next story's headline, nothing the fields closed.
    ["stacked", ["受理电话：0635-12380", "来信地址：江州市人民路1号，邮编252000", ">中共江州市委组织部", "2026年4月16日", "我市新增市场主体2.6万户", "本报讯（记者 韩雪）记者从市市场监管局获悉，新增主体2.6万户。"]],
    ["after-the-data", ["受理电话：0635-12380", "来信地址：江州市人民路1号，邮编252000", ">中共江州市委组织部", "2026年4月16日", "我市新增市场主体2.6万户", "本报讯（记者 韩雪）记者从市市场监管局获悉，新增主体2.6万户。"]],
  ])("%s sees nothing where nothing says so", (name, texts) => {
    expect(weigh(name, texts)).toBeNull();
  });

  it("a document's signature ends the list above it: the title under it is no row of the list", () => {
    expect(weigh("list-rows", ["附件：", "1.用地规划图", "2.规划说明", "江州市自然资源和规划局", "2025年9月26日", ">通　告", "为保障马拉松赛顺利举行，对赛道沿线道路实行交通管制。"])).toBeNull();
  });
});

describe("lines of the new kinds", () => {
  const kind = (text: string) => classifyLine(normalize(text, LINE_RULES).text, 1);

  it("reads a web article's author line as its byline, with a role or without", () => {
    expect(kind("作者：本报记者 郑一鸣")).toMatchObject({ kind: "byline", reporters: [{ name: "郑一鸣", role: "记者" }] });
    expect(kind("作者：王建")).toMatchObject({ kind: "byline", reporters: [{ name: "王建", role: null }] });
  });

  it("reads the line crediting who answers in a box (a label, a unit and post, a name last) as its credit; a notice's field stays a field", () => {
    expect(kind("答疑专家：青州市人民医院儿科副主任医师 任雅琴")).toMatchObject({ kind: "byline", reporters: [{ name: "任雅琴", role: null }] });
    expect(kind("联系人：王先生")).toMatchObject({ kind: "text", asPrinted: true });
    expect(kind("意见反馈：公示期间，有意见的 请来函")).not.toMatchObject({ kind: "byline" });
  });

  it("reads a letter's salutation and its signature, and two names as no signature", () => {
    expect(kind("编辑同志：")).toMatchObject({ kind: "text", salutation: true });
    expect(kind("读者 陈立新")).toMatchObject({ kind: "text", asPrinted: true });
    expect(kind("陈立新 黄晓梅").kind).toBe("short");
  });

  it("reads an index entry with its page as a referral, and a document's number as no section marker", () => {
    expect(kind("全县秋收秋种进度过半  →详见A2版").kind).toBe("referral");
    expect(kind("阿胶文化节下周开幕 详见第3版").kind).toBe("referral");
    expect(kind("（第十八号）").kind).not.toBe("section");
    expect(kind("（时政动态）").kind).toBe("section");
  });

  it("reads web chrome in brackets, the page's own title list and the edition's form beside the masthead as furniture", () => {
    expect(furnitureOf("【打印本页】【关闭窗口】")?.kind).toBe("chrome");
    expect(furnitureOf("本版标题导航")?.kind).toBe("chrome");
    expect(furnitureOf("中国农资导报 数字报")?.kind).toBe("header");
    expect(furnitureOf("本版标题")).toBeNull();
  });
});

describe("the new kinds under surface changes", () => {
  const kind = (text: string) => classifyLine(normalize(text, LINE_RULES).text, 1);

  it("reads an author line moved to the story's end, and a spaced name closing it, as its credit", () => {
    expect(kind("……复合肥、水溶肥的订单明显增多。（作者：本报记者 郑一鸣）")).toMatchObject({ kind: "text", reporters: [{ name: "郑一鸣", role: "记者" }] });
    expect(kind("……他回了一句：真想回家看看。（孟 晴）")).toMatchObject({ kind: "text", reporters: [{ name: "孟晴", role: null }], bareCredit: true });
  });

  it("reads a column rule beside a digit as a speck", () => {
    expect([...noiseLines(["会议召开。", "l1", "会议指出。"])].map(([i, n]) => `${i}:${n.rule}`)).toEqual(["1:speck"]);
  });

  it("keeps a web article's title apart from its text across its meta lines, and a numbered item of a hard-wrapped list on its own line", () => {
    const web = ["小麦“一喷三防”药剂供应充足", "来源：中国农资导报", "发布时间：2026-03-12 08:31", "字号 大 中 小", "眼下，黄淮海冬小麦陆续进入返青拔节期，用药需求开始增长。"].join("\n");
    expect(read(web).articles.map((a) => [a.title, a.source, a.body.length])).toEqual([["小麦“一喷三防”药剂供应充足", "中国农资导报", 1]]);
    const wrapped = ["关于青禾路片区规划的批前公示", "现将青禾路片区控制性详细规划方案予以", "批前公示，广泛征求社会各界意见和建议。", "附件：", "1.青禾路片区控制性详细规划用地规划图", "2.青禾路片区控制性详细规划说明", "江州市自然资源和规划局", "2025年9月26日"].join("\n");
    expect(read(wrapped).articles[0]!.body.map((b) => b.text)).toEqual(["现将青禾路片区控制性详细规划方案予以批前公示，广泛征求社会各界意见和建议。", "附件：", "1.青禾路片区控制性详细规划用地规划图", "2.青禾路片区控制性详细规划说明", "江州市自然资源和规划局", "2025年9月26日"]);
  });

  it("parts a title glued to its letter's salutation, to its detail line, and keeps an index's entries apart on a wrapped page", () => {
    const letter = ["小区门口的“僵尸车”谁来管？    编辑同志：", "", "我是东城区锦绣花园小区的居民。小区南门外的道路两侧，长期停放着七八辆落满灰尘、轮胎瘪气的旧车，影响行人通行。", "", "希望有关部门能尽快清理这些“僵尸车”，还居民一条畅通的道路。", "", "读者 陈立新"].join("\n");
    expect(read(letter).articles.map((a) => [a.title, a.body[0]?.text])).toEqual([["小区门口的“僵尸车”谁来管？", "编辑同志："]]);
    const wire = ["我国成功发射天链二号05星  卫星顺利进入预定轨道，发射任务获得圆满成功", "新华社西昌1月15日电（记者 胡喆）1月15日0时41分，我国成功将天链二号05星发射升空。"].join("\n");
    expect(read(wire).articles.map((a) => [a.title, a.subtitle])).toEqual([["我国成功发射天链二号05星", "卫星顺利进入预定轨道，发射任务获得圆满成功"]]);
    const front = ["今日导读", "全县秋收秋种进度过半  →详见A2版", "阿胶文化节下周开幕  →详见A3版", "“银发课堂”开进社区  →详见A4版", "", "全县秋收秋种进度过半", "■ 本报记者 谭晓宇", "连日来，东阿县抢抓晴好天气，组织农机手和", "种植户加快秋收秋种进度，全县已收获玉米", "41万亩，占应收面积的62%。"].join("\n");
    expect(read(front).articles.map((a) => [a.title, a.kicker ?? null, a.body.map((b) => b.text).join("")])).toEqual([["全县秋收秋种进度过半", null, "连日来，东阿县抢抓晴好天气，组织农机手和种植户加快秋收秋种进度，全县已收获玉米41万亩，占应收面积的62%。"]]);
  });

  it("reads a document's issuing number under its title as its number, and a spaced title alone where no blank line parts it", () => {
    const page = ["临河市人民政府", "通　告", "临政通〔2026〕3号", "为加强城区烟花爆竹燃放管理，现将有关事项通告如下：", "本通告自发布之日起施行。", "临河市人民政府", "2026年2月4日", "讣　告", "临河市政协原副主席周文远同志，因病于2026年2月2日逝世，享年81岁。", "周文远同志治丧委员会", "2026年2月4日"].join("\n");
    expect(read(page).articles.map((a) => [a.title, a.subtitle ?? null])).toEqual([["通告", "临政通〔2026〕3号"], ["讣告", null]]);
  });

  it("reads a question in the page's title list as navigation", () => {
    const page = ["标题导航", "老旧小区加装电梯难在哪？", "“口袋公园”里的烦心事", "", "老旧小区加装电梯难在哪？", "作者：记者 苗晓雯", "我家住在一个上世纪九十年代建成的小区，楼里老人多，大家都盼着加装电梯。", "", "“口袋公园”里的烦心事", "作者：通讯员 甘雨", "家门口的口袋公园建成后，成了居民休闲的好去处。"].join("\n");
    expect(read(page).articles.map((a) => a.title)).toEqual(["老旧小区加装电梯难在哪？", "“口袋公园”里的烦心事"]);
    expect(read(`本版导读\n${page.split("\n").slice(1).join("\n")}`).articles.map((a) => a.column ?? null)).toEqual([null, null]);
  });

  it("reads a document's number printed on its title's line as the number, not the title", () => {
    const page = ["公　告  （第十八号）", "《江州市城市绿化条例》已经批准，现予公布，自2025年12月1日起施行。", "江州市人民代表大会常务委员会", "2025年9月25日"].join("\n");
    expect(read(page).articles.map((a) => [a.title, a.subtitle])).toEqual([["公告", "（第十八号）"]]);
  });
});

describe("a front page's furniture", () => {
  const rules = (...lines: string[]) => [...noiseLines(lines)].sort(([a], [b]) => a - b).map(([i, n]) => `${i}:${n.rule}`);

  it("a weather box under 天气预报; a masthead over the publisher's line and the date line (the publisher's line is the head's too)", () => {
    expect(rules("东阿融媒", "东阿县融媒体中心主办", "2025年10月9日  星期四", "天气预报", "多云转晴", "8℃～19℃", "北风3级", "全县秋收秋种进度过半")).toEqual(["0:masthead", "1:masthead", "3:weather-box", "4:weather-box", "5:weather-box", "6:weather-box"]);
  });

  it("a line printed twice is no running head where the line above it is the page's header", () => {
    const text = "《江州市城市绿化条例》已于2025年8月28日经江州市第十七届人民代表大会常务委员会第二十六次会议通过，现予公布。";
    expect(rules("江州日报  2025年9月26日  星期五  第4版  公告", "江州市人民代表大会常务委员会", "公　告", text, "江州市人民代表大会常务委员会", "2025年9月25日")).toEqual([]);
  });
});

describe("pages of the new kinds, read whole", () => {
  const titles = (text: string) => read(text, { date: "2025-09-26", page: undefined }).articles.map((a) => [a.title, a.column ?? null, a.body.filter((b) => b.kind === "paragraph").length]);

  it("reads each document printed in full as one article, its numbered articles and signature in its text", () => {
    const page = ["江州市城市绿化条例", "", "第一条　为了促进城市绿化事业发展，结合本市实际，制定本条例。", "", "第二条　本条例自2025年12月1日起施行。", "", "关于青禾路片区规划的批前公示", "", "现将规划方案予以批前公示，广泛征求社会各界意见。", "", "附件：", "1.用地规划图", "2.规划说明", "", "江州市自然资源和规划局", "2025年9月26日", "", "通　告", "", "为保障马拉松赛顺利举行，对赛道沿线道路实行交通管制，禁止机动车通行。", "", "特此通告。", "", "江州市公安局交通警察支队", "2025年9月25日"].join("\n");
    expect(titles(page)).toEqual([
      ["江州市城市绿化条例", null, 2],
      ["关于青禾路片区规划的批前公示", null, 6],
      ["通告", null, 4],
    ]);
  });

  it("reads a regulation's chapters as its subheads, and its adoption note in brackets under the title as its first paragraph", () => {
    const page = ["安平市养犬管理办法", "", "（2025年11月20日安平市人民政府第36次常务会议通过）", "", "第一章　总　则", "", "第一条　为了规范养犬行为，保障公民人身安全，制定本办法。", "", "第二章　附　则", "", "第二条　本办法自2026年1月1日起施行。", "", "安平市人民政府", "2025年11月25日"].join("\n");
    const articles = read(page).articles;
    expect(articles.map((a) => a.title)).toEqual(["安平市养犬管理办法"]);
    expect(articles[0]!.body.map((b) => `${b.kind[0]}:${b.text.slice(0, 6)}`)).toEqual(["p:（2025年", "s:第一章总则", "p:第一条为了规", "s:第二章附则", "p:第二条本办法", "p:安平市人民政", "p:2025年1"]);
  });

  it("reads a short label over bulleted items closing on credits as their run's marker, whatever its words", () => {
    const page = ["乡村动态", "●近日，柳林镇200亩蔬菜大棚全部投入使用。（通讯员 邹明）", "●5月20日，石河乡举办农村实用技术培训班。（通讯员 潘悦）", "", "青禾县举办丰收节筹备会", "■ 本报记者 庄凯", "5月21日，青禾县召开首届农民丰收节筹备会。"].join("\n");
    expect(read(page).articles.map((a) => [a.type, a.column ?? null])).toEqual([["brief", "乡村动态"], ["brief", "乡村动态"], ["article", null]]);
  });

  it("reads a label over one ad closing on its phone number as the run's marker, ends the run at a titled notice, and signs an obituary under its formula", () => {
    const page = ["房产信息", "●出售：滨海花园三室两厅，128平方米，售价96万元。电话：15853901122", "", "讣　告", "", "我们敬爱的父亲雷振华先生，因病于2025年10月13日去世，享年92岁。", "", "特此讣告。", "", "子女：雷建国 雷建英 泣告", "2025年10月14日", "", "拍卖公告", "", "我公司定于2025年10月28日公开拍卖商铺一处。"].join("\n");
    expect(read(page).articles.map((a) => [a.title, a.column ?? null, a.body.at(-1)!.text])).toEqual([
      [null, "房产信息", "出售：滨海花园三室两厅，128平方米，售价96万元。电话：15853901122"],
      ["讣告", null, "2025年10月14日"],
      ["拍卖公告", null, "我公司定于2025年10月28日公开拍卖商铺一处。"],
    ]);
  });

  it("reads a letter with its reply as one item, and 问政 turns as one item each under their marker", () => {
    const page = ["小区门口的“僵尸车”谁来管？", "编辑同志：", "小区南门外长期停放着七八辆旧车，影响行人通行。", "读者 陈立新", "【部门回复】", "东城大队：目前已拖移清理6辆。", "网络问政", "【网友留言】学校门口拥堵严重，能否增设护学岗？", "【办理结果】区教育局：已增设护学岗。", "【网友留言】路口红绿灯时长太短，能否调整？", "【办理结果】交警支队：已延长至35秒。"].join("\n");
    const articles = read(page).articles;
    expect(articles.map((a) => [a.title, a.column ?? null, a.body.length])).toEqual([
      ["小区门口的“僵尸车”谁来管？", null, 5],
      [null, "网络问政", 2],
      [null, "网络问政", 2],
    ]);
  });

  it("keeps an interview's bracketed turns under its headline and byline in one story", () => {
    const page = ["老手艺人的新课堂", "■ 本报记者 林立", "【记者】您学剪纸多少年了？", "【嘉宾】五十年了，从小跟着母亲学。", "【记者】现在还收徒弟吗？", "【嘉宾】收，今年带了六个年轻人。"].join("\n");
    expect(read(page).articles.map((a) => [a.title, a.body.length])).toEqual([["老手艺人的新课堂", 4]]);
  });

  it("joins a dateline's mark alone on its line to the paragraph under it", () => {
    const page = readFileSync(new URL("../fixtures/pages/kind-headings.txt", import.meta.url), "utf8");
    const story = read(page, { date: "2026-01-16" }).articles.find((a) => a.title === "市区新增3处口袋公园")!;
    expect(story.body.map((b) => b.text.slice(0, 9))).toEqual(["本报讯近日，江州市", "今年，我市还将利用"]);
  });
});

describe("items of a run told from a story's subheads by what they print alike", () => {
  const DATED = ["那年今日", "青川长途汽车站建成启用", "1985年3月15日，青川县第一座长途汽车站建成启用，开通班车11条。"];
  const ASKED = ["生活百问", "为什么春天容易犯困？", "入春后气温回升，人便容易感到困倦。"];

  it("like-the-item-above: a short line over a paragraph opening on a date, as the item's own headline stands over one", () => {
    expect(weigh("like-the-item-above", [...DATED, ">县城第一家新华书店开业", "1956年3月15日，县城新华书店在南街开业。"])?.weights.heading).toBeGreaterThan(0);
    // Past an item of the run between: the first item's headline still says how the run's items open.
    expect(weigh("like-the-item-above", [...DATED, "县城第一家新华书店开业", "1956年3月15日，县城新华书店在南街开业。", ">青川大桥合龙", "2003年3月15日，青川大桥主体合龙。"])?.weights.heading).toBeGreaterThan(0);
    // A question after an answer, as the item above asked: the next question's headline.
    expect(weigh("like-the-item-above", [...ASKED, ">剩米饭能不能隔夜吃？", "米饭在室温下放置过久，容易滋生细菌。"])?.weights.heading).toBeGreaterThan(0);
  });

  it.each([
    // A credited story's subhead over a dated paragraph: its first paragraph stands under a byline, not under its headline.
    ["credited", ["小区停水三天", "本报记者 庞雪", "市民来电", "7月6日上午，王女士拨打本报热线反映停水。", ">部门回复", "7月7日，市自来水公司回复称已派人抢修。"]],
    // A paragraph opening on no date under the line, or on another shape than the item above.
    ["undated", [...DATED, ">大桥建设者的故事", "工人们在寒风中坚守了三个冬天。"]],
    ["unlike", ["红枣管理要点", "枣树萌芽后要及时抹芽。", ">追肥", "4月10日前后，每亩追施尿素15公斤。"]],
    // Text that goes on into the line: no item starts there.
    ["mid-sentence", [...DATED, "此后，县里", ">外出的人多了起来", "1986年3月，又开通了夜班车。"]],
  ])("like-the-item-above sees nothing: %s", (_case, texts) => {
    expect(weigh("like-the-item-above", texts)).toBeNull();
  });

  it("label-over-a-question: a label atop a headline that asks, over its answer; not over an interview's turn", () => {
    expect(weigh("label-over-a-question", ["大桥于当年年底通车。", ">生活百问", "为什么春天容易犯困？", "入春后气温回升，人便容易感到困倦。"])?.weights.heading).toBeGreaterThanOrEqual(20);
    expect(weigh("label-over-a-question", ["大桥于当年年底通车。", ">课后服务", "问：今年课后服务有什么调整？", "答：时间延长至下午6时。"])).toBeNull();
  });

  it("reads a Q&A under a headline that asks and answers as one story, its turns never headlines", () => {
    const page = ["本报讯（记者 秦小满）3月14日，全县中小学迎来春季开学。", "春季开学有哪些新变化？一图读懂", "问：今年春季学期课后服务有什么调整？", "答：全县中小学课后服务时间延长至下午6时。", "问：校车线路有没有增加？", "答：新增校车线路4条。", "（记者 秦小满 整理）"].join("\n\n");
    expect(read(page).articles.map((a) => [a.title ?? null, a.body.length])).toEqual([[null, 1], ["春季开学有哪些新变化？一图读懂", 4]]);
  });
});

describe("rows and fields known by their shape", () => {
  const JOBS = ["东滨港务集团    装卸机械司机    月薪6000元起", "海晟新材料公司    化工操作工    月薪5500元起", "临港物流园    仓储管理员    月薪4800元起"];

  it("table: rows whose cells are parted by wide gaps, as many in each, three or more together", () => {
    expect(weigh("table", ["部分企业岗位一览", ">" + JOBS[0], ...JOBS.slice(1)])?.weights.row).toBeGreaterThan(0);
    expect(weigh("table", ["部分企业岗位一览", JOBS[0]!, ">泰岳第一中学\u3000\u3000招生计划1200人\u3000\u3000学校代码3701", JOBS[2]!])?.weights.row).toBeGreaterThan(0);
    // Two rows alike are no table of this kind; nor are spaced words with a sentence in them.
    const WORDS = ["东滨港务集团    装卸机械司机    面议", "海晟新材料公司    化工操作工    面议", "临港物流园    仓储管理员    面议"];
    expect(weigh("table", ["部分企业岗位一览", ">" + WORDS[0], ...WORDS.slice(1)])?.weights.row).toBeGreaterThan(0);
    expect(weigh("table", ["部分企业岗位一览", ">" + WORDS[0], WORDS[1]!, "注：具体岗位以现场公布为准。"])).toBeNull();
    expect(weigh("table", [">春风    吹绿了    河岸。", "夏雨    打湿了    窗台。", "秋霜    染红了    枫叶。"])).toBeNull();
  });

  it("fields: an indicator's label may hold Latin letters and figures (PM2.5平均浓度：…)", () => {
    expect(weigh("fields", ["城镇新增就业：4326人，同比增加5.2%", ">PM2.5平均浓度：31微克/立方米，同比下降8.8%", "24岁以下青年就业人数：1120人"])?.weights.row).toBeGreaterThan(0);
    expect(weigh("fields", ["会议召开。", ">Q3：一季度", "全市经济运行平稳。"])).toBeNull();
  });

  it("table-in-the-text: a title over rows closed by a note on them heads a table of its own; over rows the text goes on under, none", () => {
    const story = ["本报讯（记者 龚小禾）招聘会将于6月12日举行。", "现场提供政策咨询和简历指导服务。"];
    expect(weigh("table-in-the-text", [...story, ">部分企业岗位一览", ...JOBS, "注：具体岗位以现场公布为准。"])?.weights.heading).toBeGreaterThan(0);
    expect(weigh("table-in-the-text", [...story, ">部分企业岗位一览", ...JOBS, "招聘会当天还设有政策咨询专区。"])?.weights.heading).toBeLessThan(0);
  });
});

describe("a service item's last line", () => {
  const ITEM = ["南湖口腔医院开展春季口腔健康月活动，推出成人洁牙等惠民套餐。"];

  it("contact-line: a label and a telephone number under an item's text, more of the page under it, is no line of a deck", () => {
    expect(weigh("contact-line", [...ITEM, ">咨询电话：0719-5823366", "◆家电清洗上门服务季启动", "南湖家政服务中心推出清洗上门服务。"])?.weights.heading).toBeLessThan(0);
    expect(weigh("contact-line", [...ITEM, ">预约热线：96155", "◆家电清洗上门服务季启动", "南湖家政服务中心推出清洗上门服务。"])?.weights.heading).toBeLessThan(0);
    // Last on the page it is the item's only where an item above closed on one too; else it may be the page's hotline.
    expect(weigh("contact-line", [...ITEM, "咨询电话：0719-5823366", "家电清洗上门服务季启动", "南湖家政服务中心推出清洗上门服务。", ">预约热线：96155"])?.weights.heading).toBeLessThan(0);
    expect(weigh("contact-line", [...ITEM, ">新闻线索热线：0371-2345678"])).toBeNull();
    // A headline with a figure in it is no telephone number.
    expect(weigh("contact-line", [...ITEM, ">全市新增就业：4326人", "城镇调查失业率为4.8%。"])).toBeNull();
  });
});
