/**
 * A reader's search on a built site: the site served over http from a local server,
 * the search page opened in headless chromium (Debian's) with a query, timed until
 * the first results are shown, with the number of requests it made. Skipped, saying
 * why, when chromium is not installed.
 */
import { existsSync } from "node:fs";
import { serveSite } from "./serve.ts";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** A common word (thousands of results) and a phrase; both in every generated archive. */
export const QUERIES = ["聊城", "营商环境"];

export interface QueryTiming {
  query: string;
  ms: number;
  requests: number;
  results: number;
}

/** Each of QUERIES on a fresh page of the site in `site`; undefined when chromium is missing. */
export async function measureQueries(site: string): Promise<QueryTiming[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import("playwright-core");
  const served = await serveSite(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const timings: QueryTiming[] = [];
    for (const query of QUERIES) {
      // A new context: nothing cached from the last query.
      const context = await browser.newContext();
      const page = await context.newPage();
      const before = served.requests.length;
      const started = performance.now();
      await page.goto(`${served.url}search/index.html?q=${encodeURIComponent(query)}`);
      await page.waitForSelector("[data-search-results] li", { timeout: 60_000 });
      const ms = performance.now() - started;
      const results = await page.locator("[data-search-results] > li").count();
      timings.push({ query, ms, requests: served.requests.length - before, results });
      await context.close();
    }
    return timings;
  } finally {
    await browser.close();
    await served.close();
  }
}
