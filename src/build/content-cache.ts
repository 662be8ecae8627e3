/**
 * What the build read last time, kept between builds in .cache/build/: each
 * article file's parse (by its size, times and inode, as the live preview keeps
 * them in memory), the Traditional text of the short fields the model
 * converts, the headlines as HTML (src/site/headline.ts) and reporters' names in pinyin. A 20,000-article
 * archive costs ≈4 s of CPU to parse and ≈2 s to convert, and a headline's words
 * need jieba's dictionary (≈0.25 s to load); publishing a day changes 40 files. Kept one file per edition, so a
 * day's build writes one small file, not the whole archive's.
 *
 * The cache belongs to one content folder read from one working folder (the
 * messages name files relative to it) with one version of the code
 * (`environment`, src/build/environment.ts); anything else starts empty. A cache
 * that cannot be read is ignored: it only saves time.
 *
 * The files are V8's serialisation, not JSON: the cache is mostly Chinese bodies,
 * which V8 keeps and writes as UTF-16, so reading them back is a copy where JSON
 * was a UTF-8 decode and a parse (20,000 articles: ≈0.3 s instead of ≈0.9 s).
 * The format belongs to one Node version, which the environment names.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { textDigest, type ArticleCache, type ContentArticle } from "../site/content.ts";
import type { BodyFacts, ModelMemo } from "../site/memo.ts";
import { ConversionMemo, type ToTraditional } from "../site/traditional.ts";
import { writeWhole } from "./write-whole.ts";

type Entry = ArticleCache extends Map<string, infer E> ? E : never;
/** An entry as kept on disk: without the article's body (EditionFile), with what the model worked out of it (its opening, length, digest), and its text's digest (for readContent's check for copies). */
type Kept = [path: string, entry: Entry, facts?: BodyFacts, text?: string];

/**
 * An edition's file: its entries without the bodies, then the bodies in the same order, each
 * in V8's serialisation, the first's length ahead. A build reads an edition's bodies only when a
 * page asks for one of them: the bodies of 20,000 articles were ≈40 MB of strings that every
 * build held, and the garbage collector copied twice, for the dozen pages a correction renders.
 */
const EditionFile = {
  /** Writes the file whole, and gives its bodies back to be read from it. */
  write(path: string, entries: readonly Kept[], bodies: readonly string[], held: HeldBodies): KeptBodies {
    const head = serialize(entries);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length);
    writeWhole(path, Buffer.concat([length, head, serialize(bodies)]));
    return new KeptBodies(path, 4 + head.length, fileStamp(statSync(path)), entries, held);
  },
  /** The entries, read without the bodies (three quarters of the file): those are read when a page asks for one. */
  read(path: string, held: HeldBodies): { entries: Kept[]; bodies: KeptBodies } {
    const fd = openSync(path, "r");
    try {
      const length = Buffer.alloc(4);
      readSync(fd, length, 0, 4, 0);
      const head = Buffer.alloc(length.readUInt32LE(0));
      if (readSync(fd, head, 0, head.length, 4) !== head.length) throw new Error(`${path}: cut short`);
      const entries = deserialize(head) as Kept[];
      return { entries, bodies: new KeptBodies(path, 4 + head.length, fileStamp(fstatSync(fd)), entries, held) };
    } finally {
      closeSync(fd);
    }
  },
  bodiesAt: (bytes: Buffer) => 4 + bytes.readUInt32LE(0),
  entries: (bytes: Buffer) => deserialize(bytes.subarray(4, EditionFile.bodiesAt(bytes))) as Kept[],
};

const fileStamp = (stat: Stats) => `${stat.mtimeMs}:${stat.size}:${stat.ino}`;

/**
 * Editions whose bodies are held: pages are rendered an edition after another, each script in
 * turn, so a few are enough, and the archive's bodies are never all held at once.
 */
const EDITIONS_HELD = 4;

