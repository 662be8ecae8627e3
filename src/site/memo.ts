/**
 * What the model works out once and may be told again: each article's facts and
 * text digest, each headline's HTML, the converter to Traditional. The caller
 * makes one memo and passes it to every step (readContent, the model, the headline
 * filter); the build fills it from its cache (src/build/content-cache.ts) and
 * saves what it learned, the live preview keeps one across saves. Nothing here
 * is module state: two memos never share an entry.
 */
import { traditionalConverter, type ToTraditional, type TraditionalVariant } from "./traditional.ts";

/** What the model works out of an article's body and page, the same in both scripts. */
export interface BodyFacts {
  opening: string;
  characters: number;
  pageLabel: string;
  /** A digest of the parsed file: what its views' fingerprint keys stand for, in every process (src/plan/fingerprint.ts). */
  source: string;
}

/** An article as the memo knows it: by object, so a reparsed file is a new entry. */
type Article = object;

export class ModelMemo {
  /** Facts by article (src/site/paper.ts). */
  readonly facts = new WeakMap<Article, BodyFacts>();
  /** The digest of each article's text, to tell a copy without reading two bodies (src/site/content.ts). */
  readonly textDigests = new WeakMap<Article, string>();
  /** Headline → its HTML (src/site/headline.ts); jieba's dictionary loads only for a headline not here. */
  readonly headlines = new Map<string, string>();
  /** A reporter's name → its pinyin, their pages' link (paper.ts); pinyin's dictionary loads (≈0.1 s) only for a name not here. */
  readonly slugs = new Map<string, string>();
  /**
   * A feed article's body as HTML, by its view's fingerprint key (which names its parsed file and
   * script): a day's feeds list about 300 articles of older editions in each script, whose bodies a
   * build would otherwise read back and render again (≈1 s of a day's build at 20,000 articles).
   * Only the feeds' articles are kept (formats/feeds.ts); forgotten when the converter changes.
   */
  readonly feedBodies = new Map<string, string>();
  private converter: { key: string; convert: ToTraditional } | undefined;

  /** The OpenCC converter for this variant and override list, made again only when they change. */
  traditional(variant: TraditionalVariant, overrides: ReadonlyMap<string, string>): ToTraditional {
    const key = JSON.stringify([variant, [...overrides]]);
    if (this.converter?.key !== key) {
      // Bodies kept from another converter's Traditional would not be this one's.
      if (this.converter) this.feedBodies.clear();
      this.converter = { key, convert: traditionalConverter(variant, overrides) };
    }
    return this.converter.convert;
  }
}
