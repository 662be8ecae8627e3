import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/bench/archive-files.ts";
import { readManifest } from "../../src/build/manifest.ts";
import { readContent } from "../../src/site/content.ts";
import { listFiles, ROOT, runBuild, tempDir } from "../support/site.ts";

/** Every file of a site: its bytes' digest and modification time. */
type Tree = Map<string, { digest: string; mtimeMs: number }>;

function treeOf(site: string): Tree {
  return new Map(listFiles(site).map((file) => {
    const path = join(site, file);
    return [file, { digest: createHash("sha1").update(readFileSync(path)).digest("hex"), mtimeMs: statSync(path).mtimeMs }];
  }));
}

const SEARCH_SEGMENTS = ["--search-segments", "edition"];
/** Two page workers, however few pages a build renders (src/build/workers.ts). */
const TWO_WORKERS = ["--workers", "2"];
/** A section site.json gains in the course of the tests (slug fu-kan), with no article at first. */
const NEW_SECTION = "副刊";
const PER_LIST_PAGE = 3;
/** A page of a section's or reporter's list, in either script: its list's folder and its file. */
const LIST_PAGE = /^((?:zh-hant\/)?(?:sections|reporters)\/[^/]+\/)(index|\d+)\.html$/;

interface Built {
  rendered: number;
  files: number;
  /** Editions whose pages the build modelled, and article files it parsed (the others came from its cache). */
  modelled: number;
  parsed: number;
  /** Editions whose bodies it read back from its cache (pages, feeds). */
  bodiesRead: number;
  /** Page workers that rendered edition pages (0: the build's own process). */
  workers: number;
  indexed: string;
}

