/**
 * The e-paper's 版面 in the model (pure): each printed page with a PDF, in one
 * script, with its images, its stories' regions as links, its story list and
 * its neighbours. Both scripts show the same images and PDF.
 */
import type { Region } from "../article/record.ts";
import { IMAGE_SIZES, IMAGE_WIDTHS, type ImageSize } from "./images.ts";
import { paths } from "./paths.ts";

/** One printed page with a PDF, as the site model needs it. */
export interface PrintedPage {
  date: string;
  page: number;
  /** 版名 from edition.yml, when it names one. */
  name?: string;
  /** Height over width of the printed page. */
  aspect: number;
  /** Where each story is, by article slug; empty when the PDF has no text layer and no article names its regions. */
  regions: { slug: string; rects: Region[] }[];
  /** Slugs of the page's articles that could not be found on it. */
  unplaced: string[];
}

/** The files a printed page is published as, beside its 版面 page. */
export function printedFiles(date: string, page: number): { pdf: string } & Record<ImageSize, string> {
  const base = paths.printedPage(date, page).replace(/\.html$/, "");
  return { pdf: `${base}.pdf`, ...(Object.fromEntries(IMAGE_SIZES.map((size) => [size, `${base}-${size}.webp`])) as Record<ImageSize, string>) };
}



/** What the views need of an article: its link, its title, its page and its file's slug. */
interface StoryRef { path: string; title: string; page?: number }

export interface PrintedPageRef { number: number; label: string; path: string; thumb: PrintedImage }
export interface PrintedImage { path: string; width: number; height: number }
/** A rectangle as CSS percentages of the image (left, top, width, height). */
export interface RegionBox { left: string; top: string; width: string; height: string }

export interface PrintedPageView<Story extends StoryRef = StoryRef> extends PrintedPageRef {
  date: string;
  pdf: string;
  images: Record<ImageSize, PrintedImage>;
  /** Every story with a place on the page, each rectangle a link; a story over several places has several. */
  regions: { story: Story; boxes: RegionBox[] }[];
  /** The page's stories in print order, found on the image or not. */
  stories: Story[];
  /** Stories of the page that were not found on its image. */
  unplaced: Story[];
  prev: PrintedPageRef | null;
  next: PrintedPageRef | null;
}

const percent = (n: number) => `${(Math.min(1, Math.max(0, n)) * 100).toFixed(2)}%`;
export const regionBox = (r: Region): RegionBox => ({ left: percent(r.x), top: percent(r.y), width: percent(r.width), height: percent(r.height) });

/**
 * The views of one edition's printed pages. `stories` are the edition's
 * articles in print order, `slugOf` names each one's file, `label` gives a
 * page's 第3版·综合 in this script.
 */
export function printedViews<Story extends StoryRef>(date: string, printed: readonly PrintedPage[], stories: readonly Story[], slugOf: (story: Story) => string, label: (page: PrintedPage) => string): PrintedPageView<Story>[] {
  const refs: PrintedPageRef[] = printed.map((p) => {
    const files = printedFiles(date, p.page);
    return { number: p.page, label: label(p), path: paths.printedPage(date, p.page), thumb: { path: files.thumb, width: IMAGE_WIDTHS.thumb, height: Math.round(IMAGE_WIDTHS.thumb * p.aspect) } };
  });
  return printed.map((p, i) => {
    const files = printedFiles(date, p.page);
    const onPage = stories.filter((s) => s.page === p.page);
    const bySlug = new Map(onPage.map((s) => [slugOf(s), s]));
    const images = Object.fromEntries(IMAGE_SIZES.map((size) => [size, { path: files[size], width: IMAGE_WIDTHS[size], height: Math.round(IMAGE_WIDTHS[size] * p.aspect) }])) as Record<ImageSize, PrintedImage>;
    const regions = p.regions.flatMap((r) => {
      const story = bySlug.get(r.slug);
      return story ? [{ story, boxes: r.rects.map(regionBox) }] : [];
    });
    const placed = new Set(regions.map((r) => r.story));
    return { ...refs[i]!, date, pdf: files.pdf, images, regions, stories: onPage, unplaced: onPage.filter((s) => !placed.has(s)), prev: refs[i - 1] ?? null, next: refs[i + 1] ?? null };
  });
}
