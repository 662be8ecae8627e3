/**
 * The build's step for the e-paper's 版面: every page PDF of every edition
 * (edition.yml's `pdf`, else content/<date>/pages/NN.pdf) rendered to images,
 * its stories found on it, the photos its stories hold cropped from it, and the
 * PDF and images copied into the site. Rendering and text extraction are cached
 * by the PDF's content hash, so a rebuild reads the cache instead of the PDF. A
 * PDF that cannot be used is a warning naming the file and what to do; the rest
 * of the edition builds.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITION_FILE, defaultPdfPath, type EditionPage } from "../article/edition.ts";
import type { Rect } from "../pdf/geometry.ts";
import { photosOf, storyPhoto } from "../pdf/photos.ts";
import { PdfProblem } from "../pdf/problem.ts";
import { articleText, findRegions } from "../pdf/regions.ts";
import type { PageText } from "../pdf/text.ts";
import type { Content, ContentArticle, Problem } from "../site/content.ts";
import { contentRoot, notAFile, resolveInContent } from "../site/content-path.ts";
import { IMAGE_SIZES, IMAGE_WIDTHS, PHOTO_WIDTHS } from "../site/images.ts";
import { photoFiles, type StoryPhoto } from "../site/photo.ts";
import { printedFiles, type PrintedPage } from "../site/printed.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where rendered pages are kept between builds: PAGE_IMAGE_CACHE, or .cache/page-images in the project. */
export function pageImageCache(): string {
  return resolve(process.env.PAGE_IMAGE_CACHE ?? join(PROJECT, ".cache/page-images"));
}

/**
 * What the cache keeps of a page PDF besides its images; `pages` counts the PDF's pages
 * (only the first is shown); `photos` are the photos printed on it (photosOf), each
 * kept as photo-<index>-<width>.webp.
 */
interface Cached { aspect: number; pages: number; text: PageText; photos: { rect: Rect; aspect: number }[] }
/** Part of each cache folder's name: raised when what is cached changes (image sizes, page.json), so old entries are not read. */
const CACHE_FORMAT = "v2";

/** A photo's file in a page's cache folder. */
const cachedPhoto = (folder: string, index: number, width: number) => join(folder, `photo-${index}-${width}.webp`);

/** The page's text and images from the cache, rendering them first when this PDF was never seen. */
async function cachedPage(bytes: Uint8Array, cache: string): Promise<{ folder: string; cached: Cached }> {
  const folder = join(cache, `${CACHE_FORMAT}-${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}`);
  const record = join(folder, "page.json");
  if (existsSync(record)) return { folder, cached: JSON.parse(readFileSync(record, "utf8")) as Cached };
  // pdf.js, the canvas and sharp are loaded only for a PDF never seen (≈0.3 s of a build's start).
  const [{ openPdf }, { pageText }, { renderPage, renderPhotos }] = await Promise.all([import("../pdf/pdfjs.ts"), import("../pdf/text.ts"), import("../pdf/render.ts")]);
  const doc = await openPdf(bytes);
  try {
    const text = await pageText(doc);
    const { images, aspect } = await renderPage(doc, IMAGE_WIDTHS);
    const rects = photosOf(text.pictures, text);
    const rendered = await renderPhotos(doc, rects, PHOTO_WIDTHS);
    const pages = doc.numPages;
    mkdirSync(folder, { recursive: true });
    for (const size of IMAGE_SIZES) writeFileSync(join(folder, `${size}.webp`), images[size]);
    rendered.forEach((photo, i) => PHOTO_WIDTHS.forEach((width) => writeFileSync(cachedPhoto(folder, i, width), photo.files[width])));
    const photos = rects.map((rect, i) => ({ rect, aspect: rendered[i]!.aspect }));
    // Written last: a folder with page.json is complete.
    writeFileSync(record, JSON.stringify({ aspect, pages, text, photos }));
    return { folder, cached: { aspect, pages, text, photos } };
  } finally {
    await doc.destroy();
  }
}

/**
 * Every page of an edition that has a PDF: from its page list (edition.yml), the articles' pages,
 * and the files in pages/. A PDF is published as it is read, so one that resolves outside the
 * content folder (`root`, real), or is no file, is a problem named instead.
 */
function pagePdfs(root: string, editionDir: string, list: readonly EditionPage[], articles: readonly ContentArticle[]): { pdfs: { page: number; name?: string; pdf: string }[]; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const listed = new Map(list.map((p) => [p.page, p]));
  const numbers = new Set([...listed.keys(), ...articles.flatMap((a) => (a.meta.page ? [a.meta.page] : []))]);
  const folder = join(editionDir, "pages");
  const pages = resolveInContent(root, folder);
  if (pages.kind === "refused") problems.push({ path: folder, message: `${pages.message}; no PDF in it is published until then` });
  if (pages.kind === "folder") for (const name of readdirSync(folder)) if (/^\d{1,3}\.pdf$/i.test(name)) numbers.add(Number(name.replace(/\.pdf$/i, "")));
  const pdfs = [...numbers]
    .sort((a, b) => a - b)
    .map((page) => ({ page, name: listed.get(page)?.name, pdf: join(editionDir, listed.get(page)?.pdf ?? defaultPdfPath(page)) }))
    .filter(({ page, pdf }) => {
      // An edition without a pages/ folder (most of an archive): no PDF in it, and no look-ups for each page's (20,000 at 2,500 editions).
      if (pages.kind === "missing" && pdf.startsWith(folder + sep)) return false;
      const found = resolveInContent(root, pdf);
      const problem = notAFile(found, "a page's PDF");
      // Under a pages/ folder already named, the folder's problem is its PDFs'.
      if (problem && !(pages.kind === "refused" && pdf.startsWith(folder + sep))) problems.push({ path: pdf, message: `${problem}; 第${page}版 is shown without its page image until then` });
      return found.kind === "file";
    });
  return { pdfs, problems };
}

