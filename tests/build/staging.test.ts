import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanStaleStaging, keepIdentical, linkFilesAhead } from "../../src/build/staging.ts";
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
