import { chromium } from "playwright-core";
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const q of ["聊城", "聊城", "营商环境"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}search/index.html?q=${encodeURIComponent(q)}`);
  await page.waitForSelector("[data-search-results] li", { timeout: 60000 });
  const res = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => [(e as PerformanceResourceTiming).name.split("/").slice(-2).join("/"), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)]));
  const groups: Record<string, number[]> = {};
  for (const [name, s, e] of res as [string, number, number][]) { const k = /terms/.test(name) ? "terms" : /han[st]\//.test(name) ? "results" : name; (groups[k] ??= []).push(s, e); }
  console.log(q, Object.entries(groups).map(([k, v]) => `${k} ${Math.min(...v.filter((_, i) => i % 2 === 0))}-${Math.max(...v.filter((_, i) => i % 2 === 1))}`).join(" | "), "done", Math.round(await page.evaluate(() => performance.now())));
  await context.close();
}
await browser.close();
