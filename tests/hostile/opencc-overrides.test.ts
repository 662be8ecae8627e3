/**
 * Hostile and careless override lists (content/opencc-overrides.txt): markup, ASCII and
 * wrong encodings never reach a page. Each case fails the way an editor can act on: one
 * line naming the file and line; the build stops and the previous site stays.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/site/content.ts";
import { renderBody } from "../../src/site/markdown.ts";
import { FIXTURE_ARCHIVE, buildSite, listFiles, page, runBuild, tempDir } from "../support/site.ts";

let workspace: string;
let cases = 0;

/** A copy of the fixture archive whose override list is `bytes`. */
function contentWithOverrides(bytes: string | Uint8Array): string {
  const dir = join(workspace, `content-${++cases}`);
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  writeFileSync(join(dir, "opencc-overrides.txt"), bytes);
  return dir;
}

beforeAll(() => {
  workspace = tempDir("hostile-overrides");
});

afterAll(() => console.log(`hostile override lists: ${cases} cases`));

const FIXTURE_LIST = readFileSync(join(FIXTURE_ARCHIVE, "opencc-overrides.txt"), "utf8");

describe("a line that is not one Simplified and one Traditional phrase of Han text", () => {
  it.each([
    ["markup", "导语 導語<script>alert(23)</script>", '"<" (U+003C)'],
    ["an ASCII letter (would rewrite <p> and URLs)", "p 段", '"p" (U+0070)'],
    ["an ASCII word", "com 公司", '"c" (U+0063)'],
    ["an entity", "导语 導語&lt;", '"&" (U+0026)'],
    ["a digit", "5G 五G", '"5" (U+0035)'],
    ["three words", "新征程 新征程 新征程", "found 3 words"],
    ["a rewording, not a conversion", "发展 發展壯大", '"发展" has 2 characters but "發展壯大" has 4'],
    ["the same phrase twice", "阳谷 陽穀", '"阳谷" is already on line 3'],
  ])("%s is one message naming the file and line", (_name, line, why) => {
    const { errors } = readContent(contentWithOverrides(`${FIXTURE_LIST}${line}\n`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: expect.stringMatching(/opencc-overrides\.txt$/), line: FIXTURE_LIST.split("\n").length });
    expect(errors[0]!.message).toContain(why);
  });

  it("a foreign name's middle dot is Chinese text", () => {
    const { errors, overrides } = readContent(contentWithOverrides("马克·吐温 馬克·吐溫\n"));
    expect(errors).toEqual([]);
    expect(overrides.get("马克·吐温")).toBe("馬克·吐溫");
  });

  it("stops the build with that one line, no stack trace, and leaves the previous site as it was", () => {
    const content = contentWithOverrides(FIXTURE_LIST);
    const output = buildSite(content, "hostile-overrides");
    const before = listFiles(output).map((f) => readFileSync(join(output, f), "utf8")).join("\n");
    writeFileSync(join(content, "opencc-overrides.txt"), `${FIXTURE_LIST}导语 導語<script>alert(23)</script>\n`);
    const result = runBuild(content, output);
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.includes("opencc-overrides.txt"));
    expect(lines).toEqual([expect.stringMatching(/opencc-overrides\.txt:6\b.*"<" \(U\+003C\)/)]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(listFiles(output).map((f) => readFileSync(join(output, f), "utf8")).join("\n")).toBe(before);
  });
});

describe("an override list not saved as UTF-8", () => {
  const list = "# 新征程\n新征程 新征程\n";
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, "utf16le")]);
  const utf16be = Buffer.from(utf16le).swap16();
  // "# 新征程\n新征程 新征程\n" saved by a Chinese Windows editor (GB18030).
  const gb18030 = Buffer.from("2320d0c2d5f7b3cc0ad0c2d5f7b3cc20d0c2d5f7b3cc0a", "hex");

  it.each([
    ["GB18030", gb18030],
    ["UTF-16LE with a byte-order mark", utf16le],
    ["UTF-16BE with a byte-order mark", utf16be],
  ])("%s is read as what it is, with a warning to save it as UTF-8", (name, bytes) => {
    const { errors, warnings, overrides } = readContent(contentWithOverrides(bytes));
    expect(errors).toEqual([]);
    expect([...overrides]).toEqual([["新征程", "新征程"]]);
    expect(warnings.filter((w) => w.file.endsWith("opencc-overrides.txt"))).toEqual([expect.objectContaining({ file: expect.stringMatching(/opencc-overrides\.txt$/), message: expect.stringMatching(new RegExp(`is ${name.split(" ")[0]!}.*save it again as UTF-8`, "i")) })]);
  });

  it.each([
    ["UTF-16 without a byte-order mark", Buffer.from(list, "utf16le")],
    ["neither UTF-8 nor GB18030", Buffer.from([0x80, 0x80, 0xff, 0x0a])],
  ])("%s is refused with one line saying what to do", (_name, bytes) => {
    const { errors, overrides } = readContent(contentWithOverrides(bytes));
    expect(overrides.size).toBe(0);
    expect(errors).toEqual([{ file: expect.stringMatching(/opencc-overrides\.txt$/), message: expect.stringContaining("save it again as UTF-8") }]);
  });
});

describe("conversion touches text, never markup", () => {
  /** A converter as hostile as the old list could make it: it rewrites ASCII too. */
  const hostile = (text: string) => text.replace(/p/g, "段").replace(/com/g, "公司").replace(/发展/g, "發展");

  it("leaves tags, attributes, link addresses, autolinks and code as they are", () => {
    const body = "本报讯 发展[阅读 p](https://www.example.com/p?发展=1) 和 <https://www.example.com/发展>，代码 `p 发展`。\n\n- 发展 com";
    const html = renderBody(body, hostile);
    expect(html).toContain('<p><span class="dateline">本报讯 </span>發展<a href');
    expect(html).toContain("<li>發展 公司</li>");
    expect(html).toContain('<a href="https://www.example.com/p?%E5%8F%91%E5%B1%95=1">阅读 段</a>');
    expect(html).toContain('<a href="https://www.example.com/%E5%8F%91%E5%B1%95">https://www.example.com/发展</a>');
    expect(html).toContain("<code>p 发展</code>");
  });

  it("on a built Traditional page: text converted, the autolink and code as written", () => {
    const content = contentWithOverrides(FIXTURE_LIST);
    const article = join(content, "2023-12-14/fen-zhi-ji-gou.md");
    expect(existsSync(article)).toBe(true);
    writeFileSync(article, `${readFileSync(article, "utf8")}\n详见 <https://www.example.com/发展> 和 \`发展.pdf\`，发展新征程。\n`);
    const $ = page(buildSite(content, "hostile-overrides-text"), "zh-hant/2023-12-14/fen-zhi-ji-gou.html");
    const last = $(".story-body p").last();
    expect(last.find("a").text()).toBe("https://www.example.com/发展");
    expect(last.find("code").text()).toBe("发展.pdf");
    expect(last.text()).toContain("詳見");
    expect(last.text()).toContain("發展新征程");
  });
});
