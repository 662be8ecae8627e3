/**
 * The e-paper's 版面 in the model (pure): each printed page with a PDF, in one
 * script, with its images, its stories' regions as links, its story list and
 * its neighbours. Both scripts show the same images and PDF.
 */
import type { Rect } from "../pdf/geometry.ts";
import { printedFiles, type PrintedPage } from "../pdf/printed-pages.ts";
import { IMAGE_WIDTHS, type ImageSize } from "../pdf/render.ts";
import { paths } from "./paths.ts";

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
export const regionBox = (r: Rect): RegionBox => ({ left: percent(r.x), top: percent(r.y), width: percent(r.width), height: percent(r.height) });

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
    const images = Object.fromEntries((Object.keys(IMAGE_WIDTHS) as ImageSize[]).map((size) => [size, { path: files[size], width: IMAGE_WIDTHS[size], height: Math.round(IMAGE_WIDTHS[size] * p.aspect) }])) as Record<ImageSize, PrintedImage>;
    const regions = p.regions.flatMap((r) => {
      const story = bySlug.get(r.slug);
      return story ? [{ story, boxes: r.rects.map(regionBox) }] : [];
    });
    const placed = new Set(regions.map((r) => r.story));
    return { ...refs[i]!, date, pdf: files.pdf, images, regions, stories: onPage, unplaced: onPage.filter((s) => !placed.has(s)), prev: refs[i - 1] ?? null, next: refs[i + 1] ?? null };
  });
}
