import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanStaleStaging, keepIdentical, linkFilesAhead, swapIn } from "../../src/build/staging.ts";
import { tempDir } from "../support/site.ts";

/** A process id no process has: above Linux's largest (2^22). */
const GONE = 4_194_305;

describe("staging", () => {
  it("puts back a site that a build killed in the middle of its swap had moved aside", () => {
    const dir = tempDir("staging");
    const output = join(dir, "_site");
    mkdirSync(`${output}.tmp-${GONE}-old`);
    writeFileSync(join(`${output}.tmp-${GONE}-old`, "index.html"), "旧");
    cleanStaleStaging(output);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("旧");
    expect(existsSync(`${output}.tmp-${GONE}-old`)).toBe(false);
  });

  /** A site in place with two search segments, and a staged one holding neither: the build borrows `2022` whole. */
  function sites() {
    const dir = tempDir("staging");
    const output = join(dir, "_site");
    const staging = `${output}.tmp-${GONE}`;
    for (const segment of ["2022", "2023-12"]) {
      mkdirSync(join(output, "search-index", segment), { recursive: true });
      writeFileSync(join(output, "search-index", segment, "segment.json"), `旧 ${segment}`);
    }
    writeFileSync(join(output, "index.html"), "旧");
    mkdirSync(join(staging, "search-index/2023-12"), { recursive: true });
    writeFileSync(join(staging, "search-index/2023-12/segment.json"), "新 2023-12");
    writeFileSync(join(staging, "index.html"), "新");
    return { output, staging };
  }

  it("moves folders kept whole from the site in place into the new one as it swaps it in", () => {
    const { output, staging } = sites();
    const inode = statSync(join(output, "search-index/2022/segment.json")).ino;
    swapIn(staging, output, ["search-index/2022"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("新");
    expect(readFileSync(join(output, "search-index/2023-12/segment.json"), "utf8")).toBe("新 2023-12");
    expect(statSync(join(output, "search-index/2022/segment.json")).ino).toBe(inode);
    expect(existsSync(staging) || existsSync(`${staging}-borrowed.json`)).toBe(false);
  });

  it("puts back the folders a build killed in the middle of its swap had moved, whichever step it was killed at", () => {
    // Killed after moving the folder; then after also moving the site in place aside.
    for (const aside of [false, true]) {
      const { output, staging } = sites();
      writeFileSync(`${staging}-borrowed.json`, JSON.stringify(["search-index/2022"]));
      renameSync(join(output, "search-index/2022"), join(staging, "search-index/2022"));
      if (aside) renameSync(output, `${staging}-old`);
      cleanStaleStaging(output);
      expect(readFileSync(join(output, "index.html"), "utf8")).toBe("旧");
      expect(readdirSync(join(output, "search-index")).sort()).toEqual(["2022", "2023-12"]);
      expect(readFileSync(join(output, "search-index/2022/segment.json"), "utf8")).toBe("旧 2022");
      expect(existsSync(`${staging}-borrowed.json`)).toBe(false);
    }
  });

  it("links whole folders of files, leaving out one that is missing", async () => {
    const { output, staging } = sites();
    const other = join(staging, "..", "other");
    expect(await linkFilesAhead(output, other, [], ["search-index", "nowhere"])).toEqual(new Set());
    expect(statSync(join(other, "search-index/2022/segment.json")).ino).toBe(statSync(join(output, "search-index/2022/segment.json")).ino);
    expect(existsSync(join(other, "index.html"))).toBe(false);
  });

  it("keeps the old file, with its modification time, for a file written again with the same bytes, linking a kept one and naming one that is gone", async () => {
    const dir = tempDir("staging");
    const [old, fresh] = [join(dir, "old"), join(dir, "new")];
    for (const site of [old, fresh]) mkdirSync(join(site, "a"), { recursive: true });
    writeFileSync(join(old, "a/same.html"), "同");
    writeFileSync(join(old, "a/changed.html"), "旧");
    writeFileSync(join(old, "kept.html"), "留");
    const past = new Date("2024-01-01T00:00:00Z");
    for (const f of ["a/same.html", "a/changed.html", "kept.html"]) utimesSync(join(old, f), past, past);
    writeFileSync(join(fresh, "a/same.html"), "同");
    writeFileSync(join(fresh, "a/changed.html"), "新");
    expect(await linkFilesAhead(old, fresh, ["kept.html", "gone.html"])).toEqual(new Set(["gone.html"]));
    expect(keepIdentical(old, fresh, ["a/same.html", "a/changed.html", "kept.html"])).toBe(1);
    expect(statSync(join(fresh, "a/same.html")).mtimeMs).toBe(past.getTime());
    expect(statSync(join(fresh, "kept.html")).mtimeMs).toBe(past.getTime());
    expect(statSync(join(fresh, "a/changed.html")).mtimeMs).not.toBe(past.getTime());
    expect(readFileSync(join(fresh, "a/changed.html"), "utf8")).toBe("新");
  });
});
