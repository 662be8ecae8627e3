import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { FIXTURE_ARCHIVE, listFiles, ROOT, runBuild, tempDir } from "../support/site.ts";

const snapshot = (site: string) => new Map(listFiles(site).map((f) => [f, readFileSync(join(site, f), "utf8")]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a build leaves beside the site once its background removals are done, but the site and its manifest. */
async function settled(dir: string): Promise<string[]> {
  const extra = () => readdirSync(dir).filter((name) => name.startsWith("_site") && !["_site", "_site.manifest.json"].includes(name));
  for (let waited = 0; extra().length && waited < 10_000; waited += 100) await sleep(100);
  return extra();
}

/**
 * Looks at the site at `site` as a reader's server would, as fast as it can on a thread
 * of its own while `watching` is set: reads the front page at every turn (whole: the
 * first build's, or a swap's), looks for every file of `files` at every thousandth.
 * Ends with what it missed, what it read torn, and how often it looked.
 */
const WATCHER = `
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { parentPort, workerData: { site, files, state, front } } = require("node:worker_threads");
const flag = new Int32Array(state);
const missed = new Set();
const torn = new Set();
let looks = 0;
for (;;) {
  const now = Atomics.load(flag, 0);
  if (now === 2) break;
  if (now === 0) {
    Atomics.wait(flag, 0, 0);
    continue;
  }
  looks++;
  for (const file of looks % 1000 ? ["index.html"] : files) if (!existsSync(join(site, file))) missed.add(file);
  try {
    const text = readFileSync(join(site, "index.html"), "utf8");
    if (text !== front && !/^swap \\d+ \\d+$/.test(text)) torn.add(text.slice(0, 40));
  } catch {
    missed.add("index.html");
  }
}
parentPort.postMessage({ looks, missed: [...missed], torn: [...torn] });
`;

describe("a build killed partway", () => {
  it("leaves the previous site in place and whole, and the next build succeeds and clears its leftovers", async () => {
    const dir = tempDir("killed");
    const content = join(dir, "content");
    const site = join(dir, "_site");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    expect(runBuild(content, site).status).toBe(0);
    const before = snapshot(site);

    // Every page changes, so the killed build was writing many of them.
    const settings = join(content, "site.json");
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/"description": "/, '"description": "新'));
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--content", content, "--output", site], { cwd: ROOT, detached: true, stdio: "ignore" });
    const staging = join(dir, `_site.tmp-${child.pid}`);
    // Killed once it has written into its staging folder.
    for (let waited = 0; !(existsSync(staging) && listFiles(staging).some((f) => f.endsWith(".html"))); waited += 20) {
      if (waited > 60_000) throw new Error("the build never started writing");
      await sleep(20);
    }
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    expect(snapshot(site)).toEqual(before);
    const result = runBuild(content, site);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain("新");
    // The killed build's staging folder, and the replaced site, are removed in the background.
    const leftovers = () => readdirSync(dir).filter((name) => name.includes(".tmp-"));
    for (let waited = 0; leftovers().length && waited < 10_000; waited += 100) await sleep(100);
    expect(leftovers()).toEqual([]);
  }, 300_000);

  it("never leaves a file of the site missing or torn when killed during its swap, 20 times at random moments; the next build finishes it, as a clean build", async () => {
    const dir = tempDir("killed-swap");
    const [content, site] = [join(dir, "content"), join(dir, "_site")];
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    expect(runBuild(content, site).status).toBe(0);
    const files = listFiles(site);
    expect(files).toEqual(expect.arrayContaining(["index.html", "404.html", "search-index/index.json"]));
    const state = new SharedArrayBuffer(4);
    const flag = new Int32Array(state);
    const watcher = new Worker(WATCHER, { eval: true, workerData: { site, files, state, front: readFileSync(join(site, "index.html"), "utf8") } });
    const seen = new Promise<{ looks: number; missed: string[]; torn: string[] }>((resolve) => watcher.once("message", resolve));
    let swaps = 0;
    for (let run = 0; run < 20; run++) {
      const child = spawn(process.execPath, ["--import", "tsx", "tests/support/swap-loop.ts", site], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
      const said = (word: string) => new Promise<void>((resolve) => child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes(word) && resolve()));
      // Watched from its first swap on (not while it loads), and killed at a random moment after it.
      await said("ready");
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await said("swapped");
      await sleep(Math.random() * 200);
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      Atomics.store(flag, 0, 0);
      // The front page names the swap that put it in place (tests/support/swap-loop.ts).
      swaps += Number(new RegExp(`^swap ${child.pid} (\\d+)$`).exec(readFileSync(join(site, "index.html"), "utf8"))?.[1] ?? 0);
    }
    Atomics.store(flag, 0, 2);
    Atomics.notify(flag, 0);
    const { looks, missed, torn } = await seen;
    expect(missed).toEqual([]);
    expect(torn).toEqual([]);
    // Killed 20 times, each after one swap or more, looked at all the while.
    expect(swaps).toBeGreaterThanOrEqual(20);
    expect(looks).toBeGreaterThan(swaps * 10);
    const result = runBuild(content, site);
    expect(result.status, result.stderr).toBe(0);
    const clean = join(tempDir("killed-swap-clean"), "_site");
    expect(runBuild(content, clean, ["--clean"]).status).toBe(0);
    expect(snapshot(site)).toEqual(snapshot(clean));
    rmSync(clean, { recursive: true });
    expect(await settled(dir)).toEqual([]);
  }, 120_000);

  it("killed after its journal was written: the next build finishes its moves first, says so in one line, and comes out as a clean build", async () => {
    const dir = tempDir("killed-journal");
    const [content, site] = [join(dir, "content"), join(dir, "_site")];
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    expect(runBuild(content, site).status).toBe(0);
    // What a build killed after its journal leaves: a staged front page not yet moved, the journal naming it.
    const staging = join(dir, "_site.tmp-4194305");
    mkdirSync(staging);
    writeFileSync(join(staging, "index.html"), "半");
    writeFileSync(`${site}.journal.json`, JSON.stringify({ staging, moves: ["index.html"], removals: [] }));
    const result = runBuild(content, site);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("finished putting in place a build stopped midway: 1 files moved, 0 removed");
    expect(existsSync(`${site}.journal.json`)).toBe(false);
    const clean = join(tempDir("killed-journal-clean"), "_site");
    expect(runBuild(content, clean, ["--clean"]).status).toBe(0);
    expect(snapshot(site)).toEqual(snapshot(clean));
    expect(await settled(dir)).toEqual([]);
  }, 300_000);
});
