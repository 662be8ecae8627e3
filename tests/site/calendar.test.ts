import { describe, expect, it } from "vitest";
import { monthWeeks } from "../../src/site/calendar.ts";

/** A month's grid as text: one line a week, "." for a cell outside the month, the day, "*" after a day with an edition. */
function grid(month: string, dates: string[]): string[] {
  return monthWeeks(month, dates.map((date) => ({ date }))).map((week) => week.map((c) => (c ? `${c.day}${c.edition ? "*" : ""}` : ".")).join(" "));
}

describe("monthWeeks", () => {
  it("starts each week on Monday, as Chinese calendars print it, and puts each edition on its day", () => {
    // 2023-12-01 was a Friday.
    expect(grid("2023-12", ["2023-12-12", "2023-12-14", "2023-12-31"])).toEqual([
      ". . . . 1 2 3",
      "4 5 6 7 8 9 10",
      "11 12* 13 14* 15 16 17",
      "18 19 20 21 22 23 24",
      "25 26 27 28 29 30 31*",
    ]);
  });

  it("fills a month that starts on a Monday or a Sunday, and a leap February", () => {
    expect(grid("2024-01", [])[0]).toBe("1 2 3 4 5 6 7");
    // 2023-10-01 was a Sunday: six blank days, and six weeks.
    expect(grid("2023-10", [])).toHaveLength(6);
    expect(grid("2023-10", [])[0]).toBe(". . . . . . 1");
    expect(grid("2024-02", ["2024-02-29"]).at(-1)).toBe("26 27 28 29* . . .");
    expect(grid("2023-02", []).at(-1)).toBe("27 28 . . . . .");
  });
});
