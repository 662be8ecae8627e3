import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADS, decodePostings, foldText, occurrences, phrases, shardOf, terms } from "../../templates/assets/search-terms.js";
import { buildSearchIndex, segmentOf, segmentsOf } from "../../src/build/search-index.ts";
import { SegmentWriter, correctSegment, encodePostings, type SearchDoc, type SegmentCorrection } from "../../src/search/segment.ts";
import { shownText } from "../../src/search/shown-text.ts";

const article = (title: string, body = "本报讯（通讯员 窦胜男 徐言艳）12月11日，阳谷县") =>
  `<article class="story" data-search-body><h1 data-search-meta="title">${title}</h1><p class="story-meta" data-search-ignore><time data-search-meta="date">2023年12月14日 星期四</time> 全文约800字 <a data-search-meta="section">综合</a></p><div class="story-body"><p>${body}</p></div></article>`;
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>聊城日报</title></head><body><nav>聊城日报 首页 往期</nav>${body}<nav>上一篇</nav></body></html>`;

describe("search terms", () => {
  it("reads Chinese as overlapping pairs, a lone character by itself, and letters or digits whole", () => {
    expect(terms(foldText("营商环境"))).toEqual(["营商", "商环", "环境"]);
    expect(terms(foldText("我，市"))).toEqual(["我", "市"]);
    expect(terms(foldText("5G网络覆盖GDP增长2023年"))).toEqual(["5g", "网络", "络覆", "覆盖", "gdp", "增长", "2023", "年"]);
  });

  it("covers a query's runs of Chinese with every other pair, and the last", () => {
    expect(terms("营商环境", { cover: true })).toEqual(["营商", "环境"]);
    expect(terms("聊城市", { cover: true })).toEqual(["聊城", "城市"]);
    expect(terms("百年民康药店", { cover: true })).toEqual(["百年", "民康", "药店"]);
    expect(terms("聊城 5g网络覆盖", { cover: true })).toEqual(["聊城", "5g", "网络", "覆盖"]);
    expect(terms("国家文化公园", { cover: true })).toEqual(["国家", "文化", "公园"]);
    expect(terms("文化公园建", { cover: true })).toEqual(["文化", "公园", "园建"]);
    expect(terms("雪", { cover: true })).toEqual(["雪"]);
  });

  it("indexes every pair where it begins, and every character alone, so that one character is found", () => {
    expect(occurrences(foldText("董洋，董瑞先"))).toEqual(
      new Map([
        ["董", [0, 3]],
        ["洋", [1]],
        ["董洋", [0]],
        ["瑞", [4]],
        ["董瑞", [3]],
        ["先", [5]],
        ["瑞先", [4]],
      ]),
    );
    expect([...occurrences(foldText("5G网络")).keys()]).toEqual(["5g", "网", "络", "网络"]);
    // What a query of one character looks up is what the index holds of it.
    expect(terms("董", { cover: true })).toEqual(["董"]);
  });

  it("reads a query's runs of three or more characters as phrases: the pairs it looks up, at their distances", () => {
    expect(phrases("营商环境")).toEqual([[["营商", 0], ["环境", 2]]]);
    expect(phrases("聊城市")).toEqual([[["聊城", 0], ["城市", 1]]]);
    expect(phrases("文化公园建")).toEqual([[["文化", 0], ["公园", 2], ["园建", 3]]]);
    expect(phrases("5g网络覆盖率")).toEqual([[["网络", 0], ["覆盖", 2], ["盖率", 3]]]);
    expect(phrases("聊城")).toEqual([]);
    for (const word of ["百年民康药店", "国家文化公园", "𠮷野家牛肉饭", "营商环境 5g 聊城市"]) {
      const pairs = phrases(word).flatMap((run) => run.map(([pair]) => pair));
      expect(pairs, word).toEqual(terms(word, { cover: true }).filter((term) => term.length > 1 && !/[0-9a-z]/.test(term)));
    }
  });

  it("writes postings as text and reads them back: numbers, weights, and where a pair occurs", () => {
    const pair = [[0, 16, 7, 12], [3, 40, 2000], [70000, 1, 5, 6, 7], [2 ** 31, 1, 2 ** 32 - 1]];
    const text = encodePostings("营商", pair);
    expect(text).toMatch(/^[0-9A-Za-z_-]+$/);
    expect(decodePostings("营商", text)).toEqual(pair);
    expect(decodePostings("董", encodePostings("董", [[1, 16], [2, 31], [33, 32]]))).toEqual([[1, 16], [2, 31], [33, 32]]);
    expect(() => decodePostings("董", "1\"")).toThrow('postings of 董: unexpected "\\""');
  });

  it("folds full-width letters and digits, case and Traditional characters without moving positions", () => {
    const text = "ＧＤＰ增長　２０２３年";
    const folded = foldText(text, { 長: "长" });
    expect(folded).toBe("gdp增长 2023年");
    expect(folded.length).toBe(text.length);
  });

  it("puts a term in one of a power of two of shards, the same every time", () => {
    const shards = ["聊城", "营商", "gdp", "𠮷野"].map((t) => shardOf(t, 64));
    for (const k of shards) expect(k >= 0 && k < 64).toBe(true);
    expect(["聊城", "营商", "gdp", "𠮷野"].map((t) => shardOf(t, 64))).toEqual(shards);
    expect(shardOf("聊城", 1)).toBe(0);
    expect(new Set(Array.from({ length: 200 }, (_, i) => shardOf(`词${i}`, 16))).size).toBe(16);
  });
});

describe("shownText", () => {
  it("reads the text a reader sees in the article, less what is marked ignored, and the title, date and section", () => {
    const shown = shownText(page("zh-Hans", article("开发区持续优化营商环境", "本报讯 开发区\n持续优化&lt;营商&gt;环境。")));
    expect(shown).toEqual({ title: "开发区持续优化营商环境", date: "2023年12月14日 星期四", section: "综合", text: "开发区持续优化营商环境\n本报讯 开发区持续优化<营商>环境。" });
  });

  it("finds nothing to index on a page without marked text (an edition page, a list)", () => {
    expect(shownText(page("zh-Hans", "<main>开发区持续优化营商环境</main>"))).toBeUndefined();
  });
});

describe("segments", () => {
  it("are the newest month, the months before it in its year, and the years before: three however long the archive", () => {
    expect(segmentOf("2016-01-04", "2023-12-14")).toBe("archive");
    expect(segmentOf("2022-12-31", "2023-12-14")).toBe("archive");
    expect(segmentOf("2023-01-05", "2023-12-14")).toBe("2023");
    expect(segmentOf("2023-11-30", "2023-12-14")).toBe("2023");
    expect(segmentOf("2023-12-01", "2023-12-14")).toBe("2023-12");
    expect(segmentsOf(["2023-12-14", "2022-11-02", "2023-01-05", "2017-08-07", "2023-10-09", "2023-12-01"])).toEqual([
      { id: "archive", dates: ["2017-08-07", "2022-11-02"] },
      { id: "2023", dates: ["2023-01-05", "2023-10-09"] },
      { id: "2023-12", dates: ["2023-12-01", "2023-12-14"] },
    ]);
    // Seven years of daily editions: three segments, so a query fetches three term files per term.
    const days = Array.from({ length: 2500 }, (_, n) => new Date(Date.UTC(2017, 0, 1 + n)).toISOString().slice(0, 10));
    expect(segmentsOf(days).map((s) => s.id)).toEqual(["archive", "2023", "2023-11"]);
    // A new month joins the last one to its year; a new year, last year to the archive.
    expect(segmentsOf(["2023-10-31", "2023-11-01"]).map((s) => s.id)).toEqual(["2023", "2023-11"]);
    expect(segmentsOf(["2023-12-14", "2024-01-02"]).map((s) => s.id)).toEqual(["archive", "2024-01"]);
    expect(segmentsOf(["2023-12-13", "2023-12-14"], "edition").map((s) => s.id)).toEqual(["2023-12-13", "2023-12-14"]);
    expect(segmentsOf([])).toEqual([]);
  });
});

/** A segment's files, its articles added in the order of their pages; `head`, the postings a term file holds of a common term. */
function writeSegment(docs: readonly SearchDoc[], head?: number) {
  const writer = new SegmentWriter(undefined, head);
  const files = new Map<string, string>();
  for (const doc of [...docs].sort((a, b) => (a.page < b.page ? -1 : 1))) for (const [file, text] of writer.add(doc)) files.set(file, text);
  const finished = writer.finish();
  for (const [file, text] of finished.files) files.set(file, text);
  return { files, summary: finished.summary };
}

/** The files `correction` writes over a segment's `files`, its summary, and the all/ files it leaves to be removed. */
function applyCorrection(correction: SegmentCorrection, files: ReadonlyMap<string, string>) {
  const written = new Map<string, string>();
  const removed: string[] = [];
  for (const k of correction.shards) {
    const shard = correction.shard(k, files.get(`terms/${k}.json`)!, () => files.get(`all/${k}.json`))!;
    for (const [file, text] of shard.files) written.set(file, text);
    if (shard.removed) removed.push(shard.removed);
  }
  const { files: rest, summary } = correction.finish();
  for (const [file, text] of rest) written.set(file, text);
  return { files: written, summary, removed };
}

describe("SegmentWriter", () => {
  const shown = (title: string, text: string, section = "综合") => ({ title, date: "2023年12月14日 星期四", section, text: `${title}\n${text}` });
  const doc = (page: string, title: string, text: string, hantTitle: string, hantText: string): SearchDoc => ({ page, hans: shown(title, text), hant: shown(hantTitle, hantText, "綜合") });
  const docs = [
    doc("2023-12-14/b.html", "开发区持续优化营商环境", "营商环境是发展的基础。", "開發區持續優化營商環境", "營商環境是發展的基礎。"),
    doc("2023-12-13/a.html", "聊城市文化旅游发展", "文化旅游持续升温，营商环境改善。", "聊城市文化旅遊發展", "文化旅遊持續升溫，營商環境改善。"),
  ];

  /** A term's postings in a written segment: article number → [weight, ...where it occurs]. */
  function postingsOf(files: Map<string, string>, shards: number, term: string): Map<number, number[]> {
    const text = (JSON.parse(files.get(`terms/${shardOf(term, shards)}.json`)!) as Record<string, string>)[term] ?? "";
    return new Map(decodePostings(term, text).map(([id, ...posting]) => [id!, posting]));
  }

  it("numbers articles by page, and lists each term's articles with a title's terms weighing more", () => {
    const { files, summary } = writeSegment(docs);
    expect(summary).toMatchObject({ docs: 2, shards: 1 });
    expect(JSON.parse(files.get("hans/0.json")!)).toEqual({ url: "2023-12-13/a.html", title: "聊城市文化旅游发展", date: "2023年12月14日 星期四", section: "综合", text: "聊城市文化旅游发展\n文化旅游持续升温，营商环境改善。" });
    expect(JSON.parse(files.get("hant/1.json")!)).toMatchObject({ url: "zh-hant/2023-12-14/b.html", title: "開發區持續優化營商環境", section: "綜合" });
    const business = postingsOf(files, summary.shards, "营商");
    expect([...business.keys()]).toEqual([0, 1]);
    // In b's title and twice in its text, once in a's; where in each text it begins.
    expect(business.get(1)![0]!).toBeGreaterThan(business.get(0)![0]! * 1.5);
    expect(business.get(0)!.slice(1)).toEqual([19]);
    expect(business.get(1)!.slice(1)).toEqual([7, 12]);
    expect([...postingsOf(files, summary.shards, "旅游").keys()]).toEqual([0]);
    expect(postingsOf(files, summary.shards, "旅遊").size).toBe(0);
  });

  it("records which Traditional characters stand for which Simplified ones", () => {
    const { summary } = writeSegment(docs);
    expect(summary.pairs["營"]).toEqual({ 营: 4 });
    expect(summary.pairs["遊"]).toEqual({ 游: 3 });
    expect(summary.pairs["聊"]).toBeUndefined();
  });

  it("corrects an article in place to what a fresh segment holds, rewriting only the term files of the words it changed", () => {
    // Three hundred articles cut from the real page: many term files.
    const page = readFileSync(new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url), "utf8").replace(/\s+/g, "");
    const cut = (n: number, text = page.slice((n * 97) % (page.length - 400), ((n * 97) % (page.length - 400)) + 400)) => ({ title: text.slice(0, 12), date: "2023年12月14日 星期四", section: "综合", text });
    const many = Array.from({ length: 300 }, (_, n) => ({ page: `2023-12-14/${String(n).padStart(3, "0")}.html`, hans: cut(n), hant: cut(n) }));
    const before = writeSegment(many);
    expect(before.summary.shards).toBeGreaterThan(16);
    const corrected = (text: string) => ({ ...many[7]!, hans: { ...many[7]!.hans, text } });
    // Four characters put right, and a sentence added.
    for (const fixed of [corrected(`更正聊城${many[7]!.hans.text.slice(4)}`), corrected(`${many[7]!.hans.text}更正：聊城市东昌府区`)]) {
      const after = writeSegment(many.map((doc, n) => (n === 7 ? fixed : doc)));
      const correction = correctSegment(before.summary, [{ id: 7, before: many[7]!, after: fixed }])!;
      const { files, summary } = applyCorrection(correction, before.files);
      expect(summary).toEqual(after.summary);
      for (const [file, text] of after.files) expect(files.get(file) ?? before.files.get(file), file).toBe(text);
      expect([...files.keys()].filter((f) => f.startsWith("terms/")).length).toBe(correction.shards.length);
      // Taking the correction back gives the segment as it was.
      const undone = correctSegment(summary, [{ id: 7, before: fixed, after: many[7]! }])!;
      expect(applyCorrection(undone, files).summary).toEqual(before.summary);
    }
    // Where the length stays the same, only the terms of the four characters change.
    const typo = correctSegment(before.summary, [{ id: 7, before: many[7]!, after: corrected(`更正聊城${many[7]!.hans.text.slice(4)}`) }])!;
    expect(typo.shards.length).toBeLessThan(before.summary.shards / 4);
  });

  it("adds articles after the last in place, with corrections, to what a fresh segment holds", () => {
    const page = readFileSync(new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url), "utf8").replace(/\s+/g, "");
    const cut = (n: number, text = page.slice((n * 97) % (page.length - 400), ((n * 97) % (page.length - 400)) + 400)) => ({ title: text.slice(0, 12), date: "2023年12月14日 星期四", section: "综合", text });
    const many = Array.from({ length: 300 }, (_, n) => ({ page: `2023-12-${n < 280 ? 13 : 14}/${String(n).padStart(3, "0")}.html`, hans: cut(n), hant: cut(n) }));
    const fixed = { ...many[7]!, hans: { ...many[7]!.hans, text: `更正聊城${many[7]!.hans.text.slice(4)}` } };
    // A term is common when more than 40 articles hold it: the new articles make some common, and add to others.
    // From 150 articles on, they double the term files, each split in two.
    for (const [head, from] of [[Infinity, 280], [40, 280], [Infinity, 150], [40, 150]] as const) {
      const before = writeSegment(many.slice(0, from), head);
      const after = writeSegment(many.map((doc, n) => (n === 7 ? fixed : doc)), head);
      expect(after.summary.shards).toBe(before.summary.shards * (from === 150 ? 2 : 1));
      const added = many.slice(from).map((doc, k) => ({ id: from + k, after: doc }));
      const correction = correctSegment(before.summary, [{ id: 7, before: many[7]!, after: fixed }, ...added], head)!;
      const { files, summary, removed } = applyCorrection(correction, before.files);
      expect(summary).toEqual(after.summary);
      expect(removed).toEqual([]);
      for (const [file, text] of after.files) expect(files.get(file) ?? before.files.get(file), file).toBe(text);
      // The articles there were keep their result files.
      expect([...files.keys()].filter((f) => /^han[st]\//.test(f)).length).toBe(2 * (300 - from + 1));
    }
    // An article added must come after the last, in the order of pages.
    expect(() => correctSegment(writeSegment(many.slice(0, 280)).summary, [{ id: 280, after: many[0]! }])).toThrow("2023-12-13/000.html: articles must come in the order of their pages");
  });

  it("writes a large segment in passes, each holding a part of its terms, to the files it writes at once", () => {
    const page = readFileSync(new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url), "utf8").replace(/\s+/g, "");
    const many = Array.from({ length: 300 }, (_, n) => {
      const text = page.slice((n * 89) % (page.length - 500), ((n * 89) % (page.length - 500)) + 500);
      const shown = { title: text.slice(0, 10), date: "2023年12月14日 星期四", section: "综合", text };
      return { page: `2023-12-14/${String(n).padStart(3, "0")}.html`, hans: shown, hant: shown };
    });
    const whole = writeSegment(many);
    const parts = [0, 1, 2, 3].map((group) => {
      const writer = new SegmentWriter({ of: 4, group });
      for (const doc of many) if (group === 0) writer.add(doc);
      else writer.addTerms(doc.page, doc.hans);
      return writer.finish();
    });
    const termFiles = (files: Map<string, string>) => [...files.keys()].filter((f) => f.startsWith("terms/"));
    // Each pass writes a quarter of the term files, none twice; the first, the summary.
    for (const part of parts) expect(termFiles(part.files).length).toBe(whole.summary.shards / 4);
    expect(new Set(parts.flatMap((part) => termFiles(part.files))).size).toBe(whole.summary.shards);
    expect(parts[0]!.summary).toEqual(whole.summary);
    for (const part of parts) for (const [file, text] of part.files) expect(text, file).toBe(whole.files.get(file));
  });

  describe("a common term", () => {
    // Three hundred articles cut from the real page, a term common when more than 40 hold it.
    const page = readFileSync(new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url), "utf8").replace(/\s+/g, "");
    const cut = (n: number, text = page.slice((n * 97) % (page.length - 400), ((n * 97) % (page.length - 400)) + 400)) => ({ title: text.slice(0, 12), date: "2023年12月14日 星期四", section: "综合", text });
    const many = Array.from({ length: 300 }, (_, n) => ({ page: `2023-12-14/${String(n).padStart(3, "0")}.html`, hans: cut(n), hant: cut(n) }));
    const HEAD = 40;
    const headed = writeSegment(many, HEAD);
    const whole = writeSegment(many, Infinity);
    const termFile = (files: Map<string, string>, term: string) => JSON.parse(files.get(`terms/${shardOf(term, headed.summary.shards)}.json`)!) as Record<string, string> & { [HEADS]?: Record<string, number> };

    it("keeps in its term file only its head, the articles where it weighs most (newer first among equals), and every posting in all/", () => {
      const all = decodePostings("聊城", termFile(whole.files, "聊城")["聊城"]!);
      expect(all.length).toBeGreaterThan(HEAD * 2);
      const file = termFile(headed.files, "聊城");
      expect(file[HEADS]).toMatchObject({ 聊城: all.length });
      const ranked = [...all].sort((a, b) => b[1]! - a[1]! || b[0]! - a[0]!);
      expect(decodePostings("聊城", file["聊城"]!)).toEqual(ranked.slice(0, HEAD).sort((a, b) => a[0]! - b[0]!));
      // Weights tie: some of the articles at the head's least weight are left out, the older ones.
      expect(ranked[HEAD]![1]).toBe(ranked[HEAD - 1]![1]);
      const k = shardOf("聊城", headed.summary.shards);
      expect(JSON.parse(headed.files.get(`all/${k}.json`)!)["聊城"]).toBe(termFile(whole.files, "聊城")["聊城"]);
      // A rarer term stays whole in its term file; a shard has an all/ file only for common terms.
      const rare = [...occurrences(foldText(many[7]!.hans.text)).keys()].find((term) => decodePostings(term, termFile(whole.files, term)[term]!).length < HEAD)!;
      expect(termFile(headed.files, rare)[rare]).toBe(termFile(whole.files, rare)[rare]);
      expect(termFile(headed.files, rare)[HEADS]?.[rare]).toBeUndefined();
      const withCommon = [...Array(headed.summary.shards).keys()].filter((n) => JSON.parse(headed.files.get(`terms/${n}.json`)!)[HEADS]);
      expect([...headed.files.keys()].filter((f) => f.startsWith("all/")).sort()).toEqual(withCommon.map((n) => `all/${n}.json`).sort());
    });

    it("is written in passes as it is at once", () => {
      const parts = [0, 1].map((group) => {
        const writer = new SegmentWriter({ of: 2, group }, HEAD);
        for (const doc of many) if (group === 0) writer.add(doc);
        else writer.addTerms(doc.page, doc.hans);
        return writer.finish();
      });
      for (const part of parts) for (const [file, text] of part.files) expect(text, file).toBe(headed.files.get(file));
      expect(parts.flatMap((part) => [...part.files.keys()].filter((f) => f.startsWith("all/"))).sort()).toEqual([...headed.files.keys()].filter((f) => f.startsWith("all/")).sort());
    });

    it("is corrected in place, head and all, to what a fresh segment holds", () => {
      const fixed = { ...many[7]!, hans: { ...many[7]!.hans, text: `更正聊城${many[7]!.hans.text.slice(4)}聊城聊城` } };
      const after = writeSegment(many.map((doc, n) => (n === 7 ? fixed : doc)), HEAD);
      const correction = correctSegment(headed.summary, [{ id: 7, before: many[7]!, after: fixed }], HEAD)!;
      const { files, summary, removed } = applyCorrection(correction, headed.files);
      expect(summary).toEqual(after.summary);
      expect(removed).toEqual([]);
      for (const [file, text] of after.files) expect(files.get(file) ?? headed.files.get(file), file).toBe(text);
      expect([...files.keys()].some((f) => f.startsWith("all/"))).toBe(true);
    });

    it("is corrected in place to what a fresh segment holds whether an article's posting stays in its head, stays out, or crosses its edge", () => {
      const ranked = decodePostings("聊城", termFile(whole.files, "聊城")["聊城"]!).sort((a, b) => b[1]! - a[1]! || b[0]! - a[0]!);
      // In the head, at its edge, just outside it, far below it; and an article without the term.
      const without = many.findIndex((doc) => !doc.hans.text.includes("聊城"));
      const ids = [ranked[0]![0]!, ranked[HEAD - 1]![0]!, ranked[HEAD]![0]!, ranked.at(-1)![0]!, without];
      const edits = [(t: string) => `${t}聊城`, (t: string) => t.replaceAll("聊城", "东昌"), (t: string) => `${t}。`, (t: string) => `聊城聊城聊城${t}`];
      for (const id of ids) {
        for (const edit of edits) {
          const fixed = { ...many[id]!, hans: { ...many[id]!.hans, text: edit(many[id]!.hans.text) } };
          const after = writeSegment(many.map((doc, n) => (n === id ? fixed : doc)), HEAD);
          const { files, summary } = applyCorrection(correctSegment(headed.summary, [{ id, before: many[id]!, after: fixed }], HEAD)!, headed.files);
          expect(summary).toEqual(after.summary);
          for (const [file, text] of after.files) expect(files.get(file) ?? headed.files.get(file), `${id} ${edit(many[id]!.hans.text).slice(0, 8)} ${file}`).toBe(text);
        }
      }
    });

    it("that is common no more leaves its all/ file to be removed", () => {
      const shown = (text: string) => ({ title: text, date: "2023年12月14日 星期四", section: "综合", text });
      // Six articles of 聊城 and a character of their own; common when more than five hold a term.
      const six = Array.from({ length: 6 }, (_, n) => ({ page: `2023-12-14/${n}.html`, hans: shown(`聊城${String.fromCodePoint(0x4e00 + n * 7)}`), hant: shown(`聊城${String.fromCodePoint(0x4e00 + n * 7)}`) }));
      const before = writeSegment(six, 5);
      expect(before.files.has("all/0.json")).toBe(true);
      const fixed = { ...six[2]!, hans: shown("更正") };
      const correction = correctSegment(before.summary, [{ id: 2, before: six[2]!, after: fixed }], 5)!;
      const { files, removed } = applyCorrection(correction, before.files);
      expect(removed).toEqual(["all/0.json"]);
      expect(files.has("all/0.json")).toBe(false);
      expect(files.get("terms/0.json")).toBe(writeSegment(six.map((doc, n) => (n === 2 ? fixed : doc)), 5).files.get("terms/0.json"));
    });
  });

  it("takes articles only in the order of their pages, which number them", () => {
    const writer = new SegmentWriter();
    writer.add(docs[0]!);
    expect(() => writer.add(docs[1]!)).toThrow("2023-12-13/a.html: articles must come in the order of their pages");
  });
});

/** Every file of a site's search index, by path, with its text. */
async function indexFiles(site: string): Promise<Map<string, string>> {
  const dir = join(site, "search-index");
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), "utf8")] as const)));
}

describe("buildSearchIndex", () => {
  let site: string;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "search-index-"));
    for (const dir of ["2023-12-14", "zh-hant/2023-12-14"]) await mkdir(join(site, dir), { recursive: true });
    await writeFile(join(site, "2023-12-14/a.html"), page("zh-Hans", article("分支机构信息变更一次办好")));
    await writeFile(join(site, "2023-12-14/b.html"), page("zh-Hans", article("开发区持续优化营商环境")));
    await writeFile(join(site, "zh-hant/2023-12-14/a.html"), page("zh-Hant", article("分支機構信息變更一次辦好")));
    await writeFile(join(site, "zh-hant/2023-12-14/b.html"), page("zh-Hant", article("開發區持續優化營商環境")));
    // The edition page and index pages carry no marked text: never indexed.
    await writeFile(join(site, "2023-12-14/index.html"), page("zh-Hans", "<main>分支机构信息变更一次办好</main>"));
    await writeFile(join(site, "index.html"), page("zh-Hans", "<main>分支机构信息变更一次办好</main>"));
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it("writes a manifest and a segment of the article pages, with Traditional characters as Simplified", async () => {
    expect(await buildSearchIndex(site)).toMatchObject({ articles: 2, segments: 1, indexed: 1 });
    const manifest = JSON.parse(await readFile(join(site, "search-index/index.json"), "utf8"));
    expect(manifest).toMatchObject({ docs: 2, segments: [{ id: "2023-12", docs: 2, shards: 1 }] });
    expect(manifest.simplified).toMatchObject({ 機: "机", 營: "营", 開: "开" });
    expect((await readdir(join(site, "search-index/2023-12"))).sort()).toEqual(["hans", "hant", "segment.json", "terms"]);
    expect((await readdir(join(site, "search-index/2023-12/hans"))).sort()).toEqual(["0.json", "1.json"]);
  });

  it("runs again with another edition, each its own segment when told, leaving no old segment behind", async () => {
    for (const dir of ["2023-12-15", "zh-hant/2023-12-15"]) await mkdir(join(site, dir), { recursive: true });
    await writeFile(join(site, "2023-12-15/c.html"), page("zh-Hans", article("聊城市文化旅游发展")));
    await writeFile(join(site, "zh-hant/2023-12-15/c.html"), page("zh-Hant", article("聊城市文化旅遊發展")));
    expect(await buildSearchIndex(site, { segmentBy: "edition" })).toMatchObject({ articles: 3, segments: 2 });
    expect((await readdir(join(site, "search-index"))).sort()).toEqual(["2023-12-14", "2023-12-15", "index.json"]);
    await rm(join(site, "2023-12-15"), { recursive: true });
    await rm(join(site, "zh-hant/2023-12-15"), { recursive: true });
    expect(await buildSearchIndex(site)).toMatchObject({ articles: 2, segments: 1 });
    expect((await readdir(join(site, "search-index"))).sort()).toEqual(["2023-12", "index.json"]);
  });

  it("reads a kept page's text from the last index, links its unchanged result files, and comes out as a fresh index", async () => {
    const old = await mkdtemp(join(tmpdir(), "search-index-old-"));
    await cp(site, old, { recursive: true });
    await buildSearchIndex(old);
    // b is corrected; a is kept, and one of its two result files was removed from the old site by hand.
    await writeFile(join(site, "2023-12-14/b.html"), page("zh-Hans", article("开发区持续优化营商环境", "更正后的文字")));
    await rm(join(old, "search-index/2023-12/hant/0.json"));
    const reuse = (kept: (page: string) => boolean) => ({ site: old, keys: {}, kept });
    expect(await buildSearchIndex(site, { reuse: reuse((p) => p !== "2023-12-14/b.html") })).toMatchObject({ indexed: 1 });
    const reused = await indexFiles(site);
    const inode = async (root: string, file: string) => (await stat(join(root, "search-index", file))).ino;
    // With the old index whole again, a's result files are the old files; b's are new.
    await buildSearchIndex(old);
    const again = await mkdtemp(join(tmpdir(), "search-index-again-"));
    await cp(site, again, { recursive: true });
    await buildSearchIndex(again, { reuse: reuse((p) => p !== "2023-12-14/b.html") });
    expect(await inode(again, "2023-12/hans/0.json")).toBe(await inode(old, "2023-12/hans/0.json"));
    expect(await inode(again, "2023-12/hant/0.json")).toBe(await inode(old, "2023-12/hant/0.json"));
    expect(await inode(again, "2023-12/hans/1.json")).not.toBe(await inode(old, "2023-12/hans/1.json"));
    await buildSearchIndex(site);
    expect(reused).toEqual(await indexFiles(site));
    expect(await indexFiles(again)).toEqual(await indexFiles(site));
    expect(JSON.parse((await indexFiles(site)).get("2023-12/hans/1.json")!).text).toContain("更正后的文字");
    await rm(old, { recursive: true, force: true });
    await rm(again, { recursive: true, force: true });
  });

  it("corrects a segment of common terms whose all/ files were removed by hand to a fresh index", async () => {
    // Heads of one posting: every term of both articles is common.
    const old = await mkdtemp(join(tmpdir(), "search-index-old-"));
    await cp(site, old, { recursive: true });
    await buildSearchIndex(old, { headPostings: 1 });
    await rm(join(old, "search-index/2023-12/all"), { recursive: true });
    await writeFile(join(site, "2023-12-14/b.html"), page("zh-Hans", article("开发区持续优化营商环境", "再次更正的文字")));
    const reuse = { site: old, keys: {}, kept: (p: string) => p !== "2023-12-14/b.html" };
    expect(await buildSearchIndex(site, { reuse, headPostings: 1 })).toMatchObject({ indexed: 1, corrected: [] });
    const corrected = await indexFiles(site);
    await buildSearchIndex(site, { headPostings: 1 });
    expect(corrected).toEqual(await indexFiles(site));
    expect([...corrected.keys()].some((f) => f.startsWith("2023-12/all/"))).toBe(true);
    await rm(old, { recursive: true, force: true });
  });

  it("writes a segment too large for one pass in several, with the postings of one pass", async () => {
    const postings = async (root: string) => {
      const all = new Map<string, number[][]>();
      for (const [file, text] of await indexFiles(root)) {
        if (file.includes("/terms/")) for (const [term, list] of Object.entries(JSON.parse(text) as Record<string, string>)) all.set(term, decodePostings(term, list));
      }
      return all;
    };
    await buildSearchIndex(site);
    const once = await postings(site);
    const shardsOf = async () => JSON.parse(await readFile(join(site, "search-index/index.json"), "utf8")).segments[0].shards;
    expect(await shardsOf()).toBe(1);
    // Two articles, one a pass: two passes, a term file each.
    await buildSearchIndex(site, { articlesPerPass: 1 });
    expect(await shardsOf()).toBe(2);
    expect(once.size).toBeGreaterThan(20);
    expect(await postings(site)).toEqual(once);
    await buildSearchIndex(site);
  });

  describe("kept up to date", () => {
    // An article of an older year, one of this year's months and two of this month, each in both scripts.
    const pages = [["2022-11-02/x", "聊城市文化旅游发展"], ["2023-03-05/y", "分支机构信息变更一次办好"], ["2023-12-13/a", "开发区持续优化营商环境"], ["2023-12-14/b", "聊城市优化营商环境"]];
    const write = async (root: string, path: string, title: string, body?: string) => {
      for (const [folder, lang] of [["", "zh-Hans"], ["zh-hant/", "zh-Hant"]] as const) {
        await mkdir(join(root, folder, path.slice(0, 10)), { recursive: true });
        await writeFile(join(root, folder, `${path}.html`), page(lang, article(title, body)));
      }
    };
    let current: string;
    beforeAll(async () => {
      current = await mkdtemp(join(tmpdir(), "search-index-kept-"));
      for (const [path, title] of pages) await write(current, path!, title!);
      // Heads of one posting: every term held by two articles or more is common, with an all/ file.
      await buildSearchIndex(current, { headPostings: 1 });
    });
    afterAll(() => rm(current, { recursive: true, force: true }));

    /** Makes `change` to the site, indexes it over the last index with `changed` pages rendered again, and checks it is a fresh index's byte for byte. */
    async function update(change: (site: string) => Promise<void>, changed: string[]) {
      const old = await mkdtemp(join(tmpdir(), "search-index-old-"));
      await cp(current, old, { recursive: true });
      await change(current);
      const index = await buildSearchIndex(current, { reuse: { site: old, keys: {}, kept: (p) => !changed.includes(p) }, headPostings: 1 });
      const fresh = await mkdtemp(join(tmpdir(), "search-index-fresh-"));
      await cp(current, fresh, { recursive: true });
      await rm(join(fresh, "search-index"), { recursive: true });
      await buildSearchIndex(fresh, { headPostings: 1 });
      expect(await indexFiles(current)).toEqual(await indexFiles(fresh));
      // The files the index kept from the last: linked, not written again.
      const inode = async (root: string, file: string) => (await stat(join(root, "search-index", file), { bigint: true }).catch(() => undefined))?.ino;
      const kept: string[] = [];
      for (const file of (await indexFiles(current)).keys()) if ((await inode(current, file)) === (await inode(old, file))) kept.push(file);
      await rm(old, { recursive: true, force: true });
      await rm(fresh, { recursive: true, force: true });
      return { ...index, kept };
    }

    it("adds a day to its month in place, the month's articles keeping their files", async () => {
      const { corrected, kept } = await update((site) => write(site, "2023-12-15/c", "聊城市营商环境持续优化", "营商环境是发展的基础。"), []);
      expect(corrected).toContain("2023-12");
      expect(kept).toEqual(expect.arrayContaining(["2023-12/hans/0.json", "2023-12/hans/1.json", "2023-12/hant/0.json", "2023-12/hant/1.json"]));
      // A long article: the month's postings outgrow its one term file, which splits.
      const long = readFileSync(new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url), "utf8").replace(/\s+/g, "").slice(0, 4000);
      const shards = async () => JSON.parse(await readFile(join(current, "search-index/2023-12/segment.json"), "utf8")).shards;
      expect(await shards()).toBe(1);
      expect((await update((site) => write(site, "2023-12-16/d", "聊城日报", long), [])).corrected).toContain("2023-12");
      expect(await shards()).toBeGreaterThan(1);
    });

    it("corrects an article of an older year, and of a month of this year, in place", async () => {
      expect((await update((site) => write(site, "2022-11-02/x", "聊城市文化旅游融合发展", "更正后的文字，营商环境"), ["2022-11-02/x.html"])).corrected).toContain("archive");
      expect((await update((site) => write(site, "2023-03-05/y", "分支机构信息变更一次办好", "更正：聊城市"), ["2023-03-05/y.html"])).corrected).toContain("2023");
    });

    it("writes afresh a month that lost an article or gained one before its last", async () => {
      const removed = await update(async (site) => {
        for (const folder of ["", "zh-hant/"]) await rm(join(site, folder, "2023-12-13/a.html"));
      }, []);
      expect(removed.corrected).not.toContain("2023-12");
      expect((await update((site) => write(site, "2023-12-14/a", "开发区新闻"), ["2023-12-14/a.html"])).corrected).not.toContain("2023-12");
    });
  });

  it("says in one line which page it could not read, and leaves no index", async () => {
    const broken = await mkdtemp(join(tmpdir(), "search-index-broken-"));
    await mkdir(join(broken, "2023-12-14"));
    await writeFile(join(broken, "2023-12-14/a.html"), page("zh-Hans", article("分支机构信息变更一次办好")));
    await expect(buildSearchIndex(broken)).rejects.toThrow(/^search index failed: ENOENT: no such file or directory, open '.*zh-hant\/2023-12-14\/a\.html'$/);
    expect(await readdir(broken)).not.toContain("search-index");
    await rm(broken, { recursive: true, force: true });
  });

  it("indexes nothing of a paper without articles", async () => {
    const empty = await mkdtemp(join(tmpdir(), "search-index-empty-"));
    await writeFile(join(empty, "index.html"), page("zh-Hans", "<main>还没有出版的版面。</main>"));
    expect(await buildSearchIndex(empty)).toMatchObject({ articles: 0, segments: 0 });
    expect(JSON.parse(await readFile(join(empty, "search-index/index.json"), "utf8"))).toEqual({ docs: 0, segments: [], simplified: {} });
    await rm(empty, { recursive: true, force: true });
  });
});
