import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontMatterSchema } from "../../src/article/record.ts";
import { generateArchive, poolFromArticles, poolFromPageText, type ArchiveFile } from "../../src/bench/archive.ts";
import { loadPool, loadSections, writeArchive } from "../../src/bench/archive-files.ts";

const REPO = resolve(import.meta.dirname, "../..");
const sections = loadSections(REPO);
const { pool } = loadPool(REPO);
const archive = generateArchive({ articles: 400, sections, pool });

function split(file: ArchiveFile): { frontMatter: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file.text);
  if (!m) throw new Error(`${file.path}: no front matter`);
  return { frontMatter: parse(m[1]!), body: m[2]! };
}

const parsed = archive.map((file) => ({ file, ...split(file), record: frontMatterSchema.parse(split(file).frontMatter) }));

describe("generateArchive", () => {
  it("is deterministic from its seed, and another seed gives another archive", () => {
    expect(generateArchive({ articles: 400, sections, pool })).toEqual(archive);
    const other = generateArchive({ articles: 400, sections, pool, seed: 7 });
    expect(other.map((f) => f.text)).not.toEqual(archive.map((f) => f.text));
  });

  it("writes exactly the articles asked for, each valid against the front-matter schema", () => {
    expect(archive).toHaveLength(400);
    for (const { file, frontMatter } of parsed) {
      const result = frontMatterSchema.safeParse(frontMatter);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it("spreads articles over daily editions of 20–60 articles, newest on the latest date", () => {
    const perDate = new Map<string, number>();
    for (const { record } of parsed) perDate.set(record.date, (perDate.get(record.date) ?? 0) + 1);
    const dates = [...perDate.keys()].sort();
    expect(dates.at(-1)).toBe("2023-12-14");
    expect(dates.length).toBeGreaterThanOrEqual(400 / 60);
    // Every day is a full edition except the oldest, which takes what is left.
    for (const date of dates.slice(1)) {
      expect(perDate.get(date)).toBeGreaterThanOrEqual(20);
      expect(perDate.get(date)).toBeLessThanOrEqual(60);
    }
    for (const { file, record } of parsed) expect(file.path.startsWith(`${record.date}/`)).toBe(true);
  });

  it("lays each edition out on several named pages, with a unique position on each page", () => {
    const byDate = new Map<string, typeof parsed>();
    for (const p of parsed) byDate.set(p.record.date, [...(byDate.get(p.record.date) ?? []), p]);
    for (const [date, articles] of byDate) {
      const pages = new Set(articles.map((a) => a.record.page));
      if (articles.length >= 20) expect(pages.size, date).toBeGreaterThanOrEqual(4);
      const positions = articles.map((a) => `${a.record.page}/${a.record.order}`);
      expect(new Set(positions).size, date).toBe(positions.length);
      for (const a of articles) expect(sections).toContain(a.record.pageName);
    }
  });

  it("uses only the site's sections, and a pool of reporters with roles", () => {
    for (const { record } of parsed) expect(sections).toContain(record.section);
    const reporters = new Set(parsed.flatMap((p) => p.record.reporter.map((r) => `${r.name}/${r.role}`)));
    expect(reporters.size).toBeGreaterThan(20);
    expect(new Set(parsed.flatMap((p) => p.record.reporter.map((r) => r.role)))).toEqual(new Set(["记者", "通讯员", "实习生", "摄影"]));
  });

  it("gives every article a unique ASCII slug", () => {
    const slugs = archive.map((f) => f.path.split("/")[1]!);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+\.md$/);
  });

  it("composes articles of about 1,000–2,000 characters from the real paragraphs", () => {
    const stories = parsed.filter((p) => p.record.type === "article");
    expect(stories.length).toBeGreaterThan(350);
    for (const { file, body } of stories) {
      const paragraphs = body.trim().split("\n\n").filter((b) => !b.startsWith("## "));
      const chars = paragraphs.join("").length;
      expect(chars, file.path).toBeGreaterThanOrEqual(1000);
      expect(chars, file.path).toBeLessThanOrEqual(2000 + Math.max(...pool.paragraphs.map((p) => p.length)));
      expect(paragraphs[0]).toMatch(/^本报讯（/);
      for (const p of paragraphs) expect(pool.paragraphs.some((real) => p.endsWith(real)), `${file.path}: ${p.slice(0, 20)}`).toBe(true);
    }
    const withSubheads = stories.filter((s) => /^## /m.test(s.body));
    expect(withSubheads.length).toBeGreaterThan(stories.length / 4);
  });
});

describe("paragraph pools", () => {
  it("reads the raw page: joins column breaks inside Han text, drops datelines and photo credits", () => {
    const page = readFileSync(join(REPO, "tests/fixtures/pages/liaocheng-daily-page.txt"), "utf8");
    const fromPage = poolFromPageText(page);
    expect(fromPage.paragraphs.some((p) => p.includes("以\"公开聊亮\"品牌为抓手"))).toBe(true);
    expect(fromPage.paragraphs.some((p) => p.includes("■"))).toBe(false);
    expect(fromPage.subheads).toContain("抓项目建设,促公路路网提档");
    expect(fromPage.paragraphs.every((p) => p.length >= 40)).toBe(true);
  });

  it("reads article Markdown: front matter skipped, ## lines as subheads, datelines dropped", () => {
    const md = "---\ntitle: 测试\nsection: 要闻\n---\n\n本报讯（记者 赵琦）12月13日，聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校召开，会议听取了各项目进展情况汇报。\n\n## 抓项目建设，促公路路网提档\n\n短段。\n";
    expect(poolFromArticles([md])).toEqual({
      paragraphs: ["12月13日，聊城市国家文化公园暨文化体验廊道建设项目调度会议在市委党校召开，会议听取了各项目进展情况汇报。"],
      subheads: ["抓项目建设，促公路路网提档"],
    });
  });
});

describe("writeArchive", () => {
  const dir = mkdtempSync(join(tmpdir(), "archive-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the articles and the site settings, and refuses a folder that already holds files", () => {
    const target = join(dir, "content");
    writeArchive(REPO, target, archive.slice(0, 30));
    expect(readFileSync(join(target, "site.json"), "utf8")).toBe(readFileSync(join(REPO, "content/site.json"), "utf8"));
    const written = readdirSync(target, { recursive: true }).filter((p) => String(p).endsWith(".md"));
    expect(written).toHaveLength(30);
    writeFileSync(join(target, "note.txt"), "an editor's file");
    expect(() => writeArchive(REPO, target, archive)).toThrow(/not empty/);
    expect(readFileSync(join(target, "note.txt"), "utf8")).toBe("an editor's file");
  });
});
