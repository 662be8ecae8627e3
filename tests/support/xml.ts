/** XML checks shared by the sitemap and feed tests. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

/** xmllint's complaint about the document, or "" when it is well formed. */
export function xmllintErrors(xml: string): string {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** Parses with attributes kept (`@_name`) and repeated elements always as arrays. */
export function parseXml(xml: string, arrays: string[]): Record<string, any> {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => arrays.includes(name) }).parse(xml);
}

/** The files sitemap.xml names in the built `site`, as paths under it, with the dates it gives them. */
export function sitemapIndex(site: string, siteUrl: string): { file: string; lastmod?: string }[] {
  const xml = readFileSync(join(site, "sitemap.xml"), "utf8");
  const errors = xmllintErrors(xml);
  if (errors) throw new Error(`sitemap.xml: ${errors}`);
  const index = parseXml(xml, ["sitemap"]).sitemapindex;
  return (index.sitemap as { loc: string; lastmod?: string }[]).map(({ loc, lastmod }) => ({ file: loc.slice(siteUrl.length), ...(lastmod ? { lastmod } : {}) }));
}

/** Every <url> of the sitemap's files of the built `site`, each file checked well formed. */
export function sitemapUrls(site: string, siteUrl: string): { loc: string; lastmod?: string; "xhtml:link": { "@_hreflang": string; "@_href": string }[] }[] {
  return sitemapIndex(site, siteUrl).flatMap(({ file }) => {
    const xml = readFileSync(join(site, file), "utf8");
    const errors = xmllintErrors(xml);
    if (errors) throw new Error(`${file}: ${errors}`);
    return parseXml(xml, ["url", "xhtml:link"]).urlset.url;
  });
}
