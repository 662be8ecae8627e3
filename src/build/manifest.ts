/**
 * What the site in the output folder was built from: for every page file its
 * identity (src/plan/fingerprint.ts), the environment's digest (environment.ts),
 * and for every search segment the digest of the pages it indexes. Kept beside the
 * site, not in it, so it is not uploaded with it; it names the folder it describes
 * by its inode, so a manifest is not believed of another folder put in its site's place.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { Identity } from "../plan/fingerprint.ts";

const VERSION = 4;

export interface Manifest {
  version: typeof VERSION;
  /** The site folder's inode. */
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
  /** The site's other files but the search index's: the printed pages' PDFs and images, photos, assets. */
  files: string[];
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
 * Writes `manifest`, naming the site folder `output` (made if need be), beside the
 * manifest's place, whole; the swap renames it into place once the site is
 * (src/build/swap.ts). Returns the manifest's place.
 */
export function stageManifest(output: string, manifest: Omit<Manifest, "version" | "site">): string {
  const path = manifestPath(output);
  mkdirSync(output, { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify({ version: VERSION, site: statSync(output).ino, ...manifest }));
  return path;
}
