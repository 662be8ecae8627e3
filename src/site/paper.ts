/**
 * The edition model: from validated articles to every page of the site, in
 * both scripts. Pure: no I/O. Each article is converted to Traditional once;
 * every list (edition, section, reporter) shares the same article views.
 */
import { createHash, hash } from "node:crypto";
import { pinyinSlug } from "../article/slug.ts";
import type { EditionList } from "../article/edition.ts";
import type { ContentArticle } from "./content.ts";
import { fill, labelsFor, type Labels } from "./labels.ts";
import { countCharacters, opening, renderBody, roundCount } from "./markdown.ts";
import { FEED_LENGTH, feedPages, type FeedPage } from "./formats/feeds.ts";
import { sitemapFiles, type SitemapEntry } from "./formats/sitemap.ts";
import { cutFromOldest } from "./list-pages.ts";
import { monthWeeks, WEEK_FROM_MONDAY, type CalendarWeek } from "./calendar.ts";
import { LANG, SCRIPTS, outputPath, paths, uniqueSlugs, type Script } from "./paths.ts";
import { baseUrl, type SiteSettings } from "./settings.ts";
import type { ToTraditional } from "./traditional.ts";
import type { BodyFacts, ModelMemo } from "./memo.ts";
import { printedViews, type PrintedPage, type PrintedPageRef, type PrintedPageView } from "./printed.ts";
import { photoView, type PhotoView, type StoryPhoto } from "./photo.ts";
import { reviewViews, type ReviewView } from "./review.ts";
import { SameParts } from "./same-parts.ts";

export interface SectionRef { name: string; path: string }
export interface ReporterRef { name: string; role: string | null; path: string }
export interface EditionRef { date: string; label: string; path: string }

export interface ArticleView {
  file: string;
  date: string;
  /** 2023年12月14日 星期四, in this script. */
  dateLabel: string;
  path: string;
  type: "article" | "photo" | "brief";
  title: string;
  titleDerived: boolean;
  kicker?: string;
  subtitle?: string;
  column?: string;
  /** Where a wire or reprinted story comes from (据《人民日报》), shown under it. */
  source?: string;
  section: SectionRef;
  page?: number;
  pageLabel: string;
  /** The page's anchor on its edition page. */
  pageAnchor: string;
  order: number;
  /** Writers, in print order. */
  byline: ReporterRef[];
  /** Photographers (摄), shown after the body. */
  credit: ReporterRef[];
  /** The same people as printed: one role, then its names (记者 窦胜男 徐言艳). */
  bylineGroups: RoleGroup[];
  creditGroups: RoleGroup[];
  opening: string;
  /** 全文约 N 字, already rounded. */
  characters: number;
  /** The body as HTML in this script, rendered only when the article's page is written. */
  html: () => string;
  /** What the view stands for (its parsed file, script and links), for page fingerprints; set apart from its fields. */
  readonly fingerprintKey?: string;
  /** Open review notes, shown where the text is: under the live preview only, empty in a build. */
  review: ReviewView[];
  /** The story's photo, cropped from its printed page or named by its editor; null without one. */
  photo: PhotoView | null;
}

export interface RoleGroup { role: string | null; people: ReporterRef[] }

/** Consecutive people with the same role share it, as a byline prints them. */
export function roleGroups(people: readonly ReporterRef[]): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const person of people) {
    const last = groups[groups.length - 1];
    if (last && last.role === person.role) last.people.push(person);
    else groups.push({ role: person.role, people: [person] });
  }
  return groups;
}

/**
 * One printed page of an edition; a page of the edition's list without stories (an advertisement) has no sections.
 * The edition's lead is shown once, under 头条: its page holds it as `lead`, not in `sections`.
 */
export interface PageGroup { number: number | null; label: string; anchor: string; lead: ArticleView | null; sections: { section: SectionRef; articles: ArticleView[] }[]; printed: PrintedPageView<ArticleView> | null }
export interface EditionView extends EditionRef {
  pages: PageGroup[]; lead: ArticleView | null; articles: ArticleView[]; prev: EditionRef | null; next: EditionRef | null; printed: PrintedPageView<ArticleView>[];
  /** The 版面 of the lead's page when it is the first page and has a PDF: shown large beside its stories, as an e-paper's front. */
  frontImage: PrintedPageView<ArticleView> | null;
  /** The thumbnails over the edition: its printed pages, unless the only one is the front image already. */
  strip: PrintedPageView<ArticleView>[];
}

