/**
 * Where a path in the content folder leads. The build publishes what it reads there
 * (articles' text, page PDFs byte for byte), so a link out of the content folder, a
 * link to nothing, or a folder where a file belongs is a one-line message naming
 * the path: never a file read from elsewhere, never a stack trace.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { sep } from "node:path";
import { visible } from "./characters.ts";

/** What a path in content/ is, once its links are followed. */
export type ContentPath = { kind: "file" | "folder" | "missing" } | { kind: "refused"; message: string };

/** The content folder as it resolves, to compare paths in it with (`realpath`). */
export function contentRoot(dir: string): string {
  return realpathSync(dir);
}

/**
 * `path` (in the content folder whose real path is `root`) as it resolves: a file or a
 * folder inside the content folder, nothing at all, or refused with what to do.
 */
export function resolveInContent(root: string, path: string): ContentPath {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { kind: "refused", message: "is a link that leads round in a circle; delete it, or copy the file it should be in its place" };
    if (code !== "ENOENT" && code !== "ENOTDIR") return { kind: "refused", message: `cannot be read (${code}); check its permissions` };
    // A name that is there but leads nowhere is a dangling link (to a file moved or deleted).
    const link = lstatSafe(path);
    if (!link?.isSymbolicLink()) return { kind: "missing" };
    return { kind: "refused", message: `is a link to ${visible(readlinkSync(path))}, which does not exist; put the file itself here, or delete the link` };
  }
  if (real !== root && !real.startsWith(root + sep)) {
    return { kind: "refused", message: `leads outside the content folder (to ${visible(real)}); the build reads and publishes only what is inside it: put it in the content folder instead of linking to it` };
  }
  const stat = statSync(real);
  if (stat.isDirectory()) return { kind: "folder" };
  // A pipe or a device would hang the build or feed it without end.
  if (!stat.isFile()) return { kind: "refused", message: "is not a file (a pipe or a device); put the file itself here" };
  return { kind: "file" };
}

/** Why `found` cannot be read as `what` (the edition's page list, a page's PDF …); undefined for a file, or when nothing is there. */
export function notAFile(found: ContentPath, what: string): string | undefined {
  if (found.kind === "refused") return found.message;
  if (found.kind === "folder") return `is a folder, not ${what}; move the folder away or rename it`;
  return undefined;
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
