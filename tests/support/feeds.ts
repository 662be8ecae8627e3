/** Reads a feed the way a feed reader does: npm feedparser (strict), so malformed XML fails the test. */
import { Readable } from "node:stream";
import FeedParser from "feedparser";

export async function parseFeed(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  const parser = new FeedParser({ strict: true });
  const items: FeedParser.Item[] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on("error", reject);
    parser.on("readable", function (this: FeedParser) {
      for (let item = this.read(); item; item = this.read()) items.push(item);
    });
    parser.on("end", () => resolve());
  });
  Readable.from([xml]).pipe(parser);
  await done;
  return { meta: parser.meta, items };
}

type Node = { "#"?: string; name?: Node };
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []);

/** Every author of an Atom entry (feedparser's `author` keeps only one). */
export function atomAuthors(item: FeedParser.Item): string[] {
  return list(item["atom:author"]).map((author) => author.name?.["#"] ?? "");
}

/** An entry's title exactly as the feed states it (feedparser's `title` strips anything tag-like). */
export function atomTitle(item: FeedParser.Item): string {
  return list(item["atom:title"])[0]?.["#"] ?? "";
}
