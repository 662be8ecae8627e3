/**
 * A full build writes the site in parts. Eleventy keeps every page it has
 * rendered in memory until `write()` returns (≈15–20 KB a page here, ≈200 MB for
 * a 5,000-article archive in two scripts), so the build hands it the pages a part
 * at a time and memory stays bounded as the archive grows. A part is measured in
 * article pages: cut by count, a part of edition pages held four times a part of
 * articles, and the part with the sitemap 119 MB at 100,000 articles.
 */
import type { Paper } from "../site/paper.ts";

type Render = Paper["render"];

/**
 * An article's page is ≈11 KB of HTML; a list adds ≈1 KB for each article it shows, a
 * sitemap file as much for each page it lists. Measured at 100,000 articles: an edition's
 * page 52 KB (40 articles), a section's or reporter's 23 KB (20), a year's sitemap file
 * 15 MB (14,600 pages).
 */
const PER_ITEM = 1 / 11;
const ITEMS: { [K in keyof Render]?: (page: Render[K][number]) => number } = {
  front: (page) => page.edition?.articles.length ?? 0,
  edition: (page) => page.edition.articles.length,
  section: (page) => page.articles.length,
  reporter: (page) => page.articles.length,
  sitemap: (page) => ("pages" in page ? page.pages.length : 0),
};

/** What a page of `kind` holds while its part is written, in article pages. */
export function weightOf<K extends keyof Render>(kind: K, page: Render[K][number]): number {
  return 1 + (ITEMS[kind]?.(page) ?? 0) * PER_ITEM;
}

/**
 * `render` cut into consecutive parts of at most `size` article pages' weight (a heavier
 * page alone), in rendering order; every part has every kind.
 */
export function renderShards(render: Render, size: number): Render[] {
  if (!(size >= 1)) throw new RangeError(`shard size must be at least 1 page, not ${size}`);
  const kinds = Object.keys(render) as (keyof Render)[];
  const empty = (): Render => Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Render;
  const shards: Render[] = [];
  let shard = empty();
  // Every page weighs at least 1, so a part with pages has weight.
  let weight = 0;
  for (const kind of kinds) {
    for (const page of render[kind]) {
      const w = weightOf(kind, page);
      if (weight > 0 && weight + w > size) {
        shards.push(shard);
        shard = empty();
        weight = 0;
      }
      (shard[kind] as unknown[]).push(page);
      weight += w;
    }
  }
  if (weight > 0 || shards.length === 0) shards.push(shard);
  return shards;
}
