/**
 * The URL scheme. Every page has a site path like "2023-12-14/zheng-wu.html";
 * the Simplified page lives at that path, the Traditional one under "zh-hant/".
 * Links are written relative to the page that contains them and always name a
 * file (…/index.html), so the site works at a host root, in a subfolder, and
 * from file:// without rebuilding.
 */
import { pinyinSlug } from "../article/slug.ts";

export type Script = "hans" | "hant";
export const SCRIPTS: readonly Script[] = ["hans", "hant"];
export const LANG: Record<Script, string> = { hans: "zh-Hans", hant: "zh-Hant" };
const PREFIX: Record<Script, string> = { hans: "", hant: "zh-hant/" };

export const paths = {
  front: () => "index.html",
  edition: (date: string) => `${date}/index.html`,
  article: (date: string, slug: string) => `${date}/${slug}.html`,
  /** A printed page's 版面 view, in a folder of its own (article names cannot clash with it): 2023-12-14/pages/03.html. */
  printedPage: (date: string, page: number) => `${date}/pages/${String(page).padStart(2, "0")}.html`,
  /** A story's photo at one width, published once for both scripts: 2023-12-14/photos/<slug>-640.webp. */
  photo: (date: string, slug: string, width: number) => `${date}/photos/${slug}-${width}.webp`,
  /** 往期: the newest year's calendar, or (given a year) an earlier year's. */
  archive: (year?: string) => (year === undefined ? "archive/index.html" : `archive/${year}.html`),
  sections: () => "sections/index.html",
  section: (slug: string, pageNumber = 1) => `sections/${slug}/${pageNumber === 1 ? "index" : pageNumber}.html`,
  reporters: () => "reporters/index.html",
  reporter: (slug: string, pageNumber = 1) => `reporters/${slug}/${pageNumber === 1 ? "index" : pageNumber}.html`,
  notFound: () => "404.html",
  stylesheet: () => "assets/site.css",
  search: () => "search/index.html",
  /** 待核对: the live preview's list of open review notes. */
  review: () => "review/index.html",
  /** The site's feeds, or (given its folder, "sections/yao-wen/") a section's, next to its index pages. */
  feed: (format: FeedFormat, folder = "") => `${folder}feed.${FEED_EXTENSION[format]}`,
  /** The sitemap's index, and its files (src/site/formats/sitemap.ts). */
  sitemap: () => "sitemap.xml",
  sitemapFile: (name: string) => `sitemaps/${name}.xml`,
  robots: () => "robots.txt",
};

/** The stylesheet, the icon and the search script: copied as they are from `source` (the project's) to `output` (the site's). */
export const ASSETS = { source: "templates/assets", output: "assets" } as const;

export type FeedFormat = "atom" | "json";
const FEED_EXTENSION: Record<FeedFormat, string> = { atom: "xml", json: "json" };

/** Where a page of one script is written, relative to the output folder. */
export function outputPath(script: Script, sitePath: string): string {
  return PREFIX[script] + sitePath;
}

/** The published address of a page in a script (site.json url + path; a folder's index.html left off). */
export function publishedUrl(siteUrl: string, script: Script, sitePath: string): string {
  return siteUrl + outputPath(script, sitePath).replace(/(^|\/)index\.html$/, "$1");
}

/** The script of a page, from its output URL ("/zh-hant/…" or not). */
export function scriptOf(url: string): Script {
  return url.replace(/^\/+/, "").startsWith(PREFIX.hant) ? "hant" : "hans";
}

/** The folders of the page being written: a page asks for ≈25 links in a row (≈300,000 per 5,000-article build). */
let folders = { of: "", names: [] as string[] };

/** A relative link from the page written at `fromOutput` to the file at `toOutput` (both output-relative). */
export function relativeLink(fromOutput: string, toOutput: string): string {
  if (folders.of !== fromOutput) folders = { of: fromOutput, names: fromOutput.replace(/^\/+/, "").split("/").slice(0, -1) };
  const { names } = folders;
  const to = toOutput.startsWith("/") ? toOutput.replace(/^\/+/, "") : toOutput;
  let shared = 0;
  let offset = 0;
  // A shared folder is a name followed by "/" in the target (its last name is the file).
  while (shared < names.length && to.startsWith(names[shared]!, offset) && to.charCodeAt(offset + names[shared]!.length) === 47) {
    offset += names[shared]!.length + 1;
    shared++;
  }
  return "../".repeat(names.length - shared) + to.slice(offset);
}

/** Eleventy reports ".../index.html" permalinks as ".../": turn a page URL back into its file. */
export function fileOfUrl(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Slugs for many names, made unique (张伟 and 章伟 both read zhang-wei) in a stable order; `slugOf` spells one (the model keeps them in its memo). */
export function uniqueSlugs(names: Iterable<string>, slugOf: (name: string) => string = pinyinSlug): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Map<string, number>();
  for (const name of [...new Set(names)].sort()) {
    const base = slugOf(name) || "x";
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    result.set(name, n === 1 ? base : `${base}-${n}`);
  }
  return result;
}
