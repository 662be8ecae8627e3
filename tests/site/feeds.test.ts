import { beforeAll, describe, expect, it } from "vitest";
import { FEED_LENGTH, atomFeed, feedDocument, jsonFeed, type FeedPage } from "../../src/site/formats/feeds.ts";
import type { ArticleView, Paper } from "../../src/site/paper.ts";
import { readContent } from "../../src/site/content.ts";
import { paperFrom } from "../../src/site/model.ts";
import { atomAuthors, atomTitle, parseFeed } from "../support/feeds.ts";
import { FIXTURE_ARCHIVE } from "../support/site.ts";
import { fixturePaper, hostilePaper, HOSTILE_TITLE } from "./paper-fixtures.ts";

let paper: Paper;
beforeAll(() => {
  paper = fixturePaper();
});

const feed = (p: Paper, output: string): FeedPage => {
  const found = p.pages.feed.find((f) => f.output === output);
  if (!found) throw new Error(`no feed ${output}`);
  return found;
};

describe("feedPages", () => {
  it("gives the site and every section with articles an Atom and a JSON feed in each script", () => {
    const outputs = paper.pages.feed.map((f) => f.output);
    expect(outputs).toEqual(expect.arrayContaining(["feed.xml", "feed.json", "zh-hant/feed.xml", "zh-hant/feed.json", "sections/jing-ji/feed.xml", "zh-hant/sections/jing-ji/feed.json"]));
    // The fixture's 8 sections in site.json each have articles, plus the site, × 2 formats × 2 scripts.
    expect(outputs).toHaveLength((8 + 1) * 2 * 2);
    expect(new Set(outputs).size).toBe(outputs.length);
  });

  it("lists the newest edition first, in print order, and a section's feed only that section", () => {
    const site = feed(paper, "feed.xml");
    expect(site.articles.length).toBe(Math.min(FEED_LENGTH, 14));
    expect(site.articles.map((a) => a.date)).toEqual([...site.articles.map((a) => a.date)].sort().reverse());
    expect(site.articles[0]!.title).toBe("政务公开“全国优秀”是这样炼成的");
    const economy = feed(paper, "sections/jing-ji/feed.xml");
    expect(economy.title).toBe("聊城日报 · 经济");
    expect(economy.articles.map((a) => a.title)).toEqual(["开发区持续优化营商环境", "分支机构信息变更一次办好"]);
    expect(feed(paper, "zh-hant/sections/jing-ji/feed.xml").title).toBe("聊城日報 · 經濟");
  });

  it("renders each article's body once for all the feeds of its script, Atom and JSON, the site's and its section's", () => {
    const fresh = fixturePaper();
    const views = new Set(fresh.pages.feed.flatMap((f) => f.articles));
    const calls = new Map<ArticleView, number>();
    for (const view of views) {
      const html = view.html;
      view.html = () => (calls.set(view, (calls.get(view) ?? 0) + 1), html());
    }
    const documents = fresh.pages.feed.map(feedDocument);
    // Its body is in the site's feeds and its section's, Atom and JSON.
    expect(documents.filter((d) => d.includes("阳谷县百年民康药店"))).toHaveLength(4);
    expect([...calls.values()]).toEqual([...views].map(() => 1));
  });
});

describe("a paper with no edition yet", () => {
  it("has the site's feeds, empty and valid, and none for its sections, which have no articles", async () => {
    const empty = paperFrom({ ...readContent(FIXTURE_ARCHIVE), articles: [] });
    expect(empty.pages.feed.map((f) => f.output).sort()).toEqual(["feed.json", "feed.xml", "zh-hant/feed.json", "zh-hant/feed.xml"]);
    const { items } = await parseFeed(feedDocument(feed(empty, "zh-hant/feed.xml")));
    expect(items).toEqual([]);
    expect(JSON.parse(feedDocument(feed(empty, "feed.json"))).items).toEqual([]);
  });
});

