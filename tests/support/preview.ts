/** `npm run serve` in a test: the project's own serve script over a content folder, on a free port. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, startGroup, stopGroup } from "../../src/bench/measure.ts";
import { ROOT } from "./site.ts";

export interface Preview {
  /** The preview's address, ending in "/". */
  url: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop(): Promise<void>;
}

/** Starts the preview of `content`, writing into `output`, and waits for its first build (at most `timeoutMs`). */
export async function startPreview(content: string, output: string, timeoutMs = 90_000): Promise<Preview> {
  const port = await freePort();
  const serve = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { serve: string } }).scripts.serve;
  const command = `PATH=${JSON.stringify(join(ROOT, "node_modules/.bin"))}:"$PATH" ${serve} --output=${JSON.stringify(output)} --port=${port}`;
  const { child, output: log } = startGroup(command, { cwd: ROOT, env: { EDITION_CONTENT: content } });
  const stop = () => stopGroup(child);
  const started = Date.now();
  while (!/Server at/.test(log())) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`npm run serve did not start:\n${log().slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: `http://localhost:${port}/`, log, stop };
}
