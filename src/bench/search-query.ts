/**
 * A reader's search on a built site: the site served over http from a local server,
 * the search page opened in headless chromium (Debian's) with a query, timed until
 * the first results are shown (the median of three fresh pages, after one page has
 * warmed the browser up), with the number of requests it made. Skipped, saying
 * why, when chromium is not installed.
 */
import { existsSync } from "node:fs";
import { serveSite } from "./serve.ts";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/**
 * A common word (thousands of results), a phrase, one character, two words run together
 * (the phrase ranked above the words apart), a phrase with a wrong character (matched
 * in part, a second round of term files) and the phrase typed in Traditional on the
 * Traditional search page; all in every generated archive.
 */
export const QUERIES = ["聊城", "营商环境", "董", "创新发展", "营商环竟", "營商環境"];
/** The queries searched on the Traditional search page. */
const TRADITIONAL = new Set(["營商環境"]);

export interface QueryTiming {
  query: string;
  ms: number;
  requests: number;
  results: number;
}

/** Fresh pages per query: one query's time varies by ±30 % on this machine. */
const RUNS = 3;

/** The median run of each of QUERIES on a fresh page of the site in `site`; undefined when chromium is missing. */
export async function measureQueries(site: string): Promise<QueryTiming[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import("playwright-core");
  const served = await serveSite(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  // A new context each time: nothing cached from the last query.
  const open = async (path: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const before = served.requests.length;
    const started = performance.now();
    await page.goto(`${served.url}${path}`);
    return { context, page, started, requests: () => served.requests.length - before };
  };
  try {
    // A reader's browser is already running: its own start is not the query's.
    await (await open("index.html")).context.close();
    const timings: QueryTiming[] = [];
    for (const query of QUERIES) {
      const runs: QueryTiming[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { context, page, started, requests } = await open(`${TRADITIONAL.has(query) ? "zh-hant/" : ""}search/index.html?q=${encodeURIComponent(query)}`);
        await page.waitForSelector("[data-search-results] li", { timeout: 60_000 });
        const ms = performance.now() - started;
        const results = await page.locator("[data-search-results] > li").count();
        runs.push({ query, ms, requests: requests(), results });
        await context.close();
      }
      timings.push(runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!);
    }
    return timings;
  } finally {
    await browser.close();
    await served.close();
  }
}
