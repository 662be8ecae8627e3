import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/bench/archive-files.ts";
import { buildSite, listFiles, page, ROOT, tempDir } from "../support/site.ts";

// A few hundred generated articles over about ten editions: the generator's
// output must stay something the real build accepts and renders in full.
const archive = join(tempDir("bench-archive"), "content");
const files = buildArchive(ROOT, archive, 300);
const site = buildSite(archive, "bench-site");
const built = new Set(listFiles(site));
const editions = [...new Set(files.map((f) => f.path.slice(0, 10)))].sort();

describe("a generated archive, built", () => {
  it("has every article's page in both scripts", () => {
    for (const file of files) {
      const html = file.path.replace(/\.md$/, ".html");
      expect(built.has(html), html).toBe(true);
      expect(built.has(`zh-hant/${html}`), `zh-hant/${html}`).toBe(true);
    }
  });

  it("has a page per edition in both scripts, each listing exactly that day's articles", () => {
    expect(editions.length).toBeGreaterThanOrEqual(5);
    for (const date of editions) {
      expect(built.has(`zh-hant/${date}/index.html`), date).toBe(true);
      const $ = page(site, `${date}/index.html`);
      const linked = new Set($("main a[href$='.html']").map((_, a) => $(a).attr("href")!.replace(/^.*\//, "")).get());
      const expected = files.filter((f) => f.path.startsWith(date)).map((f) => f.path.slice(11).replace(/\.md$/, ".html"));
      for (const slug of expected) expect(linked.has(slug), `${date} lists ${slug}`).toBe(true);
    }
  });

  it("puts the newest edition on the front page and every edition in the archive", () => {
    const newest = editions.at(-1)!;
    const front = readFileSync(join(site, "index.html"), "utf8");
    const title = /^title: (.*)$/m.exec(files.find((f) => f.path.startsWith(newest))!.text)![1]!.replace(/^["']|["']$/g, "");
    expect(front).toContain(title);
    const archivePage = readFileSync(join(site, "archive/index.html"), "utf8");
    for (const date of editions) expect(archivePage, date).toContain(`${date}/index.html`);
  });
});
