/**
 * A story's photo in the model (pure): the files the build published for it,
 * cropped from its printed page or named by its editor, as an image's sizes.
 */
import { PHOTO_WIDTHS, type PhotoWidth } from "./images.ts";
import { paths } from "./paths.ts";

/** A photo the build published for an article (src/build/printed-pages.ts, src/build/editor-photos.ts). */
export interface StoryPhoto {
  /** The article's file, as its ContentArticle names it. */
  file: string;
  /** Height over width. */
  aspect: number;
  /**
   * What the files were made from (the page PDF's digest and the photo's place on it,
   * or the image file's digest): the pages that show the photo change with it.
   */
  source: string;
}

export interface PhotoImage { path: string; width: number; height: number }
/** The photo's files, narrowest first. */
export interface PhotoView { images: PhotoImage[]; largest: PhotoImage; source: string }

/** Where a story's photo is published at each width, beside the edition's pages: 2023-12-14/photos/<slug>-640.webp. */
export function photoFiles(date: string, slug: string): Record<PhotoWidth, string> {
  return Object.fromEntries(PHOTO_WIDTHS.map((width) => [width, paths.photo(date, slug, width)])) as Record<PhotoWidth, string>;
}

export function photoView(date: string, slug: string, photo: StoryPhoto): PhotoView {
  const files = photoFiles(date, slug);
  const images = PHOTO_WIDTHS.map((width) => ({ path: files[width], width, height: Math.round(width * photo.aspect) }));
  return { images, largest: images[images.length - 1]!, source: photo.source };
}
