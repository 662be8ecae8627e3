/**
 * What an incremental build renders: every page whose identity differs from the
 * one the manifest recorded for its file, and the files about the whole site when
 * what they list changed. Everything else is kept from the previous site.
 */
import { hash } from "node:crypto";
import { isSitemapFile, sitemapIdentity } from "../site/formats/sitemap.ts";
import { ROBOTS, type ArticlePage, type Paper } from "../site/paper.ts";
import { outputPath, SCRIPTS } from "../site/paths.ts";
import { changedPages, Fingerprints, keyOf, type Identity } from "./fingerprint.ts";

type Render = Paper["render"];

export interface BuildPlan {
  /** The pages to render, as Eleventy's templates read them. */
  render: Render;
  /** Every file the site's pages are written to → its identity. */
  identities: Map<string, Identity>;
  /** How many files `render` writes. */
  rendered: number;
  /** Each edition's article pages in one script → their stamp (articleStamps), for the manifest. */
  stamps: Record<string, string>;
}

/**
 * An article page shows its article, the articles before and after it in its
 * edition, and the edition's date, with the templates, code and settings (the
 * environment, without which no manifest is believed). So the article pages of an
 * edition and script whose outputs and article keys (a digest of the parsed file,
 * the script and the reporters' links: src/site/paper.ts) are, in order, those of
 * the last build, with the same labels and edition, keep the identities the manifest
 * gives them: one digest per edition instead of one per page, and the pages not read
 * field by field (≈0.4 s of a 20,000-article build).
 */
function articleStamps(fingerprints: Fingerprints, pages: readonly ArticlePage[]): Map<string, { pages: ArticlePage[]; stamp: string | undefined }> {
  const groups = new Map<string, { pages: ArticlePage[]; stamp: string | undefined }>();
  for (const page of pages) {
    const name = `${page.script}:${page.edition.date}`;
    (groups.get(name) ?? groups.set(name, { pages: [], stamp: undefined }).get(name)!).pages.push(page);
  }
  for (const group of groups.values()) {
    const [first] = group.pages as [ArticlePage];
    let text = JSON.stringify([first.script, first.lang, first.paper, first.description, first.siteUrl, fingerprints.of(first.ui), fingerprints.of(first.edition)]);
    for (const page of group.pages) {
      const key = keyOf(page.article);
      // A view without a key (none in a build) is read field by field: no stamp for its edition.
      if (key === undefined || page.edition !== first.edition) {
        text = "";
        break;
      }
      text += `\n${page.output}\u0000${key}`;
    }
    group.stamp = text ? hash("sha1", text, "base64url") : undefined;
  }
  return groups;
}

/** Article pages whose edition's stamp is the one `stamps` recorded and whose files the site in place has, with their identities there. */
function keptArticles(groups: ReturnType<typeof articleStamps>, previous: ReadonlyMap<string, Identity>, stamps: Readonly<Record<string, string>>): Map<string, Identity> {
  const kept = new Map<string, Identity>();
  for (const [name, group] of groups) {
    if (group.stamp === undefined || stamps[name] !== group.stamp || !group.pages.every((page) => previous.has(page.output))) continue;
    for (const page of group.pages) kept.set(page.output, previous.get(page.output)!);
  }
  return kept;
}

/**
 * The sitemap's files and their identities in `previous` when the pages' files are the ones it had:
 * then they list the same paths, and grouping and digesting them all again (≈45 ms at 20,000
 * articles, at every save of the preview) would give the same.
 */
function sameSitemap(pages: ReadonlyMap<string, Identity>, previous: ReadonlyMap<string, Identity>): Map<string, Identity> | undefined {
  const sitemap = new Map<string, Identity>();
  for (const [file, id] of previous) if (isSitemapFile(file)) sitemap.set(file, id);
  const siteFiles = sitemap.size + ROBOTS.filter((file) => previous.has(file.output)).length;
  if (sitemap.size === 0 || previous.size - siteFiles !== pages.size) return undefined;
  for (const file of pages.keys()) if (!previous.has(file)) return undefined;
  return sitemap;
}

/**
 * `previous` is the manifest's record of the site in place (empty for a clean
 * build), `previousStamps` its article stamps (articleStamps); the live preview
 * passes the `fingerprints` of its last rebuild, whose unchanged views it reuses.
 */
export function planBuild(paper: Paper, previous: ReadonlyMap<string, Identity>, previousStamps: Readonly<Record<string, string>> = {}, fingerprints = new Fingerprints()): BuildPlan {
  const identities = new Map<string, Identity>();
  // An edition the model kept as it was (its pages are not in it) keeps its files' identities and its article stamps.
  const stamps: Record<string, string> = {};
  for (const edition of paper.editions) {
    if (edition.modelled) continue;
    for (const script of SCRIPTS) {
      for (const path of [...edition.pages, ...edition.articles]) {
        const output = outputPath(script, path);
        const id = previous.get(output);
        if (id === undefined) throw new Error(`${output} was kept from the last build, which did not write it`);
        identities.set(output, id);
      }
      const name = `${script}:${edition.date}`;
      if (previousStamps[name] !== undefined) stamps[name] = previousStamps[name];
    }
  }
  const render = {} as Record<keyof Render, Render[keyof Render]>;
  const groups = articleStamps(fingerprints, paper.pages.article);
  const keptArticlePages = keptArticles(groups, previous, previousStamps);
  for (const kind of Object.keys(paper.pages) as (keyof Paper["pages"])[]) {
    let pages = paper.pages[kind] as readonly { output: string }[];
    if (kind === "article") {
      for (const [output, id] of keptArticlePages) identities.set(output, id);
      pages = pages.filter((page) => !keptArticlePages.has(page.output));
    }
    const diff = changedPages(fingerprints, pages, previous);
    render[kind] = diff.changed as never;
    for (const [output, id] of diff.identities) identities.set(output, id);
  }
  // The sitemap lists every page by its path; robots.txt names the sitemap. Their settings are the environment's.
  const kept = sameSitemap(identities, previous);
  const sitemap: Render["sitemap"] = [];
  for (const entry of kept ? [] : paper.render.sitemap) {
    const id = sitemapIdentity(entry);
    identities.set(entry.output, id);
    if (previous.get(entry.output) !== id) sitemap.push(entry);
  }
  render.sitemap = sitemap;
  for (const [file, id] of kept ?? []) identities.set(file, id);
  for (const file of ROBOTS) identities.set(file.output, "robots");
  render.robots = ROBOTS.filter((file) => previous.get(file.output) !== "robots");
  const rendered = Object.values(render).reduce((n, pages) => n + pages.length, 0);
  for (const [name, { stamp }] of groups) if (stamp !== undefined) stamps[name] = stamp;
  return { render: render as Render, identities, rendered, stamps };
}
