/**
 * Browser tests with Debian's chromium through playwright-core. Shared by every
 * suite that opens built pages: launching, skipping when chromium is missing
 * (never under CI=true), axe-core, overflow checks and screenshots.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { describe } from "vitest";
import { ROOT } from "./site.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "tests/screenshots");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * `describe` when chromium is installed; otherwise a skipped suite that says how
 * to install it. Under CI=true a missing chromium is a failure, not a skip.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, suite);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      throw new Error(`${CHROMIUM} is missing and CI=true: run apt-get install -y chromium fonts-noto-cjk`);
    });
  } else {
    console.warn(`skipping "${name}": no ${CHROMIUM}; to run it: apt-get install -y chromium fonts-noto-cjk`);
    describe.skip(name, suite);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The file:// address of a built page: tests read the site straight from disk, as a reader could. */
export function fileUrl(site: string, path: string): string {
  return pathToFileURL(join(site, path)).href;
}

/** Opens a page at a viewport width (height is generous so screenshots show the top). */
export async function openPage(browser: Browser, url: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  return page;
}

/** How many CSS pixels the page is wider than the viewport (0 when nothing overflows). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements that stick out past the right edge, for a useful failure message. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? "").trim().slice(0, 30)}`);
  });
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the open page, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`));
}

/** Saves a full-page screenshot to tests/screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
