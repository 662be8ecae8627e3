/** Every kind of line in GUIDE §1, in the forms real pages print them. */
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/split/classify.ts";
import { isPersonName, personNames, readCredits } from "../../src/split/credits.ts";
import { LINE_RULES, normalize } from "../../src/split/normalize.ts";

const classify = (text: string) => classifyLine(normalize(text, LINE_RULES).text, 1);

describe("bylines", () => {
  it.each([
    ["记者：韦岚　摄像：马骁　剪辑：卜一凡", [{ name: "韦岚", role: "记者" }, { name: "马骁", role: "摄像" }, { name: "卜一凡", role: "剪辑" }]],
    ["记者：伍丹", [{ name: "伍丹", role: "记者" }]],
    ["文图：本报记者 伍丹　航拍：费南", [{ name: "伍丹", role: "记者" }, { name: "费南", role: "航拍" }]],
    ["记者：艾合买提·吐尔逊", [{ name: "艾合买提·吐尔逊", role: "记者" }]],
  ])("role：name pairs, as a video's credits print them: %s", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "byline", reporters });
  });

  it.each(["记者：您好", "记者：请问今年有什么新变化？", "大寒：北风紧　万家暖", "立秋：凉风至　白露生", "时长：01:58"])("%s names no one: no byline", (line) => {
    expect(classify(line).kind).not.toBe("byline");
  });

  it.each([
    ["■ 本报记者 赵宗锋", [{ name: "赵宗锋", role: "记者" }]],
    ["■ 本报通讯员 **闫宗鹏**", [{ name: "闫宗鹏", role: "通讯员" }]],
    ["■ 吴建正", [{ name: "吴建正", role: null }]],
    ["■ 商景豪 田柏林", [{ name: "商景豪", role: null }, { name: "田柏林", role: null }]],
    ["本报通讯员 王奕明", [{ name: "王奕明", role: "通讯员" }]],
    ["■ 本报记者 张三 李四 本报通讯员 王五", [{ name: "张三", role: "记者" }, { name: "李四", role: "记者" }, { name: "王五", role: "通讯员" }]],
    ["■ 本报实习生 赵六", [{ name: "赵六", role: "实习生" }]],
    ["本报摄影记者 孙七", [{ name: "孙七", role: "摄影记者" }]],
    ["■ 文/图 本报记者 马永伟", [{ name: "马永伟", role: "记者" }]],
    ["本报记者赵宗锋", [{ name: "赵宗锋", role: "记者" }]],
    ["（记者 张三 通讯员 李四）", [{ name: "张三", role: "记者" }, { name: "李四", role: "通讯员" }]],
    ["■ 买买提·艾力", [{ name: "买买提·艾力", role: null }]],
    ["□ 本报评论员", [{ name: "本报评论员", role: "评论员" }]],
    ["■ 本报记者 赵 琦 张承斌", [{ name: "赵琦", role: "记者" }, { name: "张承斌", role: "记者" }]],
    ["◎ 周雅琴", [{ name: "周雅琴", role: null }]],
    ["文/张三", [{ name: "张三", role: null }]],
    ["■ 文/柳岸", [{ name: "柳岸", role: null }]],
    ["文/张三 图/李四", [{ name: "张三", role: null }, { name: "李四", role: "摄影" }]],
    ["漫画/王强", [{ name: "王强", role: "漫画" }]],
    ["■ 市委党校 陈立新", [{ name: "陈立新", role: null }]],
    ["■ 王海 （中共水城市委党校教授）", [{ name: "王海", role: null }]],
  ])("%s", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "byline", reporters, photo: false });
  });

  it.each([
    ["本报记者 张承斌 摄", [{ name: "张承斌", role: "记者" }]],
    ["■ 张承斌 摄", [{ name: "张承斌", role: "摄影" }]],
    ["新华社发（王鹏 摄）", [{ name: "王鹏", role: null }]],
  ])("%s marks a photographer", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "byline", reporters, photo: true });
  });

  it.each(["评论员文章", "记者观察", "记者调查", "通讯员来稿"])("%s is a column named after a role, not a byline", (line) => {
    expect(classify(line).kind).toBe("short");
  });

  it.each([["林青禾", true], ["欧阳晓", true], ["周晓白", true], ["老屋", false], ["秋夜", false], ["运河人家", false], ["阳谷县", true]])("%s looks like a person's name: %s", (text, person) => {
    expect(isPersonName(text)).toBe(person);
  });

  it.each([
    ["记者｜卢晓峰 魏婷", [{ name: "卢晓峰", role: "记者" }, { name: "魏婷", role: "记者" }]],
    ["通讯员 | 宁红", [{ name: "宁红", role: "通讯员" }]],
    ["江州都市报记者 尚晓燕 实习生 邝静怡", [{ name: "尚晓燕", role: "江州都市报记者" }, { name: "邝静怡", role: "实习生" }]],
  ])("a phone export's bar, or the paper's name in the role: %s", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "byline", reporters });
  });

  it.each([
    ["陈立新 黄晓梅", ["陈立新", "黄晓梅"]],
    ["欧阳明 孙婷", ["欧阳明", "孙婷"]],
    ["孟庆华", ["孟庆华"]],
    ["牢记历史 勿忘国耻", null],
    ["王楼村 李庄村", null],
    ["张三 李四 王五 赵六 钱七", null],
  ])("%s is a line of bare names: %j", (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  it.each([
    ["……还派医生下乡诊治。（柴文博 辑）", [{ name: "柴文博", role: null }]],
    ["……均以当年报道为准。（韦蔓 整理）", [{ name: "韦蔓", role: null }]],
    ["……还派医生下乡诊治。（柴文博辑）", [{ name: "柴文博", role: null }]],
  ])("a compiler's credit closing a piece names the compiler, with no role: %s", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "text", reporters });
    expect(readCredits("特色小吃 整理", false)).toBeNull();
  });

  it("credits no one for a photo agency after a work mark (图/视觉中国)", () => {
    expect(classify("文/本报记者 柏青 图/视觉中国")).toMatchObject({ kind: "byline", reporters: [{ name: "柏青", role: "记者" }] });
    expect(classify("图/视觉中国").kind).not.toBe("byline");
    expect(classify("文/图 欧阳晓明")).toMatchObject({ kind: "byline", reporters: [{ name: "欧阳晓明", role: "摄影" }] });
  });

  it("needs ■ or a role before bare names: spaced headlines are not bylines", () => {
    expect(classify("牢记历史 勿忘国耻").kind).toBe("short");
    expect(classify("新时代 新征程 新伟业").kind).toBe("short");
    expect(readCredits("本报记者", true)).toBeNull();
  });
});

