/**
 * What the site in the output folder was built from: for every page file its
 * identity (src/plan/fingerprint.ts), the environment's digest (environment.ts),
 * and for every search segment the digest of the pages it indexes. Kept beside the
 * site, not in it, so it is not uploaded with it; it names the folder it describes
 * by its inode, so a manifest whose site never made it into place (a build killed
 * between the two) is not believed.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Identity } from "../plan/fingerprint.ts";

const VERSION = 3;

export interface Manifest {
  version: typeof VERSION;
  /** The site folder's inode when it was staged: renaming keeps it. */
  site: number;
  environment: string;
  /** Output path → identity of the page written there. */
  pages: Record<string, Identity>;
  /** Search segment (its folder in search-index/) → digest of what it indexes. */
  search: Record<string, string>;
  /** Each edition's article pages in one script → what they are made from (src/plan/plan.ts). */
  stamps: Record<string, string>;
  /** Each edition's date → what all its pages are made from (src/site/paper.ts): an edition with the same is not modelled again. */
  editions: Record<string, string>;
}

/** Where the manifest of the site in `output` is kept. */
export function manifestPath(output: string): string {
  return `${output}.manifest.json`;
}

/**
 * The manifest of the site now in `output`, or undefined when there is none to believe,
 * with when it was written (its file's modification time, by the clock of the disk the
 * site's files are on): a file of the site modified later is not the one the build made.
 */
export function readManifest(output: string): (Manifest & { writtenAt: number }) | undefined {
  const path = manifestPath(output);
  if (!existsSync(path) || !existsSync(output)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    return manifest.version === VERSION && manifest.site === statSync(output).ino ? { ...manifest, writtenAt: statSync(path).mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the staged site in place with `swap`, and `manifest`, naming it, beside it:
 * written whole before the swap, renamed into place after, so no manifest is left of
 * a swap that failed, and one the site never reached (a build killed between the two)
 * is not believed.
 */
export function swapWithManifest(output: string, staging: string, manifest: Omit<Manifest, "version" | "site">, swap: () => void): void {
  const path = manifestPath(output);
  try {
    writeFileSync(`${path}.tmp`, JSON.stringify({ version: VERSION, site: statSync(staging).ino, ...manifest }));
    swap();
  } catch (error) {
    rmSync(`${path}.tmp`, { force: true });
    throw error;
  }
  renameSync(`${path}.tmp`, path);
}
