/**
 * jieba, the word segmenter: headlines break between its words (headline.ts) and
 * the Traditional edition finds person names with its tagger (traditional.ts).
 */
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";

// The dictionary takes ≈0.1–0.25 s to load: only when a text first needs it.
let loaded: Jieba | undefined;

export function segmenter(): Jieba {
  if (!loaded) {
    // Required here, not imported: the dictionary module reads its 11 MB of files as it loads.
    const require = createRequire(import.meta.url);
    const { Jieba: Cutter } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    loaded = Cutter.withDict((require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js")).dict);
  }
  return loaded;
}
