import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadPages } from "../../src/bench/split-matrix.ts";
import { TRANSFORMATIONS, transform } from "../../src/bench/transform-page.ts";
import { decode } from "../../src/split/decode.ts";
import { bulletTitled, dateGlued, unglue, unwrap } from "../../src/split/unwrap.ts";
import { read } from "./helpers.ts";

describe("dateGlued", () => {
  const lead = "，市民中心正式推出“周末不打烊”服务，每周六上午9时至12时，58项高频事项可正常办理。";
  it.each([
    [`市民中心推出“周末不打烊”2月9日${lead}`, "市民中心推出“周末不打烊”"],
    [`城区供暖延长至3月20日 2月9日${lead}`, "城区供暖延长至3月20日"],
    [`江北公园改造完工 2月8日上午${lead}`, "江北公园改造完工"],
  ])("parts the title glued to a first sentence opening on its date: %s", (text, title) => {
    expect(dateGlued(text)?.[0]).toBe(title);
    expect(dateGlued(text)?.[1]).toMatch(/^\d{1,2}月\d{1,2}日/u);
  });
  it.each([`今年2月9日${lead}`, `记者获悉，2月9日${lead}`, `全市供暖时间延长至2月9日${lead}`, `2025年2月9日${lead}`, `本报讯（记者 段子琪）2月9日${lead}`, `新华社北京2月9日电 2月9日${lead}`, `"这本书我已经看了两遍!"2月9日${lead}`, "市民中心推出便民服务2月9日，正式施行。"])("leaves a sentence alone: %s", (text) => {
    expect(dateGlued(text)).toBeNull();
  });
});

describe("bulletTitled", () => {
  it.each([
    ["●城西污水处理厂二期投运。新增日处理能力5万吨，服务人口约20万人。（记者 钱明）", "●城西污水处理厂二期投运", "新增日处理能力5万吨，服务人口约20万人。（记者 钱明）"],
    ["▲首届运河龙舟赛开赛。来自沿河各县的24支队伍参赛。", "▲首届运河龙舟赛开赛", "来自沿河各县的24支队伍参赛。"],
  ])("parts a bulleted item's headline sentence from its text: %s", (text, title, rest) => {
    expect(bulletTitled(text)).toEqual([title, rest]);
  });
  it.each([
    "●近日，城西污水处理厂二期投运。新增日处理能力5万吨，服务人口约20万人。",
    "●本报讯 城西污水处理厂投运。新增日处理能力5万吨，服务人口约20万人。",
    "●城西污水处理厂二期工程已于上月底正式投入运行并通过验收。新增日处理能力5万吨。",
    "●城西污水处理厂投运。新增能力5万吨",
    "城西污水处理厂二期投运。新增日处理能力5万吨，服务人口约20万人。",
  ])("leaves an item that opens on a sentence of its text alone: %s", (text) => {
    expect(bulletTitled(text)).toBeNull();
  });
});

describe("headings over a hard-wrapped story's text", () => {
  const wrapped = [
    "部门动态",
    "",
    "县市场监管局开展春季食品安全检查",
    "4月7日至9日，县市场监管局组织执法人员对全",
    "县中小学校食堂、校园周边食品经营店开展春季食品安",
    "全专项检查，共检查单位65家，督促整改问题隐患",
    "14处。",
    "",
    "夜间消费点亮商圈",
    "入夜，江州老街灯火通明，特色小吃、非遗",
    "展演、露天音乐会轮番登场。消费季期间，全市将",
    "举办夜间消费活动60余场，重点商圈营",
    "业时间延长至23时。",
    "",
    "县人社局送岗位进村",
    "蒋文涛 宋雨佳",
    "4月9日，县人社局在新集镇举办“春风行动”乡村专场",
    "招聘会，22家企业提供就业岗位600余个，",
    "现场达成就业意向153人。",
  ];
  it("keeps a headline apart from text opening as a paragraph does, or on a clause of two characters, and bare names apart from both", () => {
    expect(unwrap(wrapped).map((l) => l.line)).toEqual([1, 3, 4, 9, 10, 15, 16, 17]);
  });
  it("still joins the tail of a word cut at a print line's end", () => {
    expect(unwrap(["眼下正是油菜花开的时节，田间地头一片金黄的油菜", "花。春分过后，游客渐多。"]).map((l) => l.text)).toEqual(["眼下正是油菜花开的时节，田间地头一片金黄的油菜花。春分过后，游客渐多。"]);
  });
});

