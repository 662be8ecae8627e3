import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConversionMemo, cornerQuotes, parseOverrides, phraseData, traditionalConverter, type TraditionalVariant } from "../../src/site/traditional.ts";
import { BUNDLED_CONTENT, ROOT } from "../support/site.ts";

const newsroom = parseOverrides(readFileSync(join(BUNDLED_CONTENT, "opencc-overrides.txt"), "utf8"));
const toTw = traditionalConverter("tw", newsroom.overrides);

describe("the newsroom override list (content/opencc-overrides.txt)", () => {
  it("parses without problems", () => {
    expect(newsroom.problems).toEqual([]);
    expect(newsroom.overrides.get("新征程")).toBe("新征程");
  });

  it("keeps 新征程 while OpenCC's own 征集 → 徵集 stays", () => {
    expect(traditionalConverter("tw", new Map())("新时代 新征程 新伟业")).toBe("新時代 新徵程 新偉業");
    expect(toTw("新时代 新征程 新伟业")).toBe("新時代 新征程 新偉業");
    expect(toTw("智能问政、意见征集等栏目")).toBe("智能問政、意見徵集等欄目");
  });

  it("fixes what OpenCC gets wrong on our own page", () => {
    expect(toTw("阳谷县行政审批服务局")).toBe("陽谷縣行政審批服務局");
    expect(toTw("集中发布政策信息")).toBe("集中發布政策信息");
    expect(toTw("办事有回音")).toBe("辦事有回音");
    expect(toTw("同步审签")).toBe("同步審簽");
    expect(toTw("产业链、创新链、资金链深度融合")).toBe("產業鏈、創新鏈、資金鏈深度融合");
  });

  it("reads pairs, kept phrases and comments, and names the line of a bad entry", () => {
    const { overrides, problems } = parseOverrides("# comment\n新征程 新征程  # why\n百思特\n\n一 二 三\n");
    expect([...overrides]).toEqual([["新征程", "新征程"], ["百思特", "百思特"]]);
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining("found 3 words") }]);
  });
});

describe("proper names", () => {
  it("are kept exactly as written, in one article only", () => {
    const text = "聊城百思特游艇有限公司生产的游艇";
    expect(toTw(text, { kept: ["聊城百思特游艇有限公司"] })).toBe("聊城百思特游艇有限公司生產的遊艇");
    expect(toTw(text)).toBe("聊城百思特遊艇有限公司生產的遊艇");
  });
});

describe("quotation marks", () => {
  it("become corner brackets in Traditional text, apostrophes stay", () => {
    expect(cornerQuotes("“公开聊亮”‘青年说’ Liaocheng’s")).toBe("「公开聊亮」『青年说』 Liaocheng’s");
    expect(toTw("政务公开“全国优秀”")).toBe("政務公開「全國優秀」");
  });
});

/** OpenCC's published cases for a config: the old .in/.ans pairs and testcases.json. */
function openccCases(config: string): [string, string][] {
  const dir = join(ROOT, "tests/fixtures/opencc-cases");
  const inputs = readFileSync(join(dir, `${config}.in`), "utf8").split("\n");
  const answers = readFileSync(join(dir, `${config}.ans`), "utf8").split("\n");
  const pairs = inputs.map((line, i) => [line, answers[i] ?? ""] as [string, string]).filter(([line]) => line);
  // testcases.json has trailing commas (see SOURCE.txt).
  const json = JSON.parse(readFileSync(join(dir, "testcases.json"), "utf8").replace(/,(\s*[}\]])/g, "$1")) as { cases: { input: string; expected: Record<string, string> }[] };
  for (const c of json.cases) if (c.expected[config] !== undefined) pairs.push([c.input, c.expected[config]!]);
  return pairs;
}

describe.each([
  ["tw", "s2tw"],
  ["hk", "s2hk"],
  ["twp", "s2twp"],
] as [TraditionalVariant, string][])("OpenCC's own test cases for %s (%s)", (variant, config) => {
  const cases = openccCases(config);
  it(`has cases to check (${cases.length})`, () => expect(cases.length).toBeGreaterThan(50));

  it("all pass through our converter without overrides", () => {
    const convert = traditionalConverter(variant, new Map());
    const wrong = cases.filter(([input, expected]) => convert(input) !== expected);
    expect(wrong).toEqual([]);
  });

  it("are unchanged by the newsroom list unless they contain one of its phrases", () => {
    const convert = traditionalConverter(variant, newsroom.overrides);
    const plain = traditionalConverter(variant, new Map());
    const phrases = [...newsroom.overrides.keys()];
    const touched = cases.filter(([input]) => !phrases.some((p) => input.includes(p)) && convert(input) !== plain(input));
    expect(touched).toEqual([]);
  });
});

