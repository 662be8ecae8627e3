/**
 * Misreads an editor found splitting pages, each as a small page of its own (wording
 * invented): the reading an editor gives it, and the rule that decides it (labels.ts).
 */
import { describe, expect, it } from "vitest";
import type { PageLine } from "../../src/split/classify.ts";
import type { StoryDraft } from "../../src/split/group.ts";
import { deckOfTwo, deriveTitle } from "../../src/split/derive.ts";
import { columnOverPhotos, columnOverTitle, echoes, labelShape } from "../../src/split/labels.ts";
import { pageNameLines } from "../../src/split/furniture.ts";
import { read } from "./helpers.ts";

const heads = (page: string[]) => read(page.join("\n")).articles.map((a) => ({ column: a.column, kicker: a.kicker, title: a.title }));

describe("a column's name and a kicker", () => {
  it("a label's shape: a few characters, no punctuation or figures, no place", () => {
    expect(["学思践悟", "假日镜头", "光影记录"].filter(labelShape)).toHaveLength(3);
    expect(["阳谷县", "柳河镇", "网购“名表”竟是高仿", "2025消费季", "全民健身运动会圆满落幕"].filter(labelShape)).toEqual([]);
  });

  it("a label echoes its story when two of its characters side by side come back in it", () => {
    expect(echoes("寒潮来袭", "受寒潮影响，气温骤降")).toBe(true);
    expect(echoes("笃行致远", "为基层减负，关键在于精简会议")).toBe(false);
  });

  const line = (text: string, at = 1): PageLine => ({ line: at, kind: "short", text });
  const story = (heading: PageLine[], texts: string[], photo = false): StoryDraft => ({
    heading, reporters: [], photo, photoCredit: photo, dateline: false, bullet: false, verse: false, findings: [],
    blocks: texts.map((text, k) => ({ kind: "paragraph" as const, pieces: [{ line: 10 + k, text }] })),
  });

  it("atop a deck of two, a label whose words the story never prints names its column; one that leads into the story is its kicker", () => {
    const label = line("笃行致远");
    const title = line("在为基层减负上下真功夫", 2);
    expect(columnOverTitle(story([label, title], ["为基层减负，关键在于精简会议文件。"]), [label], [title], false)).toBe(label);
    // Under a subtitle the deck is a three-deck headline: its top line is the kicker.
    expect(columnOverTitle(story([label, title], ["为基层减负，关键在于精简会议文件。"]), [label], [title], true)).toBeUndefined();
    const kicker = line("寒潮来袭");
    const news = line("全市启动低温雨雪冰冻应急响应", 2);
    expect(columnOverTitle(story([kicker, news], ["受寒潮影响，我市将出现大风降温天气。"]), [kicker], [news], false)).toBeUndefined();
    // A title no longer than twice the label is the second half of one headline (老街巷里 / 烟火气回来了).
    const half = line("烟火气回来了", 2);
    expect(columnOverTitle(story([line("老街巷里"), half], ["入夜，巷子里的小吃摊陆续亮灯。"]), [line("老街巷里")], [half], false)).toBeUndefined();
  });

  it("over a set of captions, a label naming none of the photos is the set's column; a title naming them stays its title", () => {
    const label = line("光影记录");
    const captions = ["12月1日，孩子们在广场上放风筝。", "12月1日，市民在湖边晨练。"];
    expect(columnOverPhotos(story([label], captions, true), [label])).toBe(label);
    expect(columnOverPhotos(story([line("湖边晨练")], captions, true), [line("湖边晨练")])).toBeUndefined();
    expect(columnOverPhotos(story([label], captions.slice(0, 1), true), [label])).toBeUndefined();
  });
});

