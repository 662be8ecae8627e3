import { cpSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ContentCache } from "../../src/build/content-cache.ts";
import { readContent } from "../../src/site/content.ts";
import { FIXTURE_ARCHIVE, tempDir } from "../support/site.ts";

/** Reads `content` through a cache kept in `root`, as the build does. */
function read(root: string, content: string, environment: string): void {
  const cache = new ContentCache(root, content, environment);
  readContent(content, { cache: cache.articles });
  cache.saveParses();
}

function articleFiles(content: string): string[] {
  return readdirSync(content).filter((d) => /^\d{4}-/.test(d)).flatMap((d) => readdirSync(join(content, d)).filter((f) => f.endsWith(".md")).map((f) => join(content, d, f)));
}

describe("the build's content cache", () => {
  it("parses only the files that changed since the last build, and reads the same content", () => {
    const dir = tempDir("content-cache");
    const content = join(dir, "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const root = join(dir, "cache");
    const files = articleFiles(content);

    const first = new ContentCache(root, content, "v1");
    readContent(content, { cache: first.articles });
    expect(first.articles.parsed.size).toBe(files.length);
    first.saveParses();

    const second = new ContentCache(root, content, "v1");
    const again = readContent(content, { cache: second.articles });
    expect(second.articles.parsed.size).toBe(0);
    expect(again).toEqual(readContent(content));

    const edited = files[0]!;
    writeFileSync(edited, readFileSync(edited, "utf8").replace(/^title: .*$/m, "title: 改过的标题"));
    const gone = files[1]!;
    rmSync(gone);
    second.saveParses();
    const third = new ContentCache(root, content, "v1");
    const changed = readContent(content, { cache: third.articles });
    expect([...third.articles.parsed]).toEqual([edited]);
    expect(changed.articles.find((a) => edited.endsWith(a.file.replace(/^.*content\//, "")))?.meta.title).toBe("改过的标题");
    third.saveParses();
    // The deleted file is forgotten, not kept in its edition's cache file.
    expect([...new ContentCache(root, content, "v1").articles.keys()]).not.toContain(gone);
  });

  it("starts empty for another version of the code, or a clean build", () => {
    const dir = tempDir("content-cache-version");
    const content = join(dir, "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const root = join(dir, "cache");
    read(root, content, "v1");
    expect(new ContentCache(root, content, "v1").articles.size).toBeGreaterThan(0);
    expect(new ContentCache(root, content, "v2").articles.size).toBe(0);
    read(root, content, "v2");
    expect(new ContentCache(root, content, "v2", { fresh: true }).articles.size).toBe(0);
  });

  it("converts each short text once across builds", () => {
    const dir = tempDir("content-cache-conversions");
    const root = join(dir, "cache");
    let calls = 0;
    const convert = (text: string) => (calls++, `T:${text}`);
    const first = new ContentCache(root, dir, "v1");
    expect(first.converter(convert)("标题")).toBe("T:标题");
    expect(first.converter(convert)("标题", ["聊城"])).toBe("T:标题");
    first.save();
    const second = new ContentCache(root, dir, "v1");
    expect(second.converter(convert)("标题")).toBe("T:标题");
    expect(second.converter(convert)("标题", ["聊城"])).toBe("T:标题");
    expect(calls).toBe(2);
  });

  it("keeps the headlines' HTML for the next build of the same code, not for other code", async () => {
    const dir = tempDir("content-cache-headlines");
    const content = join(dir, "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const root = join(dir, "cache");
    const title = `聊城市${Date.now()}次全体会议召开`;
    // Each build is a process of its own: fresh modules stand for the next one.
    const nextBuild = async (environment: string) => {
      vi.resetModules();
      const { ContentCache: Cache } = await import("../../src/build/content-cache.ts");
      const headline = await import("../../src/site/headline.ts");
      return { cache: new Cache(root, content, environment), headline };
    };
    const first = await nextBuild("v1");
    const html = first.headline.headlineHtml(title);
    expect(html).toContain("<wbr>");
    first.cache.save();
    expect((await nextBuild("v1")).headline.renderedHeadlines().get(title)).toBe(html);
    expect((await nextBuild("v2")).headline.renderedHeadlines().has(title)).toBe(false);
  });
});
