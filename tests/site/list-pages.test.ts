/**
 * Section and reporter lists are cut from the oldest article (src/site/list-pages.ts),
 * so that publishing a newer edition leaves every archived list page the same page:
 * same path, same identity (src/plan/fingerprint.ts), hence not rendered again.
 */
import { describe, expect, it } from "vitest";
import { Fingerprints } from "../../src/plan/fingerprint.ts";
import { planBuild } from "../../src/plan/plan.ts";
import { readContent, type ContentArticle } from "../../src/site/content.ts";
import { cutFromOldest } from "../../src/site/list-pages.ts";
import { paperFrom, type PaperOptions } from "../../src/site/model.ts";
import type { ArticleView, Paper, ReporterPage, SectionPage } from "../../src/site/paper.ts";
import { FIXTURE_ARCHIVE } from "../support/site.ts";

const PER_PAGE = 3;
const SECTIONS = ["要闻", "经济", "社会"];
const REPORTERS = ["赵宗锋", "窦胜男", "闫宗鹏", "许金松"];

/** Edition `day` (1 = 2024-01-01): 2 to 5 articles over the sections, each by one or two reporters, so the lists grow unevenly. */
function edition(day: number): ContentArticle[] {
  const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
  return Array.from({ length: 2 + (day % 4) }, (_, i): ContentArticle => ({
    file: `content/${date}/a${i}.md`,
    slug: `a${i}`,
    meta: {
      title: `第${day}期第${i + 1}篇`,
      section: SECTIONS[(day + i) % SECTIONS.length]!,
      reporter: [REPORTERS[(day * 3 + i) % REPORTERS.length]!, ...(i % 3 === 0 ? [REPORTERS[(day + 1) % REPORTERS.length]!] : [])].filter((n, k, all) => all.indexOf(n) === k).map((name) => ({ name, role: "记者" })),
      date, page: 1 + (i % 2), order: 1 + i, type: "article",
    },
    body: `本报讯 第${day}期第${i + 1}篇的正文。`,
  }));
}

const fixture = readContent(FIXTURE_ARCHIVE);
function paperOf(days: number, options: PaperOptions = {}): Paper {
  const articles = Array.from({ length: days }, (_, d) => edition(d + 1)).flat();
  return paperFrom({ ...fixture, settings: { ...fixture.settings!, articlesPerSectionPage: PER_PAGE }, articles }, options);
}

type ListPage = SectionPage | ReporterPage;
const listPagesOf = (paper: Paper): ListPage[] => [...paper.pages.section, ...paper.pages.reporter];
/** The list a page belongs to, in its script: the section's or reporter's own path. */
const listOf = (p: ListPage) => `${p.script} ${p.kind === "section" ? p.section.path : p.reporter.path}`;

/** Every list's articles as the model holds them, newest first, by list. */
function wholeLists(paper: Paper): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const add = (key: string, path: string) => lists.set(key, [...(lists.get(key) ?? []), path]);
  for (const { script, article } of paper.pages.article) {
    add(`${script} ${article.section.path}`, article.path);
    for (const path of new Set([...article.byline, ...article.credit].map((r) => r.path))) add(`${script} ${path}`, article.path);
  }
  return lists;
}

describe("a list cut from its oldest article", () => {
  it("puts size to 2·size−1 articles on the entry page and full buckets, numbered from the oldest, on the others", () => {
    for (let n = 0; n <= 20; n++) {
      const list = Array.from({ length: n }, (_, i) => n - i); // newest first: n … 1
      const pages = cutFromOldest(list, PER_PAGE);
      const [entry, ...archived] = pages;
      expect(entry!.articles.length).toBe(n < PER_PAGE ? n : PER_PAGE + (n % PER_PAGE));
      expect(pages.flatMap((p) => p.articles)).toEqual(list);
      // Bucket k holds the k-th run of PER_PAGE from the oldest, at path number k + 1.
      for (const page of archived) expect(page.articles).toEqual([page.bucket! * PER_PAGE, page.bucket! * PER_PAGE - 1, page.bucket! * PER_PAGE - 2]);
      expect(archived.map((p) => p.pageNumber)).toEqual(archived.map((p) => p.bucket! + 1));
      // Newer, older: a chain from the entry page to the oldest bucket and back.
      const chain = pages.map((p) => p.pageNumber);
      expect(pages.map((p) => p.older)).toEqual([...chain.slice(1), null]);
      expect(pages.map((p) => p.newer)).toEqual([null, ...chain.slice(0, -1)]);
    }
  });
});

