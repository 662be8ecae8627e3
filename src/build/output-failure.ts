/**
 * A build that cannot write where its site goes: the disk full, read-only or not
 * the editor's to write, a file where a folder is expected, or the output folder a
 * mount point. Each is one line naming the folder and what to do, instead of the
 * stack trace of whichever write met it first.
 */
import { accessSync, constants, lstatSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

interface Failure {
  code?: unknown;
  path?: unknown;
  message?: unknown;
  /** Eleventy wraps the error a template's write met (EleventyErrorHandler reads the same chain). */
  originalError?: Failure;
  cause?: Failure;
}

/** The errno code of `error` or of an error it wraps, else one its message names (the search index's one line). */
function errnoOf(error: unknown): { code?: string; path?: string } {
  for (let e = error as Failure | undefined; e && typeof e === "object"; e = e.originalError ?? (e.cause as Failure | undefined)) {
    if (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) return { code: e.code, path: typeof e.path === "string" ? e.path : undefined };
  }
  const named = /\b(E[A-Z]{3,}): [^,]*(?:, \w+ '([^']*)')?/.exec(String((error as Failure | undefined)?.message ?? ""));
  return { code: named?.[1], path: named?.[2] };
}

/** Whether `error` is a failure to write, such as outputFailure names, rather than a fault in the content or the code. */
export function isOutputFailure(error: unknown): boolean {
  return outputFailure(error, "", "") !== undefined;
}

/** The line for an output folder that is a mount point: the build replaces the folder with a link to the new site. */
const mountPoint = (shown: string) => `${shown}: a mount point, which the build cannot replace with the new site (EBUSY); give --output a folder inside it, such as ${shown}/site, or mount the disk one folder up`;

/**
 * One line for a failure to write the site `output` (shown as `shown`, as the editor
 * named it), or undefined when `error` is no such failure. A failure elsewhere (the
 * project's .cache, say) names the folder it happened in.
 */
export function outputFailure(error: unknown, output: string, shown: string): string | undefined {
  const { code, path } = errnoOf(error);
  const site = resolve(output);
  // The staging folder, the versions and the manifest beside the site are the site's, to the editor.
  const where = !path || resolve(path).startsWith(site) ? shown : dirname(path);
  switch (code) {
    case "ENOSPC":
      return `${where}: the disk is full (ENOSPC); free space on it and build again (a build needs room for the new site beside the one in place)`;
    case "EDQUOT":
      return `${where}: the disk quota is used up (EDQUOT); free space within it and build again`;
    case "EROFS":
      return `${where}: the disk is read-only (EROFS); mount it writable, or give --output a folder on a disk you can write to`;
    case "EACCES":
    case "EPERM":
      return `${where}: no permission to write there (${code}); give --output a folder you may write in, or change its permissions`;
    case "ENOTDIR":
      return `${where}: a file stands where a folder is expected on its path (ENOTDIR); move the file away, or give --output another folder`;
    case "EBUSY":
      return mountPoint(where);
    default:
      return undefined;
  }
}

/**
 * Why no site can be put at `output` (shown as `shown`), found before anything is
 * built: a mount point in its place, or a folder above it the build may not write
 * in. Undefined when there is no such reason.
 */
export function outputFolderProblem(output: string, shown: string): string | undefined {
  try {
    const here = lstatSync(output, { throwIfNoEntry: false });
    if (here?.isDirectory() && here.dev !== statSync(dirname(output)).dev) return mountPoint(shown);
    // The nearest folder that exists: the build makes the others.
    let parent = dirname(resolve(output));
    while (!lstatSync(parent, { throwIfNoEntry: false }) && dirname(parent) !== parent) parent = dirname(parent);
    if (!statSync(parent).isDirectory()) return outputFailure({ code: "ENOTDIR" }, output, shown);
    accessSync(parent, constants.W_OK);
  } catch (error) {
    // Named as the output's, not the folder above it that was checked.
    return outputFailure({ code: (error as Failure).code }, output, shown) ?? `${shown}: ${(error as Error).message}`;
  }
  return undefined;
}
