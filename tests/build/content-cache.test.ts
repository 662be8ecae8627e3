import { copyFileSync, cpSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentCache } from "../../src/build/content-cache.ts";
import { readContent } from "../../src/site/content.ts";
import { headlineHtml } from "../../src/site/headline.ts";
import { ModelMemo } from "../../src/site/memo.ts";
import { paperFrom } from "../../src/site/model.ts";
import { FIXTURE_ARCHIVE, tempDir } from "../support/site.ts";

/** The build's cache of `content` kept in `root`, with a memo of its own, as each build has. */
const cacheAt = (root: string, content: string, environment: string, options?: { fresh?: boolean; editionsHeld?: number }) => new ContentCache(root, content, environment, new ModelMemo(), options);

/** Reads `content` through a cache kept in `root`, as the build does. */
function read(root: string, content: string, environment: string): void {
  const cache = cacheAt(root, content, environment);
  readContent(content, { cache: cache.articles });
  cache.saveParses();
}

/** A copy of the fixture archive to edit, and a folder for its cache. */
function copiedArchive(name: string): { content: string; root: string } {
  const dir = tempDir(name);
  cpSync(FIXTURE_ARCHIVE, join(dir, "content"), { recursive: true });
  return { content: join(dir, "content"), root: join(dir, "cache") };
}

/** What was read, each article by its fields (a kept article's body is read by its class's getter). */
const fields = (content: ReturnType<typeof readContent>) => ({ ...content, articles: content.articles.map(({ file, slug, meta, body }) => ({ file, slug, meta, body })) });

function articleFiles(content: string): string[] {
  return readdirSync(content).filter((d) => /^\d{4}-/.test(d)).flatMap((d) => readdirSync(join(content, d)).filter((f) => f.endsWith(".md")).map((f) => join(content, d, f)));
}

