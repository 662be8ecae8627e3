/**
 * 往期 as a calendar (pure): each month a grid of weeks from Monday, as Chinese
 * calendars print them, a day with an edition linking to it. A year's months make
 * one page (archive/2022.html; the newest year's is archive/index.html), so a
 * 20-year archive is twenty pages of ≈60 KB rather than one of 1.2 MB, and a new
 * day renders only the newest year's page again.
 */

/** The days of the week from Monday: the column head (一) and what it stands for (星期一). */
export const WEEK_FROM_MONDAY = ["一", "二", "三", "四", "五", "六", "日"].map((short) => ({ short, long: `星期${short}` }));

/** A day of a month, and the edition of that day if there is one. */
export interface CalendarDay<Edition> { day: number; edition: Edition | null }
/** A week: seven cells, null before the month's first day and after its last. */
export type CalendarWeek<Edition> = (CalendarDay<Edition> | null)[];

/** The weeks of `month` (2023-12), each edition (by its YYYY-MM-DD date) on its day. */
export function monthWeeks<Edition extends { date: string }>(month: string, editions: readonly Edition[]): CalendarWeek<Edition>[] {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  // Blank cells before the 1st: getUTCDay counts from Sunday, the grid from Monday.
  const blanks = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDay = new Map(editions.map((e) => [Number(e.date.slice(8, 10)), e]));
  const cells: (CalendarDay<Edition> | null)[] = Array.from({ length: blanks }, () => null);
  for (let day = 1; day <= days; day++) cells.push({ day, edition: byDay.get(day) ?? null });
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
