/**
 * The swap one filesystem step at a time: after every rename, link or removal it makes,
 * the output is a whole site, the old one or the new, as a reader's server sees it.
 * (tests/build/killed-build.test.ts kills it at random moments instead.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { swapWithManifest } from "../../src/build/manifest.ts";
import { stagingFolder, swapIn } from "../../src/build/staging.ts";
import { tempDir } from "../support/site.ts";

const step = vi.hoisted(() => ({
  after: undefined as ((what: string) => void) | undefined,
  /** An error for the step about to be made, as the disk would give it. */
  fails: undefined as ((name: string, path: string) => Error | undefined) | undefined,
}));

vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const watched = <F extends (...args: never[]) => unknown>(name: string, f: F) =>
    ((...args: Parameters<F>) => {
      const error = step.fails?.(name, String(args[args.length > 1 && name === "rename" ? 1 : 0]));
      if (error) throw error;
      const result = f(...args);
      step.after?.(`${name} ${String(args[0])}`);
      return result;
    }) as unknown as F;
  const steps = { renameSync: watched("rename", fs.renameSync), symlinkSync: watched("symlink", fs.symlinkSync), rmSync: watched("rm", fs.rmSync), unlinkSync: watched("unlink", fs.unlinkSync), writeFileSync: watched("write", fs.writeFileSync) };
  return { ...fs, ...steps, default: { ...fs, ...steps } };
});

const FILES = ["index.html", "404.html", "search-index/index.json", "search-index/2023-12/segment.json"];

function stage(dir: string, text: string): void {
  for (const file of FILES) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

describe("the swap, step by step", () => {
  it("leaves a whole site in place after every step, the old one until the new one", () => {
    const output = join(tempDir("swap-steps"), "_site");
    stage(stagingFolder(output), "旧");
    swapIn(stagingFolder(output), output);
    stage(stagingFolder(output), "新");
    const seen: string[] = [];
    const broken: string[] = [];
    step.after = (what) => {
      const missing = FILES.filter((file) => !existsSync(join(output, file)));
      const front = missing.includes("index.html") ? "" : readFileSync(join(output, "index.html"), "utf8");
      seen.push(front);
      if (missing.length || FILES.some((file) => readFileSync(join(output, file), "utf8") !== front)) broken.push(`after ${what}: ${missing.length ? `missing ${missing.join(", ")}` : "a mixed site"}`);
    };
    try {
      swapWithManifest(output, stagingFolder(output), { environment: "", pages: {}, search: {}, stamps: {}, editions: {} }, () => swapIn(stagingFolder(output), output));
    } finally {
      step.after = undefined;
    }
    expect(broken).toEqual([]);
    expect(seen[0]).toBe("旧");
    expect(seen.at(-1)).toBe("新");
  });

  /** A site in place and one staged, then the swap with its manifest, failing where `fails` says. */
  function failedSwap(fails: (name: string, path: string) => Error | undefined): { output: string; error: unknown } {
    const output = join(tempDir("swap-steps"), "_site");
    stage(stagingFolder(output), "旧");
    swapWithManifest(output, stagingFolder(output), { environment: "旧", pages: {}, search: {}, stamps: {}, editions: {} }, () => swapIn(stagingFolder(output), output));
    stage(stagingFolder(output), "新");
    step.fails = fails;
    try {
      swapWithManifest(output, stagingFolder(output), { environment: "新", pages: {}, search: {}, stamps: {}, editions: {} }, () => swapIn(stagingFolder(output), output));
      return { output, error: undefined };
    } catch (error) {
      return { output, error };
    } finally {
      step.fails = undefined;
    }
  }
  const disk = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

  it("when the link cannot be put in place (EBUSY), leaves the old site and its manifest, and the staged site where the build removes it", () => {
    const { output, error } = failedSwap((name, path) => (name === "rename" && path.endsWith("_site") ? disk("EBUSY") : undefined));
    expect((error as { code?: string }).code).toBe("EBUSY");
    expect(FILES.map((file) => readFileSync(join(output, file), "utf8"))).toEqual(FILES.map(() => "旧"));
    expect(readFileSync(`${output}.manifest.json`, "utf8")).toContain('"environment":"旧"');
    expect(readdirSync(join(output, "..")).sort()).toEqual(["_site", "_site.manifest.json", "_site.tmp-" + process.pid, "_site.v-1"]);
  });

  it("when the manifest cannot be written (ENOSPC), swaps nothing and leaves no manifest of its own", () => {
    const { output, error } = failedSwap((name, path) => (name === "write" && path.endsWith(".manifest.json.tmp") ? disk("ENOSPC") : undefined));
    expect((error as { code?: string }).code).toBe("ENOSPC");
    expect(readlinkSync(output)).toBe("_site.v-1");
    expect(readFileSync(`${output}.manifest.json`, "utf8")).toContain('"environment":"旧"');
    expect(existsSync(`${output}.manifest.json.tmp`)).toBe(false);
  });
});
