/**
 * How a long list (a section's or a reporter's articles, newest first) is cut
 * into pages. Pages are counted from the oldest article, so that a newer
 * article leaves every older page as it was and an incremental build renders
 * only the newest pages again (issue #12).
 *
 * Bucket k (k = 1, 2, …) holds the articles [(k−1)·size, k·size) in oldest-first
 * order; only full buckets are fixed. The entry page (the list's index, path
 * number 1) shows the newest full bucket and the partial one after it: size to
 * 2·size−1 articles, or all of them while the list is shorter than size. Every
 * other full bucket k is an archived page at path number k + 1, which never
 * changes once written. When the partial bucket fills, the entry page hands its
 * older bucket to a new archived page; of the others only the newest one's
 * link to the next newer page moves.
 */

/** One page of a cut list; its articles keep the list's order (newest first). */
export interface ListCut<T> {
  articles: T[];
  /** The number in the page's path: 1 the entry page, k + 1 the archived page of bucket k. */
  pageNumber: number;
  /** k, counted from the oldest, on an archived page; null on the entry page. */
  bucket: number | null;
  /** Path numbers of the page with the newer articles and of the one with the older, if any. */
  newer: number | null;
  older: number | null;
}

/** The entry page first, then the archived pages from the newest to the oldest. */
export function cutFromOldest<T>(newestFirst: readonly T[], size: number): ListCut<T>[] {
  const n = newestFirst.length;
  const archived = Math.max(0, Math.floor(n / size) - 1);
  const entry: ListCut<T> = { articles: newestFirst.slice(0, n - archived * size), pageNumber: 1, bucket: null, newer: null, older: archived ? archived + 1 : null };
  const older = Array.from({ length: archived }, (_, i): ListCut<T> => {
    const bucket = archived - i;
    return {
      articles: newestFirst.slice(n - bucket * size, n - (bucket - 1) * size),
      pageNumber: bucket + 1, bucket,
      newer: bucket === archived ? 1 : bucket + 2,
      older: bucket > 1 ? bucket : null,
    };
  });
  return [entry, ...older];
}
