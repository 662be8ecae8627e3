/**
 * The new site is assembled beside the old one and swapped in when it is whole,
 * so a build that fails or is killed leaves the previous site serving. Files the
 * build keeps are hard links to the old site's (the same bytes and modification
 * time, no copying); files it writes are new. A file written again with the same
 * bytes is linked back to the old one, so a sync to the host skips it.
 *
 * The output folder is a symbolic link to the site in place, a folder beside it
 * (`_site` → `_site.v-7`): the swap replaces the link in one rename, so at every
 * moment `_site/` is a whole site, the old one or the new.
 */
import { spawn } from "node:child_process";
import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
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

/** The folder of site version `n` of `output`. */
const versionFolder = (output: string, n: number) => `${output}.v-${n}`;

/** The numbers of the site versions beside `output`, each a whole site a build swapped in. */
function versionsOf(output: string): number[] {
  const prefix = `${basename(output)}.v-`;
  return readdirSync(dirname(output)).flatMap((name) => (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)) ? [Number(name.slice(prefix.length))] : []));
}

/** The version `output` links to, if it is such a link. */
function linkedVersion(output: string): number | undefined {
  let target: string;
  try {
    target = readlinkSync(output);
  } catch {
    return undefined;
  }
  const n = /^(.*)\.v-(\d+)$/.exec(target);
  return n?.[1] === basename(output) ? Number(n[2]) : undefined;
}

/**
 * What builds of `output` that were killed left: their staging folders are removed, and
 * versions older than the one in place. A build killed between moving a site folder of
 * an earlier release aside and linking its own in leaves no `output`: it is linked to
 * the newest version, a whole site.
 */
export function cleanStaleStaging(output: string): void {
  const prefix = `${basename(output)}.tmp-`;
  const parent = dirname(output);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    // Staging folders and links; also `-old` and `-borrowed.json`, from builds of an earlier release.
    const pid = name.startsWith(prefix) ? /^(\d+)(?:-link|-old|-borrowed\.json)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid && !isRunning(Number(pid))) removeInBackground(join(parent, name));
  }
  const versions = versionsOf(output);
  if (!versions.length) return;
  if (!isThere(output)) symlinkSync(basename(versionFolder(output, Math.max(...versions))), output);
  const inPlace = linkedVersion(output);
  // A newer version than the one in place is another build's about to be linked in, or is removed by the next swap.
  for (const n of versions) if (inPlace !== undefined && n < inPlace) removeInBackground(versionFolder(output, n));
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
 * Puts the staged site in place of `output`: renamed to the next version, then linked
 * as `output` by renaming a new link over the old one. The versions before it are
 * deleted. A site folder of an earlier release at `output` becomes a version first: the
 * one moment without a site, once.
 */
export function swapIn(staging: string, output: string): void {
  const earlier = lstatSync(output, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const n = Math.max(0, ...versionsOf(output)) + (earlier ? 2 : 1);
  const [version, link, aside] = [versionFolder(output, n), `${staging}-link`, versionFolder(output, n - 1)];
  rmSync(link, { force: true });
  symlinkSync(basename(version), link);
  renameSync(staging, version);
  try {
    if (earlier) renameSync(output, aside);
    renameSync(link, output);
  } catch (error) {
    if (earlier && !isThere(output)) renameSync(aside, output);
    renameSync(version, staging);
    rmSync(link, { force: true });
    throw error;
  }
  for (const old of versionsOf(output)) if (old < n) removeInBackground(versionFolder(output, old));
}

/** Removes this build's staging folder after a failure. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
