import { chromium } from "playwright-core";
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (let r = 0; r < 3; r++) for (const q of ["聊城", "营商环境"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(`${base}search/index.html?q=${encodeURIComponent(q)}`);
  await page.waitForSelector("[data-search-results] li", { timeout: 60000 });
  const total = performance.now() - t0;
  const nav = await page.evaluate(() => performance.now());
  console.log(q, "total", total.toFixed(0), "page clock at results", nav.toFixed(0));
  await context.close();
}
await browser.close();
