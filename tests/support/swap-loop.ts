/**
 * A build's last steps, over and over, for a test to kill at random moments: a new front
 * page (both scripts) and a page of its own staged, moved into the site in place at
 * `argv[2]` with its manifest, the last loop's page removed, as src/build/site-build.ts
 * does. A swap a killed loop left is finished first. Prints "ready" before the first
 * swap and "swapped" after each.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { manifestPath, stageManifest } from "../../src/build/manifest.ts";
import { cleanStaleStaging, filesUnder, stagingFolder } from "../../src/build/staging.ts";
import { finishInterruptedSwap, movesOf, swapInPlace } from "../../src/build/swap.ts";

const output = process.argv[2]!;
finishInterruptedSwap(output, manifestPath(output));
cleanStaleStaging(output);
console.log("ready");
for (let n = 1; ; n++) {
  const staging = stagingFolder(output);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, "zh-hant"), { recursive: true });
  mkdirSync(join(staging, "loop"), { recursive: true });
  for (const front of ["index.html", "zh-hant/index.html"]) writeFileSync(join(staging, front), `swap ${process.pid} ${n}`);
  writeFileSync(join(staging, `loop/${n}.html`), `swap ${process.pid} ${n}`);
  const manifest = stageManifest(output, { environment: "", pages: {}, search: {}, stamps: {}, editions: {}, files: [] });
  swapInPlace(output, staging, { moves: movesOf(output, staging, filesUnder(staging)), removals: n > 1 ? [`loop/${n - 1}.html`] : [] }, manifest);
  console.log("swapped");
}
