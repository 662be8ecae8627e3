/**
 * What every page is made from besides its own data in the model: the templates,
 * the code that renders them, the installed packages, Node, and the content
 * folder's site-wide files (site.json, the OpenCC overrides). When any of them
 * changes, an incremental build renders every page again.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { OVERRIDES_FILE, SETTINGS_FILE } from "../site/content.ts";

/**
 * Under the project folder: what renders the site and its search index, the Traditional edition's phrase
 * data (src/site/traditional/) included, and the splitter's decoder, which reads the override list. Not the
 * benchmark, the rest of the splitter or the command lines under src/, whose changes leave every page as it was.
 */
const PROJECT_INPUTS = ["templates", "src/article", "src/build", "src/eleventy", "src/plan", "src/pdf", "src/search", "src/site", "src/split/decode.ts", "package-lock.json"];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One digest of everything outside the model that the pages depend on. */
export function environmentDigest(projectDir: string, contentDir: string): string {
  const hash = createHash("sha1").update(process.version);
  const inputs = [...PROJECT_INPUTS.map((p) => [projectDir, p]), [contentDir, SETTINGS_FILE], [contentDir, OVERRIDES_FILE]] as const;
  for (const [dir, name] of inputs) {
    for (const file of filesUnder(join(dir, name))) hash.update(`\u0000${relative(dir, file)}\u0000`).update(readFileSync(file));
  }
  return hash.digest("base64url");
}
