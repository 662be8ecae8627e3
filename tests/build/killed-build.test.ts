import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_ARCHIVE, listFiles, ROOT, runBuild, tempDir } from "../support/site.ts";

const snapshot = (site: string) => new Map(listFiles(site).map((f) => [f, readFileSync(join(site, f), "utf8")]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
});