describe("section and reporter list pages as editions are published", () => {
  it("hold every article of their list once, newest first, with P to 2P−1 on the entry page", () => {
    const paper = paperOf(14);
    const pages = listPagesOf(paper);
    for (const [list, articles] of wholeLists(paper)) {
      const ofList = pages.filter((p) => listOf(p) === list);
      const byPath = new Map(ofList.map((p) => [p.path, p]));
      const entry = ofList.find((p) => p.pageNumber === 1)!;
      expect(entry.articleCount).toBe(articles.length);
      expect(entry.articles.length, list).toBe(articles.length < PER_PAGE ? articles.length : PER_PAGE + (articles.length % PER_PAGE));
      // Following 下一页 from the entry page reads the whole list in order; 上一页 leads back.
      const read: string[] = [];
      for (let page: ListPage | undefined = entry, newer: string | null = null; page; newer = page.path, page = page.nextPath ? byPath.get(page.nextPath) : undefined) {
        expect(page.prevPath).toBe(newer);
        read.push(...page.articles.map((a) => a.path));
      }
      expect(read, list).toEqual(articles);
      expect(ofList.length).toBe(Math.max(1, Math.floor(articles.length / PER_PAGE)));
      // Nothing on an archived page grows with the list.
      for (const page of ofList.filter((p) => p.pageNumber > 1)) expect([page.articleCount, page.pageLabel]).toEqual([null, `第${page.pageNumber - 1}${page.script === "hans" ? "页" : "頁"}`]);
    }
    expect(pages.filter((p) => p.pageNumber > 2).length).toBeGreaterThan(8);
  });

  it("keep every archived page's path and identity when a newer edition comes, but for the newest one's link to a new page", () => {
    let gained = 0;
    for (let days = 8; days < 20; days++) {
      const before = listPagesOf(paperOf(days));
      const after = new Map(listPagesOf(paperOf(days + 1)).map((p) => [p.output, p]));
      const fpBefore = new Fingerprints();
      const fpAfter = new Fingerprints();
      const changed = new Map<string, string[]>();
      for (const page of before.filter((p) => p.pageNumber > 1)) {
        const now = after.get(page.output);
        expect(now, page.output).toBeDefined();
        if (fpAfter.of(now!) === fpBefore.of(page)) continue;
        // Only the link to the newer page moved: from the entry page to the new archived page.
        expect(page.prevPath, page.output).toBe(before.find((p) => listOf(p) === listOf(page) && p.pageNumber === 1)!.path);
        expect(now!.prevPath).toBe(page.path.replace(/\d+\.html$/, `${page.pageNumber + 1}.html`));
        // Field by field (a spread copy has no fingerprint key): nothing else moved.
        expect(fpAfter.of({ ...now!, prevPath: page.prevPath })).toBe(fpBefore.of({ ...page }));
        changed.set(listOf(page), [...(changed.get(listOf(page)) ?? []), page.output]);
      }
      for (const outputs of changed.values()) expect(outputs).toHaveLength(1);
      gained += changed.size;
    }
    // The editions fill buckets of many lists: the case above is met, not only the unchanged one.
    expect(gained).toBeGreaterThan(10);
  });
});

/** The article views reachable from `pages`, reading every field as a template would (a list page's articles are a getter). */
function viewsShown(pages: readonly object[]): Set<ArticleView> {
  const shown = new Set<ArticleView>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if ("html" in value && "byline" in value) shown.add(value as ArticleView);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key]);
  };
  pages.forEach(walk);
  return shown;
}

describe("a day's build", () => {
  it("models the new edition and the one before it, and makes article views only for the pages it renders and the feeds", () => {
    const days = 200;
    const before = paperOf(days);
    const first = planBuild(before, new Map());
    const stampOf = new Map(before.editions.map((e) => [e.date, e.stamp]));
    const paper = paperOf(days + 1, { keep: (e) => stampOf.get(e.date) === e.stamp });
    const plan = planBuild(paper, first.identities, first.stamps);
    expect(paper.editions.filter((e) => e.modelled).map((e) => e.date)).toEqual(paper.editions.slice(0, 2).map((e) => e.date));
    // Rendering reads what the rendered pages show; the feeds' views are made with the model.
    const shown = viewsShown([...Object.values(plan.render).flat(), ...paper.pages.feed]);
    const articles = paper.editions.reduce((n, e) => n + e.articles.length, 0);
    expect(paper.viewsMade()).toBe(shown.size);
    // The rest of the archive is planned from its articles' keys: most of it has no view.
    expect(shown.size).toBeLessThan((2 * articles) / 4);
    // And the plan is the one a model of every view gives.
    expect(plan.identities).toEqual(planBuild(paperOf(days + 1), first.identities).identities);
  });
});