describe("a dashless deck of two: kicker / title or title / subtitle", () => {
  it("weighs figures under a line without any, a longer lower line, an organisation acting, and a teasing upper line", () => {
    expect(deckOfTwo("秋季运动会在市体育中心闭幕", "1200名运动员参加18个项目比赛")).toEqual({ weight: 4, saw: ["figures under a line without any", "the lower line is longer", "the upper line reports an event held"] });
    expect(deckOfTwo("夏季防溺水不能麻痹大意", "市应急管理局发布安全提示").weight).toBe(2);
    expect(deckOfTwo("网购“名表”竟是高仿", "法院判决商家退一赔三").weight).toBe(-1);
    expect(deckOfTwo("供暖管网改造全面完工", "城区两万余户居民温暖过冬").weight).toBe(1);
    // A date says when the news is, not its facts: 6月20日计划停水 under a place is the title, on a near tie.
    expect(deckOfTwo("东昌府区部分区域", "6月20日计划停水")).toEqual({ weight: 1, saw: ["the lower line is longer"] });
  });

  it("weighs a lower line listing what the news covers (、) under a line that lists nothing", () => {
    expect(deckOfTwo("县政府召开第十二次常务会议", "研究部署春耕生产、森林防火和农村道路养护等工作")).toEqual({ weight: 3, saw: ["the lower line is longer", "the upper line reports an event held", "the lower line lists what the upper one's news covers"] });
    // A meeting held is the news even where the line under it lists nothing: title / subtitle, no near tie.
    expect(deckOfTwo("县委常委会召开会议", "研究部署冬春火灾防控等工作").weight).toBe(2);
    expect(deckOfTwo("冬闲人不闲", "大棚里头“种”希望").saw).not.toContain("the upper line reports an event held");
    expect(deckOfTwo("春播、春管两不误", "全县百万亩小麦进入返青期").saw).not.toContain("the lower line lists what the upper one's news covers");
  });

  it("reads a work's title over its maker's credit as title / subtitle", () => {
    expect(deckOfTwo("《湖畔的候鸟》", "梁秋实 著 长江文艺出版社").saw).toContain("the lower line credits a work's maker");
    expect(deckOfTwo("《湖畔的候鸟》", "梁秋实 著 长江文艺出版社").weight).toBeGreaterThanOrEqual(2);
    expect(deckOfTwo("《写给孩子的运河》", "白露 方远 编著").weight).toBeGreaterThanOrEqual(2);
    expect(deckOfTwo("城南旧事新编", "全市老城区改造纪实").saw).not.toContain("the lower line credits a work's maker");
  });

  const deck = (top: string, under: string) => [top, under, "■ 本报记者 韩冬", "12月6日，记者在现场看到，各项工作有序推进，市民纷纷点赞。"];
  const heading = (page: string[]) => {
    const reading = read(page.join("\n"));
    const a = reading.articles[0]!;
    return { kicker: a.kicker, title: a.title, subtitle: a.subtitle, notes: reading.warnings.filter((w) => w.code === "close-reading").length };
  };

  it("reads title / subtitle where the lower line carries the facts", () => {
    expect(heading(deck("秋季运动会在市体育中心闭幕", "1200名运动员参加18个项目比赛"))).toEqual({ kicker: undefined, title: "秋季运动会在市体育中心闭幕", subtitle: "1200名运动员参加18个项目比赛", notes: 0 });
    expect(heading(deck("夏季防溺水不能麻痹大意", "市应急管理局发布安全提示"))).toEqual({ kicker: undefined, title: "夏季防溺水不能麻痹大意", subtitle: "市应急管理局发布安全提示", notes: 0 });
  });

  it("keeps kicker / title where the upper line teases, and names both readings on a near tie", () => {
    expect(heading(deck("网购“名表”竟是高仿", "法院判决商家退一赔三"))).toEqual({ kicker: "网购“名表”竟是高仿", title: "法院判决商家退一赔三", subtitle: undefined, notes: 0 });
    expect(heading(deck("供暖管网改造全面完工", "城区两万余户居民温暖过冬"))).toEqual({ kicker: "供暖管网改造全面完工", title: "城区两万余户居民温暖过冬", subtitle: undefined, notes: 1 });
    const note = read(deck("供暖管网改造全面完工", "城区两万余户居民温暖过冬").join("\n")).warnings.find((w) => w.code === "close-reading")!;
    expect(note.message).toContain("as title 供暖管网改造全面完工 / subtitle 城区两万余户居民温暖过冬");
  });

  it("weighs a headline of two spaced parts, a lower line in clauses and a voice under it", () => {
    expect(deckOfTwo("深夜突发心梗 的哥一路绿灯送医", "热心市民自发让道，患者转危为安").saw).toEqual(["the upper line is a headline of two spaced parts", "the lower line goes on in clauses"]);
    expect(deckOfTwo("小区电梯“罢工” 物业三天未修", "居民：老人上下楼成了难题")).toEqual({ weight: 1, saw: ["the upper line is a headline of two spaced parts", "the lower line gives a voice", "the upper line teases"] });
  });

  it("names both readings where a banner's shape stands over a detail in clauses, and not over a plain title", () => {
    const notes = (top: string, under: string) => read(deck(top, under).join("\n")).warnings.filter((w) => w.code === "close-reading").map((w) => w.message);
    expect(notes("深夜突发心梗 的哥一路绿灯送医", "热心市民自发让道，患者转危为安")).toEqual([expect.stringContaining("deck read as column 深夜突发心梗 的哥一路绿灯送医 / title 热心市民自发让道，患者转危为安; as title 深夜突发心梗 的哥一路绿灯送医 / subtitle")]);
    expect(notes("比学赶超 项目攻坚", "城东智能装备产业园一期主体完工")).toEqual([]);
  });
});

