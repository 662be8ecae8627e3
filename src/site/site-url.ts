/**
 * Absolute URLs for what leaves the site: feeds, the sitemap, canonical links and
 * structured data. Pages link to each other relatively; only these need the host.
 */

/**
 * The site URL from content/site.json as a base for `new URL`: http(s), ending in `/`
 * so that a subfolder deploy (https://host/paper) keeps its folder.
 * Throws a one-line message an editor can act on.
 */
export function siteBase(url: unknown): URL {
  let base: URL;
  try {
    base = new URL(String(url));
  } catch {
    throw new Error(`content/site.json: "url" must be the address the site is published at, e.g. "https://www.lcdaily.example/" (got ${JSON.stringify(url)})`);
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    throw new Error(`content/site.json: "url" must start with https:// or http:// (got ${JSON.stringify(url)})`);
  }
  if (base.search || base.hash) {
    throw new Error(`content/site.json: "url" must not have a query or #fragment (got ${JSON.stringify(url)})`);
  }
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return base;
}

/** The absolute URL of a site-relative output path ("2023-12-14/zheng-wu/" or "/feed.xml"). */
export function absoluteUrl(base: URL, path: string): string {
  return new URL(path.replace(/^\/+/, ""), base).href;
}
