/**
 * The splitter's rate on the bundled page, measured in-process on its pure
 * pipeline (decode → split → render the Markdown files), without disk writes,
 * per second of CPU time.
 * Loaded by path so the benchmark still runs on a branch without the splitter.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadSections } from "./archive-files.ts";
import { hardWrappedWithoutPunctuation, lineOfSpaces } from "./hostile-pages.ts";

const PAGE = "tests/fixtures/pages/liaocheng-daily-page.txt";
const WARM_UP = 20;
const MEASURE_MS = 3_000;

interface SplitterModules {
  decode: (bytes: Uint8Array) => { text: string };
  splitPage: (text: string, options: object) => { articles: unknown[] };
  editionFiles: (articles: unknown[], options: object) => unknown[];
}

async function load(repo: string): Promise<SplitterModules> {
  const module = (path: string) => import(pathToFileURL(join(repo, path)).href);
  const [{ decode }, { splitPage }, { editionFiles }] = await Promise.all([module("src/split/decode.ts"), module("src/split/split-page.ts"), module("src/split/write.ts")]);
  return { decode, splitPage, editionFiles };
}

/**
 * Seconds of CPU one split of each hostile page takes (src/bench/hostile-pages.ts); the
 * target is under a second. A tenth of the page is read first: where that already takes
 * over a second the full page (minutes, when the time grows with the square) is not run.
 */
export type HostileTimes = { page: string; bytes: number; seconds: number; full: boolean }[];
const HOSTILE: [string, (bytes?: number) => string, number][] = [
  ["400 KB hard-wrapped, no punctuation", hardWrappedWithoutPunctuation, 400_000],
  ["64 KB line of spaces", lineOfSpaces, 64_000],
];

export async function splitterRate(repo: string): Promise<{ pagesPerSecond: number; hostile: HostileTimes } | { error: string }> {
  if (!existsSync(join(repo, "src/split/split-page.ts"))) return { error: "the splitter (src/split/) is not on this branch yet" };
  let splitter: SplitterModules;
  try {
    splitter = await load(repo);
  } catch (error) {
    return { error: `the splitter's pipeline did not load: ${(error as Error).message}` };
  }
  const bytes = readFileSync(join(repo, PAGE));
  const sections = loadSections(repo);
  const options = { date: "2023-12-14", page: 1, sections, defaultSection: sections[0]! };
  const once = () => {
    const { articles } = splitter.splitPage(splitter.decode(bytes).text, options);
    return splitter.editionFiles(articles, options).length;
  };
  for (let i = 0; i < WARM_UP; i++) once();
  // Pages per second of this thread's CPU time: other jobs on a shared machine would otherwise set the figure.
  const cpuMs = (since?: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let pages = 0;
  const started = process.cpuUsage();
  while (cpuMs(started) < MEASURE_MS) {
    once();
    pages++;
  }
  const hostile: HostileTimes = HOSTILE.map(([page, generate, bytes]) => {
    const timed = (size: number) => {
      const since = process.cpuUsage();
      splitter.splitPage(generate(size), options);
      return cpuMs(since) / 1000;
    };
    const tenth = timed(bytes / 10);
    return tenth > 1 ? { page, bytes: bytes / 10, seconds: tenth, full: false } : { page, bytes, seconds: timed(bytes), full: true };
  });
  return { pagesPerSecond: pages / (cpuMs(started) / 1000), hostile };
}