describe("the live preview's conversion memo", () => {
  it("converts text once across builds and forgets what a build no longer uses", () => {
    const seen: string[] = [];
    const memo = new ConversionMemo((text, names) => {
      seen.push(text);
      return toTw(text, names);
    });
    const body = "聚焦急难愁盼，回应民生关切。".repeat(30); // long enough to be keyed by digest
    let convert = memo.nextBuild();
    expect([convert("新征程"), convert(body), convert("游艇", { kept: ["游艇"] })]).toEqual(["新征程", toTw(body), "游艇"]);
    convert = memo.nextBuild(); // the next build uses only the body
    expect(convert(body)).toBe(toTw(body));
    convert = memo.nextBuild();
    convert("新征程");
    expect(seen).toEqual(["新征程", body, "游艇", "新征程"]);
  });
});

describe("one-to-many characters (src/site/traditional/)", () => {
  const toHk = traditionalConverter("hk", new Map());

  it("writes 麵 for noodles and dough, 面 for a face or surface", () => {
    expect(toTw("压面机、杂粮面、面条、拉面、醒面、做面")).toBe("壓麵機、雜糧麵、麵條、拉麵、醒麵、做麵");
    expect(toTw("面对、方面、面积、做面膜、扑面而来")).toBe("面對、方面、面積、做面膜、撲面而來");
    expect(toHk("杂粮面")).toBe("雜糧麪"); // Hong Kong writes 麪
  });

  it("Taiwan writes 報導, Hong Kong 報道", () => {
    expect(toTw("记者报道")).toBe("記者報導");
    expect(toHk("记者报道")).toBe("記者報道");
  });

  it("fixes the phrases OpenCC reads across words", () => {
    expect(toTw("心里直发慌")).toBe("心裡直發慌");
    expect(toTw("斗志不松")).toBe("鬥志不鬆");
    expect(toTw("钟表")).toBe("鐘錶");
    expect(toTw("舍不得")).toBe("捨不得");
    expect(toTw("这出戏")).toBe("這齣戲");
    expect(toTw("一干就是一整天，卖干辣椒")).toBe("一幹就是一整天，賣乾辣椒");
  });

  it("ships data that passes the override list's own checks, Taiwan's written as Taiwan writes", () => {
    for (const variant of ["tw", "hk", "twp", "hkp"] as const) expect(phraseData(variant).size).toBeGreaterThan(30);
    expect(phraseData("tw").get("报道")).toBe("報導");
    expect(phraseData("hk").has("报道")).toBe(false);
  });
});

describe("person names", () => {
  it("keep their surname: 余 and 范 before a given name, not 餘 and 範", () => {
    expect(toTw("记者余秋云报道，女工范丽华说")).toBe("記者余秋雲報導，女工范麗華說");
    expect(toTw("村党支部书记余德厚说")).toBe("村黨支部書記余德厚說");
    expect(toTw("摊主范大姐卖干货，渔民老范说")).toBe("攤主范大姐賣乾貨，漁民老范說");
    expect(toTw("导演涂磊说")).toBe("導演涂磊說");
    // The tagger cut these at the surname: 余/m 志强/nrfg, 于/p 振华/nz, 钟/nr 大姐/n, 党委书记/n 于洋/ns.
    expect(toTw("厂长余志强说，书记于振华介绍，领舞的钟大姐说，党委书记于洋")).toBe("廠長余志強說，書記于振華介紹，領舞的鍾大姐說，黨委書記于洋");
  });

  it("leave the same characters as words where they are words", () => {
    expect(toTw("其余的范围，示范区余额，业余时间")).toBe("其餘的範圍，示範區餘額，業餘時間");
    expect(toTw("开展主题党日活动，问政于民")).toBe("開展主題黨日活動，問政於民");
    expect(toTw("会议于北京召开，局长于会上强调，书记于近日调研，三十余人")).toBe("會議於北京召開，局長於會上強調，書記於近日調研，三十餘人");
  });

  it("an article's reporters are names wherever the article has them", () => {
    expect(toTw("本报讯（通讯员 于洋 党晓燕）", { people: ["于洋", "党晓燕"] })).toBe("本報訊（通訊員 于洋 党曉燕）");
    expect(toTw("本报讯（通讯员 于洋）")).toBe("本報訊（通訊員 於洋）");
  });
});
