/**
 * The split's side of the edition's page list (content/<date>/edition.yml, schema in
 * src/article/edition.ts): the pages split in this run added to the list the folder
 * already has. What an editor wrote there stays: a page's name, its pdf, pages no
 * split produced (an advertisement page).
 */
import { Document, isSeq, type YAMLSeq } from "yaml";
import type { EditionList, EditionPage } from "../article/edition.ts";
import type { PageIdentity } from "./day.ts";

/** `existing` with every numbered page of `split` it lacks (and names it lacks), in 版次 order. */
export function mergePageList(existing: EditionList | undefined, split: readonly PageIdentity[]): EditionList {
  const pages = new Map<number, EditionPage>((existing?.pages ?? []).map((p) => [p.page, p]));
  for (const { page, pageName } of split) {
    if (page === undefined) continue;
    const listed = pages.get(page);
    if (!listed) pages.set(page, { page, ...(pageName !== undefined && { name: pageName }) });
    else if (listed.name === undefined && pageName !== undefined) pages.set(page, { ...listed, name: pageName });
  }
  return { pages: [...pages.values()].sort((a, b) => a.page - b.page) };
}

/** The list as the file is written: one line per page, as editors write it. */
export function renderPageList(list: EditionList, date: string): string {
  const doc = new Document(list);
  doc.commentBefore = ` ${date} 的版面：每版一行，版次 page、版名 name，可加 pdf（本文件夹内的路径，如 pages/03.pdf）`;
  const pages = doc.get("pages");
  if (isSeq(pages)) for (const item of (pages as YAMLSeq).items) (item as { flow?: boolean }).flow = true;
  return doc.toString({ lineWidth: 0 });
}
