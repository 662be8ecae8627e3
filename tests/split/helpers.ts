/** Shared by the splitter's tests: the real page, options, and page variants. */
import { readFileSync } from "node:fs";
import { decode } from "../../src/split/decode.ts";
import { splitPage, toReading, type EditionOptions } from "../../src/split/split-page.ts";
import type { PageReading } from "../../src/article/record.ts";

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

let gb18030: Map<string, number[]> | undefined;

/**
 * Encodes text as GB18030 (two-byte GBK range), built by inverting Node's
 * decoder, since TextEncoder only writes UTF-8.
 */
export function encodeGb18030(text: string): Buffer {
  if (!gb18030) {
    gb18030 = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\ufffd" && !gb18030.has(char)) gb18030.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gb18030.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** Encodes text as UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return order === "le" ? le : le.swap16();
}

/** For comparing with the editor's reading: no whitespace, punctuation as printed (half-width). */
export function plain(text: string): string {
  const map: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "“": '"', "”": '"', "‘": "'", "’": "'" };
  return text.replace(/\s+/gu, "").replace(/[，：；（）！？“”‘’]/gu, (c) => map[c]!);
}
