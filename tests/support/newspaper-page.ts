/**
 * Test pages for the e-paper: articles laid out as a printed newspaper page in HTML
 * (six columns, headline decks across a story's columns, a photo box, a block of
 * briefs, a story that jumps to a second place on the page), printed to PDF by
 * chromium, with each story's rectangles measured in the browser as the truth the
 * region finder is tested against.
 */
import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { Rect } from "../../src/pdf/geometry.ts";
import type { ContentArticle } from "../../src/site/content.ts";

/** A story as the page prints it. */
export interface PrintedStory {
  slug: string;
  type: "article" | "photo" | "brief";
  title: string;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  paragraphs: string[];
  /** Continue the last part of the story in a second box further down the page (a jump). */
  jumps?: boolean;
}

export interface PageHeading { paper: string; date: string; page: number; pageName: string }

/** Where each story landed: rectangles in fractions of the page (0–1, origin top left). */
export interface PageTruth { stories: { slug: string; rects: Rect[] }[] }

const PAGE = { width: 1100, height: 1560 };

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** How many of the page's six columns a story spans, by its length. */
function spanOf(story: PrintedStory): number {
  if (story.type === "photo") return 3;
  const length = story.paragraphs.join("").length;
  return length > 1400 ? 3 : length > 600 ? 2 : 1;
}

function deck(story: PrintedStory): string {
  return [
    story.kicker && `<p class="kicker">${esc(story.kicker)}</p>`,
    `<h2>${esc(story.title)}</h2>`,
    story.subtitle && `<p class="subtitle">——${esc(story.subtitle)}</p>`,
  ].filter(Boolean).join("");
}

const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${esc(p)}</p>`).join("");

function storyBoxes(story: PrintedStory, index: number): { main: string; jump?: string } {
  const span = spanOf(story);
  const byline = story.byline ? `<p class="byline">${esc(story.byline)}</p>` : "";
  if (story.type === "photo") {
    return { main: `<article class="story photo" data-story="${story.slug}" data-span="${span}"><canvas width="480" height="260" data-seed="${index}"></canvas><p class="caption">${esc(story.paragraphs.join(""))}${byline ? ` ${byline.replace(/<\/?p[^>]*>/g, "")}` : ""}</p></article>` };
  }
  const cut = story.jumps ? Math.ceil(story.paragraphs.length * 0.6) : story.paragraphs.length;
  const main = `<article class="story" data-story="${story.slug}" data-span="${span}">${deck(story)}${byline}<div class="body" style="column-count: ${span}">${paragraphs(story.paragraphs.slice(0, cut))}${story.jumps ? `<p class="jump-note">（下转本版右下）</p>` : ""}</div></article>`;
  if (!story.jumps) return { main };
  const jump = `<article class="story jump" data-story="${story.slug}" data-span="2"><p class="jump-head">（上接本版 ${esc(story.title)}）</p><div class="body" style="column-count: 2">${paragraphs(story.paragraphs.slice(cut))}</div></article>`;
  return { main, jump };
}

/** The page as HTML: masthead line, then the stories on a six-column grid, briefs together in one box. */
export function pageHtml(stories: readonly PrintedStory[], heading: PageHeading): string {
  const boxes = stories.filter((s) => s.type !== "brief").map(storyBoxes);
  const briefs = stories.filter((s) => s.type === "brief");
  const briefBox = briefs.length
    ? `<section class="briefs" data-span="2"><h3>简讯</h3>${briefs.map((s) => `<article class="story brief" data-story="${s.slug}"><h2>${esc(s.title)}</h2>${paragraphs(s.paragraphs)}</article>`).join("")}</section>`
    : "";
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
@page { size: ${PAGE.width}px ${PAGE.height}px; margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
body { width: ${PAGE.width}px; height: ${PAGE.height}px; padding: 36px 40px; font: 9.5px/1.55 "Droid Sans Fallback", "Noto Sans CJK SC", sans-serif; color: #111 }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 12px; font-family: "Noto Sans CJK SC", sans-serif; font-size: 13px }
header .name { font-size: 22px; font-weight: 900; letter-spacing: 4px }
main { position: relative }
main > * { position: absolute }
.story h2 { font: 900 21px/1.25 "Noto Sans CJK SC", sans-serif; margin: 2px 0 4px }
.kicker, .subtitle { font: 500 12px/1.4 "Noto Sans CJK SC", sans-serif }
.subtitle { margin-bottom: 4px }
.byline { font: 500 10px/1.6 "Noto Sans CJK SC", sans-serif; margin-bottom: 3px }
.body { column-gap: 16px; text-align: justify }
.body p { text-indent: 2em }
.photo canvas, .photo img { width: 100%; height: auto; display: block; margin-bottom: 4px }
.caption { font: 10px/1.6 "Noto Sans CJK SC", sans-serif }
.briefs { border: 1px solid #000; padding: 6px 8px }
.briefs h3 { font: 900 14px/1.4 "Noto Sans CJK SC", sans-serif; margin-bottom: 4px }
.brief h2 { font-size: 13px }
.brief + .brief { margin-top: 8px }
.jump-head, .jump-note { font: 500 10px/1.6 "Noto Sans CJK SC", sans-serif; text-indent: 0 }
</style></head><body>
<header><span class="name">${esc(heading.paper)}</span><span>${esc(heading.date)}</span><span>第${heading.page}版 · ${esc(heading.pageName)}</span></header>
<main>${[...boxes.map((b) => b.main), briefBox, ...boxes.flatMap((b) => (b.jump ? [b.jump] : []))].join("\n")}</main>
<script>
// Skyline packing: each box goes where its columns' lowest point is highest up.
const COLUMNS = 6, GAP = 16, main = document.querySelector("main");
const column = (main.clientWidth - GAP * (COLUMNS - 1)) / COLUMNS;
const sky = new Array(COLUMNS).fill(0);
for (const box of main.children) {
  const span = Number(box.dataset.span);
  box.style.width = span * column + (span - 1) * GAP + "px";
  let best = 0, bestTop = Infinity;
  for (let c = 0; c + span <= COLUMNS; c++) {
    const top = Math.max(...sky.slice(c, c + span));
    if (top < bestTop - 1) { best = c; bestTop = top; }
  }
  box.style.left = best * (column + GAP) + "px";
  box.style.top = bestTop + "px";
  for (let c = best; c < best + span; c++) sky[c] = bestTop + box.offsetHeight + 14;
}
main.style.height = Math.max(...sky) + "px";
for (const canvas of document.querySelectorAll("canvas")) {
  const g = canvas.getContext("2d"), seed = Number(canvas.dataset.seed);
  const air = g.createLinearGradient(0, 0, 0, canvas.height);
  air.addColorStop(0, "#8fb3d9"); air.addColorStop(1, "#e8eef5");
  g.fillStyle = air; g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#34506b"; g.fillRect(40 + seed * 7, 150, 380, 60);
  g.fillStyle = "#f2f2f2"; g.beginPath(); g.moveTo(60, 150); g.lineTo(400, 150); g.lineTo(300, 90); g.closePath(); g.fill();
  // A photo as papers print one: a JPEG without transparency.
  const photo = document.createElement("img");
  photo.src = canvas.toDataURL("image/jpeg", 0.8);
  photo.alt = "";
  canvas.replaceWith(photo);
}
</script></body></html>`;
}

