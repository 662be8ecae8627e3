import { chromium } from "playwright-core";
import { serveSite } from "../src/bench/serve.ts";
const served = await serveSite(process.argv[2]!);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const q of ["", "聊城", "营商环境", "百年民康药店"]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(`${served.url}search/index.html?q=${encodeURIComponent(q)}`);
  const tLoad = performance.now() - t0;
  if (q) await page.waitForSelector("[data-search-results] li", { timeout: 60000 }); else await page.waitForFunction(() => /输入/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  const total = performance.now() - t0;
  const res = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => `${(e as PerformanceResourceTiming).name.split("/").slice(-3).join("/")} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)} ${(e as PerformanceResourceTiming).encodedBodySize}`));
  console.log(q || "(none)", "goto", tLoad.toFixed(0), "total", total.toFixed(0));
  if (q === "聊城") console.log(res.join("\n"));
  await context.close();
}
await browser.close(); await served.close();
