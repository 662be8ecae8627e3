/**
 * `npm run split -- --date YYYY-MM-DD [options] FILE…|FOLDER`: the page splitter's
 * command line, and the only part of it that touches the process (arguments,
 * reading the pages, printing, exit codes). The steps live in src/split/; a day
 * of pages is split together by src/split/day.ts, all or nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EDITION_FILE, type EditionList } from "../article/edition.ts";
import { isRealDate } from "../article/record.ts";
import { parseEditionList, formatProblem } from "../site/content.ts";
import { contentRoot, notAFile, resolveInContent } from "../site/content-path.ts";
import { splitDay, type DayPage, type PageSource } from "../split/day.ts";
import { settleEdition } from "../split/furniture.ts";
import { formatDayTable } from "../split/day-summary.ts";
import { decode } from "../split/decode.ts";
import { PageError } from "../split/errors.ts";
import { mergePageList, renderPageList } from "../split/page-list.ts";
import { formatSummary } from "../split/report.ts";
import { headerOf, splitPage, toReading, type EditionOptions, type SplitResult } from "../split/split-page.ts";
import { isPdf, readPdfPage, withPdfReading, type PdfReading } from "../pdf/split-pdf.ts";
import { editionFiles, planEdition, slugsOfOtherPages, writeEdition, type PlannedFile } from "../split/write.ts";

const USAGE = `usage: npm run split -- --date YYYY-MM-DD [options] FILE…|FOLDER

Splits the text of printed pages into one Markdown article per story, and lists
the pages in the edition's edition.yml. FILE is a page's text (UTF-8, UTF-16 with
BOM, or GB18030), its PDF, or - for standard input; a FOLDER means every .txt file in it.
Each page's 版次 and 版名 come from its header, else its file name (03-综合.txt,
A03.txt, 第3版.txt), else --page/--page-name. If any page has a problem, nothing
is written.

  --date DATE        edition date, e.g. 2023-12-14 (required)
  --page N           printed page number (版次), for one FILE whose header and name give none
  --page-name NAME   printed page name (版名), e.g. 综合, likewise
  --section NAME     section for stories without a section marker (default: site.json defaultSection)
  --out DIR          folder to write to (default: content/<date>/)
  --dry-run          show what would be written, write nothing
  --json             print the reading of one page as JSON, write nothing
  --force            replace files that differ from what the splitter writes (edited by hand)
  --changes          also list what each normalization rule changed, line by line
  -h, --help         show this help`;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

class UsageError extends Error {}

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(code === 2 ? `split: ${message}\n\n${USAGE}\n` : `split: ${message}\n`);
  process.exit(code);
}

function readArguments() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        date: { type: "string" },
        page: { type: "string" },
        "page-name": { type: "string" },
        section: { type: "string" },
        out: { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        force: { type: "boolean" },
        changes: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length === 0) throw new UsageError("give the pages' text files, their folder, or - for standard input");
    const files = pageFiles(positionals);
    if (files.length > 1 && (values.page !== undefined || values["page-name"] !== undefined)) throw new UsageError("--page and --page-name name one page; with several files, each page's header or file name (03-综合.txt) says which it is");
    if (files.length > 1 && values.json) throw new UsageError("--json prints the reading of one page; give one file");
    if (files.length > 1 && files.includes("-")) throw new UsageError("- (standard input) is one page; give it alone");
    return { values, files };
  } catch (error) {
    return fail((error as Error).message, 2);
  }
}

interface Site {
  sections: string[];
  defaultSection: string;
}

/** The page files named: files as given, a folder as the .txt files in it (sorted). */
function pageFiles(positionals: readonly string[]): string[] {
  return positionals.flatMap((path) => {
    if (path === "-" || !existsSync(path) || !statSync(path).isDirectory()) return [path];
    const texts = readdirSync(path).filter((name) => /\.txt$/i.test(name)).sort().map((name) => join(path, name));
    // A folder without pages is reported when it is read, like any page that cannot be.
    return texts.length ? texts : [path];
  });
}

