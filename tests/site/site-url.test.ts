import { describe, expect, it } from "vitest";
import { publishedAt } from "../../src/site/published.ts";
import { absoluteUrl, siteBase } from "../../src/site/site-url.ts";

describe("siteBase and absoluteUrl", () => {
  it("keeps a subfolder whether or not the setting ends in a slash", () => {
    for (const url of ["https://www.lcdaily.example/paper", "https://www.lcdaily.example/paper/"]) {
      expect(absoluteUrl(siteBase(url), "2023-12-14/fen-zhi-ji-gou/")).toBe("https://www.lcdaily.example/paper/2023-12-14/fen-zhi-ji-gou/");
      expect(absoluteUrl(siteBase(url), "/feed.xml")).toBe("https://www.lcdaily.example/paper/feed.xml");
    }
    expect(absoluteUrl(siteBase("https://www.lcdaily.example"), "")).toBe("https://www.lcdaily.example/");
  });

  it("refuses a setting that is not a web address, naming the file and field", () => {
    expect(() => siteBase("www.lcdaily.example")).toThrow(/content\/site\.json: "url" must be the address/);
    expect(() => siteBase(undefined)).toThrow(/content\/site\.json: "url"/);
    expect(() => siteBase("ftp://lcdaily.example/")).toThrow(/must start with https:\/\//);
    expect(() => siteBase("https://lcdaily.example/?a=1")).toThrow(/query/);
  });
});

describe("publishedAt", () => {
  it("is 06:00 in Asia/Shanghai on the edition date", () => {
    expect(publishedAt("2023-12-14")).toBe("2023-12-14T06:00:00+08:00");
    expect(new Date(publishedAt("2023-12-14")).toISOString()).toBe("2023-12-13T22:00:00.000Z");
  });
});
