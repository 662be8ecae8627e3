/** Shared by the splitter's tests: the real page, options, and page variants. */
import { readFileSync } from "node:fs";
import { decode } from "../../src/split/decode.ts";
import { splitPage, toReading, type EditionOptions } from "../../src/split/split-page.ts";
import type { PageReading } from "../../src/article/record.ts";

export { encodeGb18030, encodeUtf16 } from "../../src/bench/page-encodings.ts";

export const PAGE_PATH = new URL("../fixtures/pages/liaocheng-daily-page.txt", import.meta.url);
export const EXPECTED_PATH = new URL("../fixtures/pages/liaocheng-daily-page.expected.json", import.meta.url);
export const pageBytes = (): Buffer => readFileSync(PAGE_PATH);
export const pageText = (): string => readFileSync(PAGE_PATH, "utf8");

const site = JSON.parse(readFileSync(new URL("../../content/site.json", import.meta.url), "utf8")) as { sections: string[]; defaultSection: string };

export const EDITION: EditionOptions = { date: "2023-12-14", page: 3, sections: site.sections, defaultSection: site.defaultSection };

/** The splitter's `--json` reading of page bytes or text. */
export function read(input: Uint8Array | string, options: Partial<EditionOptions> = {}): PageReading {
  const edition = { ...EDITION, ...options };
  const text = typeof input === "string" ? input : decode(input).text;
  return toReading(splitPage(text, edition), edition);
}

/** For comparing with the editor's reading: no whitespace, punctuation as printed (half-width). */
export function plain(text: string): string {
  const map: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "“": '"', "”": '"', "‘": "'", "’": "'" };
  return text.replace(/\s+/gu, "").replace(/[，：；（）！？“”‘’]/gu, (c) => map[c]!);
}
