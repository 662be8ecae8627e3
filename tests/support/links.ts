/** Checks on built pages that hold for every site: links, languages, alternates. */
import { existsSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { listFiles, page } from "./site.ts";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Every internal link of every page that does not lead to a built file (or to an id in it). */
export function brokenLinks(site: string): string[] {
  const broken: string[] = [];
  for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
    const $ = page(site, file);
    // The 404 page is served at any address, so it alone links from the host's root (site.test.ts checks it).
    if (file.endsWith("404.html")) continue;
    $("a[href], link[href], img[src], script[src]").each((_, el) => {
      const rel = $(el).attr("rel") ?? "";
      const target = $(el).attr("href") ?? $(el).attr("src")!;
      if (/\b(canonical|alternate)\b/.test(rel) && SCHEME.test(target)) return;
      if (SCHEME.test(target) || target.startsWith("/")) {
        broken.push(`${file}: ${target} is not relative`);
        return;
      }
      const [path, fragment] = target.split("#") as [string, string?];
      if (path.endsWith("/") || (path === "" && fragment === undefined)) {
        broken.push(`${file}: ${target} names a folder, not a file (breaks on file://)`);
        return;
      }
      const resolved = path === "" ? file : normalize(join(dirname(file), decodeURIComponent(path))).split("\\").join("/");
      if (resolved.startsWith("..") || !existsSync(join(site, resolved))) {
        broken.push(`${file}: ${target} → ${resolved} does not exist`);
      } else if (fragment && resolved.endsWith(".html") && page(site, resolved)(`[id="${fragment}"]`).length === 0) {
        broken.push(`${file}: ${target} → no id "${fragment}" in ${resolved}`);
      }
    });
  }
  return broken;
}

/** Pages whose lang, hreflang alternates or script switch do not pair up with their twin. */
export function scriptPairProblems(site: string, siteUrl: string): string[] {
  const problems: string[] = [];
  for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
    const hant = file.startsWith("zh-hant/");
    const sitePath = hant ? file.slice("zh-hant/".length) : file;
    const twin = hant ? sitePath : `zh-hant/${sitePath}`;
    const $ = page(site, file);
    const lang = $("html").attr("lang");
    if (lang !== (hant ? "zh-Hant" : "zh-Hans")) problems.push(`${file}: lang="${lang}"`);
    if (!existsSync(join(site, twin))) problems.push(`${file}: no twin page ${twin}`);
    const published = (p: string) => siteUrl + p.replace(/(^|\/)index\.html$/, "$1");
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr("hreflang"), $(el).attr("href")]]).get());
    const expected = { "zh-Hans": published(sitePath), "zh-Hant": published(`zh-hant/${sitePath}`), "x-default": published(sitePath) };
    if (JSON.stringify(alternates) !== JSON.stringify(expected)) problems.push(`${file}: hreflang alternates ${JSON.stringify(alternates)}`);
    if (file.endsWith("404.html")) continue;
    // Conversion must never touch a URL: apart from the script switch, both twins link to the same places
    // (each to its own script's pages; to the same files both scripts share, such as a page's PDF).
    if (hant) {
      const links = (path: string) => page(site, path)("a[href]:not([hreflang])").map((_, a) => {
        const href = page(site, path)(a).attr("href")!;
        return SCHEME.test(href) || href.startsWith("#") ? href : normalize(join(dirname(path), href)).split("\\").join("/").replace(/^zh-hant\//, "");
      }).get().join(" ");
      if (links(file) !== links(twin)) problems.push(`${file}: links differ from ${twin}`);
    }
    const switchLink = $(".script-switch a");
    const target = normalize(join(dirname(file), switchLink.attr("href") ?? "")).split("\\").join("/");
    if (target !== twin || switchLink.attr("hreflang") !== (hant ? "zh-Hans" : "zh-Hant")) problems.push(`${file}: script switch goes to ${target}`);
  }
  return problems;
}