/** The bodies of the editions read last, the newest last; undefined where a body is no longer to be had. */
class HeldBodies extends Map<KeptBodies, readonly (string | undefined)[]> {
  /** The editions' files whose bodies were read (an edition's file written again is the same one), for the build's last line. */
  readonly read = new Set<string>();
  constructor(private readonly editions: number) {
    super();
  }
  of(kept: KeptBodies): readonly (string | undefined)[] {
    let bodies = this.get(kept);
    if (bodies) this.delete(kept);
    else {
      bodies = kept.read();
      this.read.add(kept.path);
    }
    this.set(kept, bodies);
    for (const [oldest] of this) {
      if (this.size <= this.editions) break;
      this.delete(oldest);
    }
    return bodies;
  }
}

/** An edition's bodies, read again from its file when one is asked for. */
class KeptBodies {
  /** Each entry's file and the stamp of the parse the entry is. */
  private readonly parses: readonly (readonly [path: string, stamp: string])[];

  constructor(readonly path: string, private readonly offset: number, private readonly stamp: string, entries: readonly Kept[], private readonly held: HeldBodies) {
    this.parses = entries.map(([path, entry]) => [path, entry.stamp]);
  }

  /** The body of the edition's `index`th entry. */
  at(index: number): string {
    const body = this.held.of(this)[index];
    if (body === undefined) throw new Error(`${this.parses[index]![0]} was changed while the site was being built; build again`);
    return body;
  }

  /**
   * The bodies, from the file as this build read it or wrote it; or, when another build of the
   * same content folder has written it since (tests build one folder several times at once),
   * from that build's file where it kept the same parse of an article.
   */
  read(): (string | undefined)[] {
    let fd: number;
    try {
      fd = openSync(this.path, "r");
    } catch {
      return [];
    }
    try {
      const bytes = readFileSync(fd);
      if (fileStamp(fstatSync(fd)) === this.stamp) return deserialize(bytes.subarray(this.offset)) as string[];
      const theirs = EditionFile.entries(bytes);
      const bodies = deserialize(bytes.subarray(EditionFile.bodiesAt(bytes))) as string[];
      const at = new Map(theirs.map(([path, entry], i) => [`${path}\u0000${entry.stamp}`, i]));
      return this.parses.map(([path, stamp]) => bodies[at.get(`${path}\u0000${stamp}`) ?? -1]);
    } finally {
      closeSync(fd);
    }
  }
}

/** An article the cache kept: its fields, and its body read from its edition's file when asked for. */
class KeptArticle implements ContentArticle {
  readonly file: string;
  readonly slug: string;
  readonly meta: ContentArticle["meta"];
  #bodies: KeptBodies;
  #index: number;

