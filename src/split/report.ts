/**
 * The summary the command prints: what was (or would be) written, then every
 * review note as `page.txt:13:1  warning  message  code`, the shape ESLint and
 * remark-lint use, so editors' tools and CI can read it; with --changes, also
 * what each normalization rule changed.
 */
import type { ArticleDraft } from "./derive.ts";
import type { Finding } from "./finding.ts";
import type { LineChange } from "./normalize.ts";
import type { FileStatus, PlannedFile } from "./write.ts";

export interface Summary {
  page: string;
  outDir: string;
  plan: readonly PlannedFile[];
  articles: readonly ArticleDraft[];
  findings: readonly Finding[];
  /** Normalization changes to list, when asked for. */
  changes?: readonly LineChange[];
  dryRun: boolean;
  force: boolean;
}

function action(status: FileStatus, dryRun: boolean, force: boolean): string {
  if (status === "unchanged") return "unchanged";
  if (status === "new") return dryRun ? "would write" : "wrote";
  if (force) return dryRun ? "would replace" : "replaced";
  return "differs (kept; --force replaces)";
}

export function formatWarning(page: string, f: Finding): string {
  return `${page}:${f.line}:1  warning  ${f.message}  ${f.code}`;
}

/** `page.txt:9:1  changed  品牌 为抓手 → 品牌为抓手  han-space`, for --changes. */
export function formatChange(page: string, c: LineChange): string {
  return `${page}:${c.line}:1  changed  ${c.before} → ${c.after}  ${c.rule}`;
}

export function formatSummary(s: Summary): string {
  const count = `${s.articles.length} article${s.articles.length === 1 ? "" : "s"}`;
  const lines = [`${s.page}: ${count} → ${s.outDir}${s.dryRun ? " (dry run: nothing written)" : ""}`];
  s.plan.forEach((file, i) => {
    const article = s.articles[i]!;
    lines.push(`  ${action(file.status, s.dryRun, s.force).padEnd(11)} ${file.name}  ${article.title ?? `[${article.derivedTitle}]`}`);
  });
  if (s.findings.length > 0) {
    lines.push("", ...s.findings.map((f) => formatWarning(s.page, f)));
    const notes = `${s.findings.length} review note${s.findings.length === 1 ? "" : "s"}`;
    lines.push("", `${notes}; each is also in its article's front matter (review:) until an editor deletes it`);
  }
  if (s.changes) lines.push("", ...s.changes.map((c) => formatChange(s.page, c)));
  return `${lines.join("\n")}\n`;
}
