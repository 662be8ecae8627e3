/** group() on its own: classified lines in, stories and body blocks out. */
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/split/classify.ts";
import { dashlessSubtitles, group } from "../../src/split/group.ts";
import { LINE_RULES, normalize } from "../../src/split/normalize.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { EDITION, read } from "./helpers.ts";

const classified = (...texts: string[]) => texts.map((text, i) => classifyLine(normalize(text, LINE_RULES).text, i + 1));
const shape = (texts: string[]) =>
  group(classified(...texts)).stories.map((story) => ({
    heading: story.heading.map((l) => l.line),
    subtitle: story.subtitle?.line,
    blocks: story.blocks.map((b) => `${b.kind[0]}:${b.pieces.map((p) => p.line).join("+")}`),
    findings: story.findings.map((f) => `${f.line} ${f.code}`),
  }));

describe("group", () => {
  it("reads a box's name over a headline as the story's column, not an item of its own; a box's attribution stays in the box", () => {
    const page = ["以案说法", "网购退货遭拒 法院判商家退款", "■ 本报记者 孟庆阳", "今年10月，刘女士网购一台空气炸锅，商家拒绝退货。", "律师提醒", "保留好聊天记录和订单截图。", "（山东某律师事务所 韩雪律师）", "冬季取暖安全不能放松", "■ 本报记者 赵宗锋", "入冬以来全市共接报火警142起。"];
    expect(shape(page)).toEqual([
      { heading: [1, 2], subtitle: undefined, blocks: ["p:4", "a:6", "a:7"], findings: [] },
      { heading: [8], subtitle: undefined, blocks: ["p:10"], findings: [] },
    ]);
  });

  it("opens a story at a headline block followed by a subtitle and byline", () => {
    expect(shape(["聚力九个学行的 推动强市建设", "争当\"六个新聊城\"建设开路先锋", "-高唐公路事业发展中心公路建养服务工作纪实", "■ 本报通讯员 闫宗鹏", "今年以来,中心践行市委要求。"])).toEqual([
      { heading: [1, 2], subtitle: 3, blocks: ["p:5"], findings: [] },
    ]);
  });

  it("keeps a lone short line inside a story as a subhead, and starts a new story at two", () => {
    expect(
      shape([
        "政务公开是这样炼成的",
        "■ 本报记者 赵宗锋",
        "近年来,我市不断优化公开平台。",
        "优化公开平台,促进信息发布\"规范度\"",
        "步入市政府办公楼北楼,信息格外引人注目。",
        "新时代 新征程 新伟业",
        "开发区持续优化营商环境",
        "开发区打造\"东城有约\"便民服务品牌。",
      ]),
    ).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "s:4", "p:5"], findings: [] },
      { heading: [6, 7], subtitle: undefined, blocks: ["p:8"], findings: [] },
    ]);
  });

  it("rejoins broken lines and flags a paragraph that lost its ending where it ends", () => {
    expect(
      shape([
        "牢记历史 勿忘国耻",
        "■ 本报记者 张承斌",
        "已展示全市重点工作事项815条,其中部门亮点109",
        "条,有效提升了政府工作执行力。",
        "将每年的12月13日设立为南京大屠杀死难者国家公祭",
        "记者在现场看到,这些老报纸文图并茂。",
        "他常年收藏老报纸,已经坚持了20多年,共收集报纸3000余",
      ]),
    ).toEqual([{ heading: [1], subtitle: undefined, blocks: ["p:3+4", "p:5", "p:6", "p:7"], findings: ["5 missing-ending", "7 missing-ending"] }]);
  });

  it("ends a signed piece at the author's note, set apart from the text: the short lines under it head the next piece", () => {
    expect(shape(["口袋公园不能建成面子工程", "■ 陈立新", "建好更要管好。", "（作者单位：中共水城市委党校）", "观点", "乡村振兴要让农民唱主角", "实施乡村振兴战略，农民是主体。"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "a:4"], findings: [] },
      { heading: [5, 6], subtitle: undefined, blocks: ["p:7"], findings: [] },
    ]);
    expect(group(classified("口袋公园不能建成面子工程", "■ 陈立新", "建好更要管好。", "（作者单位：中共水城市委党校）")).stories[0]!.blocks[1]).toMatchObject({ kind: "aside", label: "作者" });
  });

  it("keeps the short rows of a list under a line ending in a colon, each a paragraph, none joined", () => {
    expect(shape(["水城女排晋级四强", "■ 本报记者 邵一帆", "水城女排以3:1战胜临海队。", "本轮其他比赛结果：", "北港队 3:0 东川队", "西陵队 3:2 南屿队", "根据赛程，水城队将迎战青山队。"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "p:4", "p:5", "p:6", "p:7"], findings: [] },
    ]);
  });

  it("keeps a numbered table under its label as rows of the story above, not a deck", () => {
    expect(shape(["水城女排晋级四强", "■ 本报记者 邵一帆", "水城女排以3:1战胜临海队。", "积分榜", "1. 青山队 24分", "2. 水城队 21分", "责任编辑：刘明远"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "p:4", "p:5", "p:6"], findings: [] },
    ]);
  });

  it("sets an editor's note's label (编者按) apart as a subhead, even first in the body", () => {
    expect(shape(["县域经济高质量发展", "■ 王海", "编者按", "县域是发展新质生产力的重要阵地。", "发展新质生产力，关键在创新。"])[0]!.blocks).toEqual(["s:3", "p:4", "p:5"]);
  });

  it("still opens a story at short lines over a byline after a colon", () => {
    expect(shape(["水城女排晋级四强", "■ 本报记者 邵一帆", "教练说：", "青山队卫冕", "■ 本报记者 林立", "青山队以3:0获胜。"]).map((s) => s.heading)).toEqual([[1], [4]]);
  });

  it("reads a half-width '.' after Han as a full stop: the paragraphs stay apart; after a figure it ends nothing", () => {
    expect(shape(["运河人家", "□ 柳岸", "小时候,我家住在运河边的老街上.", "每天天不亮,摇橹声就从河面上传过来.", "那一年,全街只有一台黑白电视机,是老张家从城里买回来的,屏幕只有14.", "英寸,却是全街的宝贝."])[0]!.blocks).toEqual(["p:3", "p:4", "p:5+6"]);
  });

  it("reads short lines under a titled piece's byline as verse, each a line, with a note; the poem goes on after its second title", () => {
    expect(shape(["秋夜（外一首）", "□ 林青禾", "月光落在运河上", "像一封没有寄出的信，", "桨声很轻", "晒秋", "屋顶是摊开的画布", "数给太阳听", "（作者系水城市作家协会会员）", "运河人家", "□ 柳岸", "小时候，我家住在运河边的老街上。"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "p:4", "p:5", "p:6", "p:7", "p:8", "a:9"], findings: ["3 verse"] },
      { heading: [10], subtitle: undefined, blocks: ["p:12"], findings: [] },
    ]);
  });

  it("reads no verse where the short lines head a story of their own or a lone line is a subhead", () => {
    expect(shape(["运河人家", "□ 柳岸", "老街", "小时候，我家住在运河边的老街上。"])[0]!.findings).toEqual([]);
    expect(shape(["市民冬泳", "■ 本报记者 张三", "冬泳爱好者在东昌湖畔畅游。", "全市新建", "口袋公园46处", "今年以来 城区", "■ 本报记者 李四", "今年以来，我市新建口袋公园46处。"]).map((s) => s.heading)).toEqual([[1], [4, 5, 6]]);
  });

  it("signs a notice with the issuers and date under its formula, and makes each ad under a notices marker an item", () => {
    const page = group(classified("公告", "关于东湖路封闭施工的通告", "自2024年6月15日起，对东湖路实行全封闭施工。", "特此通告。", "水城市公安局交通警察支队", "水城市城市管理局", "2024年6月11日", "遗失声明", "水城市鑫达商贸有限公司遗失营业执照副本，声明作废。", "李文博遗失出生医学证明一份，声明作废。"));
    expect(page.stories.map((s) => [s.marker?.text, s.heading.map((l) => l.text), s.blocks.map((b) => b.pieces.map((p) => p.line).join("+"))])).toEqual([
      ["公告", ["关于东湖路封闭施工的通告"], ["3", "4", "5", "6", "7"]],
      ["遗失声明", [], ["9"]],
      ["遗失声明", [], ["10"]],
    ]);
  });

  it("signs a notice of a notices run with its fields, issuer and date even without a formula", () => {
    const page = group(classified("寻人启事", "王某某，男，78岁，于5月18日走失。", "联系人：王先生", "联系电话：13800000000", "招标公告", "水城市第二中学教学楼维修工程现公开招标。", "招标人：水城市第二中学", "2024年5月20日", "注销公告", "水城市顺达物流有限公司拟申请注销登记。", "特此公告。", "水城市顺达物流有限公司清算组", "2024年5月20日"));
    expect(page.stories.map((s) => [s.marker?.text, s.heading.length, s.blocks.map((b) => b.pieces[0]!.line)])).toEqual([
      ["寻人启事", 0, [2, 3, 4]],
      ["招标公告", 0, [6, 7, 8]],
      ["注销公告", 0, [10, 11, 12, 13]],
    ]);
  });

  it("reads the kind of notice under the notices banner as the notice's headline, the banner as its run", () => {
    const page = group(classified("公告", "注销公告", "江州市禾丰商贸有限公司拟向公司登记机关申请注销登记。", "特此公告。", "江州市禾丰商贸有限公司清算组"));
    expect(page.stories.map((s) => [s.marker?.text, s.heading.map((l) => l.text), s.blocks.length])).toEqual([["公告", ["注销公告"], 3]]);
  });

  it("reads an office's name as a headline where no notice's formula is above it", () => {
    expect(shape(["本报讯 6月11日，会议召开。", "水城市城市管理局", "■ 本报记者 张三", "城管局推出新举措。"]).map((s) => s.heading)).toEqual([[], [2]]);
  });

  it("notes that headless text under （上接A1版） is the tail of a story from another page", () => {
    expect(shape(["（上接A1版）", "据了解，今年我市将改造老旧小区86个。", "加装电梯再批120部", "■ 本报记者 吕一鸣", "本报讯 6月11日，会议召开。"]).map((s) => s.findings)).toEqual([["1 continued"], []]);
    expect(shape(["（上接A1版）", "加装电梯再批120部", "■ 本报记者 吕一鸣", "本报讯 6月11日，会议召开。"]).map((s) => s.findings)).toEqual([[]]);
  });

  it("reads a name alone under a headline, over a poem or the text, as the byline printed bare, with a note", () => {
    expect(shape(["春天的信", "林青禾", "风从南边来", "带着河水的气味", "柳枝在窗外", "老屋", "周晓白", "老屋在村子的最东头，是爷爷年轻时亲手盖的。"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "p:4", "p:5"], findings: ["2 bare-byline", "3 verse"] },
      { heading: [6], subtitle: undefined, blocks: ["p:8"], findings: ["7 bare-byline"] },
    ]);
  });

  it("reads bare names after a story's last sentence as its credit, not the next story's deck", () => {
    expect(shape(["县人社局送岗位进村", "4月9日，县人社局在新集镇举办乡村专场招聘会。", "蒋文涛 宋雨佳", "县市场监管局开展春季食品安全检查", "4月7日至9日，县市场监管局开展春季食品安全专项检查。"]).map((s) => [s.heading, s.findings])).toEqual([
      [[1], ["3 bare-credit"]],
      [[4], []],
    ]);
  });

  it("reads a clause closed by a full stop between a headline and its byline as the deck's subtitle, not a lead under a subhead", () => {
    const page = group(classified("暑期托管班开班", "■ 本报记者 龙晓晴", "7月7日，城区15所小学的暑期托管班同时开班。", "老人助餐点增至86个", "全市已实现城区社区全覆盖，每餐补贴3元。", "南岭都市报记者 黄海", "记者从市民政局获悉，全市老年人助餐点增至86个。"));
    expect(page.stories.map((s) => [s.heading.map((l) => l.text), s.subtitle?.text, s.reporters.map((r) => r.name)])).toEqual([
      [["暑期托管班开班"], undefined, ["龙晓晴"]],
      [["老人助餐点增至86个"], "全市已实现城区社区全覆盖，每餐补贴3元。", ["黄海"]],
    ]);
    // A lead opening as a paragraph does, under an index's title, stays the text.
    expect(dashlessSubtitles(classified("老旧小区加装电梯提速", "记者近日从市住建局了解到，去年全市共加装电梯146部。", "本报记者 汤丽娜")).map((l) => l.kind)).toEqual(["short", "text", "byline"]);
  });

  it("reads a clause of figures closed by a full stop over the lead paragraph as the deck's subtitle, the byline moved to the story's end", () => {
    const kinds = (...texts: string[]) => dashlessSubtitles(classified(...texts)).map((l) => l.kind);
    expect(kinds("社区食堂增至40家", "城区实现全覆盖，每餐补贴5元。", "记者从市民政局获悉，截至目前，全市社区食堂增至40家。（本报记者 程朗）")).toEqual(["short", "subtitle", "text"]);
    // Without figures it is a subhead's first sentence over the next paragraph.
    expect(kinds("优化服务平台", "走进市民中心，大厅显示屏上的信息格外醒目。", "今年以来，我市创新开展政务公开进社区活动。")).toEqual(["short", "text", "text"]);
  });

  it("reads a question under a column's label, over the byline, as the headline, not a subtitle", () => {
    const kinds = (...texts: string[]) => dashlessSubtitles(classified(...texts)).map((l) => l.kind);
    expect(kinds("以案释法", "借条没写利息，出借人能否主张利息？", "■ 本报记者 郭宁")).toEqual(["short", "text", "byline"]);
    expect(kinds("老人助餐点增至86个", "全市已实现城区社区全覆盖，每餐补贴3元。", "■ 本报记者 黄海")).toEqual(["short", "subtitle", "byline"]);
  });

  it("reads no bare byline in a poem: a verse line like 黄昏 is no name", () => {
    expect(shape(["秋夜", "□ 林青禾", "月光落在运河上", "黄昏", "桨声很轻", "把整条河的心事", "摇进了梦里"])).toEqual([
      { heading: [1], subtitle: undefined, blocks: ["p:3", "p:4", "p:5", "p:6", "p:7"], findings: ["3 verse"] },
    ]);
  });

  it("reads no bare byline in a deck over a byline, a place kicker, or a list of names", () => {
    expect(shape(["运河人家", "林青禾", "■ 本报记者 张三", "小时候，我家住在运河边。"])[0]!.heading).toEqual([1, 2]);
    expect(shape(["阳谷县", "分支机构信息变更一次办好", "本报讯 近日，阳谷县推出新举措。"])[0]!.heading).toEqual([1, 2]);
    expect(shape(["运动会闭幕", "■ 本报记者 张三", "获奖运动员名单：", "刘一鸣", "王菲菲", "张健", "据悉，本届运动会共设21个大项。"])[0]!.blocks).toEqual(["p:3", "p:4", "p:5", "p:6", "p:7"]);
  });

  it("keeps notes about lines outside every story apart", () => {
    const page = group(classified("2023-06-27 1 1 聊城日报 content_33477.html", "本报讯(记者 赵琦)12月13日,会议召开。"));
    expect(page.findings.map((f) => `${f.line} ${f.code}`)).toEqual(["1 layout-noise"]);
    expect(page.stories).toHaveLength(1);
  });
});

