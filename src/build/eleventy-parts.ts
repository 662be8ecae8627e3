/**
 * Eleventy writing a paper's pages into a folder a part at a time (src/build/shards.ts):
 * in the build's own process, and in each of its page workers (src/build/workers.ts).
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { configureSite, TEMPLATES, type Config } from "../eleventy/site.ts";
import type { ModelMemo } from "../site/memo.ts";
import type { Paper } from "../site/paper.ts";
import { isOutputFailure } from "./output-failure.ts";
import { renderShards } from "./shards.ts";

/** What the build uses of Eleventy; its published types leave out restart, init and the logger (what --watch uses between builds). */
interface EleventyParts {
  write(): Promise<unknown>;
  restart(): Promise<void>;
  init(): Promise<void>;
  logger: { overrideLogger(logger: Partial<Console>): void };
}

export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/**
 * Between parts, Eleventy's last part is garbage. Left to itself V8 let the heap of a
 * 100,000-article build grow to 2.7 GB (3.3 GB resident) before collecting it; a full
 * collection before every part kept it near what the build holds, but cost ≈1 s each on
 * that heap (93 of them, 80 s of a 315 s build). So one is made when the heap has grown by
 * a tenth since the last: about every second part there (a part leaves ≈75 MB on 1.2 GB),
 * every part of a small build, whose peak is what a part adds to a small heap. At 100,000
 * articles that peaked at 1,885 MB, against 2,005 MB collecting at a fifth's growth, for
 * ≈40 s more; a collection started asynchronously, while Eleventy starts the next part,
 * saved none of it. A build of several parts starts from a collected heap, or the plan's
 * garbage would count as what it holds (seven parts ran uncollected, to 2,209 MB).
 */
const GROWTH_BEFORE_COLLECTING = 1.1;

function collectorBetweenParts(parts: number): () => void {
  const used = () => getHeapStatistics().used_heap_size;
  if (parts > 1) collectGarbage();
  let after = used();
  return () => {
    if (used() < after * GROWTH_BEFORE_COLLECTING) return;
    collectGarbage();
    after = used();
  };
}

export interface PartsOptions {
  pagesPerPart: number;
  /** Whether this Eleventy copies the assets too: one of a build's Eleventys does. */
  assets: boolean;
  /** Before each part: its number from 0, how many there are, and the pages written so far. */
  onPart(index: number, parts: number, written: number): void;
  /** Where what Eleventy said of an error goes, when the error is not a failure to write. */
  sayError(message: string): void;
}

/** Pages in `render`, of every kind. */
export const pagesIn = (render: Paper["render"]) => Object.values(render).reduce((n, pages) => n + pages.length, 0);

/** Renders the pages of `render` (some of `paper`'s) into `output` with Eleventy, a part at a time. */
export async function renderInParts(paper: Paper, render: Paper["render"], memo: ModelMemo, output: string, options: PartsOptions): Promise<void> {
  // Loaded only now: a build that stops on bad content answers without Eleventy's start-up time.
  const { default: Eleventy } = await import("@11ty/eleventy");
  let part: Paper = paper;
  // No config file: .eleventy.ts is the live preview's; the build hands Eleventy its paper a part at a time.
  const config = (eleventyConfig: Config) => configureSite(eleventyConfig, { paper: () => part, memo, assets: options.assets });
  const eleventy = new Eleventy(TEMPLATES, output, { configPath: false, config, quietMode: true }) as unknown as EleventyParts;
  // Eleventy would say "Wrote N files", and which filters were slow, for every part;
  // the build's last line counts the whole site, and `npm run bench` measures speed.
  // What it says of an error is said only when the build's own line does not name it.
  const said: string[] = [];
  eleventy.logger.overrideLogger({ ...console, log: () => {}, warn: (message: string) => /\bBenchmark\b/.test(message) || console.warn(message), error: (message: string) => said.push(message) });
  const shards = renderShards(render, options.pagesPerPart);
  let written = 0;
  const collectBetweenParts = collectorBetweenParts(shards.length);
  for (const [index, shard] of shards.entries()) {
    options.onPart(index, shards.length, written);
    part = { ...paper, render: shard };
    if (index > 0) {
      collectBetweenParts();
      await eleventy.restart();
      await eleventy.init();
    }
    try {
      await eleventy.write();
    } catch (error) {
      if (!isOutputFailure(error)) for (const message of said) options.sayError(message);
      throw error;
    }
    written += pagesIn(shard);
  }
}