interface PageBase {
  script: Script; lang: string; path: string; output: string; title: string; ui: Labels; paper: string; description: string;
  /** The published site's address (site.json url), for canonical links. */
  siteUrl: string;
}
export interface FrontPage extends PageBase { kind: "front"; edition: EditionView | null; recent: EditionRef[] }
export interface EditionPage extends PageBase { kind: "edition"; edition: EditionView }
/** A printed page's 版面: its image with the stories as links, its story list, its PDF. */
export interface PrintedPagePage extends PageBase { kind: "printedPage"; printed: PrintedPageView<ArticleView>; edition: EditionRef; strip: PrintedPageRef[] }
/** An article's edition: its date, and the 版面 page of each printed page number that has one, so a story links to where it is printed. */
export interface ArticleEdition extends EditionRef { printedPages: Record<number, string> }
export interface ArticlePage extends PageBase { kind: "article"; article: ArticleView; edition: ArticleEdition; prev: ArticleView | null; next: ArticleView | null }
/** A day's edition in 往期's calendar: its link, and its 版面 count (8版; 3篇 when its articles name no page). */
export interface CalendarEdition { date: string; path: string; count: string }
export interface CalendarMonthView { month: string; label: string; weeks: CalendarWeek<CalendarEdition>[] }
export interface ArchiveYear { year: string; label: string; path: string }
/** 往期: one year's editions as month calendars, newest month first, with links to the other years' pages. */
export interface ArchivePage extends PageBase {
  kind: "archive";
  /** The year shown; null when there is no edition yet. */
  year: string | null;
  /** Every year with editions, newest first. */
  years: ArchiveYear[];
  weekdays: typeof WEEK_FROM_MONDAY;
  months: CalendarMonthView[];
}
/** 栏目: the sections that have articles, in site.json's order. */
export interface SectionsPage extends PageBase { kind: "sections"; sections: { section: SectionRef; articleCount: number; latest: ArticleView }[] }
/**
 * One page of a long list of articles (a section's or a reporter's), newest first,
 * cut from the oldest (list-pages.ts). An archived page shows nothing that grows
 * with the list, so that it stays the same page as the list grows.
 */
export interface ListPart {
  articles: ArticleView[];
  /** The number in its path: 1 the entry page (the list's index), k + 1 archived bucket k. */
  pageNumber: number;
  /** The whole list's length, on the entry page; null on an archived page. */
  articleCount: number | null;
  /** 第k页 (k from the oldest) on an archived page; null on the entry page. */
  pageLabel: string | null;
  /** The editions an archived page covers (2023年12月12日至2023年12月13日); null on the entry page. */
  dates: string | null;
  /** The page with newer articles (上一页) and the one with older (下一页). */
  prevPath: string | null;
  nextPath: string | null;
}
export interface SectionPage extends PageBase, ListPart { kind: "section"; section: SectionRef }
export interface ReportersPage extends PageBase { kind: "reporters"; reporters: { reporter: ReporterRef; articleCount: number }[] }
export interface ReporterPage extends PageBase, ListPart { kind: "reporter"; reporter: ReporterRef }
export interface NotFoundPage extends PageBase { kind: "notFound" }
export interface SearchPage extends PageBase { kind: "search" }
/** 待核对 (the live preview only): every article with open review notes, by edition, newest first. */
export interface ReviewPage extends PageBase { kind: "review"; noteCount: number; editions: { edition: EditionRef; articles: ArticleView[] }[] }
/** Every HTML page of the site. */
export type HtmlPage = Exclude<Paper["pages"][keyof Paper["pages"]][number], FeedPage>;

/** Files about the whole site (sitemap.ts), rendered from the whole paper. */
export interface SiteFiles { sitemap: SitemapEntry[]; robots: { output: string }[] }

export interface Paper {
  settings: SiteSettings;
  /** Every edition, newest first: whether this model made its pages, and what they are made from. */
  editions: EditionRecord[];
  pages: {
    front: FrontPage[];
    edition: EditionPage[];
    printedPage: PrintedPagePage[];
    article: ArticlePage[];
    archive: ArchivePage[];
    sections: SectionsPage[];
    section: SectionPage[];
    reporters: ReportersPage[];
    reporter: ReporterPage[];
    notFound: NotFoundPage[];
    search: SearchPage[];
    review: ReviewPage[];
    feed: FeedPage[];
  };
  /** The pages this build writes: all of them, or under the live preview those whose data changed (live.ts). */
  render: Paper["pages"] & SiteFiles;
  /** Article views made so far, both scripts: a list page's are made when it is rendered (buildPaper's listPages). */
  viewsMade(): number;
}

export const ROBOTS = [{ output: paths.robots() }];

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** 2023年12月14日 */
function dayLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** 2023年12月14日 星期四 */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${dayLabel(date)} 星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** 第3版·要闻 */
export function pageLabel(page: number | undefined, pageName: string | undefined, other: string): string {
  if (page === undefined) return pageName ?? other;
  return pageName ? `第${page}版·${pageName}` : `第${page}版`;
}

const PHOTO_ROLE = /摄/;

export function pageAnchor(page: number | undefined): string {
  return page === undefined ? "page-other" : `page-${page}`;
}