/** The union of the boxes of each story element's text and pictures, in fractions of the page. */
function measure(): { slug: string; rect: { x: number; y: number; width: number; height: number } }[] {
  const W = document.body.offsetWidth, H = document.body.offsetHeight;
  return [...document.querySelectorAll<HTMLElement>("[data-story]")].map((el) => {
    const boxes: DOMRect[] = [...el.querySelectorAll("img")].map((c) => c.getBoundingClientRect());
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(...range.getClientRects());
    }
    const left = Math.min(...boxes.map((b) => b.left)), top = Math.min(...boxes.map((b) => b.top));
    const right = Math.max(...boxes.map((b) => b.right)), bottom = Math.max(...boxes.map((b) => b.bottom));
    return { slug: el.dataset.story!, rect: { x: left / W, y: top / H, width: (right - left) / W, height: (bottom - top) / H } };
  });
}

/** Prints the page to `pdfPath` and returns where each story was laid out. */
export async function printPage(browser: Browser, html: string, pdfPath: string): Promise<PageTruth> {
  const page = await browser.newPage({ viewport: PAGE });
  try {
    await page.emulateMedia({ media: "print" });
    await page.setContent(html);
    const overflow = await page.evaluate(() => document.querySelector("main")!.getBoundingClientRect().bottom - document.body.offsetHeight);
    if (overflow > -36) throw new Error(`the stories do not fit the page (${Math.round(overflow + 36)} px too tall); lay out fewer or shorter stories`);
    const measured = await page.evaluate(measure);
    await page.pdf({ path: pdfPath, width: `${PAGE.width}px`, height: `${PAGE.height}px`, printBackground: true, preferCSSPageSize: true });
    const stories = new Map<string, Rect[]>();
    for (const { slug, rect } of measured) stories.set(slug, [...(stories.get(slug) ?? []), rect]);
    return { stories: [...stories].map(([slug, rects]) => ({ slug, rects })) };
  } finally {
    await page.close();
  }
}

/** A scan: the same page as one picture, no text layer. */
export async function printScan(browser: Browser, html: string, pdfPath: string): Promise<void> {
  const page = await browser.newPage({ viewport: PAGE });
  try {
    await page.setContent(html);
    const png = await page.screenshot({ type: "png" });
    await page.setContent(`<!doctype html><style>@page{size:${PAGE.width}px ${PAGE.height}px;margin:0}body{margin:0}img{display:block;width:${PAGE.width}px}</style><img src="data:image/png;base64,${png.toString("base64")}">`);
    await page.pdf({ path: pdfPath, width: `${PAGE.width}px`, height: `${PAGE.height}px`, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

/** A file that starts like a PDF and breaks off: what an interrupted upload leaves. */
export function writeDamaged(pdf: Buffer, path: string): void {
  writeFileSync(path, pdf.subarray(0, Math.floor(pdf.length / 3)));
}

/** Articles as the page prints them, in print order; `jumping` names the story continued further down. */
export function storiesFrom(articles: readonly ContentArticle[], jumping?: string): PrintedStory[] {
  return [...articles].sort((a, b) => a.meta.order - b.meta.order).map((a) => ({
    slug: a.slug, type: a.meta.type, title: a.meta.title, kicker: a.meta.kicker, subtitle: a.meta.subtitle,
    byline: a.meta.reporter.length ? `■ ${a.meta.reporter.map((r) => `${r.role ?? ""} ${r.name}`.trim()).join(" ")}` : undefined,
    paragraphs: a.body.split(/\n\s*\n/).map((p) => p.replace(/^#+\s*/, "").trim()).filter(Boolean),
    jumps: a.slug === jumping,
  }));
}
