/**
 * File work in parallel: libuv runs file system calls on its four threads, so a build
 * keeps several in flight instead of waiting for each in turn.
 */

/** Files in flight at once: enough to keep libuv's four threads busy. */
export const FILES_IN_FLIGHT = 64;

/** Runs `task` on each of `items`, `width` at a time; rejects with the first failure. */
export async function eachInFlight<T>(items: readonly T[], task: (item: T) => Promise<void>, width = FILES_IN_FLIGHT): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