describe("Atom feeds", () => {
  it("parse with feedparser: entries, reporters as authors, +08:00 dates, full text, section", async () => {
    const { meta, items } = await parseFeed(feedDocument(feed(paper, "sections/jing-ji/feed.xml")));
    expect(meta["#type"]).toBe("atom");
    expect(meta.title).toBe("聊城日报 · 经济");
    expect(meta.link).toBe("https://www.lcdaily.example/sections/jing-ji/");
    expect(meta.xmlurl).toBe("https://www.lcdaily.example/sections/jing-ji/feed.xml");
    expect(meta.language).toBe("zh-Hans");
    expect(items.map((i) => i.title)).toEqual(["开发区持续优化营商环境", "分支机构信息变更一次办好"]);
    const yanggu = items[1]!;
    expect(yanggu.link).toBe("https://www.lcdaily.example/2023-12-14/fen-zhi-ji-gou.html");
    expect(yanggu.guid).toBe(yanggu.link);
    expect(atomAuthors(yanggu)).toEqual(["窦胜男", "徐言艳"]);
    expect(yanggu.categories).toEqual(["经济"]);
    // 06:00 in Liaocheng is 22:00 UTC the day before.
    expect(yanggu.pubdate!.toISOString()).toBe("2023-12-13T22:00:00.000Z");
    expect(yanggu.description).toContain("<p>阳谷县</p>\n<p><span class=\"dateline\">本报讯（通讯员 窦胜男 徐言艳）</span>“原以为30家分支机构");
    expect(yanggu.description).toContain("感受到改革所带来的实惠与便利。</p>");
    expect(yanggu.summary).not.toContain("本报讯");
  });

  it("in Traditional carry the Traditional pages and text", async () => {
    const { meta, items } = await parseFeed(feedDocument(feed(paper, "zh-hant/sections/jing-ji/feed.xml")));
    expect(meta.language).toBe("zh-Hant");
    expect(items[1]!.title).toBe("分支機構信息變更一次辦好");
    expect(items[1]!.link).toBe("https://www.lcdaily.example/zh-hant/2023-12-14/fen-zhi-ji-gou.html");
    expect(atomAuthors(items[1]!)).toEqual(["竇勝男", "徐言豔"]);
  });

  it("state the times in +08:00, updated at the newest entry", () => {
    const xml = feedDocument(feed(paper, "feed.xml"));
    expect(xml).toContain("<published>2023-12-14T06:00:00+08:00</published>");
    expect(xml).toMatch(/<\/title>\s*<link rel="self"[^>]*>\s*<link[^>]*>\s*<updated>2023-12-14T06:00:00\+08:00<\/updated>/);
  });

  it("survive hostile titles, names and bodies: same text back, no markup injected", async () => {
    const xml = feedDocument(feed(hostilePaper(), "feed.xml"));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
    const { items } = await parseFeed(xml);
    expect(atomTitle(items[0]!)).toBe(HOSTILE_TITLE);
    expect(atomAuthors(items[0]!)).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(items[0]!.description).toContain("<p>&lt;/script&gt;引&quot;题</p>\n<p>——副题\u2029&lt;b&gt;粗&lt;/b&gt;</p>");
    // The body is rendered Markdown: raw HTML in it arrives as text, never as markup.
    expect(items[0]!.description).toContain("正文 &amp; &lt;em&gt;强调&lt;/em&gt;");
  });

  it("credit the paper for unsigned items, and stay valid with no articles", async () => {
    const info = { title: "聊城日报 · 专题", lang: "zh-Hans", url: "https://x.example/f.xml", homeUrl: "https://x.example/", paper: "聊城日报", latestEdition: "2023-12-15" };
    const brief = { url: "https://x.example/a.html", title: "简讯", section: "专题", authors: [], date: "2023-12-14", summary: "", html: "<p>简讯</p>" };
    const { meta, items } = await parseFeed(atomFeed(info, [brief]));
    expect(atomAuthors(items[0]!)).toEqual([]);
    expect(items[0]!.author).toBe("聊城日报");
    expect(meta.date!.toISOString()).toBe("2023-12-13T22:00:00.000Z");
    const empty = atomFeed(info, []);
    expect(empty).toContain("<updated>2023-12-15T06:00:00+08:00</updated>");
    expect((await parseFeed(empty)).items).toEqual([]);
  });
});

describe("JSON feeds", () => {
  it("are JSON Feed 1.1 with full text, authors and +08:00 dates", () => {
    const json = JSON.parse(feedDocument(feed(paper, "sections/jing-ji/feed.json")));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe("https://www.lcdaily.example/sections/jing-ji/feed.json");
    expect(json.home_page_url).toBe("https://www.lcdaily.example/sections/jing-ji/");
    expect(json.language).toBe("zh-Hans");
    expect(json.items[1]).toMatchObject({
      id: "https://www.lcdaily.example/2023-12-14/fen-zhi-ji-gou.html",
      url: "https://www.lcdaily.example/2023-12-14/fen-zhi-ji-gou.html",
      title: "分支机构信息变更一次办好",
      date_published: "2023-12-14T06:00:00+08:00",
      authors: [{ name: "窦胜男" }, { name: "徐言艳" }],
      tags: ["经济"],
    });
    expect(json.items[1].content_html).toContain("阳谷县百年民康药店");
  });

  it("give hostile text back unchanged", () => {
    const json = JSON.parse(feedDocument(feed(hostilePaper(), "feed.json")));
    expect(json.items[0].title).toBe(HOSTILE_TITLE);
    expect(json.items[0].authors).toEqual([{ name: "<img src=x onerror=alert(1)>" }]);
    expect(jsonFeed({ title: "t", lang: "zh-Hans", url: "u", homeUrl: "h", paper: "p", latestEdition: "2023-12-14" }, [])).toContain('"items": []');
  });
});