describe("datelines", () => {
  it.each([
    ["本报讯(记者 赵琦)12月13日,会议召开。", [{ name: "赵琦", role: "记者" }]],
    ["本报讯(吕赵一诺)12月13日,记者了解到。", [{ name: "吕赵一诺", role: null }]],
    ["本报聊城10月30日讯(记者 张召旭)近日,会议召开。", [{ name: "张召旭", role: "记者" }]],
    ["本报讯 (潍坊日报社全媒体记者 巩建国)近日,会议召开。", [{ name: "巩建国", role: "潍坊日报社全媒体记者" }]],
    ["本报讯（文/图 记者 马永伟 刘男）近日,会议召开。", [{ name: "马永伟", role: "记者" }, { name: "刘男", role: "记者" }]],
    ["本报讯(通讯员 窦胜男 徐言艳)\"原以为会很麻烦。\"", [{ name: "窦胜男", role: "通讯员" }, { name: "徐言艳", role: "通讯员" }]],
    ["新华社北京12月13日电（记者 张三）近日,会议召开。", [{ name: "张三", role: "记者" }]],
    ["本报讯 近日,会议召开。", []],
    ["据新华社北京12月13日电 近日,会议召开。", []],
    ["本报讯(记者 赵 琦)近日,会议召开。", [{ name: "赵琦", role: "记者" }]],
    ["【本报讯】记者梁嘉怡报道：运输工务局昨日表示，工程进度已超过六成。", [{ name: "梁嘉怡", role: "记者" }]],
    ["【本报讯】由社会工作局资助的课程本周开课。", []],
  ])("%s", (line, reporters) => {
    expect(classify(line)).toMatchObject({ kind: "dateline", reporters });
  });

  it("does not mistake 通讯员 inside a sentence for a dateline", () => {
    expect(classify("大众日报社通讯员张三说,工作进展顺利。").kind).toBe("text");
  });
});

