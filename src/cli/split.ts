/**
 * `npm run split -- --date YYYY-MM-DD [options] FILE`: the page splitter's
 * command line, and the only part of it that touches the process (arguments,
 * reading the page, printing, exit codes). The steps live in src/split/.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isRealDate } from "../article/record.ts";
import { decode } from "../split/decode.ts";
import { PageError } from "../split/errors.ts";
import { formatSummary } from "../split/report.ts";
import { splitPage, toReading, type EditionOptions } from "../split/split-page.ts";
import { editionFiles, planEdition, slugsOfOtherPages, writeEdition } from "../split/write.ts";
import { isPdf, splitPdf } from "../pdf/split-pdf.ts";

const USAGE = `usage: npm run split -- --date YYYY-MM-DD [options] FILE

Splits the text of a printed page into one Markdown article per story.
FILE is the page's text (UTF-8, UTF-16 with BOM, or GB18030), its PDF, or - for standard input.

  --date DATE        edition date, e.g. 2023-12-14 (required)
  --page N           printed page number (版次)
  --page-name NAME   printed page name (版名), e.g. 综合
  --section NAME     section for stories without a section marker (default: site.json defaultSection)
  --out DIR          folder to write to (default: content/<date>/)
  --dry-run          show what would be written, write nothing
  --json             print the reading as JSON, write nothing
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
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the page's text file (or - for standard input)" : "give one page file at a time");
    if (values.date === undefined) throw new UsageError("--date is required (the edition date, e.g. --date 2023-12-14)");
    return { values, file: positionals[0]! };
  } catch (error) {
    return fail((error as Error).message, 2);
  }
}

interface Site {
  sections: string[];
  defaultSection: string;
}

function readPage(file: string): Uint8Array {
  if (file === "-") return readFileSync(0);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new PageError("no such file; check the path");
  }
  if (stats.isDirectory()) throw new PageError("is a folder; give the page's text file");
  try {
    return readFileSync(file);
  } catch (error) {
    throw new PageError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check its permissions`);
  }
}

async function main(): Promise<void> {
  const { values, file } = readArguments();
  const date = values.date!;
  if (!isRealDate(date)) fail(`--date ${date} is not a real date; write it as YYYY-MM-DD, e.g. 2023-12-14`, 1);
  const page = values.page === undefined ? undefined : Number(values.page);
  if (page !== undefined && !(Number.isInteger(page) && page > 0)) fail(`--page ${values.page} is not a page number; give a whole number such as 3`, 1);
  const site = JSON.parse(readFileSync(`${ROOT}content/site.json`, "utf8")) as Site;
  if (values.section !== undefined && !site.sections.includes(values.section)) {
    fail(`--section ${values.section} is not a section of the site; use one of ${site.sections.join(" ")} (content/site.json)`, 1);
  }
  const edition: EditionOptions = {
    date,
    page,
    pageName: values["page-name"],
    section: values.section,
    sections: site.sections,
    defaultSection: site.defaultSection,
  };
  const outDir = values.out ?? `${ROOT}content/${date}`;
  const shown = values.out ?? relative(process.cwd(), outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) fail(`--out ${shown} is a file, not a folder; choose a folder`, 1);
  // The JSON reading is the page alone; files must also make way for other pages' articles.
  if (!values.json) edition.takenSlugs = slugsOfOtherPages(outDir, page);
  const name = file === "-" ? "<stdin>" : file;
  let result;
  try {
    const bytes = readPage(file);
    // A page PDF is read by position and type size (src/pdf/split-pdf.ts); text goes the text path.
    result = isPdf(bytes) ? await splitPdf(bytes, edition) : splitPage(decode(bytes).text, edition);
  } catch (error) {
    if (error instanceof PageError) fail(`${name}: ${error.message}`, 1);
    throw error;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(toReading(result, edition), null, 2)}\n`);
    return;
  }
  const plan = planEdition(editionFiles(result.articles, edition), outDir);
  const conflicts = plan.filter((f) => f.status === "differs");
  if (conflicts.length > 0 && !values.force && !values["dry-run"]) {
    const list = conflicts.map((f) => `  ${relative(process.cwd(), f.path)}`).join("\n");
    fail(`${conflicts.length} file(s) in ${shown} differ from what the splitter would write (edited since?); nothing written. --force replaces them:\n${list}`, 1);
  }
  if (!values["dry-run"]) {
    try {
      writeEdition(plan, outDir, values.force === true);
    } catch (error) {
      fail(`cannot write to ${shown} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); no file was half-written`, 1);
    }
  }
  process.stdout.write(formatSummary({ page: name, outDir: shown, plan, articles: result.articles, findings: result.findings, changes: values.changes ? result.changes : undefined, dryRun: values["dry-run"] === true, force: values.force === true }));
}

await main();