/**
 * Renders (or takes from the cache) every page PDF under `contentDir`, writes the
 * PDFs and images into `output`, places the articles, and publishes the photo each
 * article's regions hold (unless its front matter names an image). Warnings name the file.
 */
export async function publishPrintedPages(content: Content, contentDir: string, output: string, cache = pageImageCache()): Promise<{ pages: PrintedPage[]; photos: StoryPhoto[]; warnings: Problem[]; files: string[] }> {
  const pages: PrintedPage[] = [];
  const photos: StoryPhoto[] = [];
  const files: string[] = [];
  const warnings: Problem[] = [];
  const shown = (path: string) => (relative(process.cwd(), path).startsWith("..") ? path : relative(process.cwd(), path));
  const byDate = new Map<string, ContentArticle[]>();
  for (const a of content.articles) byDate.set(a.meta.date, [...(byDate.get(a.meta.date) ?? []), a]);
  const dates = readdirSync(contentDir).filter((name) => byDate.has(name) || existsSync(join(contentDir, name, "pages")) || existsSync(join(contentDir, name, EDITION_FILE)));
  const root = contentRoot(contentDir);
  for (const date of dates.sort()) {
    const articles = byDate.get(date) ?? [];
    const { pdfs, problems } = pagePdfs(root, join(contentDir, date), content.pageLists.get(date)?.pages ?? [], articles);
    for (const { path, message } of problems) warnings.push({ file: shown(path), message });
    for (const { page, name, pdf } of pdfs) {
      const file = shown(pdf);
      let folder: string, cached: Cached;
      try {
        ({ folder, cached } = await cachedPage(readFileSync(pdf), cache));
      } catch (e) {
        if (!(e instanceof PdfProblem)) throw e;
        warnings.push({ file, message: `${e.message}; 第${page}版 is shown without its page image until then` });
        continue;
      }
      if (cached.pages > 1) warnings.push({ file, message: `has ${cached.pages} pages; only the first is shown as 第${page}版: give each printed page a PDF of its own` });
      const onPage = articles.filter((a) => a.meta.page === page);
      if (!cached.text.lines.length && !(onPage.length && onPage.every((a) => a.meta.regions))) {
        warnings.push({ file, message: "has no text layer (a scanned page?), so its stories cannot be found on it; export the page from the typesetting system with its text, or give each article regions: in its front matter" });
      }
      const toFind = onPage.filter((a) => !a.meta.regions);
      const found = cached.text.lines.length ? findRegions(cached.text, toFind.map(articleText)) : { placed: [], unplaced: toFind.map((a) => a.slug) };
      for (const slug of cached.text.lines.length ? found.unplaced : []) {
        warnings.push({ file: onPage.find((a) => a.slug === slug)!.file, message: `was not found on 第${page}版's PDF (${file}); it is listed beside the page image; check that it belongs to page ${page}, or give it regions: in its front matter` });
      }
      const regions = [...onPage.flatMap((a) => (a.meta.regions ? [{ slug: a.slug, rects: a.meta.regions }] : [])), ...found.placed];
      const published = printedFiles(date, page);
      mkdirSync(join(output, dirname(published.pdf)), { recursive: true });
      copyFileSync(pdf, join(output, published.pdf));
      for (const size of IMAGE_SIZES) copyFileSync(join(folder, `${size}.webp`), join(output, published[size]));
      files.push(published.pdf, ...IMAGE_SIZES.map((size) => published[size]));
      pages.push({ date, page, name, aspect: cached.aspect, regions, unplaced: found.unplaced });
      for (const { slug, rects } of regions) {
        const article = onPage.find((a) => a.slug === slug)!;
        const index = storyPhoto(cached.photos.map((p) => p.rect), rects);
        // An image the editor names is their word on the story's photo (src/build/editor-photos.ts).
        if (index === undefined || article.meta.image) continue;
        const targets = photoFiles(date, slug);
        mkdirSync(join(output, dirname(targets[PHOTO_WIDTHS[0]])), { recursive: true });
        for (const width of PHOTO_WIDTHS) copyFileSync(cachedPhoto(folder, index, width), join(output, targets[width]));
        files.push(...PHOTO_WIDTHS.map((width) => targets[width]));
        photos.push({ file: article.file, aspect: cached.photos[index]!.aspect, source: `${basename(folder)}:${index}` });
      }
    }
  }
  return { pages, photos, warnings, files };
}
