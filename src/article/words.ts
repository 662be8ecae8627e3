/**
 * Chinese words, found by jieba (@node-rs/jieba): shared by the splitter (does a line end
 * in the middle of a word?) and the site (headlines break between words; the Traditional
 * edition finds person names with its tagger).
 */
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";

// The dictionary takes ≈0.25 s to load: only when a word is first asked for.
let jieba: Jieba | undefined;

/** jieba with its bundled dictionary, loaded on first use. */
export function wordCutter(): Jieba {
  if (!jieba) {
    // Required here, not imported: the dictionary module reads its 11 MB of files as it loads.
    const require = createRequire(import.meta.url);
    const { Jieba: Cutter } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    jieba = Cutter.withDict((require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js")).dict);
  }
  return jieba;
}
