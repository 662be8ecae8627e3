/**
 * The build's page step on an edition folder: good, scanned, damaged and
 * encrypted page PDFs; the cache; regions an editor wrote; a PDF named in edition.yml.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { publishPrintedPages } from "../../src/build/printed-pages.ts";
import { readContent } from "../../src/site/content.ts";
import { describeInBrowser, launchBrowser } from "../support/browser.ts";
import { pageHtml, printScan, storiesFrom, writeDamaged } from "../support/newspaper-page.ts";
import { BUNDLED_CONTENT, tempDir } from "../support/site.ts";

const DATE = "2023-12-14";
const GOOD = join(BUNDLED_CONTENT, DATE, "pages/03.pdf");

/** A copy of the bundled content with page PDFs added as `pages/NN.pdf`. */
function contentWith(pdfs: Record<string, Buffer | string> = {}): string {
  const dir = join(tempDir("printed"), "content");
  cpSync(BUNDLED_CONTENT, dir, { recursive: true });
  for (const [name, bytes] of Object.entries(pdfs)) writeFileSync(join(dir, DATE, name), bytes);
  return dir;
}

/** One cache for the suite: each PDF is rendered once (the cache test takes its own). */
let sharedCache: string | undefined;

async function run(dir: string, cache = (sharedCache ??= join(tempDir("cache"), "page-images"))) {
  const output = tempDir("out");
  return { output, cache, ...(await publishPrintedPages(readContent(dir), dir, output, cache)) };
}

describeInBrowser("page PDFs in the build", () => {
  let browser: Browser;
  let scan: Buffer;
  let encrypted: Buffer;
  let twoPages: Buffer;

  beforeAll(async () => {
    browser = await launchBrowser();
    const dir = tempDir("bad-pdfs");
    const articles = readContent(BUNDLED_CONTENT).articles;
    await printScan(browser, pageHtml(storiesFrom(articles), { paper: "聊城日报", date: DATE, page: 4, pageName: "扫描" }), join(dir, "scan.pdf"));
    scan = readFileSync(join(dir, "scan.pdf"));
    // Ghostscript writes a PDF that needs a password to open, as an export with "protect" ticked does.
    const gs = spawnSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-sOwnerPassword=owner", "-sUserPassword=user", `-sOutputFile=${join(dir, "encrypted.pdf")}`, join(dir, "scan.pdf")]);
    if (gs.status !== 0) throw new Error(`gs could not write the encrypted PDF (apt-get install -y ghostscript): ${gs.stderr}`);
    encrypted = readFileSync(join(dir, "encrypted.pdf"));
    spawnSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", `-sOutputFile=${join(dir, "two.pdf")}`, join(dir, "scan.pdf"), join(dir, "scan.pdf")]);
    twoPages = readFileSync(join(dir, "two.pdf"));
  }, 120_000);
  afterAll(() => browser?.close());

  it("renders a page with a text layer, places its stories and publishes its PDF and images", async () => {
    const { pages, warnings, output } = await run(contentWith());
    expect(warnings).toEqual([]);
    expect(pages.map((p) => [p.page, p.regions.length, p.unplaced])).toEqual([[3, 7, []]]);
    for (const file of ["03.pdf", "03-thumb.webp", "03-phone.webp", "03-desktop.webp"]) expect(existsSync(join(output, DATE, "pages", file)), file).toBe(true);
    expect(readFileSync(join(output, DATE, "pages/03.pdf"))).toEqual(readFileSync(GOOD));
  });

  it("gives one line for a scan, a damaged and an encrypted PDF, shows the scan's image, and builds the rest", async () => {
    const damaged = join(tempDir("damaged"), "05.pdf");
    writeDamaged(readFileSync(GOOD), damaged);
    const { pages, warnings, output } = await run(contentWith({ "pages/04.pdf": scan, "pages/05.pdf": readFileSync(damaged), "pages/06.pdf": encrypted }));
    expect(pages.map((p) => p.page)).toEqual([3, 4]);
    expect(existsSync(join(output, DATE, "pages/04-phone.webp"))).toBe(true);
    expect(existsSync(join(output, DATE, "pages/05-phone.webp"))).toBe(false);
    const lines = warnings.map((w) => `${w.file}: ${w.message}`);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/pages\/04\.pdf: has no text layer \(a scanned page\?\).*export the page from the typesetting system with its text/);
    expect(lines[1]).toMatch(/pages\/05\.pdf: is not a readable PDF .*damaged or cut short.*copy the page's PDF again/);
    expect(lines[2]).toMatch(/pages\/06\.pdf: is encrypted with a password; export the page again without a password/);
    for (const line of lines) expect(line).not.toContain("\n");
  });

  it("shows the first page of a PDF of several, and says to give each page its own", async () => {
    const { pages, warnings } = await run(contentWith({ "pages/07.pdf": twoPages }));
    expect(pages.map((p) => p.page)).toEqual([3, 7]);
    expect(warnings.map((w) => w.message)).toContain("has 2 pages; only the first is shown as 第7版: give each printed page a PDF of its own");
  });

  it("does not render a PDF again once its images are in the cache", async () => {
    const dir = contentWith();
    const first = await run(dir, join(tempDir("cache"), "page-images"));
    const [folder] = readdirSync(first.cache);
    writeFileSync(join(first.cache, folder!, "desktop.webp"), "cached");
    const again = await run(dir, first.cache);
    expect(readFileSync(join(again.output, DATE, "pages/03-desktop.webp"), "utf8")).toBe("cached");
    expect(again.pages).toEqual(first.pages);
  });

  it("uses the regions an editor wrote in front matter instead of finding the story", async () => {
    const dir = contentWith();
    const file = join(dir, DATE, "kai-fa-qu-chi-xu-you.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, "---\nregions:\n  - { x: 0.1, y: 0.2, width: 0.3, height: 0.1 }\n"));
    const { pages } = await run(dir);
    expect(pages[0]!.regions.find((r) => r.slug === "kai-fa-qu-chi-xu-you")!.rects).toEqual([{ x: 0.1, y: 0.2, width: 0.3, height: 0.1 }]);
    expect(pages[0]!.regions).toHaveLength(7);
  });

  it("reads a PDF named in edition.yml", async () => {
    const dir = contentWith({ "page-three.pdf": readFileSync(GOOD), "edition.yml": "pages:\n  - { page: 3, name: 综合, pdf: page-three.pdf }\n" });
    rmSync(join(dir, DATE, "pages/03.pdf"));
    const { pages } = await run(dir);
    expect(pages.map((p) => [p.page, p.name, p.regions.length])).toEqual([[3, "综合", 7]]);
  });
});
