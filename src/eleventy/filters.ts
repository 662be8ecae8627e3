/**
 * Nunjucks filters. Links are computed from the page being written (this.page.url),
 * so templates name targets by site path and never build URLs by hand.
 */
import { fileOfUrl, outputPath, publishedUrl, relativeLink, scriptOf, type Script } from "../site/paths.ts";

interface FilterThis {
  page: { url: string };
  ctx: { entry: { kind: string; siteUrl: string } };
}

function absolute(entry: FilterThis["ctx"]["entry"], script: Script, sitePath: string): string {
  return publishedUrl(entry.siteUrl, script, sitePath);
}

/**
 * The 404 page is served at any address, so no relative link holds on it. It links by
 * path from the host's root (/paper/assets/site.css for a site at …/paper/): that holds
 * on the published host and on any other the site is copied to or previewed on, where
 * a full URL would fetch the stylesheet from the published host, or nothing.
 */
function rooted(entry: FilterThis["ctx"]["entry"], script: Script, sitePath: string): string {
  const url = new URL(absolute(entry, script, sitePath));
  return url.pathname + url.search + url.hash;
}

/** A link to a page of the same script. */
export function href(this: FilterThis, sitePath: string): string {
  const script = scriptOf(this.page.url);
  if (this.ctx.entry.kind === "notFound") return rooted(this.ctx.entry, script, sitePath);
  return relativeLink(fileOfUrl(this.page.url), outputPath(script, sitePath));
}

/** A link to a file both scripts share (the stylesheet). */
export function assetHref(this: FilterThis, sitePath: string): string {
  if (this.ctx.entry.kind === "notFound") return new URL(sitePath, this.ctx.entry.siteUrl).pathname;
  return relativeLink(fileOfUrl(this.page.url), sitePath);
}

/** A link to the same page in the other script. */
export function otherScript(this: FilterThis, sitePath: string): string {
  const other: Script = scriptOf(this.page.url) === "hans" ? "hant" : "hans";
  if (this.ctx.entry.kind === "notFound") return rooted(this.ctx.entry, other, sitePath);
  return relativeLink(fileOfUrl(this.page.url), outputPath(other, sitePath));
}

/** The published address of a page in a script (canonical, hreflang). */
export function absoluteUrl(this: FilterThis, sitePath: string, script?: Script): string {
  return absolute(this.ctx.entry, script ?? scriptOf(this.page.url), sitePath);
}