describe("pages an editor reads otherwise than the splitter did", () => {
  it("a short kicker over a short story, more short stories after it: the story's kicker, not a banner over the run", () => {
    const page = [
      "寒潮来袭",
      "全市启动低温雨雪冰冻应急响应",
      "本报讯（记者 何远）受寒潮影响，12月14日起我市将出现大风降温天气，市应急管理局当日启动低温雨雪冰冻四级应急响应。",
      "社区食堂开进老旧小区",
      "本报讯（记者 宋佳）近日，东城街道首家社区食堂在幸福里小区开业，每天供应午餐和晚餐。",
      "城区新增3处便民停车场",
      "本报讯（记者 田野）记者从市城市管理局获悉，城区新建的3处便民停车场日前投入使用。",
    ];
    expect(heads(page)).toEqual([
      { column: undefined, kicker: "寒潮来袭", title: "全市启动低温雨雪冰冻应急响应" },
      { column: undefined, kicker: undefined, title: "社区食堂开进老旧小区" },
      { column: undefined, kicker: undefined, title: "城区新增3处便民停车场" },
    ]);
  });

  it("a four-character column name set apart over a signed piece is its column; a kicker on the same page that leads into its story stays a kicker", () => {
    const page = [
      "笃行致远",
      "在为基层减负上下真功夫",
      "■ 周明远",
      "为基层减负，关键在于精简会议文件，把干部从“文山会海”中解放出来。",
      "减负不是减责任。只有把精力用在抓落实上，工作才能见实效。",
      "春耕时节",
      "种粮大户忙着备春耕",
      "■ 本报记者 田丰",
      "连日来，莘县种粮大户刘长河忙着检修农机、采购化肥，为春耕做准备。",
    ];
    expect(heads(page)).toEqual([
      { column: "笃行致远", kicker: undefined, title: "在为基层减负上下真功夫" },
      { column: undefined, kicker: "春耕时节", title: "种粮大户忙着备春耕" },
    ]);
  });

  it("a headline printed with one space between its phrases stays one title over a signed piece", () => {
    const page = ["干字当头\u3000在乡村振兴中展现作为", "■ 周文华（某县农业农村局局长）", "近年来，我们坚持把乡村振兴作为重点任务，推动各项工作落地见效，全县粮食总产量连续五年稳定。"];
    expect(heads(page)).toEqual([{ column: undefined, kicker: undefined, title: "干字当头 在乡村振兴中展现作为" }]);
  });

  it("a byline spaced by an ideographic space stays one byline, its role kept", () => {
    const [story] = read(["红色教育基地成为党员干部“加油站”", "■ 本报记者\u3000柴晓东", "近年来，我市依托红色教育基地，打造了一批现场教学精品线路，今年以来已组织专题培训班100期。"].join("\n")).articles;
    expect([story!.kicker, story!.title, story!.reporter]).toEqual([undefined, "红色教育基地成为党员干部“加油站”", [{ name: "柴晓东", role: "记者" }]]);
  });

  it("a front page's teasers each end at their referral, in any of its forms, and the referral stays out of the text", () => {
    const teasers = (referrals: string[]) => [
      "全市秋收进度过八成", "本报记者 赵敏", `截至10月8日，全市秋粮收获进度已超过八成，玉米机收率达到95%以上。${referrals[0]}`,
      "城区新开通两条公交线路", "10月8日起，城区新开通12路、15路两条公交线路，方便沿线群众出行。", referrals[1]!,
      "老年大学秋季班开课", "10月8日，市老年大学秋季班开课，今年共开设书法、声乐等课程40门。", referrals[2]!,
    ];
    for (const referrals of [["（详见A05）", "详见A10", "▶A12"], ["（详见第5版）", "详见第10版", "→详见A12版"]]) {
      const articles = read(teasers(referrals).join("\n")).articles;
      expect(articles.map((a) => [a.title, a.body.length, a.body.some((b) => /详见|▶|→/u.test(b.text))])).toEqual([
        ["全市秋收进度过八成", 1, false], ["城区新开通两条公交线路", 1, false], ["老年大学秋季班开课", 1, false],
      ]);
    }
  });

  it("a label over a set of captions under one credit is the set's column; the set has no printed title", () => {
    const page = ["光影记录", "12月1日，孩子们在广场上放风筝。", "12月1日，市民在湖边晨练，享受冬日暖阳。", "本报记者 许金松 摄"];
    const [set] = read(page.join("\n")).articles;
    expect([set!.type, set!.column, set!.title, set!.body.length]).toEqual(["photo", "光影记录", null, 2]);
  });
});