describe("the build's content cache", () => {
  it("parses only the files that changed since the last build, and reads the same content", () => {
    const { content, root } = copiedArchive("content-cache");
    const files = articleFiles(content);

    const first = cacheAt(root, content, "v1");
    readContent(content, { cache: first.articles });
    expect(first.articles.parsed.size).toBe(files.length);
    first.saveParses();

    const second = cacheAt(root, content, "v1");
    const again = readContent(content, { cache: second.articles });
    expect(second.articles.parsed.size).toBe(0);
    expect(fields(again)).toEqual(fields(readContent(content)));

    const edited = files[0]!;
    writeFileSync(edited, readFileSync(edited, "utf8").replace(/^title: .*$/m, "title: 改过的标题"));
    const gone = files[1]!;
    rmSync(gone);
    second.saveParses();
    const third = cacheAt(root, content, "v1");
    const changed = readContent(content, { cache: third.articles });
    expect([...third.articles.parsed]).toEqual([edited]);
    expect(changed.articles.find((a) => edited.endsWith(a.file.replace(/^.*content\//, "")))?.meta.title).toBe("改过的标题");
    third.saveParses();
    // The deleted file is forgotten, not kept in its edition's cache file.
    expect([...cacheAt(root, content, "v1").articles.keys()]).not.toContain(gone);
  });

  it("reads a kept article's body only when it is asked for, and always the body of the parse it keeps", () => {
    const { content, root } = copiedArchive("content-cache-bodies");
    read(root, content, "v1");

    const fresh = readContent(content);
    const cache = cacheAt(root, content, "v1");
    const cached = readContent(content, { cache: cache.articles });
    expect(cache.articles.parsed.size).toBe(0);
    // Deserialised when a page asks for it, not with the cache.
    for (const article of cached.articles) expect(Object.hasOwn(article, "body")).toBe(false);
    expect(cached.articles.map((a) => a.body)).toEqual(fresh.articles.map((a) => a.body));

    // Saved again while the site is being built: the build goes on with the parse it read, front matter and body alike.
    const [path] = articleFiles(content).sort();
    const article = cached.articles.find((a) => path!.endsWith(a.file.replace(/^.*content\//, "")))!;
    const body = article.body;
    writeFileSync(path!, readFileSync(path!, "utf8") + "\n又一段。\n");
    expect(article.body).toBe(body);
    // The next build parses it again and writes its edition's file again; the bodies of the
    // edition's other articles are then read from the new file.
    // One edition's bodies held at a time, so the others are read from their files again.
    const nextCache = cacheAt(root, content, "v1", { editionsHeld: 1 });
    const next = readContent(content, { cache: nextCache.articles });
    expect([...nextCache.articles.parsed]).toEqual([path]);
    nextCache.saveParses();
    expect(next.articles.map((a) => a.body)).toEqual(readContent(content).articles.map((a) => a.body));
    expect(next.articles.map((a) => a.body).filter((b) => b.endsWith("又一段。"))).toHaveLength(1);
  });

  it("reads its bodies from another build's file when that build of the same folder wrote it meanwhile, and names a file changed since", () => {
    const { content, root } = copiedArchive("content-cache-two-builds");
    read(root, content, "v1");
    const fresh = readContent(content);
    const ours = readContent(content, { cache: cacheAt(root, content, "v1").articles });
    // Another build, started later, finds one file edited and writes its edition's cache file again.
    const [edited] = articleFiles(content).sort();
    writeFileSync(edited!, readFileSync(edited!, "utf8") + "\n又一段。\n");
    const theirs = cacheAt(root, content, "v1");
    readContent(content, { cache: theirs.articles });
    theirs.saveParses();
    const unchanged = (a: { file: string }) => !edited!.endsWith(a.file.replace(/^.*content\//, ""));
    expect(ours.articles.filter(unchanged).map((a) => a.body)).toEqual(fresh.articles.filter(unchanged).map((a) => a.body));
    const mine = ours.articles.find((a) => !unchanged(a))!;
    expect(() => mine.body).toThrow(`${edited} was changed while the site was being built; build again`);
  });

  it("tells a copy saved twice from a kept file as from a parsed one", () => {
    const { content, root } = copiedArchive("content-cache-copy");
    const [original] = articleFiles(content).sort();
    copyFileSync(original!, original!.replace(/\.md$/, "-copy.md"));
    const copies = (read: ReturnType<typeof readContent>) => read.errors.filter((e) => e.message.startsWith("is a copy of"));
    const first = cacheAt(root, content, "v1");
    expect(copies(readContent(content, { cache: first.articles }))).toHaveLength(1);
    first.saveParses();
    const second = cacheAt(root, content, "v1");
    const again = readContent(content, { cache: second.articles });
    expect(second.articles.parsed.size).toBe(0);
    expect(copies(again)).toEqual(copies(readContent(content)));
    expect(copies(again)).toHaveLength(1);
  });

  it("starts empty for another version of the code, or a clean build", () => {
    const { content, root } = copiedArchive("content-cache-version");
    read(root, content, "v1");
    expect(cacheAt(root, content, "v1").articles.size).toBeGreaterThan(0);
    expect(cacheAt(root, content, "v2").articles.size).toBe(0);
    read(root, content, "v2");
    expect(cacheAt(root, content, "v2", { fresh: true }).articles.size).toBe(0);
  });

  it("converts each short text once across builds", () => {
    const dir = tempDir("content-cache-conversions");
    const root = join(dir, "cache");
    let calls = 0;
    const convert = (text: string) => (calls++, `T:${text}`);
    const first = cacheAt(root, dir, "v1");
    expect(first.converter(convert)("标题")).toBe("T:标题");
    expect(first.converter(convert)("标题", { kept: ["聊城"] })).toBe("T:标题");
    first.save();
    const second = cacheAt(root, dir, "v1");
    expect(second.converter(convert)("标题")).toBe("T:标题");
    expect(second.converter(convert)("标题", { kept: ["聊城"] })).toBe("T:标题");
    expect(calls).toBe(2);
  });

  it("keeps the conversions of texts a build did not show, for the day their pages are rendered again", () => {
    const dir = tempDir("content-cache-conversions-kept");
    const root = join(dir, "cache");
    let calls = 0;
    const convert = (text: string) => (calls++, `T:${text}`);
    const first = cacheAt(root, dir, "v1");
    first.converter(convert)("旧标题");
    first.save();
    // A day's build renders only the new day's pages: it converts their texts alone.
    const day = cacheAt(root, dir, "v1");
    day.converter(convert)("新标题");
    day.save();
    const later = cacheAt(root, dir, "v1");
    expect(later.converter(convert)("旧标题")).toBe("T:旧标题");
    expect(calls).toBe(2);
  });

  it("keeps the headlines' HTML for the next build of the same code, not for other code", () => {
    const { content, root } = copiedArchive("content-cache-headlines");
    const title = `聊城市${Date.now()}次全体会议召开`;
    // Each build has a memo of its own, filled from the cache.
    const first = cacheAt(root, content, "v1");
    const html = headlineHtml(title, first.memo);
    expect(html).toContain("<wbr>");
    first.save();
    expect(cacheAt(root, content, "v1").memo.headlines.get(title)).toBe(html);
    expect(cacheAt(root, content, "v2").memo.headlines.has(title)).toBe(false);
  });

  it("keeps the reporters' names in pinyin for the next build, which names their pages by them", () => {
    const { content, root } = copiedArchive("content-cache-slugs");
    const first = cacheAt(root, content, "v1");
    const reporters = (memo: ModelMemo) => paperFrom(readContent(content), { memo }).pages.reporter.map((p) => p.path);
    expect(reporters(first.memo).length).toBeGreaterThan(0);
    expect(first.memo.slugs.size).toBeGreaterThan(0);
    first.save();
    const next = cacheAt(root, content, "v1");
    expect(next.memo.slugs).toEqual(first.memo.slugs);
    const [name, slug] = [...next.memo.slugs][0]!;
    next.memo.slugs.set(name, `${slug}-kept`);
    expect(reporters(next.memo)).toContain(reporters(first.memo).find((path) => path.includes(`/${slug}/`))!.replace(`/${slug}/`, `/${slug}-kept/`));
  });

  it("keeps what the model worked out of an article parsed again, for the next build", () => {
    const { content, root } = copiedArchive("content-cache-facts");
    /** A build's reading and model; how many articles it had to work out again. */
    const build = () => {
      const cache = cacheAt(root, content, "v1");
      const read = readContent(content, { cache: cache.articles, memo: cache.memo });
      cache.saveParses(read.articles);
      const unknown = read.articles.filter((a) => !cache.memo.facts.has(a)).length;
      paperFrom(read, { memo: cache.memo });
      cache.save();
      return unknown;
    };
    expect(build()).toBe(articleFiles(content).length);
    expect(build()).toBe(0);
    const [edited] = articleFiles(content).sort();
    writeFileSync(edited!, readFileSync(edited!, "utf8").replace(/^title: (.*)$/m, "title: $1（更正）"));
    expect(build()).toBe(1);
    expect(build()).toBe(0);
  });
});