  constructor({ file, slug, meta }: Omit<ContentArticle, "body">, bodies: KeptBodies, index: number) {
    [this.file, this.slug, this.meta, this.#bodies, this.#index] = [file, slug, meta, bodies, index];
  }

  get body(): string {
    return this.#bodies.at(this.#index);
  }

  /** Its edition's file was written again: the body is read from the new one. */
  movedTo(bodies: KeptBodies, index: number): void {
    [this.#bodies, this.#index] = [bodies, index];
  }
}

/** Remembers which files the content folder still has (readContent asks for every one) and which were parsed again. */
class SeenCache extends Map<string, Entry> {
  readonly seen = new Set<string>();
  readonly parsed = new Set<string>();
  override get(path: string): Entry | undefined {
    this.seen.add(path);
    return super.get(path);
  }
  override set(path: string, entry: Entry): this {
    this.parsed.add(path);
    return super.set(path, entry);
  }
  /** An entry as the last build left it, and one as it stands, neither counted as asked for. */
  restore(path: string, entry: Entry): void {
    super.set(path, entry);
  }
  peek(path: string): Entry | undefined {
    return super.get(path);
  }
}

/** Longer texts are bodies, converted once per build where their pages are rendered. */
const SHORT_TEXT = 256;

const CONVERSIONS_FILE = "traditional.v8";
/** The memo's maps kept whole, each in a file of its own: headlines' HTML, reporters' pinyin, feed articles' bodies. */
const KEPT_MAPS = { headlines: "headlines.v8", slugs: "slugs.v8", feedBodies: "feed-bodies.v8" } as const;
type KeptMap = keyof typeof KEPT_MAPS;

/** What tells a kept map changed: the first two only grow, the feeds' bodies are the newest articles'. */
const mapState = (map: KeptMap, entries: ReadonlyMap<string, string>) => (map === "feedBodies" ? [...entries.keys()].join("\n") : String(entries.size));
const EDITION_CACHE_SUFFIX = ".edition.v8";
/** An article's entries are kept with its edition folder's. */
const editionFile = (path: string) => `${basename(dirname(path))}${EDITION_CACHE_SUFFIX}`;

const digest = (text: string) => createHash("sha1").update(text).digest("base64url");

export class ContentCache {
  /** For readContent. */
  readonly articles = new SeenCache();
  /** Simplified → Traditional of short texts, as the last build left them. */
  private conversions = new Map<string, string>();
  private conversionMemo: ConversionMemo | undefined;
  private converting: ToTraditional | undefined;
  private readonly dir: string;

  /** The bodies of the editions read last (KeptBodies). */
  private readonly held: HeldBodies;

  /**
   * `root` is .cache/build; `environment` the digest of the code and settings (variant and overrides too)
   * the pages are made with; `memo` is filled with what the last build worked out (facts, text digests,
   * headlines), and saved from; `editionsHeld`, how many editions' bodies are held at once.
   */
  constructor(root: string, contentDir: string, environment: string, readonly memo: ModelMemo, { fresh = false, editionsHeld = EDITIONS_HELD } = {}) {
    this.held = new HeldBodies(editionsHeld);
    this.dir = join(root, digest(`${contentDir}\u0000${process.cwd()}`));
    forgetUnused(root, this.dir);
    const stamp = join(this.dir, "environment");
    try {
      if (fresh || readFileSync(stamp, "utf8") !== environment) throw new Error("start afresh");
      for (const name of readdirSync(this.dir)) {
        if (!name.endsWith(EDITION_CACHE_SUFFIX)) continue;
        const { entries, bodies } = EditionFile.read(join(this.dir, name), this.held);
        for (let index = 0; index < entries.length; index++) {
          const [path, entry, facts, text] = entries[index]!;
          const { article } = entry.result;
          const kept = article && new KeptArticle(article, bodies, index);
          // The entry was read just now and nothing else holds it: its article is replaced in place, not copied (20,000 of them).
          if (kept) entry.result.article = kept;
          this.articles.restore(path, entry);
          if (kept && text) memo.textDigests.set(kept, text);
          if (kept && facts) {
            memo.facts.set(kept, facts);
            this.factsKept.add(path);
          }
        }
      }
      const conversions = join(this.dir, CONVERSIONS_FILE);
      if (existsSync(conversions)) for (const [from, to] of deserialize(readFileSync(conversions)) as [string, string][]) this.conversions.set(from, to);
      for (const [map, name] of Object.entries(KEPT_MAPS) as [KeptMap, string][]) {
        const file = join(this.dir, name);
        if (!existsSync(file)) continue;
        const kept = deserialize(readFileSync(file)) as [string, string][];
        for (const [from, to] of kept) memo[map].set(from, to);
        this.mapsKept[map] = mapState(map, memo[map]);
      }
    } catch {
      this.articles.clear();
      this.conversions.clear();
      for (const map of Object.keys(KEPT_MAPS) as KeptMap[]) memo[map].clear();
      rmSync(this.dir, { recursive: true, force: true });
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(stamp, environment);
    }
  }

  /** How many editions this build read bodies of from their files: those whose pages, feeds or facts needed one, or whose file it wrote again. */
  get editionsRead(): number {
    return this.held.read.size;
  }

  /** `convert` with the short texts it has converted before taken from the cache. */
  converter(convert: ToTraditional): ToTraditional {
    if (this.conversionMemo?.base !== convert) {
      this.conversionMemo = new ConversionMemo(convert, this.conversions, SHORT_TEXT);
      this.converting = this.conversionMemo.nextBuild();
    }
    return this.converting!;
  }

  /** What each of KEPT_MAPS's files holds (mapState). */
  private readonly mapsKept: Record<KeptMap, string> = { headlines: "0", slugs: "0", feedBodies: "" };

  /** Paths whose facts are in their edition's file. */
  private readonly factsKept = new Set<string>();

  /** An article the model has worked out since its edition's file was written. */
  private factsToKeep(path: string): boolean {
    const article = this.articles.peek(path)?.result.article;
    return !this.factsKept.has(path) && article !== undefined && this.memo.facts.has(article);
  }

  /**
   * Writes the parses of the editions with files parsed again or gone, and forgets files no longer
   * in the content folder. Each article of `articles` (readContent's) that was parsed is replaced
   * there by the cache's, whose body is read from its edition's file when a page asks for it.
   */
  saveParses(articles: ContentArticle[] = []): void {
    const byEdition = new Map<string, string[]>();
    const dirty = new Set<string>();
    for (const path of this.articles.keys()) {
      const name = editionFile(path);
      (byEdition.get(name) ?? byEdition.set(name, []).get(name)!).push(path);
      if (this.articles.parsed.has(path) || !this.articles.seen.has(path) || this.factsToKeep(path)) dirty.add(name);
    }
    const replaced = new Map<ContentArticle, KeptArticle>();
    for (const name of dirty) {
      const paths = byEdition.get(name)!.filter((path) => this.articles.seen.has(path));
      const bodies = paths.map((path) => this.articles.peek(path)!.result.article?.body ?? "");
      const entries = paths.map((path): Kept => {
        const entry = this.articles.peek(path)!;
        const { article } = entry.result;
        const facts = article && this.memo.facts.get(article);
        // A file parsed again has no facts yet: they are written once the model has worked them out.
        if (facts) this.factsKept.add(path);
        else this.factsKept.delete(path);
        // The fields but the body, which goes after them.
        const kept: Entry = article ? { ...entry, result: { ...entry.result, article: { file: article.file, slug: article.slug, meta: article.meta } as ContentArticle } } : entry;
        return [path, kept, facts, article && textDigest(article, this.memo)];
      });
      if (!entries.length) {
        rmSync(join(this.dir, name), { force: true });
        continue;
      }
      const file = EditionFile.write(join(this.dir, name), entries, bodies, this.held);
      // The file they were read from is gone, or they were parsed: the pages rendered next read their bodies from this one.
      paths.forEach((path, index) => {
        const entry = this.articles.peek(path)!;
        const { article } = entry.result;
        if (article instanceof KeptArticle) article.movedTo(file, index);
        else if (article) {
          const kept = new KeptArticle(article, file, index);
          replaced.set(article, kept);
          this.memo.textDigests.set(kept, textDigest(article, this.memo));
          this.articles.restore(path, { ...entry, result: { ...entry.result, article: kept } });
        }
      });
    }
    articles.forEach((article, i) => (articles[i] = replaced.get(article) ?? article));
    for (const path of [...this.articles.keys()]) if (!this.articles.seen.has(path)) this.articles.delete(path);
    this.articles.parsed.clear();
  }

  /**
   * Once the pages are made: the parses, and the conversions, headlines' HTML, reporters'
   * pinyin and the feed articles' bodies when new ones were made (kept until the code changes: a retitled article leaves one
   * behind, and a build converts only what the pages it renders show, so the others' are kept
   * for the day their pages change).
   */
  save(): void {
    this.saveParses();
    for (const [map, name] of Object.entries(KEPT_MAPS) as [KeptMap, string][]) {
      const entries = this.memo[map];
      const state = mapState(map, entries);
      if (state === this.mapsKept[map]) continue;
      writeWhole(join(this.dir, name), serialize([...entries]));
      this.mapsKept[map] = state;
    }
    const memo = this.conversionMemo;
    if (memo?.added) {
      for (const [from, to] of memo.remembered) this.conversions.set(from, to);
      writeWhole(join(this.dir, CONVERSIONS_FILE), serialize([...this.conversions]));
    }
  }
}

/** Content folders not built for this long (a test's, a moved archive's) lose their cache. */
const UNUSED_MS = 14 * 24 * 3600 * 1000;

/** Marks `dir` as used and removes its siblings that were not used for UNUSED_MS. */
function forgetUnused(root: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  utimesSync(dir, now, now);
  for (const name of readdirSync(root)) {
    const other = join(root, name);
    if (other !== dir && now.getTime() - statSync(other).mtimeMs > UNUSED_MS) rmSync(other, { recursive: true, force: true });
  }
}