function readPage(file: string): Uint8Array {
  if (file === "-") return readFileSync(0);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new PageError("no such file; check the path");
  }
  if (stats.isDirectory()) throw new PageError("is a folder with no .txt page files in it; give the pages' text files or their folder");
  try {
    return readFileSync(file);
  } catch (error) {
    throw new PageError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check its permissions`);
  }
}

/** What was read from page PDFs, by file: their decks and positions, for the articles split from their text. */
const pdfReadings = new Map<string, PdfReading>();

/** A page file read and decoded (a PDF read by position and type size, src/pdf/split-pdf.ts), or what is wrong with it. */
async function readSource(file: string): Promise<PageSource> {
  const name = file === "-" ? "<stdin>" : file;
  try {
    const bytes = readPage(file);
    if (!isPdf(bytes)) return { file: name, text: decode(bytes).text };
    const reading = await readPdfPage(bytes);
    pdfReadings.set(name, reading);
    return { file: name, text: reading.text };
  } catch (error) {
    if (error instanceof PageError) return { file: name, problem: error.message };
    throw error;
  }
}

/** A page's split, with what its PDF shows when it came from one. */
function withPdf(file: string, result: SplitResult): SplitResult {
  const reading = pdfReadings.get(file);
  return reading ? withPdfReading(result, reading) : result;
}

/** Every problem, one line each, then what it means: nothing written. */
function failWith(problems: readonly string[], files: number): never {
  if (problems.length === 1 && files === 1) fail(problems[0]!, 1);
  process.stderr.write(problems.map((p) => `split: ${p}\n`).join(""));
  fail(`${problems.length} problem(s) in ${files} page file(s); nothing was written. Fix them and run the whole day again.`, 1);
}

/** The edition's page list with this run's pages added, as a file to write alongside the articles. */
function pageListFile(outDir: string, shownDir: string, date: string, pages: readonly DayPage[]): { plan?: PlannedFile; list?: EditionList; problems: string[] } {
  const path = join(outDir, EDITION_FILE);
  const shown = join(shownDir, EDITION_FILE);
  let existing;
  if (existsSync(path)) {
    const problem = notAFile(resolveInContent(contentRoot(outDir), path), "the edition's page list");
    if (problem) return { problems: [`${shown}: ${problem}, then split again`] };
    const read = parseEditionList(shown, readFileSync(path));
    if (!read.list) return { problems: read.errors.map((e) => `${formatProblem(e)}; fix it or delete it, then split again`) };
    existing = read.list;
  }
  if (!existing && pages.every((p) => p.page === undefined)) return { problems: [] };
  const list = mergePageList(existing, pages);
  const content = renderPageList(list, date);
  // The merge keeps every entry an editor wrote, so a changed list is written like a new file.
  const status = existsSync(path) && readFileSync(path, "utf8") === content ? "unchanged" : "new";
  return { plan: { name: EDITION_FILE, content, path, status }, list, problems: [] };
}

/** A page's name as the edition's list gives it (an editor may have named it there). */
function named(list: EditionList | undefined, page: number | undefined): string | undefined {
  return list?.pages.find((p) => p.page === page)?.name;
}

async function main(): Promise<void> {
  const { values, files } = readArguments();
  const given = values.date;
  if (given !== undefined && !isRealDate(given)) fail(`--date ${given} is not a real date; write it as YYYY-MM-DD, e.g. 2023-12-14`, 1);
  const page = values.page === undefined ? undefined : Number(values.page);
  if (page !== undefined && !(Number.isInteger(page) && page > 0)) fail(`--page ${values.page} is not a page number; give a whole number such as 3`, 1);
  const site = JSON.parse(readFileSync(`${ROOT}content/site.json`, "utf8")) as Site;
  if (values.section !== undefined && !site.sections.includes(values.section)) {
    fail(`--section ${values.section} is not a section of the site; use one of ${site.sections.join(" ")} (content/site.json)`, 1);
  }
  const sources = await Promise.all(files.map(readSource));
  // Without --date, the date the pages' headers print (every page is then checked against it).
  const date = given ?? sources.map((s) => (s.text === undefined ? undefined : headerOf(s.text).date)).find((d) => d !== undefined);
  if (date === undefined) fail(`${sources[0]!.file}: the page prints no date; give --date (the edition date, e.g. --date 2023-12-14)`, 2);
  const options = { date, section: values.section, sections: site.sections, defaultSection: site.defaultSection };
  const outDir = values.out ?? `${ROOT}content/${date}`;
  const shown = values.out ?? relative(process.cwd(), outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) fail(`--out ${shown} is a file, not a folder; choose a folder`, 1);
  if (values.json) {
    // The JSON reading is the page alone: what its header prints fills what the command line leaves out.
    const source = sources[0]!;
    if (source.text === undefined) fail(`${source.file}: ${source.problem}`, 1);
    const settled = settleEdition({ date: given, page, pageName: values["page-name"] }, headerOf(source.text));
    if (settled.conflicts.length > 0) fail(`${source.file}: ${settled.conflicts.join("; ")}; correct the option or leave it out`, 1);
    const edition: EditionOptions = { ...options, ...settled.edition, date };
    try {
      process.stdout.write(`${JSON.stringify(toReading(withPdf(source.file, splitPage(source.text, edition)), edition), null, 2)}\n`);
    } catch (error) {
      if (error instanceof PageError) fail(`${source.file}: ${error.message}`, 1);
      throw error;
    }
    return;
  }
  // Files must also make way for other pages' articles already in the folder.
  const day = splitDay(sources, options, { page, pageName: values["page-name"] }, (p) => slugsOfOtherPages(outDir, p));
  if (day.problems.length) failWith(day.problems, files.length);
  for (const p of day.pages) withPdf(p.file, p.result);
  const list = pageListFile(outDir, shown, date, day.pages);
  if (list.problems.length) failWith(list.problems, files.length);
  const plans = day.pages.map((p) => planEdition(editionFiles(p.result.articles, p.edition), outDir));
  const conflicts = plans.flat().filter((f) => f.status === "differs");
  if (conflicts.length > 0 && !values.force && !values["dry-run"]) {
    const listed = conflicts.map((f) => `  ${relative(process.cwd(), f.path)}`).join("\n");
    fail(`${conflicts.length} file(s) in ${shown} differ from what the splitter would write (edited since?); nothing written. --force replaces them:\n${listed}`, 1);
  }
  if (!values["dry-run"]) {
    try {
      writeEdition([...plans.flat(), ...(list.plan ? [list.plan] : [])], outDir, values.force === true);
    } catch (error) {
      fail(`cannot write to ${shown} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); no file was half-written`, 1);
    }
  }
  const dryRun = values["dry-run"] === true;
  const summaries = day.pages.map((p, i) =>
    formatSummary({ page: p.file, outDir: shown, plan: plans[i]!, articles: p.result.articles, findings: p.result.findings, changes: values.changes ? p.result.changes : undefined, dryRun, force: values.force === true }),
  );
  const listLine = list.plan ? `${list.plan.status === "unchanged" ? "unchanged" : dryRun ? "would write" : "wrote"} ${join(shown, EDITION_FILE)}: the edition's pages, kept with what editors added\n` : "";
  process.stdout.write(`${summaries.join("\n")}\n${listLine}\n${formatDayTable(day.pages.map((p) => ({ ...p, pageName: named(list.list, p.page) ?? p.pageName })))}`);
}

await main();
