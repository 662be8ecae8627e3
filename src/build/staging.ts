/**
 * The new site is assembled beside the old one and swapped in when it is whole,
 * so a build that fails or is killed leaves the previous site serving. Files the
 * build keeps are hard links to the old site's (the same bytes and modification
 * time, no copying); files it writes are new. A file written again with the same
 * bytes is linked back to the old one, so a sync to the host skips it.
 */
import { spawn } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { Worker } from "node:worker_threads";

/** The staging folder of this process's build of `output`. */
export function stagingFolder(output: string): string {
  return join(dirname(output), `${basename(output)}.tmp-${process.pid}`);
}

/** Where the replaced site waits to be deleted. */
const replacedFolder = (staging: string) => `${staging}-old`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Deleting a site (thousands of files) takes longer than building one on a busy
 * disk, and nothing waits for it, so a detached process does it.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const script = `require("node:fs").rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

/**
 * Where a build lists the folders it moves from the site in place into its staging
 * folder just before the swap (swapIn): whole folders the build kept, a rename each
 * instead of a link a file. Beside the staging folder, so that it never reaches the site.
 */
const borrowedList = (staging: string) => `${staging}-borrowed.json`;

/**
 * Folders left by builds of `output` that were killed: their staging folders are
 * removed; folders a build killed in the middle of its swap had moved out of the
 * previous site are put back, and a previous site moved aside is put back when no site
 * is in place.
 */
export function cleanStaleStaging(output: string): void {
  const prefix = `${basename(output)}.tmp-`;
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  const stale = new Set<number>();
  for (const name of readdirSync(parent)) {
    const pid = name.startsWith(prefix) ? /^(\d+)(-old|-borrowed\.json)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid && !isRunning(Number(pid))) stale.add(Number(pid));
  }
  for (const pid of stale) {
    const staging = join(parent, `${prefix}${pid}`);
    const replaced = replacedFolder(staging);
    const list = borrowedList(staging);
    const previous = existsSync(output) ? output : replaced;
    if (existsSync(list) && existsSync(staging)) {
      for (const dir of JSON.parse(readFileSync(list, "utf8")) as string[]) {
        if (existsSync(join(staging, dir)) && existsSync(previous) && !existsSync(join(previous, dir))) renameSync(join(staging, dir), join(previous, dir));
      }
    }
    rmSync(list, { force: true });
    if (existsSync(replaced) && !existsSync(output)) renameSync(replaced, output);
    else removeInBackground(replaced);
    removeInBackground(staging);
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
 * each (≈1 s of a 47,000-file build's main thread).
 */
const LINKER = `
const { linkSync, mkdirSync, readdirSync, statSync } = require("node:fs");
const { dirname, join, relative } = require("node:path");
const { parentPort, workerData: { from, to, files, trees, writtenBy } } = require("node:worker_threads");
const missing = [];
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
for (const parent of new Set(all.map((file) => dirname(join(to, file))))) mkdirSync(parent, { recursive: true });
for (const file of all) {
  try {
    linkSync(join(from, file), join(to, file));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    missing.push(file);
  }
}
parentPort.postMessage(missing);
`;

/**
 * Hard-links each of `files` from `from` into `to`, and every file under each of
 * `trees` (folders relative to `from`; one missing is left out), on a worker thread,
 * so the build's main thread goes on meanwhile (47,000 links are ≈1.5 s of system
 * time at 20,000 articles). Resolves with the `files` that `from` did not have, once
 * every link is made. With `writtenBy` (a time, in ms), one of `files` modified later
 * counts as missing: it is not the file the build made.
 */
export function linkFilesAhead(from: string, to: string, files: readonly string[], trees: readonly string[] = [], writtenBy?: number): Promise<Set<string>> {
  if (!files.length && !trees.length) return Promise.resolve(new Set());
  return new Promise((resolve, reject) => {
    // No --import tsx in the worker: the loader's start would cost more than the links.
    const worker = new Worker(LINKER, { eval: true, execArgv: [], workerData: { from, to, files, trees, writtenBy } });
    let missing: Set<string> | undefined;
    worker.once("message", (names: string[]) => (missing = new Set(names)));
    worker.once("error", reject);
    worker.once("exit", (code) => (missing ? resolve(missing) : reject(new Error(`linking the kept files stopped (exit code ${code})`))));
  });
}

/** Writes `text` to `file`, which may be a link to the previous site's file: the link is replaced, never written through. */
export async function replaceFile(file: string, text: string): Promise<void> {
  await rm(file, { force: true });
  await writeFile(file, text);
}

/**
 * Each of `files` written into `staging` whose bytes are those of the same file in
 * `previous` is replaced by a link to the old one, keeping its modification time.
 */
export function keepIdentical(previous: string, staging: string, files: Iterable<string>): number {
  let kept = 0;
  for (const file of files) {
    const old = join(previous, file);
    const fresh = join(staging, file);
    if (!existsSync(old) || !existsSync(fresh)) continue;
    const [a, b] = [statSync(old), statSync(fresh)];
    if (a.ino === b.ino || a.size !== b.size || !readFileSync(old).equals(readFileSync(fresh))) continue;
    linkSync(old, `${fresh}.same`);
    renameSync(`${fresh}.same`, fresh);
    kept++;
  }
  return kept;
}

/**
 * Puts the staged site in place of `output` and has the old one deleted. Each of
 * `borrowed` (folders relative to the site, kept whole) is first moved from the old
 * site into the staged one; a build killed meanwhile has them put back by the next
 * (cleanStaleStaging).
 */
export function swapIn(staging: string, output: string, borrowed: readonly string[] = []): void {
  const replaced = replacedFolder(staging);
  if (borrowed.length) {
    writeFileSync(borrowedList(staging), JSON.stringify(borrowed));
    for (const dir of borrowed) {
      mkdirSync(dirname(join(staging, dir)), { recursive: true });
      renameSync(join(output, dir), join(staging, dir));
    }
  }
  if (existsSync(output)) renameSync(output, replaced);
  renameSync(staging, output);
  rmSync(borrowedList(staging), { force: true });
  removeInBackground(replaced);
}

/** Removes this build's staging folder after a failure. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
