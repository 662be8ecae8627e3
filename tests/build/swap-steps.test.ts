/**
 * The swap one filesystem step at a time: after every rename, removal or write it makes,
 * each file of the site is whole, the old version or the new, a file both versions have
 * is there, and no page links to a file not yet in place. A swap stopped at any step is
 * finished by the next build, from its journal.
 * (tests/build/killed-build.test.ts kills it at random moments instead.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { manifestPath, stageManifest } from "../../src/build/manifest.ts";
import { filesUnder, stagingFolder } from "../../src/build/staging.ts";
import { finishInterruptedSwap, journalPath, movesOf, swapInPlace } from "../../src/build/swap.ts";
import { tempDir } from "../support/site.ts";

const step = vi.hoisted(() => ({
  after: undefined as ((what: string) => void) | undefined,
  /** An error for the step about to be made, as a kill would stop it there. */
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
  const steps = { renameSync: watched("rename", fs.renameSync), rmSync: watched("rm", fs.rmSync), rmdirSync: watched("rmdir", fs.rmdirSync), writeFileSync: watched("write", fs.writeFileSync) };
  return { ...fs, ...steps, default: { ...fs, ...steps } };
});

/** The site before: a front page linking to the edition's page, which the new site removes. */
const OLD: Record<string, string> = {
  "index.html": "旧 2023-12-14/a.html 2023-12-14/gone.html",
  "2023-12-14/a.html": "旧",
  "2023-12-14/gone.html": "旧",
  "2023-12-13/kept.html": "留",
  "search-index/index.json": "旧 2023-12",
  "search-index/2023-12/terms/0.json": "旧",
};
/** The site after: a new edition the front page and the search index name, a changed page. */
const NEW: Record<string, string> = {
  "index.html": "新 2023-12-14/a.html 2023-12-15/b.html",
  "2023-12-14/a.html": "新",
  "2023-12-15/b.html": "新",
  "2023-12-13/kept.html": "留",
  "search-index/index.json": "新 2023-12",
  "search-index/2023-12/terms/0.json": "新",
  "search-index/2023-12/terms/1.json": "新",
};

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

/** The old site in place with its manifest, and the new one staged (the kept page left out, as a build does). */
function setUp(): { output: string; staging: string; swap: () => void } {
  const output = join(tempDir("swap-steps"), "_site");
  write(output, OLD);
  const staging = stagingFolder(output);
  write(staging, Object.fromEntries(Object.entries(NEW).filter(([file]) => !file.includes("kept"))));
  writeFileSync(manifestPath(output), "旧");
  const swap = () => {
    const manifest = stageManifest(output, { environment: "新", pages: {}, search: {}, stamps: {}, editions: {}, files: [] });
    swapInPlace(output, staging, { moves: movesOf(output, staging, filesUnder(staging)), removals: ["2023-12-14/gone.html"] }, manifest);
  };
  return { output, staging, swap };
}

describe("the swap, step by step", () => {
  it("leaves every file whole and every link whole after every step, and the new site at the end", () => {
    const { output, swap } = setUp();
    const broken: string[] = [];
    step.after = (what) => {
      for (const [file, text] of Object.entries({ ...OLD, ...NEW })) {
        const now = read(join(output, file));
        // Whole: one version's bytes; and a file both versions have is never missing.
        if (now !== undefined && now !== OLD[file] && now !== NEW[file]) broken.push(`after ${what}: ${file} is neither version`);
        if (now === undefined && file in OLD && file in NEW) broken.push(`after ${what}: ${file} missing`);
        // Every file a page names is there.
        for (const link of (now ?? "").split(" ").slice(1)) if (!existsSync(join(output, file.startsWith("search-index") ? "search-index" : "", link))) broken.push(`after ${what}: ${file} links to ${link}, not there (${text})`);
      }
      // The changed page before the front page that shows it.
      if (read(join(output, "index.html"))?.startsWith("新") && read(join(output, "2023-12-14/a.html")) !== "新") broken.push(`after ${what}: the new front page before the page it shows`);
    };
    try {
      swap();
    } finally {
      step.after = undefined;
    }
    expect(broken).toEqual([]);
    expect(Object.fromEntries(filesUnder(output).map((file) => [file, read(join(output, file))]))).toEqual(NEW);
    expect(read(manifestPath(output))).toContain('"environment":"新"');
    expect(existsSync(journalPath(output))).toBe(false);
  });

  it("when stopped at any step after its journal, is finished by the next build, which says so: the new site and its manifest", () => {
    // Every step a swap makes, counted on one swap; then each stopped in turn.
    const first = setUp();
    const steps: string[] = [];
    // A folder not emptied is passed over (rmdir fails): stopping there is no stop.
    step.fails = (name, path) => void (name !== "rmdir" && steps.push(`${name} ${path}`));
    try {
      first.swap();
    } finally {
      step.fails = undefined;
    }
    const journal = journalPath(first.output);
    const [written, removed] = [steps.indexOf(`rename ${journal}`), steps.indexOf(`rm ${journal}`)];
    expect(written).toBeGreaterThan(0);
    // Stopped at the journal's removal or before: after it, only the staging folder is left, which the next build removes.
    for (let stop = written + 1; stop <= removed; stop++) {
      const { output, staging, swap } = setUp();
      let made = 0;
      step.fails = (name) => (name !== "rmdir" && made++ === stop ? Object.assign(new Error("killed"), { code: "EINTR" }) : undefined);
      try {
        expect(swap).toThrow("killed");
      } finally {
        step.fails = undefined;
      }
      const said = finishInterruptedSwap(output, manifestPath(output));
      expect(said, `stopped at step ${stop}`).toMatch(/^finished putting in place a build stopped midway: 6 files moved, 1 removed$/);
      expect(Object.fromEntries(filesUnder(output).map((file) => [file, read(join(output, file))])), `stopped at step ${stop}`).toEqual(NEW);
      expect(read(manifestPath(output))).toContain('"environment":"新"');
      expect(existsSync(staging) || existsSync(journalPath(output))).toBe(false);
      expect(finishInterruptedSwap(output, manifestPath(output))).toBeUndefined();
    }
  });

  it("when stopped before its journal, leaves the old site and its manifest, and nothing for the next build to finish", () => {
    const { output, swap } = setUp();
    step.fails = (name, path) => (name === "rename" && path.endsWith(".journal.json") ? Object.assign(new Error("killed"), { code: "EINTR" }) : undefined);
    try {
      expect(swap).toThrow("killed");
    } finally {
      step.fails = undefined;
    }
    expect(finishInterruptedSwap(output, manifestPath(output))).toBeUndefined();
    expect(Object.fromEntries(filesUnder(output).map((file) => [file, read(join(output, file))]))).toEqual(OLD);
    expect(read(manifestPath(output))).toBe("旧");
    expect(readdirSync(join(output, "..")).filter((name) => name.includes("journal"))).toEqual(["_site.journal.json.tmp"]);
  });
});