describe("a policy explainer: parts that ask, turns that answer", () => {
  it("reads a numbered part's question as its subhead, and the staff's line with a spaced name as furniture", () => {
    const page = ["本版编辑：刘 静", "", "我市出台新一轮购房补贴政策", "本报记者 马 腾", "日前，六部门联合印发《若干措施》。《措施》有哪些亮点？记者采访了相关负责人。", "一、谁能领补贴？", "问：哪些购房人可以享受补贴？", "答：在城区购买新建商品住房的个人，均可申请。", "二、怎么申请？", "问：申请需要哪些材料？", "答：购房合同、契税完税证明、身份证明等。"];
    const [a] = read(page.join("\n")).articles;
    expect([a!.kicker, a!.title]).toEqual([undefined, "我市出台新一轮购房补贴政策"]);
    expect(a!.body.filter((b) => b.kind === "subhead").map((b) => b.text)).toEqual(["一、谁能领补贴？", "二、怎么申请？"]);
  });
});

describe("a metro page's head and its briefs", () => {
  const page = (briefs: string[]) => [
    "城事·民生        责任编辑：王 蕾   美编：孙 悦",
    "",
    "老旧小区加装电梯“加速跑”",
    "本报记者 李明轩",
    "记者从市住房和城乡建设局了解到，今年以来，全市老旧小区加装电梯工作提速，已有127部电梯投入使用。",
    "短讯",
    ...briefs,
  ];
  const briefs = [
    "◆冬季供暖热线开通 本报讯 记者从市供热公司获悉，24小时供暖服务热线已开通，市民可随时拨打。",
    "◆流动献血车进社区 本报讯 12月6日，市中心血站流动献血车开进新区街道，当天共有86名市民参与无偿献血。（通讯员 孙 文）",
  ];

  it("reads the page's name over its staff as the page's head, no story's kicker", () => {
    const [story] = read(page(briefs).join("\n")).articles;
    expect([story!.kicker, story!.title]).toEqual([undefined, "老旧小区加装电梯“加速跑”"]);
  });

  it("parts a brief's headline from its dateline at one space, and reads a spaced name ending in 文 as a name", () => {
    const heads = (lines: string[]) => read(page(lines).join("\n")).articles.slice(1).map((a) => [a.title, a.reporter.map((r) => r.name), a.body[0]!.text.slice(0, 3)]);
    const expected = [["冬季供暖热线开通", [], "本报讯"], ["流动献血车进社区", ["孙文"], "本报讯"]];
    expect(heads(briefs)).toEqual(expected);
    // Glued by the wider space an e-paper prints, the same reading.
    expect(heads(briefs.map((b) => b.replace(" 本报讯", "　　本报讯")))).toEqual(expected);
  });
});

