/**
 * A build writes the files it renders into a staging folder beside the site, and
 * only those: the files it keeps are never touched (their bytes and times stay).
 * The staged files are then moved into the site one by one (src/build/swap.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { Worker } from "node:worker_threads";

/** The staging folder of this process's build of `output`. */
export function stagingFolder(output: string): string {
  return join(dirname(output), `${basename(output)}.tmp-${process.pid}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `path` is there, even as a link to nothing. */
const isThere = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Deleting a site (thousands of files) takes longer than building one on a busy
 * disk, and nothing waits for it, so a detached process does it.
 */
function removeInBackground(path: string): void {
  if (!isThere(path)) return;
  const script = `require("node:fs").rmSync(${JSON.stringify(path)}, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

/**
 * What builds of `output` that were killed left: their staging folders. A site of an
 * earlier release is a link to a version folder beside it (`_site` → `_site.v-7`), and
 * builds now write into it in place: the other versions are what its killed builds left.
 */
export function cleanStaleStaging(output: string): void {
  const name = basename(output);
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  let linked: string | undefined;
  try {
    linked = readlinkSync(output);
  } catch {
    linked = undefined;
  }
  for (const other of readdirSync(parent)) {
    if (!other.startsWith(`${name}.`)) continue;
    const rest = other.slice(name.length + 1);
    // Staging folders and links; also `-old` and `-borrowed.json`, from builds of an earlier release.
    const pid = rest.startsWith("tmp-") ? /^(\d+)(?:-link|-old|-borrowed\.json)?$/.exec(rest.slice(4))?.[1] : undefined;
    const staleVersion = linked !== undefined && /^v-\d+$/.test(rest) && other !== linked;
    if ((pid && !isRunning(Number(pid))) || staleVersion) removeInBackground(join(parent, other));
  }
}

/** Every file under `dir`, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * The linking loop, in plain JavaScript so that its worker starts without a
 * TypeScript loader: one thread making synchronous links costs the build's main
 * thread nothing, where promise-based links on libuv's threads cost it a callback
 * each. Without `to` it only looks for the files.
 */
const LINKER = `
const { linkSync, mkdirSync, readdirSync, statSync } = require("node:fs");
const { dirname, join, relative } = require("node:path");
const { parentPort, workerData: { from, to, files, trees, writtenBy, others } } = require("node:worker_threads");
const missing = [];
const strays = [];
const all = writtenBy === undefined ? [...files] : files.filter((file) => {
  const stat = statSync(join(from, file), { throwIfNoEntry: false });
  if (stat && stat.mtimeMs <= writtenBy) return true;
  missing.push(file);
  return false;
});
for (const tree of trees) {
  const root = join(from, tree);
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    continue;
  }
  for (const e of entries) if (e.isFile()) all.push(join(tree, relative(root, join(e.parentPath, e.name))));
}
if (to !== undefined) {
  for (const parent of new Set(all.map((file) => dirname(join(to, file))))) mkdirSync(parent, { recursive: true });
  for (const file of all) {
    try {
      linkSync(join(from, file), join(to, file));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      missing.push(file);
    }
  }
}
if (others !== undefined) {
  // A file added to a folder or removed from it changes the folder's time: only the folders
  // changed since the build are listed (a few, not the site's thousands of files); a folder
  // not the build's is new, and listed whole.
  const known = new Set([...files, ...others]);
  const folders = new Set([""]);
  for (const file of known) {
    for (let dir = dirname(file); dir !== "." && !folders.has(dir); dir = dirname(dir)) folders.add(dir);
  }
  const unknown = (dir) => {
    for (const e of readdirSync(join(from, dir), { recursive: true, withFileTypes: true })) {
      if (e.isFile()) strays.push(relative(from, join(e.parentPath, e.name)));
    }
  };
  for (const dir of folders) {
    if (dir === "search-index" || dir.startsWith("search-index/")) continue;
    const stat = statSync(join(from, dir), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs <= writtenBy) continue;
    for (const e of readdirSync(join(from, dir), { withFileTypes: true })) {
      const file = dir ? join(dir, e.name) : e.name;
      if (e.isFile() && !known.has(file)) strays.push(file);
      else if (e.isDirectory() && !folders.has(file) && file !== "search-index") unknown(file);
    }
  }
}
parentPort.postMessage({ missing, strays });
`;

/** What LINKER found: the files missing, and (given `others`) the files of `from` it was not told of. */
interface Found {
  missing: Set<string>;
  strays: string[];
}

/** Runs LINKER on a worker thread. */
function runLinker(workerData: { from: string; to?: string; files: readonly string[]; trees: readonly string[]; writtenBy?: number; others?: readonly string[] }): Promise<Found> {
  return new Promise((resolve, reject) => {
    // No --import tsx in the worker: the loader's start would cost more than the links.
    const worker = new Worker(LINKER, { eval: true, execArgv: [], workerData });
    let found: Found | undefined;
    worker.once("message", ({ missing, strays }: { missing: string[]; strays: string[] }) => (found = { missing: new Set(missing), strays }));
    worker.once("error", reject);
    worker.once("exit", (code) => (found ? resolve(found) : reject(new Error(`looking over the kept files stopped (exit code ${code})`))));
  });
}

/**
 * Hard-links each of `files` from `from` into `to`, and every file under each of
 * `trees` (folders relative to `from`; one missing is left out), on a worker thread,
 * so the build's main thread goes on meanwhile. Resolves with the `files` that `from`
 * did not have, once every link is made.
 */
export async function linkFilesAhead(from: string, to: string, files: readonly string[], trees: readonly string[] = []): Promise<Set<string>> {
  if (!files.length && !trees.length) return new Set();
  return (await runLinker({ from, to, files, trees })).missing;
}

/**
 * Which of `files` the site `site` no longer has as the build that finished at
 * `writtenBy` (a time, in ms) left them: gone, or modified since (say by hand); and
 * which files it has that the build did not make, neither `files` nor `others` (say an
 * older preview's), the search index left out, looked for only in the folders changed
 * since. Looked at on a worker thread while the build's main thread models the content.
 */
export function lookOver(site: string, files: readonly string[], others: readonly string[], writtenBy: number): Promise<Found> {
  return runLinker({ from: site, files, trees: [], writtenBy, others });
}

/** Writes `text` to `file`, which may be a link to the previous site's file: the link is replaced, never written through. */
export async function replaceFile(file: string, text: string): Promise<void> {
  await rm(file, { force: true });
  await writeFile(file, text);
}

/** Removes this build's staging folder after a failure. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
