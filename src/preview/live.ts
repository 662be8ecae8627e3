/**
 * The live preview's fast path. Under `serve` Eleventy rebuilds after every
 * save, and re-rendering every page of a year's archive takes many seconds.
 * When only article files changed, the model is rebuilt (from cached parses)
 * and Eleventy is handed just the pages whose data moved: the article in both
 * scripts, its neighbours, and the index pages that show it. Anything else
 * (settings, overrides, templates) renders every page, as a build does.
 */
import { resolve, sep } from "node:path";
import { changedPages, Fingerprints, type Identity } from "../build/fingerprint.ts";
import { SITE_FILES, type Paper } from "../site/paper.ts";

type Pages = Paper["pages"];

export class LivePaper {
  private readonly fingerprints = new Fingerprints();
  private identities = new Map<string, Identity>();
  private everything = true;
  /** This build's answer: Eleventy may ask for global data more than once per build. */
  private current: Paper | undefined;

  constructor(private readonly contentDir: string) {}

  /** Eleventy's beforeWatch: which files the coming rebuild is for. */
  changed(files: readonly string[]): void {
    const content = resolve(this.contentDir) + sep;
    const onlyArticles = files.length > 0 && files.every((f) => resolve(f).startsWith(content) && /\.md$/i.test(f));
    // Once a rebuild must render everything, it stays so until a build has used it.
    this.everything ||= !onlyArticles;
  }

  /** Eleventy's `before` event: a new build starts. */
  beginBuild(): void {
    this.current = undefined;
  }

  /** The paper to render: every page on the first build and after non-article changes, else the changed pages. */
  paper(build: () => Paper): Paper {
    if (this.current) return this.current;
    const paper = build();
    const pages = {} as Record<keyof Pages, Pages[keyof Pages]>;
    const identities = new Map<string, Identity>();
    for (const kind of Object.keys(paper.pages) as (keyof Pages)[]) {
      const diff = changedPages(this.fingerprints, paper.pages[kind] as readonly { output: string }[], this.everything ? new Map() : this.identities);
      pages[kind] = diff.changed as never;
      for (const [output, id] of diff.identities) identities.set(output, id);
    }
    // The sitemap lists every page: it changes when a page comes or goes, not when one changes.
    const sameOutputs = identities.size === this.identities.size && [...identities.keys()].every((output) => this.identities.has(output));
    const siteFiles = { sitemap: this.everything || !sameOutputs ? SITE_FILES.sitemap : [], robots: this.everything ? SITE_FILES.robots : [] };
    this.identities = identities;
    this.everything = false;
    // `pages` stays whole: the sitemap and robots.txt describe the site, not this rebuild.
    this.current = { ...paper, render: { ...(pages as Pages), ...siteFiles } };
    return this.current;
  }
}