describe("a photo set's captions marked with a bullet", () => {
  it("are one photo story under its deck and credit, not a run of items under a label", () => {
    const page = ["初冬时节", "运河两岸景如画", "▲12月3日，游客在东昌湖畔欣赏初冬美景。", "▲12月3日，一群野鸭在运河水面上嬉戏。", "本报记者 许金松 摄"].join("\n");
    const articles = read(page).articles;
    expect(articles.map((a) => [a.type, a.kicker, a.title, a.column, a.reporter.map((r) => r.name)])).toEqual([["photo", "初冬时节", "运河两岸景如画", undefined, ["许金松"]]]);
    expect(articles[0]!.body.map((b) => b.text)).toEqual(["12月3日，游客在东昌湖畔欣赏初冬美景。", "12月3日，一群野鸭在运河水面上嬉戏。"]);
  });

  it("mark a headline without making its story a brief; a block before a run's label marks the label", () => {
    const page = ["▶老旧小区改造进入收尾阶段", "本报讯（记者 沈一苇）11月2日，今年列入计划的46个老旧小区改造项目已完工41个。", "改造中，各小区同步加装电梯28部。", "★城东片区供暖管网完成试压", "本报讯（通讯员 于海涛）近日，城东片区新建供暖管网全部完成打压试验。", "▌城建快讯", "● 11月1日，市政务服务中心开设专窗。（记者 沈一苇）", "● 近日，滨河公园二期工程完成绿化栽植。（通讯员 庞小雨）"].join("\n");
    expect(read(page).articles.map((a) => [a.type, a.title ?? null, a.column])).toEqual([
      ["article", "老旧小区改造进入收尾阶段", undefined],
      ["article", "城东片区供暖管网完成试压", undefined],
      ["brief", null, "城建快讯"],
      ["brief", null, "城建快讯"],
    ]);
  });

  it("leave a run of bulleted briefs under its label a run", () => {
    const page = ["乡村动态", "● 3月14日，柳林镇举办春季招聘会。（记者 王芳）", "● 3月15日，石桥镇开展植树活动。（通讯员 李明）"].join("\n");
    expect(read(page).articles.map((a) => [a.type, a.column])).toEqual([["brief", "乡村动态"], ["brief", "乡村动态"]]);
  });
});