describe("unwrap", () => {
  it("reads a page of short stories under many headings as a paragraph to a line, not hard-wrapped", () => {
    const paragraph = (n: number) => `${n}月8日，在石桥镇后屯村的麦田里，两台植保无人机来回穿梭，为返青的小麦喷洒叶面肥和杀菌剂，全镇小麦已完成统防统治。`;
    const page = ["城关街道为辖区老人免费体检", paragraph(1), "", "石桥镇千亩小麦开展“一喷三防”", "王晓峰 李春燕", paragraph(2), "", "柳河镇“板凳会”解民忧", "“无人机一天能打三百多亩，又快又匀。”种粮大户说。", "", "县人社局送岗位进村", paragraph(3)];
    expect(unwrap(page).map((l) => l.line)).toEqual([1, 2, 4, 5, 6, 8, 9, 11, 12]);
  });

  it("passes a page without indentation through, line by line", () => {
    expect(unwrap(["标题", "", "  正文第一行", "正文第二行"])).toEqual([
      { line: 1, text: "标题" },
      { line: 3, text: "正文第一行" },
      { line: 4, text: "正文第二行" },
    ]);
  });

  it("on a wrapped page goes on from a line going on in clauses, however short of its column", () => {
    const prose = ["今年以来，全县粮食生产形势总体向好，秋粮播种面", "积稳中有增，单产水平持续提高，农民种粮收益明显", "增加，为全年粮食丰收打下了坚实基础。"];
    const page = [...prose, "市城市管理局相关负责人介绍，今年还将", "在医院、学校周边再建5处停车场，并在部分", "路段施划夜间限时泊位。"];
    expect(unwrap(page).map((l) => l.text).at(-1)).toBe(page.slice(-3).join(""));
  });

  it("goes on from an indented paragraph's line that stops on a word leading into more, however short", () => {
    const page = ["　　受市中级人民法院委托，我公司", "定于2025年12月5日上午10时在", "市公共资源交易中心公开拍卖以下标的：", "　　1.商业房产一处，参考价260万元。", "　　2.小型轿车一辆，参考价8万元。", "　　3.办公用品一批，参考价2万元。"];
    expect(unwrap(page).map((l) => l.text)[0]).toBe("受市中级人民法院委托，我公司定于2025年12月5日上午10时在市公共资源交易中心公开拍卖以下标的：");
  });

  it("where indents mark paragraphs, goes on from a full line that ended a sentence into a full line with no indent", () => {
    const page = ["　　走进老院落，墨香和木香扑面而来。年过六", "旬的传承人正伏在案前，木屑簌簌落下。", "　　这几年，工作室里多了不少年轻面孔。", "他和职业院校合作开设了年画课，一年能卖", "出两万多件。", "老手艺有了新传人", "　　“只要有人愿意学，我就愿意教。”他说。"];
    expect(unwrap(page).map((l) => l.text)).toEqual(["走进老院落，墨香和木香扑面而来。年过六旬的传承人正伏在案前，木屑簌簌落下。", "这几年，工作室里多了不少年轻面孔。他和职业院校合作开设了年画课，一年能卖出两万多件。", "老手艺有了新传人", "“只要有人愿意学，我就愿意教。”他说。"]);
  });

  it("goes on inside a bracket a wrap left open, whatever space stands before the line under it", () => {
    const page = ["主办方负责人表示，计划反应理想，明", "年将再增设五个服务点，并加入送餐上门服务。（记者", "　麦嘉欣）", "展览将持续至4月底，每周末有传承人现场", "教学。"];
    expect(unwrap(page).map((l) => l.text)).toEqual(["主办方负责人表示，计划反应理想，明年将再增设五个服务点，并加入送餐上门服务。（记者麦嘉欣）", "展览将持续至4月底，每周末有传承人现场教学。"]);
  });

  it("rejoins print lines of indented paragraphs, keeping headings apart", () => {
    const page = [
      "牢记历史 勿忘国耻",
      "■ 本报记者 张承斌",
      "　　12月11日上午，聊城市退役军人",
      "事务局举办国家公祭日主题报展。",
      "　　记者在现场看到，这些老报纸文图",
      "并茂，还原了历史真相。",
      "　　展出的报纸保存得相当完好。",
      "分支机构信息变更一次办好",
      "■ 本报通讯员 王奕明",
      "　　阳谷县行政审批服务局积极引入",
      "分支机构批量变更系统。",
    ];
    expect(unwrap(page).map((l) => `${l.line} ${l.text}`)).toEqual([
      "1 牢记历史 勿忘国耻",
      "2 ■ 本报记者 张承斌",
      "3 12月11日上午，聊城市退役军人事务局举办国家公祭日主题报展。",
      "5 记者在现场看到，这些老报纸文图并茂，还原了历史真相。",
      "7 展出的报纸保存得相当完好。",
      "8 分支机构信息变更一次办好",
      "9 ■ 本报通讯员 王奕明",
      "10 阳谷县行政审批服务局积极引入分支机构批量变更系统。",
    ]);
    expect(read(page.join("\n")).articles.map((a) => [a.title, a.body.length])).toEqual([
      ["牢记历史 勿忘国耻", 3],
      ["分支机构信息变更一次办好", 1],
    ]);
  });

  it("rejoins a hard-wrapped page whose paragraphs stand apart by blank lines", () => {
    const page = ["首届乡村篮球联赛开赛", "", "十月十五日晚，冠县首届乡村篮球联赛在县全", "民健身中心开赛，来自全县十八个乡镇的二十", "四支球队将在一个月内进行比赛。", "", "联赛采取分组循环赛和淘汰赛相结合的赛制，所", "有比赛免费向群众开放。"];
    expect(unwrap(page).map((l) => `${l.line} ${l.text}`)).toEqual([
      "1 首届乡村篮球联赛开赛",
      "3 十月十五日晚，冠县首届乡村篮球联赛在县全民健身中心开赛，来自全县十八个乡镇的二十四支球队将在一个月内进行比赛。",
      "7 联赛采取分组循环赛和淘汰赛相结合的赛制，所有比赛免费向群众开放。",
    ]);
  });

  it("goes on over an indented paragraph's line cut short of its column; a byline pushed far right is no indent", () => {
    // Line 4 stops four characters short of the lines around it, where a sentence goes on.
    const page = ["首届乡村篮球联赛开赛", "                                ■ 本报记者 邵一帆", "　　十月十五日晚，冠县首届乡村篮球联赛在县", "全民健身中心开赛，来自全县共计", "十八个乡镇的二十四支球队将在一个月内进行", "比赛。", "　　联赛采取分组循环赛和淘汰赛相结合的赛", "制，所有比赛免费向群众开放。", "　　决赛定于十一月中旬举行。"];
    expect(unwrap(page).map((l) => l.line)).toEqual([1, 2, 3, 7, 9]);
  });

  it.each([
    ["a line opening on a comma", "张某承包部分工程", "，招用31名工人施工。"],
    ["a bracket left open", "咨询150余人次。（市司法局 供", "稿）"],
    ["a figure cut in two", "并赔偿消费者240", "00元。"],
    ["a word cut after a comma", "做好抗旱准备，确", "保农业生产用水。"],
  ])("on a hard-wrapped page goes on across %s, a line short of its column", (_what, above, below) => {
    const page = ["城区新增3处便民停车场", "", "记者1月8日从市城市管理局获悉，城区新建", "的3处便民停车场日前投入使用，共有泊位", "420个，缓解了周边居民停车难的问题。", "", above, below];
    expect(unwrap(page).at(-1)).toEqual({ line: 7, text: above + below });
  });

  it("on a wrapped page that parts paragraphs by blank lines, goes on to the blank line over lines cut short of their column", () => {
    const page = ["“农家书屋”变身“文化客厅”", "", "今年以来，东阿县对全县农家书屋进行", "提档升级，增设阅读区、亲子区和数字阅读终端，延", "长开放时间，让书屋变成群", "众家门口的“文化客厅”。", "", "目前，全县农家书屋累计开展读书分享、非遗体验、电", "影放映等活动800余场次。", ""];
    expect(unwrap(page).map((l) => l.line)).toEqual([1, 3, 8]);
  });

  it("where blank lines part a wrapped page's paragraphs, goes on past a sentence ended at a line's end, and into a credit cut mid-word", () => {
    const page = ["游艇项目投产", "", "12月12日，在位于开发区的聊城百思特游艇有限公", "司生产车间，工人对生产的游艇进行表面处理。", "百思特高端游艇研发制造项目总投资20亿元，可年", "产400艘高端游艇。 ■ 本报记", "者 许金松", "", "近年来，我市聚焦制造业创新能力提升，着力推", "动产业链、创新链深度融合。", ""];
    const more = ["全市规模以上工业增加值同比增长百分之七点", "二，高于全省平均水平。", ""];
    expect(unwrap([...page, ...more, ...more, ...more]).map((l) => l.line)).toEqual([1, 3, 9, 12, 15, 18]);
  });

  it("keeps apart what a wrapped paragraph never swallows: a headline over far wider text, a subtitle's dash, the line under a byline, a speck", () => {
    const wide = "一段时间以来，部分蔬菜价格出现波动，牵动着不少市民的心。菜价虽是小事，关系的却是千家万户的日常生活，来不得半点马虎。";
    const column = ["今年以来，东阿县对全县农家书屋进行", "提档升级，增设阅读区、亲子区和数字阅读终端，延", "长开放时间，让书屋变成群众家门口的文化客厅。", ""];
    const lines = (...block: string[]) => unwrap([...column, ...block, "", ...column]).map((l) => l.text).slice(1, -1);
    expect(lines("守住群众“菜篮子”更要稳住“米袋子”", wide)).toHaveLength(2);
    expect(lines("农资供应充足 价格总体平稳的背后有哪些经验", "——全市春季农资市场调查")).toHaveLength(2);
    expect(lines("■ 本报记者 程远 实习生 舒畅", "问：您学习木版年画多少年了？")).toHaveLength(2);
    expect(lines("现自己烘焙更拿手，就主动报名当了老师", ".")).toHaveLength(2);
  });

  it("ends a hard-wrapped paragraph at a caption's credit as at a full stop", () => {
    const page = ["图片新闻", "12月1日，选手们从东昌湖畔出发。 本报记者 许金松 摄", "书法作品展开幕", "本报讯（记者 严可馨）11月30日，“翰墨运河”书", "法作品展在市美术馆开幕，展出作品120余幅。"];
    expect(unwrap(page).map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });
});

describe("prose cut short of its column on a hard-wrapped page", () => {
  const WRAPPED = ["市区新增公交线路3条，方便市民出行，今年以来全市", "公交客运量同比增长一成，市民出行更加便捷。"];

  it("goes on where a sentence ended inside the line, or the line opens on its day, however short the line", () => {
    const page = [...WRAPPED, "7月2日，选手在市体育中心参加男子跳高比赛", "中冲过终点。当日，他以", "2米21的成绩夺冠。本报记者 吴桐 摄", "7月2日，女子组选手在", "跳远比赛中。她以6米02的成绩获得银牌。"];
    expect(unwrap(page).map((l) => l.text)).toEqual([WRAPPED.join(""), "7月2日，选手在市体育中心参加男子跳高比赛中冲过终点。当日，他以2米21的成绩夺冠。本报记者 吴桐 摄", "7月2日，女子组选手在跳远比赛中。她以6米02的成绩获得银牌。"]);
  });

  it("goes on over a speck between two print lines, and over a date cut before its unit (4月1 / 日)", () => {
    const page = [...WRAPPED, "1月8日，游客在古城景区赏雪景，", "·.", "拍照留念。春节将至，古城年味渐浓。", "据新华社电 记者1月8", "日从国家铁路局获悉，春运首日全国铁路发送旅客1200万人次。"];
    expect(unwrap(page).filter((l) => l.text !== "·.").map((l) => l.text).slice(1)).toEqual(["1月8日，游客在古城景区赏雪景，拍照留念。春节将至，古城年味渐浓。", "据新华社电 记者1月8日从国家铁路局获悉，春运首日全国铁路发送旅客1200万人次。"]);
  });

  it("keeps a headline's last line over its subtitle's dash or byline apart from a kicker that fills the column", () => {
    const prose = ["今年以来，全县粮食生产形势总体向好，秋粮播种面", "积稳中有增，单产水平持续提高，农民种粮收益明显", "增加，为全年粮食丰收打下了坚实基础。"];
    // Under an e-paper's page list of short lines the kicker fills as wide a column as they print.
    const epaper = loadPages(fileURLToPath(new URL("../fixtures/pages/", import.meta.url))).find((p) => p.name === "epaper-copy")!;
    const wrapped = decode(transform(epaper, TRANSFORMATIONS.find((t) => t.name === "wrap-flush")!).bytes).text;
    expect(unwrap(wrapped.split("\n")).map((l) => l.text)).toContain("从“望楼兴叹”到“一键直达”");
    // A sentence going on in clauses, cut where it fills the column, still goes on over the byline.
    const cut = ["总投资412亿元，涵盖先进制造、新能源、城市更新", "等领域", "■ 本报记者 葛文博"];
    expect(unwrap([...prose, ...cut]).map((l) => l.text).slice(1)).toEqual([cut.slice(0, 2).join(""), cut.at(-1)]);
  });

  it("measures the column by its print lines, not by a title glued to its text beside them", () => {
    const ocr = loadPages(fileURLToPath(new URL("../fixtures/pages/", import.meta.url))).find((p) => p.name === "ocr-hardwrap")!;
    const glued = decode(transform(ocr, TRANSFORMATIONS.find((t) => t.name === "titles-glued")!).bytes).text;
    expect(glued).toContain("为师生营造安全有序的\n校园环境。\n老城区12条背街小巷完成“微改造”   ■本报记者 韦嘉");
    // The paragraph goes on to its sentence's end (a line going on in clauses), and the glued title stays apart from it.
    expect(unwrap(glued.split("\n")).map((l) => l.text)).toContain("据了解，开学季期间，市教育局还将联合公安、交通、市场监管等部门，开展校园周边环境专项整治，为师生营造安全有序的校园环境。");
    expect(unwrap(glued.split("\n")).map((l) => l.text)).toContain("老城区12条背街小巷完成“微改造”   ■本报记者 韦嘉");
  });

  it("goes on into a line that opens on the quotation mark closing the sentence above (……聚宝盆。 / ”村民…)", () => {
    const prose = ["走进东王村，一座座农家小院干净整洁，院里种着蔬菜，", "墙上挂着玉米，游客正围坐在院中品尝农家饭。“以前院", "子就是堆杂物的地方，现在成了聚宝盆。", "”村民钟桂芳说，她家的小院去年改成了农家乐。"];
    expect(unwrap(prose).map((l) => l.text)).toEqual([prose.join("")]);
  });

  it("across a column jump's noise, goes on into a count opening the line (老旧小区 / 52个); a headline may open on one otherwise", () => {
    const page = ["老旧小区改造让居民住得更舒心", "今年全市计划改造老旧小区", "东昌晚报  2025年5月20日  星期二", "4", "52个，惠及居民1.8万户", "江州都市报记者 韦东"];
    expect(unwrap(page, new Set([2, 3])).some((l) => l.text.endsWith("今年全市计划改造老旧小区52个，惠及居民1.8万户"))).toBe(true);
    expect(unwrap(["全民健身季·马拉松", "2万名跑者奔跑在运河岸边", "本报讯（记者 顾晓航）8月4日清晨，马拉松鸣枪开跑。"]).map((l) => l.text)).toHaveLength(3);
  });

  it("across a column jump's noise, goes on from a line stopping a character or two into a clause (……建设，现 / 就…)", () => {
    const page = ["为进一步改进作风建设，现", "东昌晚报  2026年6月3日  星期三", "7", "就全县专项行动工作方案公开征求意见，欢迎社会各界提出意见建议。"];
    expect(unwrap(page, new Set([1, 2])).map((l) => l.text).filter((t) => t.startsWith("为"))).toEqual(["为进一步改进作风建设，现就全县专项行动工作方案公开征求意见，欢迎社会各界提出意见建议。"]);
  });

  it("keeps the space a wrap cut at between two names of a closing credit", () => {
    const prose = ["县交通运输局投资1.2亿元实施的农村公路整治工", "程近日全部完工，共改造农村公路156公里，修复破损", "路面2.3万平方米，群众出行更加便捷。（王丽"];
    expect(unwrap([...prose, " 孙强）"]).map((l) => l.text)).toEqual([`${prose.join("")} 孙强）`]);
  });

  it("keeps a table's rows apart, however evenly they fill the column", () => {
    const prose = ["今年以来，全县粮食生产形势总体向好，秋粮播种面", "积稳中有增，单产水平持续提高，农民种粮收益明显", "增加，为全年粮食丰收打下了坚实基础，各项指标如下："];
    const rows = ["社会消费品零售总额 812.6亿元", "规模以上工业增加值 增长7.2%", "城镇居民人均可支配收入 13562元", "固定资产投资总额 增长4.9%", "数据来源：县统计局"];
    expect(unwrap([...prose, ...rows]).map((l) => l.text)).toEqual([prose.join(""), ...rows]);
  });

  it("keeps an item's fields apart on a wrapped page, and joins a field its wrap cut", () => {
    const prose = ["今年以来，全县粮食生产形势总体向好，秋粮播种面", "积稳中有增，单产水平持续提高，农民种粮收益明显", "增加，为全年粮食丰收打下了坚实基础。"];
    const fields = ["停水时间：7月18日22:00至次日6:00", "停水范围：人民路、建设街、文化巷", "报名方式：到社区服务大厅现场登记，名额", "30人，报满为止", "请沿线居民提前储水。"];
    expect(unwrap([...prose, ...fields]).map((l) => l.text)).toEqual([prose.join(""), fields[0], fields[1], fields[2]! + fields[3]!, fields[4]]);
    // The tail a cut left over the next field goes on; a title over it is the next item's.
    const items = ["地点：幸福里社区党群服务中心二楼大厅", "报名方式：到幸福里社区党群服务大厅现场登记，名额", "30人，报满为止", "联系电话：0537-3219012", "影响区域：花园小区、新村小区、北环路", "城南片区设备更换", "停电时间：7月17日7:30至12:30"];
    expect(unwrap([...prose, ...items]).map((l) => l.text)).toEqual([prose.join(""), items[0], items[1]! + items[2]!, items[3], items[4], items[5], items[6]]);
    // A title glued to its first field heads a run of fields.
    const glued = ["城北片区线路检修   停电时间：7月16日8:00至18:00", "停电范围：北环路以北、健康路以西"];
    expect(unwrap([...prose, ...glued]).map((l) => l.text)).toEqual([prose.join(""), ...glued]);
  });

  it("goes on over a score cut at its colon (12: / 18落后)", () => {
    const page = [...WRAPPED, "首局比赛，主队一传不稳，一度以12:", "18落后，最终以22:25失利。"];
    expect(unwrap(page).map((l) => l.text).at(-1)).toBe("首局比赛，主队一传不稳，一度以12:18落后，最终以22:25失利。");
  });
});

describe("a notice's title on a hard-wrapped page", () => {
  it("stands alone however wide: the notice's text starts under it", () => {
    const page = ["市区新增公交线路3条，方便市民出行，今年以来全市", "公交客运量同比增长一成，市民出行更加便捷。", "公告", "关于西湖路（中华路至光明路段）封闭施工的通告", "为推进西湖路管网改造工程建设，经研究决定，自", "2024年7月1日起对西湖路实行全封闭施工。", "特此通告。"];
    expect(unwrap(page).map((l) => l.text.slice(0, 6))).toEqual(["市区新增公交", "公告", "关于西湖路（", "为推进西湖路", "特此通告。"]);
  });
});

describe("unglue", () => {
  const TEXT = "本报讯（记者 宋佳）记者1月8日从市城市管理局获悉，城区新建的3处便民停车场日前投入使用。";

  it("parts a headline from the story's first line, subtitle or byline it was glued to, keeping the line's number", () => {
    expect(unglue([{ line: 8, text: `城区新增3处便民停车场   ${TEXT}` }])).toEqual([{ line: 8, text: "城区新增3处便民停车场", glued: true }, { line: 8, text: TEXT }]);
    expect(unglue([{ line: 3, text: "农资供应充足 价格总体平稳   ——全市春季农资市场调查" }]).map((l) => l.text)).toEqual(["农资供应充足 价格总体平稳", "——全市春季农资市场调查"]);
    expect(unglue([{ line: 3, text: "把握新质生产力的实践要求  陈立新 黄晓梅" }]).map((l) => l.text)).toEqual(["把握新质生产力的实践要求", "陈立新 黄晓梅"]);
    // A box's name glued to the headline it stands under, and a work's credit glued to its title.
    expect(unglue([{ line: 3, text: "一把刻刀守了四十年  人物档案" }]).map((l) => l.text)).toEqual(["一把刻刀守了四十年", "人物档案"]);
    expect(unglue([{ line: 3, text: "《湖畔的候鸟》  梁秋实 著 长江文艺出版社" }]).map((l) => l.text)).toEqual(["《湖畔的候鸟》", "梁秋实 著 长江文艺出版社"]);
  });

  it("leaves a headline's couplet after a colon whole: its second half is no name glued to a title", () => {
    expect(unglue([{ line: 3, text: "大寒：北风紧　万家暖" }]).map((l) => l.text)).toEqual(["大寒：北风紧　万家暖"]);
    expect(unglue([{ line: 3, text: "新春走基层：老街　万家暖" }]).map((l) => l.text)).toEqual(["新春走基层：老街", "万家暖"]);
  });

  it("leaves a dateline whose credit is spaced by a full-width space whole", () => {
    const line = { line: 5, text: "本报讯（记者　蔺远）10月9日，“胶香千年”非遗技艺展在省城开展，展出各类实物200余件。" };
    expect(unglue([line])).toEqual([line]);
  });

  it("parts a title from the dashless subtitle it was glued to, over the story's byline or dateline: two lines of one deck", () => {
    const deck = (text: string, under: string) => unglue([{ line: 4, text }, { line: 5, text: under }]).map((l) => l.text);
    expect(deck("河湖清淤工程全面完工   整治河道48公里，清运淤泥30万方", "■ 本报记者 苗青")).toEqual(["河湖清淤工程全面完工", "整治河道48公里，清运淤泥30万方", "■ 本报记者 苗青"]);
    expect(deck("社区食堂增至40家  城区实现全覆盖，每餐补贴5元。", "本报讯（记者 程朗）记者从市民政局获悉，截至目前，全市社区食堂增至40家。")[1]).toBe("城区实现全覆盖，每餐补贴5元。");
    // Without a credit under it the short line after the spaces is no deck's: the two halves may be one line of a list.
    expect(deck("河湖清淤工程全面完工   整治河道48公里，清运淤泥30万方", "下一步，全市将推进河湖长效管护。")).toHaveLength(2);
  });

  it("parts an item's title from its first field, more fields under it, and a table's title from its header row", () => {
    const parts = (...texts: string[]) => unglue(texts.map((text, i) => ({ line: i + 1, text }))).map((l) => l.text);
    expect(parts("城北片区线路检修   停电时间：7月16日8:00至18:00", "停电范围：北环路以北")).toEqual(["城北片区线路检修", "停电时间：7月16日8:00至18:00", "停电范围：北环路以北"]);
    expect(parts("本周尾号限行  日期 星期 限行尾号", "7月13日 星期一 1和6")).toEqual(["本周尾号限行", "日期 星期 限行尾号", "7月13日 星期一 1和6"]);
    expect(parts("城北片区线路检修   停电时间：7月16日8:00至18:00", "请沿线居民提前储水。")).toEqual(["城北片区线路检修   停电时间：7月16日8:00至18:00", "请沿线居民提前储水。"]);
    // A short title glued to a whole sentence in clauses, however short the sentence.
    expect(parts("雨中的操场   一场夏雨把操场洗得干干净净，跑道上的积水映出灰白的天空。")).toEqual(["雨中的操场", "一场夏雨把操场洗得干干净净，跑道上的积水映出灰白的天空。"]);
    expect(parts("记者  您好。")).toEqual(["记者  您好。"]);
  });

  it("parts a table's title from its first row, more rows under it; a row alone stays whole", () => {
    const table = (rows: string[]) => unglue([{ line: 1, text: "上半年全县主要农业指标   粮食播种面积 96.3万亩" }, ...rows.map((text, k) => ({ line: k + 2, text }))]);
    expect(table(["油料产量 4.1万吨", "蔬菜产量 增长3.6%"]).slice(0, 2)).toEqual([{ line: 1, text: "上半年全县主要农业指标", glued: true }, { line: 1, text: "粮食播种面积 96.3万亩" }]);
    expect(table(["下一步，全县将抓好秋粮生产。"])).toHaveLength(2);
  });

  it("leaves whole two fields spaced apart on one line: no title glued to the first", () => {
    const text = "发布单位：临川市气象台　发布时间：4月9日16时";
    expect(unglue([{ line: 1, text }, { line: 2, text: "谷雨时节话春茶" }]).map((l) => l.text)).toEqual([text, "谷雨时节话春茶"]);
  });

  it("leaves whole a table's row led by a date or figure among rows so led: its cells are spaced, nothing is glued", () => {
    const rows = ["7日（周五）　多云转雷阵雨　24℃～35℃　南风2级", "8日（周六）　雷阵雨转多云　23℃～33℃　北风转南风2级"];
    expect(unglue(rows.map((text, k) => ({ line: k + 1, text }))).map((l) => l.text)).toEqual(rows);
  });

  it.each([
    ["雪后古城  1月8日，雪后的古城银装素裹，游人踏雪赏景。", "雪后古城"],
    ["非遗技艺进校园    图①：9月29日，东昌府区一所小学的学生在学习剪纸。", "非遗技艺进校园"],
  ])("parts a short title from the caption it was glued to: %s", (text, title) => {
    expect(unglue([{ line: 1, text }])[0]).toEqual({ line: 1, text: title, glued: true });
  });

  it.each(["A05  国内新闻  2024年6月12日 星期三  责编：周敏  美编：刘洋", "北港队　3:0　东川队", "牢记历史  勿忘国耻", `会议召开。  ${TEXT}`])("leaves %s whole", (text) => {
    expect(unglue([{ line: 1, text }])).toEqual([{ line: 1, text }]);
  });
});