function build(content: string, output: string, options: string[] = []): Built {
  const result = runBuild(content, output, [...SEARCH_SEGMENTS, ...options]);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}${result.stdout}`);
  const counts = /(\d+) of (\d+) files rendered/.exec(result.stdout)!;
  const model = /\((\d+) modelled, (\d+) files parsed, \d+ article views made, (\d+) cached editions' bodies read\)/.exec(result.stdout)!;
  const workers = Number(/edition pages on (\d+) page worker/.exec(result.stdout)?.[1] ?? 0);
  return { rendered: Number(counts[1]), files: Number(counts[2]), modelled: Number(model[1]), parsed: Number(model[2]), bodiesRead: Number(model[3]), workers, indexed: result.stdout };
}

describe("an incremental build", () => {
  const dir = tempDir("incremental");
  const content = join(dir, "content");
  const site = join(dir, "_site");
  let before: Tree;

  /**
   * Builds incrementally with the edition pages on two page workers, compares file by file with
   * a clean build of the same content in one process, and returns what changed.
   */
  function rebuild(): Built & { changed: string[]; output: string } {
    const result = build(content, site, TWO_WORKERS);
    const clean = join(tempDir("incremental-clean"), "_site");
    build(content, clean, ["--clean", "--workers", "1"]);
    const after = treeOf(site);
    const expected = treeOf(clean);
    expect([...after.keys()]).toEqual([...expected.keys()]);
    for (const [file, { digest }] of expected) expect(after.get(file)!.digest, file).toBe(digest);
    rmSync(clean, { recursive: true });
    // A file with the same bytes as before is the same file: its modification time has not moved.
    const changed: string[] = [];
    for (const [file, now] of after) {
      const was = before.get(file);
      if (was?.digest === now.digest) expect(now.mtimeMs, file).toBe(was.mtimeMs);
      else changed.push(file);
    }
    before = after;
    return { ...result, changed, output: result.indexed };
  }

  beforeAll(() => {
    buildArchive(ROOT, content, 120);
    // Short list pages, so that sections and reporters of 120 articles have archived pages to keep.
    const settings = join(content, "site.json");
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(settings, "utf8")), articlesPerSectionPage: PER_LIST_PAGE }, null, 2));
    build(content, site, TWO_WORKERS);
    before = treeOf(site);
  }, 300_000);

  const sectionFiles = () => listFiles(site).filter((f) => f.includes("sections/fu-kan/"));
  const editions = () => readdirSync(content).filter((name) => /^\d{4}-\d\d-\d\d$/.test(name)).sort();
  const articlesOf = (date: string) => readdirSync(join(content, date)).filter((f) => f.endsWith(".md")).sort();

  it("renders again a file changed in the site after the build made it, and drops a file it did not make (as a preview writing there left them)", () => {
    const page = `${editions()[0]}/index.html`;
    writeFileSync(join(site, page), readFileSync(join(site, page), "utf8").replace("</main>", '<aside class="review-box">待核对</aside></main>'));
    mkdirSync(join(site, "review"));
    writeFileSync(join(site, "review/index.html"), "待核对");
    before = treeOf(site);
    const { rendered, changed } = rebuild();
    expect(changed).toEqual([page]);
    expect(rendered).toBe(1);
  }, 300_000);

  it("after one article is edited, renders its pages and the pages showing it, not the site", () => {
    const date = editions()[1]!;
    const file = join(content, date, articlesOf(date)[0]!);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: (.*)$/m, "title: 更正后的标题").trimEnd() + "\n更正一处文字。\n");
    const { rendered, files, changed, output, modelled, parsed, workers, bodiesRead } = rebuild();
    // The edited file alone is read again, and its edition alone modelled (by one page worker) and its bodies read; the others' summaries come from the cache.
    expect([parsed, modelled, workers, bodiesRead]).toEqual([1, 1, 1, 1]);
    expect(rendered).toBeGreaterThan(2);
    expect(rendered).toBeLessThan(files / 4);
    expect(changed).toContain(`${date}/${articlesOf(date)[0]!.replace(/\.md$/, ".html")}`);
    // The other search segments were kept, and in the article's own, only what it shows and its terms changed.
    expect(output).toMatch(/, 1 indexed again/);
    const search = changed.filter((f) => f.startsWith("search-index/"));
    expect(search.filter((f) => !f.startsWith(`search-index/${date}/`) && f !== "search-index/index.json")).toEqual([]);
    expect(search.filter((f) => /\/han[st]\/\d+\.json$/.test(f)).map((f) => JSON.parse(readFileSync(join(site, f), "utf8")).title)).toEqual(["更正后的标题", "更正後的標題"]);
  }, 300_000);

  it("after an edition is added, renders the new pages and the lists that show them", () => {
    const newest = editions().at(-1)!;
    const next = new Date(Date.parse(newest) + 86_400_000).toISOString().slice(0, 10);
    cpSync(join(content, newest), join(content, next), { recursive: true });
    for (const name of articlesOf(next)) {
      const path = join(content, next, name);
      writeFileSync(path, readFileSync(path, "utf8").replaceAll(newest, next));
    }
    const identities = readManifest(site)!.pages;
    const { changed, modelled, parsed, bodiesRead } = rebuild();
    expect(changed).toContain(`${next}/index.html`);
    // Publishing a day reads that day's files and models that edition, and the one before it for its link to the new day.
    expect(parsed).toBe(articlesOf(next).length);
    expect(modelled).toBe(2);
    // Of the bodies, that day's alone are read: the older articles its feeds list are kept rendered in the cache.
    expect(bodiesRead).toBe(1);

    // Lists are cut from their oldest article: a list the new edition joins renders its entry page again, a page
    // for each bucket the day filled, and the archived page before them (its 上一页 moves); no other archived page.
    const rendered = Object.entries(readManifest(site)!.pages).filter(([file, id]) => identities[file] !== id).map(([file]) => file);
    const listPages = (files: string[]) => files.flatMap((file) => {
      const [, list, name] = LIST_PAGE.exec(file) ?? [];
      return list ? [{ list, entry: name === "index", known: file in identities }] : [];
    });
    const renderedLists = listPages(rendered);
    const gained = new Set(renderedLists.filter((p) => p.entry).map((p) => p.list));
    const joined = readContent(content).articles.filter((a) => a.meta.date === next);
    expect(gained.size).toBeLessThanOrEqual(2 * new Set(joined.flatMap((a) => [a.meta.section, ...a.meta.reporter.map((r) => r.name)])).size);
    for (const list of gained) {
      const again = renderedLists.filter((p) => p.list === list && !p.entry);
      // An archived page is rendered again only for the link to a page the day added after it.
      expect(again.filter((p) => p.known).length, list).toBeLessThanOrEqual(again.some((p) => !p.known) ? 1 : 0);
    }
    expect(renderedLists.filter((p) => !gained.has(p.list))).toEqual([]);
    // Not for want of archived pages: in the lists the day joined, more of them were kept than rendered again.
    const archivedBefore = listPages(Object.keys(identities)).filter((p) => !p.entry && gained.has(p.list)).length;
    const renderedAgain = renderedLists.filter((p) => !p.entry && p.known).length;
    expect(archivedBefore - renderedAgain).toBeGreaterThan(renderedAgain);
    expect(changed).toContain(`zh-hant/${next}/index.html`);
    // The oldest edition's pages show nothing of the new one.
    const oldest = editions()[0]!;
    expect(changed.filter((f) => f.startsWith(`${oldest}/`) || f.startsWith(`zh-hant/${oldest}/`))).toEqual([]);
  }, 300_000);

  it("after an article is deleted, removes its pages and it from every list", () => {
    const date = editions()[2]!;
    const name = articlesOf(date)[0]!;
    rmSync(join(content, date, name));
    expect(rebuild()).toMatchObject({ parsed: 0, modelled: 1 });
    const html = name.replace(/\.md$/, ".html");
    expect(before.has(`${date}/${html}`)).toBe(false);
    expect(before.has(`zh-hant/${date}/${html}`)).toBe(false);
  }, 300_000);

  it("after a page of an unchanged edition is removed from the site by hand, models that edition and writes it again", () => {
    const date = editions()[3]!;
    const page = `zh-hant/${date}/${articlesOf(date)[0]!.replace(/\.md$/, ".html")}`;
    rmSync(join(site, page));
    before.delete(page);
    const { modelled, parsed, changed } = rebuild();
    expect([parsed, modelled]).toEqual([0, 1]);
    expect(changed).toEqual([page]);
  }, 300_000);

  it("after site.json changes, renders every page again and keeps files that come out the same", () => {
    const settings = join(content, "site.json");
    const json = JSON.parse(readFileSync(settings, "utf8")) as { description: string; sections: string[] };
    // A new section, without articles yet: no page, no feed.
    writeFileSync(settings, JSON.stringify({ ...json, description: `${json.description}（新）`, sections: [...json.sections, NEW_SECTION] }, null, 2));
    const { rendered, files, changed, modelled, workers } = rebuild();
    expect(rendered).toBe(files);
    expect(modelled).toBe(editions().length);
    expect(workers).toBe(2);
    expect(changed.some((f) => f.startsWith("assets/"))).toBe(false);
    expect(sectionFiles()).toEqual([]);
  }, 300_000);

  it("after a section gains its first article, builds its page and feeds; after it loses its last, removes them", () => {
    const date = editions().at(-1)!;
    const file = join(content, date, articlesOf(date)[0]!);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^section: .*$/m, `section: ${NEW_SECTION}`));
    rebuild();
    expect(sectionFiles()).toEqual(["sections/fu-kan/feed.json", "sections/fu-kan/feed.xml", "sections/fu-kan/index.html", "zh-hant/sections/fu-kan/feed.json", "zh-hant/sections/fu-kan/feed.xml", "zh-hant/sections/fu-kan/index.html"]);
    expect(readFileSync(join(site, "sections/index.html"), "utf8")).toContain('href="fu-kan/index.html"');
    writeFileSync(file, text);
    rebuild();
    expect(sectionFiles()).toEqual([]);
    expect(readFileSync(join(site, "sections/index.html"), "utf8")).not.toContain("fu-kan");
    expect(readFileSync(join(site, "sitemaps/pages.xml"), "utf8")).not.toContain("fu-kan");
  }, 300_000);
});