describe("a list alone under its label", () => {
  it("is titled by the label, as a notice alone under its marker is, where its rows print no headline", () => {
    const page = [
      "我与一本旧书", "文/王小雨", "家里书架上有一本泛黄的《唐诗三百首》，是父亲年轻时买的。",
      "新书速递",
      "《乡土中国》（修订版） 费孝通 著 北京大学出版社 定价：39.00元",
      "《人世间》 梁晓声 著 中国青年出版社 定价：138.00元",
      "《长安的荔枝》 马伯庸 著 湖南文艺出版社 定价：45.00元",
    ];
    const [, list] = read(page.join("\n")).articles;
    expect([list!.title, list!.column, list!.body.length]).toEqual(["新书速递", undefined, 3]);
  });
});

describe("a county page's briefs led in by their place", () => {
  const page = [
    "为帮助菜农解决技术难题，县里组建了30支农技服务队，常年活跃在田间地头。",
    "阳谷：",
    "“冬训”课堂开到村头",
    "本报讯（记者　吴　琼）12月4日，阳谷县阿城镇的“冬训”课堂开进了村里的文化广场，200余名党员群众围坐一起。",
    "（阳谷县融媒体中心　供稿）",
    "东阿：",
    "阿胶文化节吸引游客三万人次",
    "本报讯　12月1日至3日，第十二届中国（东阿）阿胶文化节举办，三天共接待游客3.2万人次。",
  ];

  it("reads a place and a colon over a headline over its dateline as the kicker, with no near-tie note", () => {
    const reading = read(["冬闲人不闲", "■ 本报记者 孟晴", ...page].join("\n"));
    expect(reading.articles.map((a) => [a.kicker, a.title])).toEqual([[undefined, "冬闲人不闲"], ["阳谷：", "“冬训”课堂开到村头"], ["东阿：", "阿胶文化节吸引游客三万人次"]]);
    expect(reading.articles[0]!.body.map((b) => b.text)).toEqual([page[0]]);
    expect(reading.warnings.filter((w) => w.code === "close-reading" || w.code === "deck-guess")).toEqual([]);
    // An organisation's credit keeps one plain space, whatever space the page printed.
    expect(reading.articles[1]!.source).toBe("阳谷县融媒体中心 供稿");
  });

  it("still reads a letter's salutation over its text as the letter's first line", () => {
    const letter = ["孩子上学路上的隐患谁来管", "编辑同志：", "我家住在东城区建设路，孩子每天上学都要经过一段没有人行道的路，来往车辆很多，十分危险。", "读者 陈立新"];
    const [a] = read(letter.join("\n")).articles;
    expect([a!.kicker, a!.title, a!.body[0]!.text]).toEqual([undefined, "孩子上学路上的隐患谁来管", "编辑同志："]);
  });
});

describe("a feature page copied from a phone", () => {
  it("reads a two-part page name under a page label that names none as the page's, not the first story's column", () => {
    const page = ["2026年12月7日 星期一 第5版", "运河潮·文旅", "", "古城夜游火起来", "“夜经济”点亮冬日消费", "本报记者 许诺", "夜幕降临，东昌古城的灯笼次第亮起，游客们举着手机拍个不停。"];
    const reading = read(page.join("\n"));
    expect(pageNameLines(page).get(1)?.edition.pageName).toBe("运河潮·文旅");
    // A one-word line there may be a story's kicker: only a name of two parts is so read.
    expect(pageNameLines(page.map((l) => (l === "运河潮·文旅" ? "冬闲人不闲" : l))).size).toBe(0);
    expect(reading.articles.map((a) => [a.column, a.kicker, a.title])).toEqual([[undefined, "古城夜游火起来", "“夜经济”点亮冬日消费"]]);
  });

  it("derives a caption's title from what it shows, past its time (12月5日晚) and at a half-width stop", () => {
    expect(deriveTitle("12月5日晚，游客在东昌古城观看实景演出.")).toBe("游客在东昌古城观看实景演出");
    expect(deriveTitle("全市3.2万人参加活动。")).toBe("全市3.2万人参加活动");
    expect(["今年10月，古城推出了实景演出。", "10月以来，古城推出了实景演出。"].map(deriveTitle)).toEqual(["古城推出了实景演出", "古城推出了实景演出"]);
  });
});

