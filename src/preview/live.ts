/**
 * The live preview's model. Under `serve` Eleventy rebuilds after every save,
 * and re-rendering every page of a year's archive takes many seconds. When only
 * article files changed, the model is rebuilt (from cached parses) and Eleventy
 * is handed just the pages whose data moved: the article in both scripts, its
 * neighbours, and the index pages that show it. As in a build, only the editions
 * a save changed are modelled; the index pages are made from every article. Anything else (settings,
 * overrides, templates) renders every page, as a build does. A file with a
 * problem is reported and left out; broken settings keep the last good version
 * on screen.
 */
import { resolve, sep } from "node:path";
import { Fingerprints, type Identity } from "../plan/fingerprint.ts";
import { planBuild } from "../plan/plan.ts";
import { formatProblem, readContent, type ArticleCache } from "../site/content.ts";
import { ModelMemo } from "../site/memo.ts";
import { paperFrom, PreviewMemo } from "../site/model.ts";
import type { EditionRecord, Paper } from "../site/paper.ts";

export class LivePaper {
  /** What the model worked out, kept across saves; the headline filter shares it. */
  readonly memo = new ModelMemo();
  private readonly kept = new PreviewMemo();
  /** Parsed article files, reused while a file is unchanged (readContent). */
  private readonly parsed: ArticleCache = new Map();
  /** The warnings the last rebuild printed. */
  private warned = new Set<string>();
  private lastGood: Paper | undefined;
  /** Kept between rebuilds: the views of unchanged articles are the same objects, read once. */
  private readonly fingerprints = new Fingerprints();
  private identities = new Map<string, Identity>();
  /** The last rebuild's article stamps (src/plan/plan.ts): an unchanged edition's article pages are not read again. */
  private stamps: Record<string, string> = {};
  /** The last rebuild's edition stamps (src/site/paper.ts): an edition with the same one is not modelled again. */
  private editions = new Map<string, string>();
  private everything = true;
  /** Article files the watcher saw written since the last rebuild read content/ (unused while `everything`). */
  private saved = new Set<string>();
  /** This build's answer: Eleventy may ask for global data more than once per build. */
  private current: Paper | undefined;

  constructor(readonly contentDir: string) {}

  /** Eleventy's beforeWatch: which files the coming rebuild is for. */
  changed(files: readonly string[]): void {
    const content = resolve(this.contentDir) + sep;
    const onlyArticles = files.length > 0 && files.every((f) => resolve(f).startsWith(content) && /\.md$/i.test(f));
    // Once a rebuild must render everything, it stays so until a build has used it.
    this.everything ||= !onlyArticles;
    for (const file of files) this.saved.add(resolve(file));
  }

  /** Eleventy's `before` event: a new build starts. */
  beginBuild(): void {
    this.current = undefined;
  }

  /**
   * The paper to render: every page on the first build and after non-article changes,
   * else the pages whose identity moved, as an incremental build plans them (the
   * sitemap when a page came or went). `pages` stays whole: the sitemap and robots.txt
   * describe the site, not this rebuild.
   */
  paper(): Paper {
    if (this.current) return this.current;
    const editions = this.editions;
    // As in a build, an edition a save did not change keeps its pages and is not modelled (its files stay as they were written).
    const keep = this.everything ? undefined : (edition: EditionRecord) => editions.get(edition.date) === edition.stamp;
    const paper = this.read(this.everything ? undefined : this.saved, keep);
    // Every file has been read (reading is synchronous: no save came in meanwhile); those saved from here on are for the next rebuild.
    this.saved = new Set();
    const [previous, stamps] = this.everything ? [new Map<string, Identity>(), {}] : [this.identities, this.stamps];
    const plan = planBuild(paper, previous, stamps, this.fingerprints);
    [this.identities, this.stamps, this.everything] = [plan.identities, plan.stamps, false];
    this.editions = new Map(paper.editions.map((e) => [e.date, e.stamp]));
    this.current = { ...paper, render: plan.render };
    return this.current;
  }

  /** `saved`: the files written since the last rebuild, when the watcher knows them (readContent). */
  private read(saved: ReadonlySet<string> | undefined, keep: ((edition: EditionRecord) => boolean) | undefined): Paper {
    const dir = this.contentDir;
    const content = readContent(dir, { withDrafts: true, cache: this.parsed, saved, memo: this.memo });
    const warnings = content.warnings.map((w) => `warning: ${formatProblem(w)}`);
    // A warning is said once, not at every save (an archive may hold hundreds).
    for (const line of warnings) if (!this.warned.has(line)) console.warn(line);
    this.warned = new Set(warnings);
    for (const e of content.errors) console.error(formatProblem(e));
    if (!content.settings) {
      if (this.lastGood) return this.lastGood;
      const error = new Error(`the settings in ${dir} have problems; fix them and save again.`);
      error.stack = error.message; // a content problem, not a bug: no trace
      throw error;
    }
    if (content.errors.length) console.error(`${content.errors.length} problem(s): the files named above are left out until they are fixed.`);
    this.lastGood = paperFrom(content, { memo: this.memo, preview: this.kept, review: true, keep });
    return this.lastGood;
  }
}
