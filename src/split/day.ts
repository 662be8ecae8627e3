/**
 * A whole edition in one run: every page of the day split together, each page's
 * 版次 and 版名 from its own header (what the splitter read of the page's
 * furniture), else from its file name (03-综合.txt, A03.txt, 第3版.txt), else from
 * --page/--page-name (one file only). Pure: texts in, pages or problems out; any
 * problem on any page means the command writes nothing.
 */
import { PageError } from "./errors.ts";
import { headerOf, splitPage, type EditionOptions, type SplitResult } from "./split-page.ts";

/** What says which page a text is: 版次 and 版名, either may be unknown. */
export interface PageIdentity {
  page?: number;
  pageName?: string;
}

/** One page file, read and decoded (or the problem reading it). */
export interface PageSource {
  /** As the editor named it on the command line. */
  file: string;
  text?: string;
  problem?: string;
}

export interface DayPage extends PageIdentity {
  file: string;
  edition: EditionOptions;
  result: SplitResult;
}

/** The day's options for every page: date, desk, sections. */
export type DayOptions = Omit<EditionOptions, "page" | "pageName" | "takenSlugs">;

/**
 * A page's number and name from its file name: 03-综合.txt, 3_综合.txt, A03.txt,
 * 第3版.txt, 第03版-要闻.txt. A letter (叠, A03) is not part of the 版次.
 */
export function pageFromFileName(path: string): PageIdentity {
  const stem = path.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const m = /^(?:第\s*)?[A-Za-z]?0*(\d{1,3})(?:\s*版)?(?:[\s_\-·.、]+(.+))?$/u.exec(stem);
  if (!m || Number(m[1]) === 0) return {};
  const name = m[2]?.trim();
  return { page: Number(m[1]), ...(name && { pageName: name }) };
}

/**
 * Splits every page of the day. `slugsOfOtherPages(page)` names the slugs the
 * edition folder already gives to other pages' articles; slugs given in this run
 * are added to them page by page, so every slug of the edition is unique.
 */
export function splitDay(sources: readonly PageSource[], options: DayOptions, flags: PageIdentity, slugsOfOtherPages: (page: number | undefined) => ReadonlySet<string>): { pages: DayPage[]; problems: string[] } {
  // Each problem with its file, listed in the order the files were given.
  const listed: { file: string; text: string }[] = [];
  const problem = (file: string, text: string) => listed.push({ file, text: `${file}: ${text}` });
  const found: { source: PageSource & { text: string }; identity: PageIdentity }[] = [];
  for (const source of sources) {
    if (source.problem !== undefined || source.text === undefined) {
      problem(source.file, source.problem ?? "could not be read");
      continue;
    }
    const printed = headerOf(source.text);
    const named = pageFromFileName(source.file);
    const page = printed.page ?? named.page ?? flags.page;
    const pageName = printed.pageName ?? named.pageName ?? flags.pageName;
    const seen = printed.page ?? named.page;
    if (printed.date !== undefined && printed.date !== options.date) {
      problem(source.file, `its header is dated ${printed.date}, not --date ${options.date}; is it another day's page?`);
    }
    if (flags.page !== undefined && seen !== undefined && seen !== flags.page) {
      problem(source.file, `is 第${seen}版 by its ${printed.page !== undefined ? "header" : "file name"}, but --page says ${flags.page}; leave --page out or correct it`);
    }
    if (page === undefined && sources.length > 1) {
      problem(source.file, `no 版次: its header prints none and its file name has none; rename it like 03-综合.txt (or split it alone with --page N)`);
    }
    found.push({ source: source as PageSource & { text: string }, identity: { page, ...(pageName !== undefined && { pageName }) } });
  }
  const byPage = new Map<number, string>();
  for (const { source, identity } of found) {
    if (identity.page === undefined) continue;
    const other = byPage.get(identity.page);
    if (other) problem(source.file, `is 第${identity.page}版, and so is ${other}; give each page once (check the file names and headers)`);
    else byPage.set(identity.page, source.file);
  }
  // Every page is split, in 版次 order, even when another page has a problem: every problem is listed.
  const given = new Set<string>();
  const pages: DayPage[] = [];
  for (const { source, identity } of found.sort((a, b) => (a.identity.page ?? Infinity) - (b.identity.page ?? Infinity))) {
    const edition: EditionOptions = { ...options, ...identity, takenSlugs: new Set([...slugsOfOtherPages(identity.page), ...given]) };
    try {
      const result = splitPage(source.text, edition);
      for (const article of result.articles) given.add(article.slug);
      pages.push({ file: source.file, ...identity, edition, result });
    } catch (error) {
      if (!(error instanceof PageError)) throw error;
      problem(source.file, error.message);
    }
  }
  const order = new Map(sources.map((s, i) => [s.file, i]));
  const problems = listed.sort((a, b) => order.get(a.file)! - order.get(b.file)!).map((p) => p.text);
  return problems.length ? { pages: [], problems } : { pages, problems };
}
