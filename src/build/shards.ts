/**
 * A full build writes the site in parts. Eleventy keeps every page it has
 * rendered in memory until `write()` returns (≈15–20 KB a page here, ≈200 MB for
 * a 5,000-article archive in two scripts), so the build hands it the pages a part
 * at a time and memory stays bounded as the archive grows.
 */
import type { Paper } from "../site/paper.ts";

type Render = Paper["render"];

/** `render` cut into consecutive parts of at most `size` pages, in rendering order; every part has every kind. */
export function renderShards(render: Render, size: number): Render[] {
  if (!(size >= 1)) throw new RangeError(`shard size must be at least 1 page, not ${size}`);
  const kinds = Object.keys(render) as (keyof Render)[];
  const empty = (): Render => Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Render;
  const shards: Render[] = [];
  let shard = empty();
  let count = 0;
  for (const kind of kinds) {
    for (const page of render[kind]) {
      if (count === size) {
        shards.push(shard);
        shard = empty();
        count = 0;
      }
      (shard[kind] as unknown[]).push(page);
      count++;
    }
  }
  if (count > 0 || shards.length === 0) shards.push(shard);
  return shards;
}