describe("a byline and lead exported above the headline", () => {
  it("reads the story's only subhead, right under its lead, as its headline, and notes it", () => {
    const page = ["□记者 常安 通讯员 孔星", "今年以来，全市集中推进一批城建交通重点项目，已开工10个。", "上半年城建交通项目加速推进", "记者在滨河路西延工程现场看到，施工人员正在进行路面摊铺。", "市住建局表示，两个项目年底前建成通车。"].join("\n");
    const result = splitPage(page, EDITION);
    expect(result.articles.map((a) => [a.title, a.body.map((b) => b.kind)])).toEqual([["上半年城建交通项目加速推进", ["paragraph", "paragraph", "paragraph"]]]);
    expect(result.findings.map((f) => f.code)).toContain("headline-under-lead");
  });
});

describe("a desk's marker right over a feature's deck", () => {
  it("is that feature's column, and the run ends with it", () => {
    const page = ["【行走江淮】", "古渡口的新生活", "文/邵蓝田", "渡口边的老茶馆重新开张，来喝茶的多是附近村里的老人。", "老人们说，渡船停了，可大家还是习惯到这里坐坐。", "芦苇荡里的观鸟季", "■ 本报记者 祁晓", "入冬以来，湿地公园的候鸟数量明显增多。", "公园工作人员介绍，今年记录到的鸟类已有86种。"].join("\n");
    expect(read(page).articles.map((a) => [a.title, a.column])).toEqual([["古渡口的新生活", "行走江淮"], ["芦苇荡里的观鸟季", undefined]]);
  });
});

describe("a byline printed as a field", () => {
  it("is one field of a book's facts over the review's text, not the review's byline", () => {
    const page = ["在运河边读懂一座城", "■ 本报记者 韩雪", "书名：《运河人家》", "作者：李长河", "出版社：山东人民出版社", "出版时间：2026年10月", "翻开《运河人家》，扑面而来的是运河两岸的市井烟火。", "这本书值得每一个关心城市历史的人细读。"].join("\n");
    const [review, ...rest] = read(page).articles;
    expect(rest).toEqual([]);
    expect([review!.title, review!.reporter]).toEqual(["在运河边读懂一座城", [{ name: "韩雪", role: "记者" }]]);
    expect(review!.body.map((b) => b.text)).toEqual(["书名：《运河人家》", "作者：李长河", "出版社：山东人民出版社", "出版时间：2026年10月", "翻开《运河人家》，扑面而来的是运河两岸的市井烟火。", "这本书值得每一个关心城市历史的人细读。"]);
    // The facts stay where the page prints them, each a line of its own: no box the page does not name.
    expect(review!.body.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
  });
});