describe("other lines", () => {
  it.each([
    ["(时政动态)", "section", "时政动态"],
    ["（时政动态）", "section", "时政动态"],
    ["图片新闻", "section", "图片新闻"],
    ["-高唐公路事业发展中心公路建养服务工作纪实", "subtitle", "高唐公路事业发展中心公路建养服务工作纪实"],
    ["——绿色低碳谱新篇", "subtitle", "绿色低碳谱新篇"],
    ["—绿色低碳谱新篇", "subtitle", "绿色低碳谱新篇"],
    ["详见C02版", "referral", "详见C02版"],
    ["(下转第2版)", "referral", "（下转第2版）"],
    ["2023-06-27 1 1 聊城日报 content_33477.html", "noise", "2023-06-27 1 1 聊城日报 content_33477.html"],
    ["发布日期: 2023-06-27", "noise", "发布日期： 2023-06-27"],
    ["版权所有 聊城日报社 未经授权不得转载", "noise", "版权所有 聊城日报社 未经授权不得转载"],
    ["本版编辑:张三 校对:李四", "furniture", "本版编辑：张三 校对：李四"],
    // Print spaces a two-character name apart; after a role it is still the staff's line, never a kicker.
    ["本版编辑：刘 静", "furniture", "本版编辑：刘 静"],
    ["责任编辑：王宏亮  美编：李佳  校对：陈晓", "furniture", "责任编辑：王宏亮  美编：李佳  校对：陈晓"],
    ["2024年5月16日 星期四", "furniture", "2024年5月16日 星期四"],
    ["第1版 要闻", "furniture", "第1版 要闻"],
    ["打印本文   返回目录", "noise", "打印本文   返回目录"],
    ["青禾县融媒体中心主办", "furniture", "青禾县融媒体中心主办"],
    ["江州日报社出版", "furniture", "江州日报社出版"],
    ["主办：江州市商务局", "furniture", "主办：江州市商务局"],
    ["承办单位：江州日报社  江州市商贸流通协会", "furniture", "承办单位：江州日报社  江州市商贸流通协会"],
    ["天气 小雨转阴 6℃～11℃ 东北风3级", "furniture", "天气 小雨转阴 6℃～11℃ 东北风3级"],
    ["多云转晴 -3℃~8℃", "furniture", "多云转晴 -3℃~8℃"],
    ["编辑｜田野", "furniture", "编辑｜田野"],
    ["审核 | 柴明", "furniture", "审核 | 柴明"],
    ["来源｜青禾县融媒体中心", "noise", "来源｜青禾县融媒体中心"],
    ["县委主办", "short", "县委主办"],
    ["多云转晴", "short", "多云转晴"],
    ["鲁ICP备12345678号-1", "noise", "鲁ICP备12345678号-1"],
    ["◆◆◆", "noise", "◆◆◆"],
    ["- 3 -", "noise", "- 3 -"],
    ["优化公开平台,促进信息发 布\"规范度\"", "short", "优化公开平台，促进信息发 布\"规范度\""],
    ["如何让解读信息可视、可读、可感,使政策接地气?", "text", "如何让解读信息可视、可读、可感，使政策接地气？"],
    ["专人盯靠、专业把控,", "text", "专人盯靠、专业把控，"],
    ["本轮其他比赛结果:", "text", "本轮其他比赛结果："],
    ["站在码头上,我忽然明白:有些东西,一直跟着我.", "text", "站在码头上，我忽然明白：有些东西，一直跟着我."],
  ])("%s is a %s line", (line, kind, text) => {
    expect(classify(line)).toMatchObject({ kind, text });
  });

  it.each([
    ["12月12日,工人对生产的游艇进行表面处理。 ■ 本报记者 许金松", { name: "许金松", role: "记者" }],
    ["12月12日,工人对生产的游艇进行表面处理。本报记者 张承斌 摄", { name: "张承斌", role: "记者" }],
    ["12月12日,工人对生产的游艇进行表面处理。(本报通讯员 王奕明 摄)", { name: "王奕明", role: "通讯员" }],
    ["12月12日,工人对生产的游艇进行表面处理。新华社发(王鹏 摄)", { name: "王鹏", role: null }],
    ["12月12日,工人对生产的游艇进行表面处理. 本报记者 张承斌 摄", { name: "张承斌", role: "记者" }],
  ])("a photo caption ending in its credit: %s", (line, reporter) => {
    expect(classify(line)).toMatchObject({ kind: "caption", text: expect.stringMatching(/^12月12日，工人对生产的游艇进行表面处理[。.]$/u), reporters: [reporter], photo: true });
  });

  it.each(["（作者单位：中共水城市委党校）", "(作者系水城市作家协会会员)", "(作者:林青禾,水城市作协会员)", "（作者为水城大学教授）", "作者单位：水城市委党校"])("%s is the author's note closing a piece", (line) => {
    expect(classify(line)).toMatchObject({ kind: "text", closing: true });
  });

  it.each(["公告", "通告", "遗失声明", "招聘启事", "拍卖公告"])("%s is a marker opening a run of notices", (line) => {
    expect(classify(line)).toMatchObject({ kind: "section", text: line, brief: true });
  });

  it("a notice's headline is no marker", () => {
    expect(classify("关于东湖路封闭施工的通告").kind).toBe("short");
  });

  it.each(["特此通告。", "水城市鑫达商贸有限公司遗失营业执照副本，声明作废。", "王秀兰不慎遗失残疾人证，特此声明。"])("%s ends a notice", (line) => {
    expect(classify(line)).toMatchObject({ kind: "text", noticeEnd: true });
  });

  it.each(["联系人：王先生", "联系电话：0635-8123456", "招标人：水城市第二中学"])("%s is a notice's field, a line as printed, never a heading", (line) => {
    expect(classify(line)).toMatchObject({ kind: "text", asPrinted: true });
  });

  it("a sentence about a notice ends none", () => {
    expect(classify("市交警支队发布通告，东湖路将封闭施工。")).not.toHaveProperty("noticeEnd");
  });

  it.each(["（全文完）", "（本报综合）", "（文中人物均为化名）"])("%s closes the story above; it is no desk marker", (line) => {
    expect(classify(line)).toMatchObject({ kind: "text", closing: true, asPrinted: true });
  });

  it.each(["（待续）", "(未完待续)", "（未完）"])("%s sends the reader on to the next installment, as a referral does: no text", (line) => {
    expect(classify(line).kind).toBe("referral");
  });

  it.each(["（山东某律师事务所 韩雪律师）", "（市急救中心供稿 王芳整理）", "(作者系市委党校教授)"])("%s, an attribution in brackets, closes the piece above; it heads nothing", (line) => {
    expect(classify(line)).toMatchObject({ kind: "text", closing: true, asPrinted: true });
  });

  it.each(["（一）", "（12）", "（这是一个完整的句子，并不是署名。）"])("%s in brackets is no attribution", (line) => {
    expect(classify(line)).not.toHaveProperty("closing");
  });

  it("a desk's name in brackets is still a marker", () => {
    expect(classify("（时政动态）")).toMatchObject({ kind: "section", text: "时政动态" });
    expect(classify("【时政动态】")).toMatchObject({ kind: "section", text: "时政动态" });
    expect(classify("【文化快讯】")).toMatchObject({ kind: "section", text: "文化快讯", brief: true });
  });

  it("a sentence about an author is no author's note", () => {
    expect(classify("作者为我们讲述了一个运河边的故事。")).not.toHaveProperty("closing");
  });

  it.each([
    ["12月12日,工人对生产的游艇进行表面处理。(新华社发)", "新华社发"],
    ["12月12日,工人对生产的游艇进行表面处理。（资料图片）", "资料图片"],
    ["12月12日,工人对生产的游艇进行表面处理。（视觉中国供图）", "视觉中国供图"],
  ])("a caption credited to an organisation: %s", (line, source) => {
    expect(classify(line)).toMatchObject({ kind: "caption", text: "12月12日，工人对生产的游艇进行表面处理。", reporters: [], photo: true, source });
  });

  it("（新华社发） alone credits a photo; it is no desk marker", () => {
    expect(classify("（新华社发）")).toMatchObject({ kind: "byline", reporters: [], photo: true, source: "新华社发" });
    expect(classify("（本文图片均由作者提供）")).toMatchObject({ kind: "byline", reporters: [], photo: true });
  });

  it("reads a credit at the end of a brief, but not other parentheses", () => {
    expect(classify("市民在东昌湖冬泳。(记者 张召旭)")).toMatchObject({ kind: "text", text: "市民在东昌湖冬泳。", reporters: [{ name: "张召旭", role: "记者" }] });
    const line = "会议在市委党校召开,市委常委、宣传部部长出席会议并讲话,副市长主持会议,参会的有各县(市、区)";
    expect(classify(line)).toEqual({ line: 1, kind: "text", text: normalize(line, LINE_RULES).text });
  });

  it.each([
    ["吸引群众3.2万人次参与。（县委宣传部 供稿）", "县委宣传部"],
    ["已有420余家餐饮单位参与。（临清市文明办供稿）", "临清市文明办"],
    ["（市司法局 供稿）", "市司法局"],
  ])("an organisation's credit closes the story as its source: %s", (line, unit) => {
    expect(classify(line)).toMatchObject({ kind: "text", source: expect.stringMatching(new RegExp(`^${unit}\\s?供稿$`, "u")) });
  });

  it.each([
    ["（摘自《人间草木》，江苏文艺出版社）", "摘自《人间草木》，江苏文艺出版社"],
    ["冬天的萝卜，尤其好吃。（摘自2026年11月28日《今晚报》）", "摘自2026年11月28日《今晚报》"],
    ["（选自《汪曾祺散文集》）", "选自《汪曾祺散文集》"],
  ])("a reprint's note closes the story as its source: %s", (line, source) => {
    expect(classify(line)).toMatchObject({ kind: "text", source });
  });

  it("reads several bare names closing a story as its credit, each without a role; a phrase in brackets is none", () => {
    expect(classify("群众出行更加便捷。（李娜 赵鹏）")).toMatchObject({ kind: "text", text: "群众出行更加便捷。", reporters: [{ name: "李娜", role: null }, { name: "赵鹏", role: null }], bareCredit: true });
    expect(classify("群众出行更加便捷。（东路 西路）")).not.toHaveProperty("reporters");
  });

  it("reads a byline moved to the story's end after a referral as the story's credit, the referral kept out of the text", () => {
    expect(classify("比改造前增加了一倍多。（下转A4版）（郑凯 宋雨桐）")).toMatchObject({ kind: "text", text: "比改造前增加了一倍多。", referral: "（下转A4版）", reporters: [{ name: "郑凯", role: null }, { name: "宋雨桐", role: null }], bareCredit: true });
  });

  it("marks a closing credit that names its outlet, as a byline does, and not a brief's credit of a role alone", () => {
    expect(classify("让孩子们亲手印一张年画。（本报记者 程远 实习生 舒畅）")).toMatchObject({ kind: "text", reporters: [{ name: "程远", role: "记者" }, { name: "舒畅", role: "实习生" }], outletCredit: true });
    expect(classify("带动周边营业额增长三成。（江州都市报记者 尚晓燕）")).toMatchObject({ outletCredit: true });
    expect(classify("方便沿线居民出行。（通讯员 韩冬）")).not.toHaveProperty("outletCredit");
  });

  it("reads a moved byline before a referral, the story's text stopping mid-sentence for the next page", () => {
    expect(classify("把招聘会开到群众家门口，年内计划（本报记者 何远航 通讯员 高敏）（下转第2版）")).toMatchObject({
      kind: "text",
      text: "把招聘会开到群众家门口，年内计划",
      referral: "（下转第2版）",
      reporters: [{ name: "何远航", role: "记者" }, { name: "高敏", role: "通讯员" }],
    });
  });

  it("reads a short line closing on a role's credit as the end of a story's text, never a heading", () => {
    expect(classify("开到群众家门口，年内计划（本报记者 何远航）")).toMatchObject({ kind: "text", text: "开到群众家门口，年内计划", reporters: [{ name: "何远航", role: "记者" }] });
    expect(classify("5 南岭县 18 690（本报记者 石磊）")).toMatchObject({ kind: "text", text: "5 南岭县 18 690", reporters: [{ name: "石磊", role: "记者" }] });
  });

  it("reads each role's credit when a moved byline closes the story in several brackets", () => {
    expect(classify("成为乡村振兴的新引擎。（记者｜卢晓峰 魏婷）（通讯员｜宁红）")).toMatchObject({
      kind: "text",
      text: "成为乡村振兴的新引擎。",
      reporters: [{ name: "卢晓峰", role: "记者" }, { name: "魏婷", role: "记者" }, { name: "宁红", role: "通讯员" }],
    });
  });

  it("reads a closing credit with the author's post in brackets as the name alone", () => {
    expect(classify("把基层治理的“盆景”变成“风景”。（王立新（中共水城市委党校））")).toMatchObject({ kind: "text", text: "把基层治理的“盆景”变成“风景”。", reporters: [{ name: "王立新", role: null }], bareCredit: true });
  });

  it("keeps a referral at the end of a paragraph out of its text", () => {
    expect(classify("全力推动项目建设。(下转C02版)")).toMatchObject({ kind: "text", text: "全力推动项目建设。", referral: "（下转C02版）" });
  });
});

