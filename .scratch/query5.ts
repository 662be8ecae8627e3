import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const q of ["营商环境", "聊城", "营商环境"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}search/index.html?q=${encodeURIComponent(q)}`);
  await page.waitForSelector("[data-search-results] li", { timeout: 60000 });
  const r = await page.evaluate(readFileSync(".scratch/timing.js", "utf8"));
  console.log(q, JSON.stringify(r));
  await context.close();
}
await browser.close();
