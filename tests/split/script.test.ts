import { describe, expect, it } from "vitest";
import { traditionalCount } from "../../src/article/simplified.ts";
import { traditionalShadow } from "../../src/split/script.ts";
import { splitPage } from "../../src/split/split-page.ts";
import { EDITION, read } from "./helpers.ts";

const PAGE = [
  "長者「銀髮學堂」報名踴躍",
  "【本報訊】記者陳詠詩報道：由社會工作局資助、多個社團合辦的「銀髮學堂」冬季課程本周開課，報名首日即告額滿。",
  "學員：學會視像通話最開心",
  "現年七十二歲的黃婆婆說，以前只能打電話，現在每晚都可以見到孫仔。",
  "主辦方：明年增設課程",
  "主辦方負責人表示，明年將增設攝影、太極等課程，並考慮在北區增設教學點。",
].join("\n");

describe("a page printed in Traditional characters", () => {
  it("is read through its Simplified shadow, character for character, and read back in its own characters", () => {
    const shadow = traditionalShadow(PAGE)!;
    expect(shadow.simplified).toContain("【本报讯】记者陈咏诗报道：");
    expect(shadow.simplified.length).toBe(PAGE.length);
    expect(shadow.back("主办方负责人表示")).toBe("主辦方負責人表示");
  });

  it("counts the characters t→cn changes without converting the page: none on a Simplified page, each one on a Traditional one", () => {
    expect(traditionalCount("本报讯（记者 赵琦）12月13日，全市政务公开工作会议召开。")).toBe(0);
    expect(traditionalCount("【本報訊】記者陳詠詩報道")).toBe(7);
    expect(traditionalCount(PAGE)).toBeGreaterThanOrEqual(20);
  });

  it("is no Traditional page when a few of a Simplified page's characters are (OCR noise)", () => {
    expect(traditionalShadow("三提三敢 惡感蹟\n本报讯（记者 赵琦）12月13日，全市政务公开工作会议召开，会议总结了今年的工作。")).toBeNull();
  });

  it("reads its dateline, headline and subheads as a Simplified page's, in Traditional", () => {
    const [story, ...rest] = read(PAGE).articles;
    expect(rest).toEqual([]);
    expect([story!.title, story!.reporter]).toEqual(["長者「銀髮學堂」報名踴躍", [{ name: "陳詠詩", role: "記者" }]]);
    expect(story!.body.filter((b) => b.kind === "subhead").map((b) => b.text)).toEqual(["學員：學會視像通話最開心", "主辦方：明年增設課程"]);
  });

  it("quotes the page in its own characters in its review notes, so the preview finds the words", () => {
    const damaged = PAGE.replace("並考慮在北區增設教學點。", "並考慮在北區增設教學點。你們可以步人課堂。");
    const notes = splitPage(damaged, EDITION).articles.flatMap((a) => a.findings);
    expect(notes.map((n) => n.words)).toEqual(["步人", "你們可以步人課堂"]);
    expect(notes[1]!.note).toContain("“你們可以步人課堂”");
  });
});
