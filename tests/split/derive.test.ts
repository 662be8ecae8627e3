import { describe, expect, it } from "vitest";
import type { PageLine } from "../../src/split/classify.ts";
import { deriveTitle, detailUnder, readHeading, slugOf, standingBanners } from "../../src/split/derive.ts";
import type { StoryDraft } from "../../src/split/group.ts";

const lines = (...texts: string[]): PageLine[] => texts.map((text, i) => ({ line: i + 1, kind: "short", text }));
const texts = (h: ReturnType<typeof readHeading>) => ({
  column: h.column?.text,
  kicker: h.kicker.map((l) => l.text),
  title: h.title?.map((l) => l.text),
});

describe("readHeading", () => {
  it("reads a question under a column's label as the headline, never a detail under it", () => {
    expect(texts(readHeading(lines("以案释法", "借条没写利息，出借人能否主张利息？")))).toEqual({ column: undefined, kicker: ["以案释法"], title: ["借条没写利息，出借人能否主张利息？"] });
  });
  it("reads a notice's formal title broken over two lines as one title, whatever stands above it", () => {
    expect(texts(readHeading(lines("关于滨河路部分路段", "封闭施工车辆绕行的通告")))).toEqual({ column: undefined, kicker: [], title: ["关于滨河路部分路段", "封闭施工车辆绕行的通告"] });
    expect(texts(readHeading(lines("县交通运输局", "关于滨河路部分路段", "封闭施工车辆绕行的通告")))).toEqual({ column: undefined, kicker: ["县交通运输局"], title: ["关于滨河路部分路段", "封闭施工车辆绕行的通告"] });
  });
  it("reads a lone line as the headline, spaces and all", () => {
    expect(texts(readHeading(lines("牢记历史 勿忘国耻")))).toEqual({ column: undefined, kicker: [], title: ["牢记历史 勿忘国耻"] });
  });
  it("reads spaced phrases above a headline as the column banner", () => {
    expect(texts(readHeading(lines("新时代 新征程 新伟业", "政务公开\"全国优秀\"是这样炼成的")))).toEqual({
      column: "新时代 新征程 新伟业",
      kicker: [],
      title: ["政务公开\"全国优秀\"是这样炼成的"],
    });
  });
  it.each(["全民健身季·马拉松", "评论员文章", "水城论坛", "观点", "记者观察", "今日谈", "理论园地"])("reads %s above a headline as the column banner", (banner) => {
    expect(texts(readHeading(lines(banner, "乡村振兴要让农民唱主角")))).toEqual({ column: banner, kicker: [], title: ["乡村振兴要让农民唱主角"] });
  });
  it("reads a box's name above a headline as the column: a standing feature's label", () => {
    const [label, title] = lines("以案说法", "网购退货遭拒 法院判商家退款");
    expect(texts(readHeading([{ ...label!, kind: "sidebar" }, title!])).column).toBe("以案说法");
  });
  it("reads a short unspaced line above a headline as the kicker", () => {
    expect(texts(readHeading(lines("阳谷县", "分支机构信息变更一次办好")))).toEqual({ column: undefined, kicker: ["阳谷县"], title: ["分支机构信息变更一次办好"] });
  });
  it("reads banner, kicker and headline from three lines", () => {
    expect(texts(readHeading(lines("三提三敢 惡感蹟", "办理经营许可证满意度达100%", "开发区持续优化营商环境")))).toEqual({
      column: "三提三敢 惡感蹟",
      kicker: ["办理经营许可证满意度达100%"],
      title: ["开发区持续优化营商环境"],
    });
  });
  it("keeps a two-line headline joined by a connective together", () => {
    expect(texts(readHeading(lines("聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开")))).toEqual({
      column: undefined,
      kicker: [],
      title: ["聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开"],
    });
  });
  it("reads a bracketed name leading the headline as its column", () => {
    expect(texts(readHeading(lines("【聚焦民生】城区22条道路完成提升改造")))).toEqual({ column: "聚焦民生", kicker: [], title: ["城区22条道路完成提升改造"] });
    expect(texts(readHeading(lines("冬季用药指南", "【健康提醒】流感进入高发期 专家建议接种疫苗")))).toMatchObject({ column: "健康提醒", kicker: ["冬季用药指南"], title: ["流感进入高发期 专家建议接种疫苗"] });
  });
  it("joins a headline broken after its verb, but not two clauses of a deck", () => {
    expect(texts(readHeading(lines("江州今年首批出口欧洲", "新能源客车"))).title).toEqual(["江州今年首批出口欧洲", "新能源客车"]);
    // 被 makes the lower line a clause of its own: kicker and title, not one title 缩水商家被罚款.
    expect(texts(readHeading(lines("网购羽绒服“充绒量”缩水", "商家被罚款两万元")))).toMatchObject({ kicker: ["网购羽绒服“充绒量”缩水"], title: ["商家被罚款两万元"] });
  });
  it("reads the line over a two-line headline as its kicker, and a banner above both", () => {
    expect(texts(readHeading(lines("阳谷县", "聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开")))).toEqual({
      column: undefined,
      kicker: ["阳谷县"],
      title: ["聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开"],
    });
    expect(texts(readHeading(lines("新时代 新征程 新伟业", "聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开")))).toMatchObject({ column: "新时代 新征程 新伟业", kicker: [] });
    expect(texts(readHeading(lines("新时代 新征程 新伟业", "阳谷县", "聊城市国家文化公园", "暨文化体验廊道建设项目调度会召开")))).toMatchObject({ column: "新时代 新征程 新伟业", kicker: ["阳谷县"] });
  });
});

