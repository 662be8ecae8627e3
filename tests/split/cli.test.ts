/** `npm run split` as an editor runs it: exit codes, messages, and what is (not) written. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { encodeGb18030, PAGE_PATH, pageBytes, read } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PAGE = fileURLToPath(PAGE_PATH);

function split(args: string[], input?: Buffer) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/split.ts", ...args], { cwd: ROOT, input, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), "split-cli-"));

describe("split: usage errors exit 2 with the usage text", () => {
  it.each([
    ["no arguments", []],
    ["no --date", [PAGE]],
    ["an unknown option", ["--date", "2023-12-14", "--colour", PAGE]],
    ["--page with two files", ["--date", "2023-12-14", "--page", "3", PAGE, PAGE]],
    ["--json with two files", ["--date", "2023-12-14", "--json", PAGE, PAGE]],
  ])("%s", (_, args) => {
    const run = split(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^split: .+\n\nusage: npm run split -- --date YYYY-MM-DD \[options\] FILE…\|FOLDER/);
  });

  it("--help prints the usage and succeeds", () => {
    const run = split(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--force");
  });
});

describe("split: bad input exits 1 with one clear line and writes nothing", () => {
  const dir = scratch();
  const file = (name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));
  mkdirSync(join(dir, "folder"));
  it.each([
    ["no such file", ["--date", "2023-12-14", join(dir, "missing.txt")], /missing\.txt: no such file/],
    ["a directory", ["--date", "2023-12-14", join(dir, "folder")], /folder: is a folder/],
    ["an empty file", ["--date", "2023-12-14", file("empty.txt", "")], /empty\.txt: is empty/],
    ["a whitespace-only file", ["--date", "2023-12-14", file("blank.txt", "  \n\n\t \r\n")], /blank\.txt: is empty/],
    ["a binary file", ["--date", "2023-12-14", file("photo.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))], /photo\.jpg: not a text file/],
    ["a page with no story", ["--date", "2023-12-14", file("noise.txt", "2023-06-27 1 1 聊城日报 content_33477.html\n详见C02版\n")], /noise\.txt: has no recognisable story/],
    ["an impossible date", ["--date", "2023-02-30", PAGE], /--date 2023-02-30 is not a real date/],
    ["a date in another shape", ["--date", "14.12.2023", PAGE], /--date 14\.12\.2023 is not a real date/],
    ["a bad page number", ["--date", "2023-12-14", "--page", "三", PAGE], /--page 三 is not a page number/],
    ["a section the site does not have", ["--date", "2023-12-14", "--section", "体育", PAGE], /--section 体育 is not a section of the site/],
    ["an output folder that is a file", ["--date", "2023-12-14", "--out", file("out.md", "mine"), PAGE], /out\.md is a file, not a folder/],
  ])("%s", (_, args, message) => {
    const out = join(dir, "out");
    const run = split(args.includes("--out") ? args : [...args, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });
});

describe("split: writing an edition", () => {
  const out = join(scratch(), "2023-12-14");
  const args = ["--date", "2023-12-14", "--page", "3", "--out", out, PAGE];

  it("writes one file per article and prints every review note with its line", () => {
    const run = split(args);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".md"))).toHaveLength(7);
    expect(readFileSync(join(out, "edition.yml"), "utf8")).toContain("  - { page: 3 }\n");
    expect(run.stdout).toContain(`  wrote       zheng-wu-gong-kai-quan-guo.md  政务公开“全国优秀”是这样炼成的\n`);
    expect(run.stdout).toContain(`${PAGE}:13:1  warning  possible OCR damage: 步人 (步入?)  ocr-suspect\n`);
    expect(run.stdout.match(/  warning  /g)).toHaveLength(8);
  });

  it("leaves identical files alone on a second run", () => {
    const run = split(args);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/ unchanged /g)).toHaveLength(7);
  });

  it("does not overwrite a file an editor changed, says which and that --force replaces it", () => {
    const edited = join(out, "zheng-wu-gong-kai-quan-guo.md");
    const byEditor = readFileSync(edited, "utf8").replace("步人市政府", "步入市政府");
    writeFileSync(edited, byEditor);
    const run = split(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("differ from what the splitter would write");
    expect(run.stderr).toContain("--force replaces them");
    expect(run.stderr).toContain("zheng-wu-gong-kai-quan-guo.md");
    expect(readFileSync(edited, "utf8")).toBe(byEditor);

    const dry = split(["--dry-run", ...args]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("differs (kept; --force replaces) zheng-wu-gong-kai-quan-guo.md");
    expect(readFileSync(edited, "utf8")).toBe(byEditor);

    const forced = split(["--force", ...args]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("replaced    zheng-wu-gong-kai-quan-guo.md");
    expect(readFileSync(edited, "utf8")).toContain("步人市政府");
  });

  it("leaves another page's article alone when a story of this page would take its slug", () => {
    const shared = join(scratch(), "2023-12-14");
    mkdirSync(shared);
    const pageOne = "---\ntitle: 政务公开“全国优秀”是这样炼成的\nsection: 要闻\ndate: 2023-12-14\npage: 1\norder: 1\n---\n\n头版的文章。\n";
    writeFileSync(join(shared, "zheng-wu-gong-kai-quan-guo.md"), pageOne);
    const run = split(["--date", "2023-12-14", "--page", "3", "--out", shared, PAGE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("wrote       zheng-wu-gong-kai-quan-guo-2.md");
    expect(readFileSync(join(shared, "zheng-wu-gong-kai-quan-guo.md"), "utf8")).toBe(pageOne);
    expect(split(["--date", "2023-12-14", "--page", "3", "--out", shared, PAGE]).stdout.match(/ unchanged /g)).toHaveLength(7);
  });

  it("--dry-run writes nothing; --changes lists what normalization changed", () => {
    const fresh = join(scratch(), "dry");
    const run = split(["--date", "2023-12-14", "--dry-run", "--changes", "--out", fresh, PAGE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("would write zheng-wu-gong-kai-quan-guo.md");
    expect(run.stdout).toContain(`${PAGE}:9:1  changed  "品牌 为抓手，不断优化公开平台、拓展解读 渠道、深化政民互…`);
    expect(run.stdout).toContain(`${PAGE}:61:1  changed  讯员 **闫宗鹏** → 讯员 闫宗鹏  markdown-residue\n`);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe("split --json", () => {
  it("prints the reading and writes nothing, from a file or from GB18030 on standard input", () => {
    const fresh = join(scratch(), "json");
    const fromFile = split(["--date", "2023-12-14", "--page", "3", "--json", "--out", fresh, PAGE]);
    expect(fromFile.code).toBe(0);
    const json = JSON.parse(fromFile.stdout);
    expect(json).toEqual(read(pageBytes()));
    // Other tools read this shape: keys in the documented order, optional ones left out.
    expect(Object.keys(json)).toEqual(["edition", "articles", "warnings"]);
    expect(Object.keys(json.articles[2])).toEqual(["slug", "type", "title", "subtitle", "column", "section", "reporter", "order", "body"]);
    expect(Object.keys(json.articles[1])).toEqual(["slug", "type", "title", "section", "reporter", "order", "body"]);
    expect(Object.keys(json.warnings[0])).toEqual(["line", "code", "message"]);
    expect(existsSync(fresh)).toBe(false);
    const fromStdin = split(["--date", "2023-12-14", "--page", "3", "--json", "-"], encodeGb18030(readFileSync(PAGE, "utf8")));
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
});
