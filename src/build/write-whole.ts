import { renameSync, writeFileSync } from "node:fs";

/** Writes `path` through a temporary file beside it: a killed build leaves the previous file, never half of a new one. */
export function writeWhole(path: string, data: string | Uint8Array): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}