describe("detailUnder", () => {
  it("reads a longer line of clauses under a title, in a deck of three, as the subtitle printed without a dash", () => {
    expect(texts(readHeading(lines("抓好春季农业生产", "各地抢抓农时备春耕", "农资储备充足，农技服务送到田间地头")))).toEqual({ column: undefined, kicker: ["抓好春季农业生产"], title: ["各地抢抓农时备春耕"] });
    expect(readHeading(lines("抓好春季农业生产", "各地抢抓农时备春耕", "农资储备充足，农技服务送到田间地头")).subtitle?.text).toBe("农资储备充足，农技服务送到田间地头");
  });
  it("needs figures as well under a title of two lines, and a shorter clause is no subtitle", () => {
    expect(detailUnder("今年全市计划改造老旧小区52个，惠及居民1.8万户", "老旧小区改造让居民住得更舒心", 2)).toBe(true);
    expect(detailUnder("春风拂面，万物生长", "春天来了", 2)).toBe(false);
    expect(detailUnder("稳中求进，以进促稳", "坚持高质量发展不动摇", 3)).toBe(false);
  });
  it("reads a sentence's length of clauses under a one-line title as its subtitle (a wire's deck), unless glued of two parts", () => {
    const wire = readHeading(lines("我国成功发射天链二号05星", "卫星顺利进入预定轨道，发射任务获得圆满成功"));
    expect(texts(wire)).toEqual({ column: undefined, kicker: [], title: ["我国成功发射天链二号05星"] });
    expect(wire.subtitle?.text).toBe("卫星顺利进入预定轨道，发射任务获得圆满成功");
    expect(detailUnder("全市重点项目集中开工  涵盖先进制造、新能源等领域，当日开工", "春节后首个工作日", 2)).toBe(false);
  });
});

describe("a headline broken over two print lines", () => {
  it("joins a short phrase with no verb to the line above whose verb goes on into it", () => {
    expect(texts(readHeading(lines("江州今年首批出口欧洲", "新能源客车")))).toEqual({ column: undefined, kicker: [], title: ["江州今年首批出口欧洲", "新能源客车"] });
  });
  it("leaves two lines apart where the last has a verb of its own, or the line above has none", () => {
    expect(texts(readHeading(lines("江州今年首批出口欧洲", "新能源客车装船启运")))).toMatchObject({ kicker: ["江州今年首批出口欧洲"], title: ["新能源客车装船启运"] });
    expect(readHeading(lines("春节后首个工作日", "全市86个重点项目集中开工")).title).toHaveLength(1);
  });
});

