/** The Nu HTML Checker (npm vnu-jar, run with the machine's Java). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./site.ts";

/** vnu's error lines for every HTML file under `dir` (empty when all are valid). */
export function vnuErrors(dir: string): string[] {
  const jar = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
  const result = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", dir], { encoding: "utf8" });
  if (result.error) throw new Error(`could not run java for vnu: ${result.error.message}; install Java (apt-get install -y default-jre-headless)`);
  return result.stderr.split("\n").filter((line) => line.trim());
}
