/**
 * A build's last steps, over and over, for a test to kill at random moments: the site in
 * place at `argv[2]` staged again (hard links, a new front page), then swapped in with
 * its manifest, as src/build/site-build.ts does. Prints "ready" before the first swap
 * and "swapped" after each.
 */
import { linkSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { swapWithManifest } from "../../src/build/manifest.ts";
import { cleanStaleStaging, filesUnder, stagingFolder, swapIn } from "../../src/build/staging.ts";

const output = process.argv[2]!;
cleanStaleStaging(output);
const files = filesUnder(output);
console.log("ready");
for (let n = 1; ; n++) {
  const staging = stagingFolder(output);
  rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    if (file !== "index.html") linkSync(join(output, file), join(staging, file));
  }
  writeFileSync(join(staging, "index.html"), `swap ${process.pid} ${n}`);
  swapWithManifest(output, staging, { environment: "", pages: {}, search: {}, stamps: {}, editions: {} }, () => swapIn(staging, output));
  console.log("swapped");
}
