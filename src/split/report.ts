/**
 * The summary the command prints: what was (or would be) written, then every
 * review note as `page.txt:13:1  warning  message  code`, the shape ESLint and
 * remark-lint use, so editors' tools and CI can read it.
 */
import type { ArticleDraft } from "./derive.ts";
import type { Finding } from "./finding.ts";
import type { FileStatus, PlannedFile } from "./write.ts";

export interface Summary {
  page: string;
  outDir: string;
  plan: readonly PlannedFile[];
  articles: readonly ArticleDraft[];
  findings: readonly Finding[];
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

export function formatSummary(s: Summary): string {
  const lines = [`${s.page}: ${s.articles.length} articles → ${s.outDir}${s.dryRun ? " (dry run: nothing written)" : ""}`];
  s.plan.forEach((file, i) => {
    const article = s.articles[i]!;
    lines.push(`  ${action(file.status, s.dryRun, s.force).padEnd(11)} ${file.name}  ${article.title ?? `[${article.derivedTitle}]`}`);
  });
  if (s.findings.length > 0) {
    lines.push("", ...s.findings.map((f) => formatWarning(s.page, f)));
    lines.push("", `${s.findings.length} review notes; each is also in its article's front matter (review:) until an editor deletes it`);
  }
  return `${lines.join("\n")}\n`;
}
