import { describe, expect, it } from "vitest";
import { atomFeed, jsonFeed, latestArticles, type FeedInfo } from "../../src/site/feeds.ts";
import { atomAuthors, atomTitle, parseFeed } from "../support/feeds.ts";
import { article, hostile, HOSTILE_TITLE, yanggu, zhaoQi } from "./metadata-fixtures.ts";

const info: FeedInfo = {
  title: "聊城日报",
  lang: "zh-Hans",
  url: "https://www.lcdaily.example/paper/feed.xml",
  homeUrl: "https://www.lcdaily.example/paper/",
  paper: "聊城日报",
  latestEdition: "2023-12-14",
};

describe("latestArticles", () => {
  it("puts the newest edition first, then print order, and keeps only the number asked for", () => {
    const older = article({ title: "旧闻", url: "https://x.example/old/", date: "2023-12-13", page: 1, order: 1 });
    const front = article({ title: "头版", url: "https://x.example/front/", page: 1, order: 2 });
    const unpaged = article({ title: "无版次", url: "https://x.example/np/", page: undefined, order: 1 });
    expect(latestArticles([older, yanggu, unpaged, zhaoQi, front], 4).map((a) => a.title)).toEqual([
      "头版",
      zhaoQi.title,
      yanggu.title,
      "无版次",
    ]);
  });
});

describe("atomFeed", () => {
  it("parses with feedparser: entries, authors, +08:00 dates, full text, section", async () => {
    const { meta, items } = await parseFeed(atomFeed(info, [zhaoQi, yanggu]));
    expect(meta["#type"]).toBe("atom");
    expect(meta.title).toBe("聊城日报");
    expect(meta.link).toBe("https://www.lcdaily.example/paper/");
    expect(meta.xmlurl).toBe("https://www.lcdaily.example/paper/feed.xml");
    expect(meta.language).toBe("zh-Hans");
    expect(items.map((i) => i.title)).toEqual([zhaoQi.title, yanggu.title]);
    expect(items[0]!.link).toBe(zhaoQi.url);
    expect(items[0]!.guid).toBe(zhaoQi.url);
    expect(atomAuthors(items[0]!)).toEqual(["赵琦"]);
    expect(atomAuthors(items[1]!)).toEqual(["窦胜男", "徐言艳"]);
    expect(items[0]!.categories).toEqual(["时政动态"]);
    // 06:00 in Liaocheng is 22:00 UTC the day before.
    expect(items[0]!.pubdate!.toISOString()).toBe("2023-12-13T22:00:00.000Z");
    expect(items[0]!.description).toContain("12月13日,聊城市国家文化公园暨文化体验廊道建设项目调度会议");
    expect(items[0]!.summary).toBe(zhaoQi.description);
  });

  it("states the times in +08:00 and the update time of the newest entry", () => {
    const xml = atomFeed(info, [zhaoQi]);
    expect(xml).toContain("<published>2023-12-14T06:00:00+08:00</published>");
    expect(xml).toContain("<updated>2023-12-14T06:00:00+08:00</updated>");
  });

  it("survives hostile titles, names and bodies: same text back, no markup injected", async () => {
    const xml = atomFeed(info, [hostile]);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
    const { items } = await parseFeed(xml);
    expect(items).toHaveLength(1);
    expect(atomTitle(items[0]!)).toBe(HOSTILE_TITLE);
    expect(atomAuthors(items[0]!)).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(items[0]!.categories).toEqual([`要闻 & "时政"`]);
    expect(items[0]!.description).toBe("<p>正文 &amp; <em>强调</em> ]]> 控制字符</p>");
  });

  it("has a feed author for unsigned articles, and a valid update time when empty", async () => {
    const unsigned = article({ title: "简讯", url: "https://x.example/brief/", reporter: [] });
    const { items } = await parseFeed(atomFeed(info, [unsigned]));
    expect(atomAuthors(items[0]!)).toEqual([]);
    expect(items[0]!.author).toBe("聊城日报");
    const empty = atomFeed({ ...info, latestEdition: "2023-12-15" }, []);
    expect(empty).toContain("<updated>2023-12-15T06:00:00+08:00</updated>");
    expect((await parseFeed(empty)).items).toEqual([]);
  });
});

describe("jsonFeed", () => {
  it("is JSON Feed 1.1 with full text, authors and +08:00 dates", () => {
    const feed = JSON.parse(jsonFeed({ ...info, url: "https://www.lcdaily.example/paper/feed.json" }, [zhaoQi, yanggu]));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("https://www.lcdaily.example/paper/feed.json");
    expect(feed.home_page_url).toBe("https://www.lcdaily.example/paper/");
    expect(feed.language).toBe("zh-Hans");
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: zhaoQi.url,
      url: zhaoQi.url,
      title: zhaoQi.title,
      content_html: zhaoQi.html,
      date_published: "2023-12-14T06:00:00+08:00",
      authors: [{ name: "赵琦" }],
      tags: ["时政动态"],
    });
    expect(feed.items[1].authors).toEqual([{ name: "窦胜男" }, { name: "徐言艳" }]);
  });

  it("gives hostile text back unchanged", () => {
    const feed = JSON.parse(jsonFeed(info, [hostile]));
    expect(feed.items[0].title).toBe(HOSTILE_TITLE);
    expect(feed.items[0].authors[0].name).toBe("<img src=x onerror=alert(1)>");
  });
});
