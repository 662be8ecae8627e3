/**
 * The daily work of the build: the archive without its newest edition is built with
 * search (not timed), then the newest edition is put back and `npm run build` timed
 * (publishing a day), then one article of an older edition is edited and the build
 * timed again. Both are incremental builds onto the site in place.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { markArticle } from "./edit.ts";
import { measure, type Measured } from "./measure.ts";

export interface PublishTiming {
  /** Articles in the edition published. */
  dayArticles: number;
  prepare: Measured;
  publish?: Measured;
  edit?: Measured;
  /** Files of the site (the search index left out) each step wrote. */
  publishRewritten?: number;
  editRewritten?: number;
}

/** Files of the site, search index left out, written since `since` (ms). */
function writtenSince(site: string, since: number): number {
  return readdirSync(site, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !relative(site, e.parentPath).startsWith("search-index") && statSync(join(e.parentPath, e.name)).mtimeMs >= since,
  ).length;
}

/** Runs `build`, and counts the files it wrote into `site`. */
async function timedBuild(build: string, cwd: string, site: string): Promise<{ run: Measured; rewritten: number }> {
  const since = Date.now() - 1;
  const run = await measure(build, { cwd });
  return { run, rewritten: writtenSince(site, since) };
}

/** `build` is the command line of `npm run build` over `archive` into `site`. */
export async function measurePublish(archive: string, site: string, build: string, cwd: string, log: (message: string) => void): Promise<PublishTiming> {
  const editions = readdirSync(archive).filter((name) => /^\d{4}-\d\d-\d\d$/.test(name)).sort();
  const newest = editions.at(-1)!;
  const aside = join(archive, "..", `held-${newest}`);
  renameSync(join(archive, newest), aside);
  const dayArticles = readdirSync(aside).filter((f) => f.endsWith(".md")).length;
  const prepare = await measure(build, { cwd });
  renameSync(aside, join(archive, newest));
  log(`publish: site of ${editions.length - 1} editions built with search in ${(prepare.ms / 1000).toFixed(1)} s${prepare.code ? " (failed)" : ""}`);
  const timing: PublishTiming = { dayArticles, prepare };
  if (prepare.code) return timing;
  const publish = await timedBuild(build, cwd, site);
  [timing.publish, timing.publishRewritten] = [publish.run, publish.rewritten];
  log(`publish: ${dayArticles} articles in ${(publish.run.ms / 1000).toFixed(1)} s (CPU ${(publish.run.cpuMs / 1000).toFixed(1)} s), ${publish.rewritten} files written`);
  if (publish.run.code) return timing;
  // An article of an edition a month back: its section and reporter pages are not the newest.
  const older = editions[Math.max(0, editions.length - 31)]!;
  const file = join(archive, older, readdirSync(join(archive, older)).filter((f) => f.endsWith(".md")).sort()[0]!);
  writeFileSync(file, markArticle(readFileSync(file, "utf8"), "bench"));
  const edit = await timedBuild(build, cwd, site);
  [timing.edit, timing.editRewritten] = [edit.run, edit.rewritten];
  log(`publish: one article edited in ${(edit.run.ms / 1000).toFixed(1)} s (CPU ${(edit.run.cpuMs / 1000).toFixed(1)} s), ${edit.rewritten} files written`);
  return timing;
}
