/** The splitter's rate on the bundled page, measured in-process on its pure pipeline. */
import { existsSync } from "node:fs";
import { join } from "node:path";

export async function splitterRate(repo: string): Promise<{ pagesPerSecond: number } | { error: string }> {
  if (!existsSync(join(repo, "src/split"))) return { error: "the splitter (src/split/) is not on this branch yet" };
  return { error: "not measured yet" };
}
