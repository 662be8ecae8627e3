/**
 * Lays out the bundled edition's page 3 from its own articles and prints it to
 * content/2023-12-14/pages/03.pdf: a stand-in for the paper's own page PDF, so a
 * fresh build shows a 版面. Run again after changing the generator:
 *   npx tsx tests/support/bundled-page.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { readContent } from "../../src/site/content.ts";
import { launchBrowser } from "./browser.ts";
import { pageHtml, printPage, storiesFrom } from "./newspaper-page.ts";
import { BUNDLED_CONTENT } from "./site.ts";

const DATE = "2023-12-14";
const articles = readContent(BUNDLED_CONTENT).articles.filter((a) => a.meta.date === DATE && a.meta.page === 3);
const out = join(BUNDLED_CONTENT, DATE, "pages");
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
try {
  await printPage(browser, pageHtml(storiesFrom(articles, "zheng-wu-gong-kai-quan-guo"), { paper: "聊城日报", date: "2023年12月14日 星期四", page: 3, pageName: "综合" }), join(out, "03.pdf"));
} finally {
  await browser.close();
}
console.log(`wrote ${join(out, "03.pdf")}: ${articles.length} articles laid out`);