/** Reading order within an edition: page, then position on the page. */
function byPrintOrder(a: ContentArticle, b: ContentArticle): number {
  return (a.meta.page ?? Infinity) - (b.meta.page ?? Infinity) || a.meta.order - b.meta.order || a.slug.localeCompare(b.slug);
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sourceDigest(article: ContentArticle): string {
  return createHash("sha1").update(JSON.stringify([article.file, article.slug, article.meta, article.body])).digest("base64url");
}

/**
 * What does not depend on the script, worked out once per parsed file: once
 * for both scripts in a build, once across rebuilds in the preview (which
 * reuses parses), once across builds through the build's cache (its memo).
 * `otherPage` is the label of an article without a page number.
 */
function factsOf(article: ContentArticle, otherPage: string, memo: ModelMemo): BodyFacts {
  let facts = memo.facts.get(article);
  if (!facts) {
    const m = article.meta;
    memo.facts.set(article, (facts = { opening: opening(article.body), characters: roundCount(countCharacters(article.body)), pageLabel: pageLabel(m.page, m.pageName, otherPage), source: sourceDigest(article) }));
  }
  return facts;
}

interface Reusable {
  key: string;
  views: WeakMap<ContentArticle, Map<string, ArticleView>>;
  /** Shared by the views: lists group articles by these objects, so reused views must keep pointing at them. */
  sectionRefs: Partial<Record<Script, Map<string, SectionRef>>>;
  /** Editions, pages and list pages made of the same views as last time (same-parts.ts). */
  parts: SameParts;
  /** The reporters' slugs, and the names they were told apart among: the same Map while those are the same. */
  slugs?: { names: string; slugs: ReadonlyMap<string, string> };
}

/**
 * Views of articles whose parsed file has not changed, from the last model built
 * with the same settings and key (the converter's variant and overrides): the
 * live preview rebuilds the model on every save from cached parses, and
 * rebuilding 10,000 views each time is its slowest step. The preview makes one
 * and passes it to every model; a build has none, and keeps nothing.
 */
export class ModelReuse {
  private kept: Reusable | undefined;

  for(settings: SiteSettings, key: string): Reusable {
    const full = `${JSON.stringify(settings)}\u0000${key}`;
    if (this.kept?.key !== full) this.kept = { key: full, views: new WeakMap(), sectionRefs: {}, parts: new SameParts(true) };
    return this.kept;
  }
}

/** No photos: one array, so that the preview's parts made without photos are compared equal (same-parts.ts). */
const NO_PHOTOS: readonly StoryPhoto[] = [];

/** The reporters' slugs (reporterSlugsOf), the same Map as the last model's while `articles` name the same reporters. */
function keptSlugs(shared: Reusable, articles: readonly ContentArticle[], memo: ModelMemo): ReadonlyMap<string, string> {
  const names = [...new Set(articles.flatMap((a) => a.meta.reporter.map((r) => r.name)))].sort().join("\n");
  if (shared.slugs?.names !== names) shared.slugs = { names, slugs: reporterSlugsOf(articles, memo) };
  return shared.slugs.slugs;
}

const nothingKept = (): Reusable => ({ key: "", views: new WeakMap(), sectionRefs: {}, parts: new SameParts(false) });

/** Editions newest first; articles within an edition in print order: the order of every list, and of rendering. */
export function inPaperOrder(articles: readonly ContentArticle[]): ContentArticle[] {
  // Dates are YYYY-MM-DD: compared as they are, not by the locale's rules (≈60 ms a model at 20,000 articles).
  return [...articles].sort((a, b) => (a.meta.date < b.meta.date ? 1 : a.meta.date > b.meta.date ? -1 : byPrintOrder(a, b)));
}

/** An article's Traditional body converted ahead (src/build/bodies.ts), or undefined to convert it here. */
export type ConvertedBody = (article: ContentArticle) => string | undefined;

export interface BuildOptions {
  /** What the model worked out before, and keeps what it works out now (memo.ts). */
  memo: ModelMemo;
  convertedBody?: ConvertedBody;
  /** Unchanged articles' views from the previous model with the same settings and key (the live preview). */
  reuse?: { kept: ModelReuse; key: string };
  /** Each edition's page list (edition.yml), by date. */
  pageLists?: ReadonlyMap<string, EditionList>;
  /** The live preview: articles show their open review notes, and the 待核对 page lists them. Never in a build. */
  review?: boolean;
  /** The printed pages with a PDF (src/build/printed-pages.ts): each gets a 版面 page. */
  printed?: readonly PrintedPage[];
  /** The photos the build published for articles (src/site/photo.ts). */
  photos?: readonly StoryPhoto[];
  /**
   * Whether the caller keeps an edition's pages as they were (the build, when its stamp is the one
   * the last build recorded and the site in place has its pages): they are then not modelled.
   */
  keep?: (edition: EditionRecord) => boolean;
  /**
   * Each reporter's slug, when `articles` are some of the archive's (a page worker's editions,
   * src/build/workers.ts): slugs are told apart across the whole archive (reporterSlugsOf).
   */
  reporterSlugs?: ReadonlyMap<string, string>;
}

/** Each reporter's slug, the pinyin of their name told apart from every other reporter's of `articles`. */
export function reporterSlugsOf(articles: readonly ContentArticle[], memo: ModelMemo): Map<string, string> {
  const pinyinOf = (name: string) => memo.slugs.get(name) ?? memo.slugs.set(name, pinyinSlug(name)).get(name)!;
  return uniqueSlugs(articles.flatMap((a) => a.meta.reporter.map((r) => r.name)), pinyinOf);
}

/** An edition as the index and the plan know it: what its pages are made from, and which they are. */
export interface EditionRecord {
  date: string;
  /**
   * A digest of what its pages are made from besides the environment (templates, code, settings):
   * its articles as parsed, their reporters' links and photos, its page list and printed pages, and
   * the dates of the editions before and after it.
   */
  stamp: string;
  /** Site paths of its edition page and 版面 pages. */
  pages: string[];
  /** Site paths of its article pages. */
  articles: string[];
  /** Whether this model made its pages; else they are the ones the caller kept. */
  modelled: boolean;
}

interface RecordInputs {
  memo: ModelMemo;
  otherPage: string;
  reporterSlugs: ReadonlyMap<string, string>;
  pageLists?: ReadonlyMap<string, EditionList>;
  printedByDate: ReadonlyMap<string, readonly PrintedPage[]>;
  photoByFile: ReadonlyMap<string, StoryPhoto>;
  /** The photos `photoByFile` was made of: what a kept record was made with, besides its articles. */
  photos: readonly StoryPhoto[];
  /** The live preview keeps a record made of the same articles, neighbours, page list and links (same-parts.ts); a build makes each. */
  same?: SameParts["same"];
}

/** Every edition's record, newest first, from its articles (in paper order) without their bodies but for facts not yet known. */
function editionRecords(ordered: readonly ContentArticle[], { memo, otherPage, reporterSlugs, pageLists, printedByDate, photoByFile, photos, same }: RecordInputs): EditionRecord[] {
  const byDate = groupBy(ordered, (a) => a.meta.date);
  const dates = [...byDate.keys()];
  return dates.map((date, i) => {
    const list = byDate.get(date)!;
    const printedOfDate = printedByDate.get(date) ?? [];
    const make = () => editionRecord(date, i, dates, list, printedOfDate, { memo, otherPage, reporterSlugs, pageLists, photoByFile });
    if (!same) return make();
    const pageList = pageLists?.get(date);
    return same(`record:${date}`, [dates[i + 1], dates[i - 1], pageList && JSON.stringify(pageList), reporterSlugs, photos, printedOfDate.length, ...printedOfDate, ...list], make);
  });
}

/** The record of the `i`th edition of `dates`, `list` its articles in paper order. */
function editionRecord(date: string, i: number, dates: readonly string[], list: readonly ContentArticle[], printedOfDate: readonly PrintedPage[], { memo, otherPage, reporterSlugs, pageLists, photoByFile }: Omit<RecordInputs, "printedByDate" | "photos" | "same">): EditionRecord {
  const articles = list.map((a) => {
    const photo = photoByFile.get(a.file);
    return [factsOf(a, otherPage, memo).source, a.meta.reporter.map((r) => reporterSlugs.get(r.name)), photo ? [photo.source, photo.aspect] : null];
  });
  const stamp = hash("sha1", JSON.stringify([date, dates[i + 1] ?? null, dates[i - 1] ?? null, pageLists?.get(date) ?? null, printedOfDate, articles]), "base64url");
  return {
    date, stamp, modelled: false,
    pages: [paths.edition(date), ...printedOfDate.map((p) => paths.printedPage(date, p.page))],
    articles: list.map((a) => paths.article(date, a.slug)),
  };
}

/** How many numbered printed pages an edition has: those its articles name and those its page list names (pageGroups). */
function printedPageCount(pages: readonly (number | undefined)[], list: EditionList | undefined): number {
  return new Set([...pages.filter((page) => page !== undefined), ...(list?.pages ?? []).map((p) => p.page)]).size;
}

/** The story an edition leads with: the first article in print order; a photo leads only an edition of photos. */
const leadOf = (list: readonly ArticleView[]): ArticleView | null => list.find((v) => v.type === "article") ?? list[0] ?? null;

/**
 * An edition's printed pages: every page of its list, with or without stories,
 * and every page its articles name, in 版次 order (articles without one last).
 */
function pageGroups(articles: readonly ArticleView[], lead: ArticleView | null, list: EditionList | undefined, label: (page: number, name: string | undefined) => string): PageGroup[] {
  const groups = [...groupBy(articles, (v) => v.page ?? null)].map(([number, onPage]): PageGroup => {
    const listed = onPage.filter((v) => v !== lead);
    return {
      number, label: onPage[0]!.pageLabel, anchor: onPage[0]!.pageAnchor, printed: null, lead: listed.length < onPage.length ? lead : null,
      sections: [...groupBy(listed, (v) => v.section)].map(([section, inSection]) => ({ section, articles: inSection })),
    };
  });
  for (const listed of list?.pages ?? []) {
    const group = groups.find((g) => g.number === listed.page);
    // The list is the editor's word on a page's name; the articles' pageName is what the splitter read.
    if (group && listed.name) group.label = label(listed.page, listed.name);
    else if (!group) groups.push({ number: listed.page, label: label(listed.page, listed.name), anchor: pageAnchor(listed.page), lead: null, sections: [], printed: null });
  }
  return groups.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}

export function buildPaper(articles: readonly ContentArticle[], settings: SiteSettings, toTraditional: ToTraditional, { memo, convertedBody, reuse, pageLists, review = false, printed = [], photos = NO_PHOTOS, keep, reporterSlugs: slugsGiven }: BuildOptions): Paper {
  const ordered = inPaperOrder(articles);
  const sectionSlugs = uniqueSlugs(settings.sections);
  const labels = labelsFor(toTraditional, settings.traditionalVariant);
  const pages: Paper["pages"] = { front: [], edition: [], printedPage: [], article: [], archive: [], sections: [], section: [], reporters: [], reporter: [], notFound: [], search: [], review: [], feed: [] };
  const shared = reuse ? reuse.kept.for(settings, reuse.key) : nothingKept();
  const reporterSlugs = slugsGiven ?? (reuse ? keptSlugs(shared, articles, memo) : reporterSlugsOf(articles, memo));
  const siteUrl = baseUrl(settings);
  const printedByDate = groupBy(printed, (p) => p.date);
  const photoByFile = new Map(photos.map((p) => [p.file, p]));
  const same = shared.parts.same.bind(shared.parts);
  const editions = editionRecords(ordered, { memo, otherPage: labels.hans.otherPage, reporterSlugs, pageLists, printedByDate, photoByFile, photos, same: reuse && same });
  const kept = new Set(keep ? editions.filter(keep).map((e) => e.date) : []);
  const modelled = new Set<string>();
  const viewsByScript = {} as Record<Script, ArticleView[]>;
  let viewsMade = 0;
  // The same in both scripts: the lists are of articles, their views made per script when a page shows them.
  const byDate = groupBy(ordered, (a) => a.meta.date);
  const bySection = groupBy(ordered, (a) => a.meta.section);
  /** Each reporter's articles, by the path of their list (the same in both scripts). */
  const byReporter = new Map<string, ContentArticle[]>();
  for (const a of ordered) {
    for (const path of new Set(a.meta.reporter.map((r) => paths.reporter(reporterSlugs.get(r.name)!)))) {
      const list = byReporter.get(path);
      if (list) list.push(a);
      else byReporter.set(path, [a]);
    }
  }
  /**
   * What an article's view stands for in either script, less the script: its parsed file, its reporters'
   * links (slugs shared across the archive) and its photo (no part of the file: its source joins the key).
   */
  const articleKeys = new Map<ContentArticle, string>();
  const articleKeyOf = (a: ContentArticle) => {
    let key = articleKeys.get(a);
    if (key === undefined) {
      const photo = photoByFile.get(a.file);
      key = `${factsOf(a, labels.hans.otherPage, memo).source}:${a.meta.reporter.map((r) => reporterSlugs.get(r.name)).join(" ")}${photo ? `:${photo.source}` : ""}`;
      articleKeys.set(a, key);
    }
    return key;
  };
  /**
   * A list page's articles' keys, by the page's path: the same in both scripts, so joined once for the two
   * (a list page's fingerprint key reads every article of the archive's lists, ≈0.25 s a build at 20,000 articles).
   */
  const listTexts = new Map<string, string>();
  const listTextOf = (path: string, articles: readonly ContentArticle[]) => listTexts.get(path) ?? listTexts.set(path, articles.map(articleKeyOf).join("\n")).get(path)!;

  for (const script of SCRIPTS) {
    const ui = labels[script];
    const t = script === "hans" ? (text: string) => text : (text: string) => toTraditional(text);
    const paperName = t(settings.paper);
    const description = t(settings.description);
    const base = (path: string, title: string): PageBase => ({
      script, lang: LANG[script], path, output: outputPath(script, path), ui, paper: paperName,
      title: title ? `${title} - ${paperName}` : paperName, description, siteUrl,
    });
    // Object.assign, not { ...base(), … }: Node 20 spreads into a literal field by field,
    // ≈10 µs a page, 0.4 s for the 40,000 article pages of a 20,000-article archive.
    const page = <T extends object>(path: string, title: string, fields: T): PageBase & T => Object.assign(base(path, title), fields);
    const sectionRefs = (shared.sectionRefs[script] ??= new Map(settings.sections.map((name) => [name, { name: t(name), path: paths.section(sectionSlugs.get(name)!) }])));
    const reporterRefs = new Map<string, ReporterRef>();
    /** The reporter's entry in the list of reporters, made the first time they are named. */
    const listedReporter = (name: string, convert: (s: string) => string): ReporterRef =>
      reporterRefs.get(name) ?? reporterRefs.set(name, { name: convert(name), role: null, path: paths.reporter(reporterSlugs.get(name)!) }).get(name)!;
    const reporterRef = (name: string, role: string | null, convert: (s: string) => string): ReporterRef => {
      // Converted with the article's own proper names, which may differ from the list's first.
      return { name: convert(name), role: role && convert(role), path: listedReporter(name, convert).path };
    };
    const views = shared.views;
    /** Reporters are people: their names are converted as names wherever the article has them. */
    const converterOf = (m: ContentArticle["meta"]) => {
      const names = { kept: m.properNames ?? [], people: m.reporter.map((r) => r.name) };
      return script === "hans" ? (text: string) => text : (text: string) => toTraditional(text, names);
    };
    // The list of reporters names each as the first article (newest first) that names them converts it.
    for (const a of ordered) {
      if (a.meta.reporter.some((r) => !reporterRefs.has(r.name))) for (const r of a.meta.reporter) listedReporter(r.name, converterOf(a.meta));
    }
    /**
     * What an article's view is made from besides the settings, and what a page listing it stands for without
     * the view (its fingerprint key): the script and its key in either script (articleKeyOf).
     */
    const viewKeys = new Map<ContentArticle, string>();
    const viewKeyOf = (a: ContentArticle) => viewKeys.get(a) ?? viewKeys.set(a, `${script}:${articleKeyOf(a)}`).get(a)!;

    const dateLabels = new Map<string, string>();
    const dateLabelOf = (date: string) => dateLabels.get(date) ?? dateLabels.set(date, t(dateLabel(date))).get(date)!;
    const made = new Map<ContentArticle, ArticleView>();
    /**
     * An article's view, made when a page the build renders shows it: an index page kept from the last
     * build is planned from its articles' keys (listPages), and 40,000 views at 20,000 articles were most of a day's model.
     */
    const viewOf = (a: ContentArticle): ArticleView => {
      const known = made.get(a);
      if (known) return known;
      const view = makeView(a);
      made.set(a, view);
      viewsMade++;
      return view;
    };
    const makeView = (a: ContentArticle): ArticleView => {
      const m = a.meta;
      const d = factsOf(a, labels.hans.otherPage, memo);
      const c = converterOf(m);
      const photo = photoByFile.get(a.file);
      // A view is reused only while its key holds.
      const key = viewKeyOf(a);
      const reused = views.get(a)?.get(key);
      if (reused) return reused;
      const opt = (text: string | undefined) => (text === undefined ? undefined : c(text));
      const people = m.reporter.map((r) => ({ ref: reporterRef(r.name, r.role, c), photo: m.type === "photo" || PHOTO_ROLE.test(r.role ?? "") }));
      const byline = people.filter((p) => !p.photo).map((p) => p.ref);
      const credit = people.filter((p) => p.photo).map((p) => p.ref);
      const view: ArticleView = {
        file: a.file, date: m.date, dateLabel: dateLabelOf(m.date), path: paths.article(m.date, a.slug), type: m.type,
        title: c(m.title), titleDerived: m.titleDerived ?? false, kicker: opt(m.kicker), subtitle: opt(m.subtitle), column: opt(m.column), source: opt(m.source),
        section: sectionRefs.get(m.section)!, page: m.page, pageLabel: c(d.pageLabel), pageAnchor: pageAnchor(m.page), order: m.order,
        byline, credit, bylineGroups: roleGroups(byline), creditGroups: roleGroups(credit),
        opening: c(d.opening), characters: d.characters,
        html: () => (script === "hant" && convertedBody?.(a)) || renderBody(a.body, script === "hant" ? c : undefined),
        review: review ? reviewViews(m.review ?? [], c) : [],
        photo: photo ? photoView(m.date, a.slug, photo) : null,
      };
      // Page fingerprints (the preview's and the build's) read this key instead of the view's fields.
      Object.defineProperty(view, "fingerprintKey", { value: key });
      if (!views.has(a)) views.set(a, new Map());
      views.get(a)!.set(key, view);
      return view;
    };

    const refs: EditionRef[] = [...byDate.keys()].map((date) => ({ date, label: dateLabelOf(date), path: paths.edition(date) }));
    const editionViews = new Map<number, EditionView>();
    /** The `i`th edition's view, made when a page shows it: an edition kept from the last build is not modelled. */
    const editionAt = (i: number): EditionView => {
      const made = editionViews.get(i);
      if (made) return made;
      const ref = refs[i]!;
      const list = byDate.get(ref.date)!.map(viewOf);
      const pageList = pageLists?.get(ref.date);
      const printedOfDate = printedByDate.get(ref.date) ?? [];
      const view = same(`edition:${script}:${ref.date}`, [refs[i + 1]?.date, refs[i - 1]?.date, pageList && JSON.stringify(pageList), printedOfDate.length, ...printedOfDate, ...list], () => {
        const lead = leadOf(list);
        const groups = pageGroups(list, lead, pageList, (page, name) => t(pageLabel(page, name, labels.hans.otherPage)));
        const printedOfEdition = printedViews(ref.date, printedOfDate, list, (v) => v.path.slice(ref.date.length + 1, -".html".length),
          (p) => groups.find((g) => g.number === p.page)?.label ?? t(pageLabel(p.page, p.name, labels.hans.otherPage)));
        for (const group of groups) group.printed = printedOfEdition.find((p) => p.number === group.number) ?? null;
        const frontImage = (groups[0]?.lead && groups[0].printed) ?? null;
        const strip = frontImage && printedOfEdition.length === 1 ? [] : printedOfEdition;
        return { ...ref, pages: groups, articles: list, lead, prev: refs[i + 1] ?? null, next: refs[i - 1] ?? null, printed: printedOfEdition, frontImage, strip };
      });
      editionViews.set(i, view);
      return view;
    };

    pages.front.push(page(paths.front(), "", { kind: "front", edition: refs.length ? editionAt(0) : null, recent: refs.slice(1, 8) }));
    refs.forEach((editionRef, i) => {
      if (kept.has(editionRef.date)) return;
      modelled.add(editionRef.date);
      const edition = editionAt(i);
      const { editionPage, printedPagePages, ref } = same(`edition-pages:${script}:${edition.date}`, [edition], () => {
        // Article pages name their edition only: a change elsewhere in the edition leaves them as they are.
        const ref: ArticleEdition = { date: edition.date, label: edition.label, path: edition.path, printedPages: Object.fromEntries(edition.printed.map((p) => [p.number, p.path])) };
        const strip: PrintedPageRef[] = edition.printed.map(({ number, label, path, thumb }) => ({ number, label, path, thumb }));
        return {
          editionPage: page(edition.path, edition.label, { kind: "edition" as const, edition }),
          printedPagePages: edition.printed.map((view) => page(view.path, `${view.label} ${edition.label}`, { kind: "printedPage" as const, printed: view, edition: ref, strip })),
          ref,
        };
      });
      pages.edition.push(editionPage);
      pages.printedPage.push(...printedPagePages);
      edition.articles.forEach((article, i) => {
        const [prev, next] = [edition.articles[i - 1] ?? null, edition.articles[i + 1] ?? null];
        pages.article.push(same(`article:${script}:${article.path}`, [article, ref, prev, next], () => page(article.path, article.title, { kind: "article" as const, article, edition: ref, prev, next })));
      });
    });

    // 往期: a page of month calendars a year, the newest year's at archive/index.html (calendar.ts).
    const byYear = groupBy(refs, (e) => e.date.slice(0, 4));
    const years: ArchiveYear[] = [...byYear.keys()].map((year, i) => ({ year, label: `${year}年`, path: paths.archive(i === 0 ? undefined : year) }));
    // A month is made of its editions' dates, page lists and articles (the same views when unchanged: same-parts.ts).
    const calendar = (inYear: readonly EditionRef[]): CalendarMonthView[] =>
      [...groupBy(inYear, (e) => e.date.slice(0, 7))].map(([month, inMonth]) => same(`month:${script}:${month}`, inMonth.flatMap((e) => [e.date, pageLists?.get(e.date), ...byDate.get(e.date)!]), () => ({
        month,
        label: t(`${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`),
        weeks: monthWeeks(month, inMonth.map((e) => {
          const list = byDate.get(e.date)!;
          const printed = printedPageCount(list.map((a) => a.meta.page), pageLists?.get(e.date));
          return { date: e.date, path: e.path, count: printed ? fill(ui.pageCount, { n: printed }) : `${list.length}${ui.articles}` };
        })),
      })));
    for (const [i, shown] of (years.length ? years : [null]).entries()) {
      pages.archive.push(page(shown?.path ?? paths.archive(), i === 0 ? ui.archive : `${ui.archive} ${shown!.label}`, {
        kind: "archive" as const, year: shown?.year ?? null, years, weekdays: WEEK_FROM_MONDAY, months: shown ? calendar(byYear.get(shown.year)!) : [],
      }));
    }

    // A section without articles is not listed and has no page or feed: they would say only 暂无文章.
    const filled = [...sectionRefs].filter(([name]) => bySection.has(name));
    pages.sections.push(page(paths.sections(), ui.sections, {
      kind: "sections",
      sections: filled.map(([name, section]) => ({ section, articleCount: bySection.get(name)!.length, latest: viewOf(bySection.get(name)![0]!) })),
    }));
    /** The editions a page of a list covers: its oldest article's date to its newest's. */
    const datesOf = (articles: readonly ContentArticle[]) => {
      const newest = t(dayLabel(articles[0]!.meta.date));
      const oldest = t(dayLabel(articles.at(-1)!.meta.date));
      return newest === oldest ? newest : fill(ui.dateSpan, { from: oldest, to: newest });
    };
    const uiKey = hash("sha1", JSON.stringify([ui, paperName, description, siteUrl]), "base64url");
    /**
     * A list cut into pages of articlesPerSectionPage from its oldest article, each with its path
     * and title and `fields`, whose values `inputs` stand for. A page's fingerprint key says what it is
     * made from (its articles' keys, not their views), and its articles' views are made only when it is
     * rendered: an archived page stays the same page as the list grows, and a build plans it without them.
     * The live preview keeps a page made of the same articles with the same keys (same-parts.ts), whose
     * fingerprint it knows: its key is worked out only for a new page.
     */
    const listPages = <T extends object>(list: readonly ContentArticle[], pathOf: (pageNumber: number) => string, name: string, inputs: readonly unknown[], fields: () => T) =>
      cutFromOldest(list, settings.articlesPerSectionPage).map(({ articles, pageNumber, bucket, newer, older }) => {
        const path = pathOf(pageNumber);
        const articleCount = bucket === null ? list.length : null;
        // What a kept page is compared by: only the preview keeps one (a build would make these arrays for nothing).
        // The articles' keys are made of the articles, the reporters' slugs and the photos (articleKeyOf): those are compared, not 40,000 keys made again.
        const madeOf = reuse ? [name, articleCount, newer, older, ...inputs, reporterSlugs, photos, ...articles] : [];
        return same(`list:${script}:${path}`, madeOf, (): PageBase & ListPart & T => {
          const pageLabel = bucket === null ? null : fill(ui.listPage, { n: bucket });
          let views: ArticleView[] | undefined;
          let dates: string | null | undefined;
          const part = {
            get articles() {
              return (views ??= articles.map(viewOf));
            },
            get dates() {
              return dates === undefined ? (dates = bucket === null ? null : datesOf(articles)) : dates;
            },
            pageNumber, articleCount, pageLabel,
            prevPath: newer === null ? null : pathOf(newer), nextPath: older === null ? null : pathOf(older),
          };
          const listPage = Object.assign(base(path, pageLabel ? `${name}（${pageLabel}）` : name), fields());
          let key: string | undefined;
          // Article keys are base64url and slugs: joined by new lines, not escaped by JSON.stringify.
          const fingerprintKey = () => (key ??= hash("sha1", `${JSON.stringify([script, path, name, articleCount, newer, older, inputs, uiKey])}\n${listTextOf(path, articles)}`, "base64url"));
          // Object.assign would read the getter; the key is read by page fingerprints instead of the fields (src/plan/fingerprint.ts).
          Object.defineProperties(listPage, { ...Object.getOwnPropertyDescriptors(part), fingerprintKey: { get: fingerprintKey } });
          return listPage as PageBase & ListPart & T;
        });
      });
    // The feeds' articles: the site's newest and each section's (feeds.ts), in paper order.
    const inFeeds = new Set(ordered.slice(0, FEED_LENGTH));
    for (const list of bySection.values()) for (const a of list.slice(0, FEED_LENGTH)) inFeeds.add(a);
    viewsByScript[script] = ordered.filter((a) => inFeeds.has(a)).map(viewOf);
    for (const [name, section] of filled) {
      const slug = sectionSlugs.get(name)!;
      pages.section.push(...listPages(bySection.get(name)!, (n) => paths.section(slug, n), section.name, [section], () => ({ kind: "section" as const, section })));
    }

    const reporters = [...reporterRefs].sort(([, a], [, b]) => a.path.localeCompare(b.path));
    pages.reporters.push(page(paths.reporters(), ui.reporters, { kind: "reporters", reporters: reporters.map(([, reporter]) => ({ reporter, articleCount: byReporter.get(reporter.path)!.length })) }));
    for (const [name, reporter] of reporters) {
      const slug = reporterSlugs.get(name)!;
      // A reporter's ref is made anew each time; its name and path are what it stands for.
      pages.reporter.push(...listPages(byReporter.get(reporter.path)!, (n) => paths.reporter(slug, n), fill(ui.byReporter, { name: reporter.name }), [reporter.name, reporter.path], () => ({ kind: "reporter" as const, reporter })));
    }
    pages.notFound.push(page(paths.notFound(), ui.notFound, { kind: "notFound" }));
    pages.search.push(page(paths.search(), ui.search, { kind: "search" }));
    if (review) {
      const queue = refs.map((edition) => ({ edition, articles: byDate.get(edition.date)!.filter((a) => a.meta.review?.length).map(viewOf) })).filter((e) => e.articles.length);
      const noteCount = queue.reduce((n, e) => n + e.articles.reduce((m, v) => m + v.review.length, 0), 0);
      pages.review.push(page(paths.review(), ui.review, { kind: "review", noteCount, editions: queue }));
    }
  }
  pages.feed = feedPages(pages, viewsByScript, memo.feedBodies);
  shared.parts.done();
  // A record the preview kept belongs to the last model as well: each model says of its own copy whether it made the pages.
  const records = editions.map((edition) => ({ ...edition, modelled: modelled.has(edition.date) }));
  // Grouping every page into the sitemap's files (≈35 ms at 20,000 articles) waits for a plan
  // that needs them: a save in the preview that adds or removes no page does not.
  let sitemap: SitemapEntry[] | undefined;
  const keptPages = records.filter((e) => !e.modelled);
  return { settings, pages, editions: records, render: { ...pages, get sitemap() { return (sitemap ??= sitemapFiles(pages, keptPages)); }, robots: ROBOTS }, viewsMade: () => viewsMade };
}