describe("standingBanners", () => {
  const story = (heading: string[], paragraphs = 1): StoryDraft => ({
    heading: lines(...heading),
    reporters: [],
    photo: false,
    photoCredit: false,
    dateline: false,
    bullet: false,
    verse: false,
    blocks: Array.from({ length: paragraphs }, (_, k) => ({ kind: "paragraph" as const, pieces: [{ line: 100 + k, text: "近日，城关街道开展老年人免费健康体检活动。" }] })),
    findings: [],
  });
  const banners = (stories: StoryDraft[]) => standingBanners(stories).map((l) => l?.text);

  it("gives a label over a run of short stories to each story of the run, to the next deck of its own", () => {
    expect(banners([story(["镇街动态", "石桥镇开展一喷三防"]), story(["城关街道为老人免费体检"]), story(["柳河镇板凳会解民忧"], 2), story(["部门动态", "县市场监管局开展检查"]), story(["县人社局送岗位进村"])])).toEqual(["镇街动态", "镇街动态", "镇街动态", "部门动态", "部门动态"]);
    expect(banners([story(["2025江州金秋消费季", "金秋消费季启幕"]), story(["汽车以旧换新补贴加码"], 2)])).toEqual(["2025江州金秋消费季", "2025江州金秋消费季"]);
    expect(banners([story(["镇街动态", "柳河镇", "板凳会解民忧"]), story(["城关街道为老人免费体检"])])).toEqual(["镇街动态", "镇街动态"]);
    // A page that prints its banners already: a label as long as one of them heads even a run of one.
    expect(banners([story(["乡村振兴", "大坪村荒山变果园"]), story(["石门镇开展农技培训"]), story(["文明实践", "县图书馆开展亲子阅读活动"])])).toEqual(["乡村振兴", "乡村振兴", "文明实践"]);
  });

  it("gives a label over a run of items printed as fields to each item, however many fields, to the first story in prose", () => {
    const item = (heading: string[], fields: number): StoryDraft => ({ ...story(heading), blocks: Array.from({ length: fields }, (_, k) => ({ kind: "paragraph" as const, whole: true, pieces: [{ line: 200 + k, text: `时间：9月${k + 1}日9时` }] })) });
    expect(banners([item(["活动预告", "中秋游园会"], 5), item(["智能手机培训班"], 4), item(["科普课堂结课展示"], 5), story(["社区里的共享工具箱"], 2)])).toEqual(["活动预告", "活动预告", "活动预告", undefined]);
  });

  it("leaves a kicker over one story, a place, and a feature's deck alone", () => {
    expect(banners([story(["文化名家", "守住老手艺"]), story(["冬令营开营", "另一篇"])])).toEqual([undefined, undefined]);
    expect(banners([story(["阳谷县", "分支机构信息变更一次办好"]), story(["城关街道为老人免费体检"])])).toEqual([undefined, undefined]);
    expect(banners([story(["冰雪旅游热起来", "文旅消费增长两成"], 8), story(["城关街道为老人免费体检"])])).toEqual([undefined, undefined]);
    // A kicker's clause over a short story's title, short stories after it: still the story's kicker.
    expect(banners([story(["冬季取暖安全不能放松", "市消防救援支队发布提示"], 3), story(["社区“小饭桌”暖了老人胃"], 3)])).toEqual([undefined, undefined]);
    expect(banners([story(["全民健身运动会圆满落幕", "3000余名运动员参加23个项目角逐"], 4), story(["运河书院开讲“非遗里的年味”"], 3)])).toEqual([undefined, undefined]);
  });
});

describe("slugOf", () => {
  it("gives a few readable ASCII pinyin syllables", () => {
    expect(slugOf("政务公开“全国优秀”是这样炼成的")).toBe("zheng-wu-gong-kai-quan-guo");
    expect(slugOf("办理经营许可证满意度达100%", 12)).toBe("ban-li-jing-ying-xu-ke-zheng-man-yi-du-da-100");
    expect(slugOf("G105京澳线修复")).toBe("g105-jing-ao-xian-xiu-fu");
    expect(slugOf("绿色")).toBe("lv-se");
  });
});

describe("deriveTitle", () => {
  it("takes the first clause after the date and dateline", () => {
    expect(deriveTitle("本报讯（记者 赵琦）12月13日上午，市政府召开常务会议。")).toBe("市政府召开常务会议");
  });
  it("prefers what happened to where it happened", () => {
    expect(deriveTitle("12月12日，在位于开发区的聊城百思特游艇有限公司生产车间，工人对生产的游艇进行表面处理。")).toBe("工人对生产的游艇进行表面处理");
    expect(deriveTitle("12月11日，东昌府区一处小麦田里，农民在浇灌越冬水。")).toBe("农民在浇灌越冬水");
    expect(deriveTitle("12月13日，茌平区一家农业合作社的大棚内，种植户在采摘草莓。")).toBe("种植户在采摘草莓");
    expect(deriveTitle("12月10日，游客在东昌湖畔观赏冬日美景。")).toBe("游客在东昌湖畔观赏冬日美景");
  });
  it("skips a leading attribution: 据了解， 据悉，", () => {
    expect(deriveTitle("据了解，今年我市将新开工改造老旧小区86个，涉及居民2.1万户。")).toBe("今年我市将新开工改造老旧小区86个");
    expect(deriveTitle("6月11日，据悉，全市新增城市书房12处。")).toBe("全市新增城市书房12处");
  });
  it("keeps a long clause whole: a headline is never cut mid-word with an ellipsis", () => {
    expect(deriveTitle("聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校召开。")).toBe("聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校召开");
  });
});
