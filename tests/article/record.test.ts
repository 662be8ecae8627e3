import { describe, expect, it } from "vitest";
import { frontMatterSchema, isRealDate } from "../../src/article/record.ts";

describe("isRealDate", () => {
  it("accepts real calendar days, including 29 February of a leap year", () => {
    expect(isRealDate("2023-12-14")).toBe(true);
    expect(isRealDate("2024-02-29")).toBe(true);
  });
  it("rejects impossible days and other shapes", () => {
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("2023-13-01")).toBe(false);
    expect(isRealDate("2023-12-1")).toBe(false);
    expect(isRealDate("20231214")).toBe(false);
  });
});

describe("frontMatterSchema", () => {
  const valid = { title: "牢记历史 勿忘国耻", section: "要闻", date: new Date("2023-12-14T00:00:00Z"), order: 5 };

  it("normalises a YAML date to YYYY-MM-DD and fills defaults", () => {
    const fm = frontMatterSchema.parse(valid);
    expect(fm.date).toBe("2023-12-14");
    expect(fm.type).toBe("article");
    expect(fm.reporter).toEqual([]);
  });

  it("names the field that is wrong", () => {
    const result = frontMatterSchema.safeParse({ ...valid, title: undefined, date: "2023-02-30" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "date"]));
  });
});