describe("a photo printed inside a story", () => {
  const story = [
    "古城夜游火起来", "本报记者 许诺",
    "夜幕降临，东昌古城的灯笼次第亮起，游客们举着手机拍个不停。",
    "“本来以为冬天没什么人，没想到这么热闹。”从济南来的游客王女士说。",
    "12月5日晚，游客在东昌古城观看实景演出。（本报记者 许诺 摄）",
    "今年10月，古城推出了沉浸式实景演出《运河人家》，演员们穿着清代服饰，在街巷中与游客互动。",
  ];
  const next = ["运河岸边的“非遗”课", "■ 本报通讯员 秦 月", "12月3日，在临清市非遗馆，麦秸画传承人赵红英正在给孩子们上课。"];

  it("keeps the story's text whole across its caption, and its box under the caption; the photo is a photo story after it", () => {
    const read1 = read([...story, "相关链接", "今年1月至11月，全市共接待游客3200万人次。", ...next].join("\n"));
    expect(read1.articles.map((a) => [a.type, a.title, a.body.length])).toEqual([["article", "古城夜游火起来", 4], ["photo", null, 1], ["article", "运河岸边的“非遗”课", 1]]);
    expect(read1.articles[0]!.body.at(-1)).toMatchObject({ kind: "aside", label: "相关链接" });
    expect(read1.warnings.map((w) => w.code)).not.toContain("unplaced-line");
  });

  it("leaves a story under the caption that prints its own headline or dateline a story of its own", () => {
    const dated = read([...story.slice(0, 5), "本报讯 12月6日，市文旅局发布了冬季旅游线路。", ...next].join("\n"));
    expect(dated.articles.map((a) => a.type === "photo")).toEqual([false, true, false, false]);
  });
});

describe("a county account's post", () => {
  it("reads 文字｜ and 图片｜ credits as the byline, the photographer's role 摄影, and keeps the headline above them", () => {
    const post = ["冬日暖阳下的“幸福食堂”", "文字 | 刘晓燕  图片 | 王 强", "12月6日中午，茌平区振兴街道韩屯社区的幸福食堂里热气腾腾，十几位老人围坐在一起吃午餐。", "编辑 | 张 敏", "审核 | 李 刚"];
    const [a, ...rest] = read(post.join("\n")).articles;
    expect(rest).toEqual([]);
    expect([a!.kicker, a!.title, a!.reporter]).toEqual([undefined, "冬日暖阳下的“幸福食堂”", [{ name: "刘晓燕", role: null }, { name: "王强", role: "摄影" }]]);
  });
});

describe("a sports page", () => {
  it("reads a headline that exclaims halfway as the headline over its byline, not as a caption's text", () => {
    const page = ["主场逆转！水城男篮豪取四连胜", "本报记者 邵一帆", "12月6日晚，水城队在落后15分的情况下连续发力，最终以98:91逆转战胜江州队，取得四连胜。"];
    const [a, ...rest] = read(page.join("\n")).articles;
    expect([rest.length, a!.type, a!.title, a!.reporter]).toEqual([0, "article", "主场逆转！水城男篮豪取四连胜", [{ name: "邵一帆", role: "记者" }]]);
  });

  it("parts a brief's headline from 记者从…获悉 at one space, as from a dateline", () => {
    const page = ["体坛快讯", "● 水城马拉松报名人数创新高 记者从市体育局获悉，2027水城马拉松报名人数已突破3万人，创历届新高。", "● 冬季长跑比赛启动 本报讯 12月5日，全市中小学生冬季长跑比赛启动仪式在市体育中心举行。"];
    expect(read(page.join("\n")).articles.map((a) => [a.title, a.body[0]!.text.slice(0, 7)])).toEqual([["水城马拉松报名人数创新高", "记者从市体育局"], ["冬季长跑比赛启动", "本报讯 12月"]]);
  });
});
