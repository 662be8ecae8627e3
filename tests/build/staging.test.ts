import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanStaleStaging, filesUnder, linkFilesAhead, stagingFolder } from "../../src/build/staging.ts";
import { movesOf } from "../../src/build/swap.ts";
import { tempDir } from "../support/site.ts";

/** A process id no process has: above Linux's largest (2^22). */
const GONE = 4_194_305;

describe("staging", () => {
  const site = (dir: string, text: string) => {
    mkdirSync(join(dir, "search-index"), { recursive: true });
    writeFileSync(join(dir, "index.html"), text);
    writeFileSync(join(dir, "search-index/index.json"), text);
  };
  /** Waits for the background removal of what `gone` names. */
  const removed = async (...gone: string[]) => {
    for (let waited = 0; gone.some((path) => existsSync(path)) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    return gone.filter((path) => existsSync(path));
  };

  it("after builds that were killed: removes dead builds' staging folders, and beside a site of an earlier release (a link to a version) the versions it does not link", async () => {
    const output = join(tempDir("staging"), "_site");
    for (const [n, text] of [[1, "一"], [2, "二"], [3, "三"]] as const) site(`${output}.v-${n}`, text);
    symlinkSync("_site.v-2", output);
    site(`${output}.tmp-${GONE}`, "半");
    site(stagingFolder(output), "在建");
    cleanStaleStaging(output);
    expect(await removed(`${output}.v-1`, `${output}.v-3`, `${output}.tmp-${GONE}`)).toEqual([]);
    expect(readdirSync(join(output, "..")).sort()).toEqual(["_site", "_site.tmp-" + process.pid, "_site.v-2"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("二");
  });

  it("links whole folders of files, leaving out one that is missing", async () => {
    const dir = tempDir("staging");
    const [output, other] = [join(dir, "_site"), join(dir, "other")];
    mkdirSync(join(output, "search-index/2022"), { recursive: true });
    writeFileSync(join(output, "search-index/2022/segment.json"), "旧");
    writeFileSync(join(output, "index.html"), "旧");
    expect(await linkFilesAhead(output, other, [], ["search-index", "nowhere"])).toEqual(new Set());
    expect(statSync(join(other, "search-index/2022/segment.json")).ino).toBe(statSync(join(output, "search-index/2022/segment.json")).ino);
    expect(existsSync(join(other, "index.html"))).toBe(false);
  });

  it("moves only the staged files whose bytes differ from the site's, new files first, the search index's manifest last", () => {
    const dir = tempDir("staging");
    const [old, fresh] = [join(dir, "old"), join(dir, "new")];
    const files = { "index.html": ["旧", "新"], "2023-12-14/same.html": ["同", "同"], "2023-12-14/changed.html": ["旧", "新"], "2023-12-15/new.html": [undefined, "新"], "search-index/index.json": ["旧", "新"], "search-index/2023-12/terms/0.json": ["旧", "新"] };
    for (const [file, [before, after]] of Object.entries(files)) {
      for (const [root, text] of [[old, before], [fresh, after]] as const) {
        if (text === undefined) continue;
        mkdirSync(join(root, file, ".."), { recursive: true });
        writeFileSync(join(root, file), text);
      }
    }
    expect(movesOf(old, fresh, filesUnder(fresh))).toEqual(["2023-12-15/new.html", "2023-12-14/changed.html", "index.html", "search-index/2023-12/terms/0.json", "search-index/index.json"]);
  });
});
