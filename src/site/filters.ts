/**
 * Nunjucks filters. Links are computed from the page being written (this.page.url),
 * so templates name targets by site path and never build URLs by hand.
 */
import { fileOfUrl, outputPath, publishedUrl, relativeLink, scriptOf, type Script } from "./paths.ts";

interface FilterThis {
  page: { url: string };
  ctx: { entry: { kind: string; siteUrl: string } };
}

function absolute(entry: FilterThis["ctx"]["entry"], script: Script, sitePath: string): string {
  return publishedUrl(entry.siteUrl, script, sitePath);
}

/** A link to a page of the same script. The 404 page is served at any address, so it links absolutely. */
export function href(this: FilterThis, sitePath: string): string {
  const script = scriptOf(this.page.url);
  if (this.ctx.entry.kind === "notFound") return absolute(this.ctx.entry, script, sitePath);
  return relativeLink(fileOfUrl(this.page.url), outputPath(script, sitePath));
}

/** A link to a file both scripts share (the stylesheet). */
export function assetHref(this: FilterThis, sitePath: string): string {
  if (this.ctx.entry.kind === "notFound") return this.ctx.entry.siteUrl + sitePath;
  return relativeLink(fileOfUrl(this.page.url), sitePath);
}

/** A link to the same page in the other script. */
export function otherScript(this: FilterThis, sitePath: string): string {
  const other: Script = scriptOf(this.page.url) === "hans" ? "hant" : "hans";
  if (this.ctx.entry.kind === "notFound") return absolute(this.ctx.entry, other, sitePath);
  return relativeLink(fileOfUrl(this.page.url), outputPath(other, sitePath));
}

/** The published address of a page in a script (canonical, hreflang). */
export function absoluteUrl(this: FilterThis, sitePath: string, script?: Script): string {
  return absolute(this.ctx.entry, script ?? scriptOf(this.page.url), sitePath);
}