describe("a student's credit lines under an essay", () => {
  it.each([
    ["指导教师：郑慧", [{ name: "郑慧", role: "指导教师" }]],
    ["辅导老师：何平 唐亦舟", [{ name: "何平", role: "辅导老师" }, { name: "唐亦舟", role: "辅导老师" }]],
  ])("%s credits the teacher by role, closing the piece, no text of it", (text, reporters) => {
    expect(classify(text)).toMatchObject({ kind: "text", text: "", closing: true, reporters });
  });

  it.each([
    ["班级：东川市实验小学五年级（3）班", "东川市实验小学五年级（3）班", undefined],
    ["东川市第二中学 初一（5）班 许言", "东川市第二中学 初一（5）班", [{ name: "许言", role: null }]],
  ])("%s is the author's unit, set apart as an author's note", (text, unit, reporters) => {
    const line = classify(text);
    expect(line).toMatchObject({ kind: "text", text: unit, closing: true, authorNote: true });
    expect(line.reporters).toEqual(reporters);
  });

  it("reads the student's name before a school and class in brackets", () => {
    expect(classify("作者：陈思远（东川市育才中学初二（1）班）")).toMatchObject({ kind: "byline", reporters: [{ name: "陈思远", role: null }] });
  });

  it.each(["指导教师：要善于发现孩子的闪光点", "全市中小学开展读书班", "原告：李某"])("leaves %s alone", (text) => {
    const line = classify(text);
    expect(line.closing).toBeUndefined();
    expect(line.kind).not.toBe("byline");
  });
});
