import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanStaleStaging, keepIdentical, linkFilesAhead, stagingFolder, swapIn } from "../../src/build/staging.ts";
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

  it("puts a staged site in place as the next version, linked from the output, and removes the one before", async () => {
    const output = join(tempDir("staging"), "_site");
    site(stagingFolder(output), "一");
    swapIn(stagingFolder(output), output);
    expect(readlinkSync(output)).toBe("_site.v-1");
    site(stagingFolder(output), "二");
    const inode = statSync(stagingFolder(output)).ino;
    swapIn(stagingFolder(output), output);
    expect(readlinkSync(output)).toBe("_site.v-2");
    expect(statSync(output).ino).toBe(inode);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("二");
    expect(await removed(`${output}.v-1`, stagingFolder(output), `${stagingFolder(output)}-link`)).toEqual([]);
  });

  it("makes a site folder of an earlier release a version, then links the new one in its place", async () => {
    const output = join(tempDir("staging"), "_site");
    site(output, "旧");
    site(stagingFolder(output), "新");
    swapIn(stagingFolder(output), output);
    expect(readlinkSync(output)).toBe("_site.v-2");
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("新");
    expect(await removed(`${output}.v-1`)).toEqual([]);
  });

  it("after a build killed in its swap: links the newest version when no site is in place, removes older versions and dead builds' staging folders, keeps a newer version", async () => {
    const output = join(tempDir("staging"), "_site");
    for (const [n, text] of [[1, "一"], [2, "二"]] as const) site(`${output}.v-${n}`, text);
    site(`${output}.tmp-${GONE}`, "半");
    cleanStaleStaging(output);
    expect(readlinkSync(output)).toBe("_site.v-2");
    expect(await removed(`${output}.v-1`, `${output}.tmp-${GONE}`)).toEqual([]);
    site(`${output}.v-3`, "三");
    cleanStaleStaging(output);
    expect(readlinkSync(output)).toBe("_site.v-2");
    expect(readdirSync(join(output, "..")).sort()).toEqual(["_site", "_site.v-2", "_site.v-3"]);
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
