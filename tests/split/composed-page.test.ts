/**
 * A second page composed from GUIDE §1's line kinds (a 图片新闻 run with credits on
 * their own lines, 时政动态 briefs, a feature with banner, kicker, subtitle and two
 * bylines, a referral and web noise), read as a whole.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { read } from "./helpers.ts";

const text = readFileSync(new URL("../fixtures/pages/composed-page-2023-12-15.txt", import.meta.url), "utf8");
const reading = read(text, { date: "2023-12-15", page: 1 });

describe("composed page of 2023-12-15", () => {
  it("finds each story, its kind, section and credits", () => {
    expect(reading.articles.map((a) => [a.type, a.title, a.section, a.reporter.map((r) => `${r.role}:${r.name}`).join(" "), a.body.length])).toEqual([
      ["photo", null, "图片新闻", "记者:许金松", 1],
      ["photo", null, "图片新闻", "记者:张承斌", 1],
      ["photo", null, "图片新闻", "通讯员:王奕明", 1],
      ["article", "市政府召开常务会议", "时政动态", "记者:赵琦", 1],
      ["article", "全市首个数字乡村服务站投用", "时政动态", "记者:张承斌 记者:刘男", 1],
      ["brief", null, "时政动态", "通讯员:窦胜男", 1],
      ["article", "“链”上发力 集群成势", "要闻", "记者:马永伟 通讯员:吴建正", 4],
    ]);
  });

  it("gives a caption whose credit is on the next line only its own text", () => {
    expect(reading.articles[0]!.body[0]!.text).toBe("12月14日，东昌府区古楼街道志愿者在社区为老人义务理发。连日来，该街道组织志愿者开展“暖冬行动”，为辖区老人送去温暖。");
    expect(reading.articles[1]!.body[0]!.text).toMatch(/^12月13日，茌平区.*增收致富。$/u);
  });

  it("reads the feature's banner, kicker, subtitle, subhead and rejoined paragraph", () => {
    const feature = reading.articles[6]!;
    expect([feature.column, feature.kicker, feature.subtitle]).toEqual(["聚焦高质量发展", "推动产业转型升级", "东阿县阿胶产业高质量发展纪实"]);
    expect(feature.body.map((b) => b.kind)).toEqual(["paragraph", "subhead", "paragraph", "paragraph"]);
    expect(feature.body[0]!.text).toContain("工人们正忙着赶制年底订单。");
    expect(feature.body[2]!.text).toContain("全县已建成毛驴养殖基地15个");
  });

  it("keeps noise and the referral out of the text and reports them", () => {
    expect(reading.warnings.filter((w) => w.code !== "derived-title").map((w) => [w.line, w.code])).toEqual([[1, "layout-noise"], [51, "referral"]]);
    expect(reading.articles.flatMap((a) => a.body).some((b) => /content_|详见/u.test(b.text))).toBe(false);
  });
});
