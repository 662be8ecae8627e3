/**
 * Surface transformations of every fixture page (src/bench/transform-page.ts) and the
 * split matrix's floor: each transformation must change what it says it changes, and
 * the splitter must keep meeting, on each page under each transformation, at least the
 * checks it met when the floor was set (tests/split/transformation-floors.json, written by
 * `npm run split-matrix -- --floors`). Floors are only ever raised.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/split/decode.ts";
import { loadPages, scoreCell, type Floors } from "../../src/bench/split-matrix.ts";
import { TRANSFORMATIONS, UNCHANGED, locateStories, transform, type Transformation } from "../../src/bench/transform-page.ts";
import { EDITION } from "./helpers.ts";
import { norm } from "./score.ts";

const pages = loadPages(fileURLToPath(new URL("../fixtures/pages/", import.meta.url)));
const floors = JSON.parse(readFileSync(new URL("transformation-floors.json", import.meta.url), "utf8")) as Floors;
const named = (name: string) => TRANSFORMATIONS.find((t) => t.name === name)!;
const real = pages.find((p) => p.name === "liaocheng-daily-page")!;
const textOf = (name: string, page = real) => decode(transform(page, named(name)).bytes).text;
const lines = (text: string) => text.split("\n");

describe("each transformation changes the page's surface", () => {
  it.each(TRANSFORMATIONS.map((t) => [t.name, t] as const))("%s changes the bundled page and most others, the same way each time", (_name, t: Transformation) => {
    const bytes = (page = real) => Buffer.from(transform(page, t).bytes);
    expect(bytes().equals(Buffer.from(real.text, "utf8"))).toBe(false);
    expect(bytes().equals(bytes())).toBe(true);
    const changed = pages.filter((p) => !bytes(p).equals(Buffer.from(p.text, "utf8")));
    expect(changed.length).toBeGreaterThanOrEqual(pages.length / 2);
  });

  it("no-blank leaves no blank line and every other line", () => {
    const out = lines(textOf("no-blank"));
    expect(out.slice(0, -1).some((l) => l.trim() === "")).toBe(false);
    expect(out.join("\n")).toBe(lines(real.text).filter((l) => l.trim() !== "").join("\n") + (real.text.endsWith("\n") ? "\n" : ""));
  });

  it("wrap-indent and wrap-flush cut long lines into 18–26 characters, with and without indentation", () => {
    for (const name of ["wrap-indent", "wrap-flush"]) {
      const out = lines(textOf(name)).filter((l) => l.trim() !== "");
      expect(Math.max(...out.map((l) => Array.from(l.trim()).length))).toBeLessThanOrEqual(26);
      expect(norm(out.join(""))).toBe(norm(real.text));
      expect(out.some((l) => l.startsWith("\u3000\u3000"))).toBe(name === "wrap-indent");
    }
  });

  it("wrap-indent indents where a paragraph starts on a page already hard-wrapped, never a paragraph's last print line", () => {
    const wire = pages.find((p) => p.name === "wire-hardwrap")!;
    const out = lines(textOf("wrap-indent", wire));
    const indented = out.flatMap((l, i) => (l.startsWith("\u3000\u3000") ? [out[i - 1]!.trim()] : []));
    // The line above an indented line ended its sentence, or stood apart (a headline, a dateline's end).
    expect(indented.filter((above) => Array.from(above).length >= 18 && !/[。！？”）)]$/u.test(above))).toEqual([]);
    expect(indented.length).toBeGreaterThan(0);
  });

  it("running-heads repeats a running head and page number every 30–60 lines, one inside a paragraph, and adds specks", () => {
    const out = lines(textOf("running-heads"));
    const heads = out.flatMap((l, i) => (/^\S+[日晚]报 {2}\d{4}年\d+月\d+日 {2}星期/u.test(l) ? [i] : []));
    expect(heads.length).toBeGreaterThanOrEqual(Math.floor(lines(real.text).length / 60));
    expect(heads.every((at, k) => k === 0 || at - heads[k - 1]! <= 64)).toBe(true);
    expect(heads.every((at) => /^\d+$/u.test(out[at + 1]!))).toBe(true);
    expect(heads.some((at) => !/[。”"]$/u.test(out[at - 1]!) && out[at - 1]!.trim() !== "")).toBe(true);
    expect(out.filter((l) => l.trim() !== "" && Array.from(l.trim()).length <= 2 && !/^\d+$/u.test(l)).length).toBeGreaterThanOrEqual(2);
  });

  it("width-swap turns every mark to the other width", () => {
    const out = textOf("width-swap");
    expect(real.text).toMatch(/[,:(]/u);
    expect(out).not.toMatch(/\p{Script=Han}[,:;!?()]\p{Script=Han}/u);
    const interview = pages.find((p) => p.name === "county-briefs")!;
    expect(textOf("width-swap", interview)).not.toMatch(/[，：；！？（）“”]/u);
  });

  it("titles-glued joins each title to the next line by 2–4 spaces", () => {
    const out = lines(textOf("titles-glued"));
    const glued = out.flatMap((l) => (/\S {2,4}\S/u.test(l) ? [norm(l.split(/(?<=\S) {2,4}(?=\S)/u)[0])] : []));
    expect(real.expected.articles.flatMap((a) => (a.title ? [norm(a.title)] : [])).filter((t) => !glued.includes(t))).toEqual([]);
  });

  it("bylines-right pushes each byline line right; bylines-to-end closes the story with it in brackets", () => {
    expect(lines(textOf("bylines-right")).filter((l) => / {24,}■ 本报/u.test(l)).length).toBeGreaterThanOrEqual(3);
    const moved = textOf("bylines-to-end");
    expect(moved).not.toMatch(/^■ 本报记者 赵宗锋$/mu);
    expect(moved).toMatch(/争取群众满意"零差评"。[\s\S]*（本报记者 赵宗锋）/u);
    const story = locateStories(lines(moved), real.expected)[0]!;
    expect(lines(moved)[story.end]).toMatch(/（本报记者 赵宗锋）$/u);
  });

  it("epaper-chrome and wechat-chrome wrap the page in what each export adds", () => {
    expect(textOf("epaper-chrome")).toMatch(/第01版：要闻[\s\S]*上一版 {2}下一版[\s\S]*新时代 新征程 新伟业[\s\S]*版权所有[\s\S]*ICP备/u);
    expect(textOf("wechat-chrome")).toMatch(/^\S+\n原创 .*\n点击蓝字 关注我们[\s\S]*新时代 新征程 新伟业[\s\S]*审核：[\s\S]*往期推荐\n● [\s\S]*阅读原文\n?$/u);
  });

  it("crlf, utf-16 and gb18030 give other bytes that decode to the page", () => {
    for (const name of ["crlf", "utf-16", "gb18030"]) expect(textOf(name)).toBe(real.text);
    expect(Buffer.from(transform(real, named("crlf")).bytes).includes("\r\n")).toBe(true);
  });
});

describe("the split matrix's floor: checks met on each page under each transformation", () => {
  const desks = { sections: EDITION.sections, defaultSection: EDITION.defaultSection };

  it("has a floor for every page and transformation", () => {
    const missing = pages.flatMap((p) => [UNCHANGED, ...TRANSFORMATIONS].filter((t) => floors[p.name]?.[t.name] === undefined).map((t) => `${p.name}/${t.name}`));
    expect(missing, "run `npm run split-matrix -- --floors` and add the new page's row to tests/split/transformation-floors.json").toEqual([]);
  });

  it.each(pages.map((p) => [p.name, p] as const))("%s", (_name, page) => {
    const below = [UNCHANGED, ...TRANSFORMATIONS].flatMap((t) => {
      const cell = scoreCell(page, t, desks);
      const floor = floors[page.name]?.[t.name] ?? 0;
      return cell.pass >= floor ? [] : [`${t.name}: ${cell.pass} checks met, floor ${floor}; first misses: ${cell.misses.slice(0, 3).join(" | ")}`];
    });
    expect(below).toEqual([]);
  });
});
