/** `npm run serve` in a test: the project's own serve script over a content folder, on a free port. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startGroup, stopGroup } from "../../src/bench/measure.ts";
import { ROOT } from "./site.ts";

export interface Preview {
  /** The address the preview says it serves at, ending in "/". */
  url: string;
  port: number;
  /** Everything the server printed so far. */
  log: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the preview of `content` with `args` (none: the defaults an editor gets) in
 * `project`, and waits for its first build (at most `timeoutMs`).
 */
export async function startPreview(content: string, { project = ROOT, args = [], timeoutMs = 90_000 }: { project?: string; args?: string[]; timeoutMs?: number } = {}): Promise<Preview> {
  const port = await freePort();
  const serve = (JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { scripts: { serve: string } }).scripts.serve;
  const command = `PATH=${JSON.stringify(join(ROOT, "node_modules/.bin"))}:"$PATH" ${serve} ${[...args, `--port=${port}`].map((a) => JSON.stringify(a)).join(" ")}`;
  const { child, output: log } = startGroup(command, { cwd: project, env: { EDITION_CONTENT: content } });
  const stop = () => stopGroup(child);
  const started = Date.now();
  let url: string | undefined;
  while (!(url = /Server at (\S+)/.exec(log())?.[1])) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`npm run serve did not start:\n${log().slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: url.endsWith("/") ? url : `${url}/`, port, log, stop };
}

/**
 * A copy of the project as a fresh clone has it (its code, templates and settings, and
 * `content` copied from `content`), sharing the installed packages: its commands run
 * there with their defaults, writing where an editor's would. Outside tests/, whose
 * files the type check reads; remove it after.
 */
export function projectCopy(content: string): string {
  const project = join(mkdtempSync(join(tmpdir(), "project-")), "paper");
  mkdirSync(project);
  for (const path of ["src", "templates", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(ROOT, path), join(project, path), { recursive: true });
  cpSync(content, join(project, "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
  return project;
}
