/** The table a day's split ends with: each page, its stories and review notes, and the totals. */
import type { DayPage } from "./day.ts";

/** Columns a terminal gives a text: two for Chinese characters and full-width punctuation. */
function width(text: string): number {
  let n = 0;
  for (const c of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return n;
}

const pad = (text: string, columns: number, right = false) => (right ? " ".repeat(Math.max(0, columns - width(text))) + text : text + " ".repeat(Math.max(0, columns - width(text))));

export function formatDayTable(pages: readonly DayPage[]): string {
  const rows = pages.map((p) => [p.page === undefined ? "?" : `第${p.page}版`, p.pageName ?? "", String(p.result.articles.length), String(p.result.findings.length), p.file]);
  const total = ["total", "", String(rows.reduce((n, r) => n + Number(r[2]), 0)), String(rows.reduce((n, r) => n + Number(r[3]), 0)), `${pages.length} page${pages.length === 1 ? "" : "s"}`];
  const table = [["page", "name", "stories", "notes", "file"], ...rows, total];
  const columns = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => width(r[i]!))));
  return `${table.map((r) => [pad(r[0]!, columns[0]!), pad(r[1]!, columns[1]!), pad(r[2]!, columns[2]!, true), pad(r[3]!, columns[3]!, true), r[4]].join("  ").trimEnd()).join("\n")}\n`;
}
