/** Building sites in tests and reading what was built. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { load, type CheerioAPI } from "cheerio";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURE_ARCHIVE = join(ROOT, "tests/fixtures/archive");
export const BUNDLED_CONTENT = join(ROOT, "content");

/** A fresh folder under tests/.tmp (gitignored), so failed runs can be inspected. */
export function tempDir(name: string): string {
  mkdirSync(join(ROOT, "tests/.tmp"), { recursive: true });
  return mkdtempSync(join(ROOT, "tests/.tmp", `${name}-`));
}

/** Replaces `from` in a file of a content folder; a test whose setup finds nothing to replace stops. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(path, changed);
}

export interface BuildResult { status: number | null; stdout: string; stderr: string }

/** Runs `npm run build` the way an editor does (same command, own process), with any further options. */
export function runBuild(content: string, output: string, options: readonly string[] = []): BuildResult {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--content", content, "--output", output, ...options], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds and fails loudly (with the build's own messages) if the build did not succeed. */
export function buildSite(content: string, name: string, options: string[] = []): string {
  const output = join(tempDir(name), "_site");
  const result = runBuild(content, output, options);
  if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.stderr}${result.stdout}`);
  return output;
}

const built = new Map<string, string>();
/** One build per content folder per test file: tests only read the result. */
export function sharedSite(content: string): string {
  let site = built.get(content);
  if (!site) built.set(content, (site = buildSite(content, "site")));
  return site;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

const cache = new Map<string, CheerioAPI>();
/** A built page, parsed (cached: pages are read by many tests). */
export function page(site: string, path: string): CheerioAPI {
  const file = join(site, path);
  let $ = cache.get(file);
  if (!$) cache.set(file, ($ = load(readFileSync(file, "utf8"))));
  return $;
}
