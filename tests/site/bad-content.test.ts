/**
 * Bad content stops the build with one line per problem naming file and field,
 * exit code 1, and the previous site left exactly as it was (hostile content, and raw
 * HTML shown as text: tests/hostile/).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { edit, FIXTURE_ARCHIVE, listFiles, runBuild, tempDir } from "../support/site.ts";

const EDITION = "2023-12-14";
const ARTICLE = `${EDITION}/fen-zhi-ji-gou.md`;

let workspace: string;
let output: string;
let before: string;

/** The whole output folder as one string: names and contents of every file. */
function snapshot(dir: string): string {
  return listFiles(dir).map((f) => `${f}\n${readFileSync(join(dir, f), "utf8")}`).join("\n");
}

/** A copy of the fixture archive with one file changed. */
function contentWith(name: string, change: (dir: string) => void): string {
  const dir = join(workspace, name);
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  change(dir);
  return dir;
}

beforeAll(() => {
  workspace = tempDir("bad-content");
  output = join(workspace, "_site");
  const first = runBuild(FIXTURE_ARCHIVE, output);
  expect(first.status).toBe(0);
  before = snapshot(output);
});

describe.each([
  ["a missing title", (d: string) => edit(d, ARTICLE, /^title: .*\n/m, ""), `${ARTICLE}: title: every article needs a title`],
  ["an impossible date", (d: string) => edit(d, ARTICLE, "date: 2023-12-14", "date: 2023-02-30"), `${ARTICLE}: date: "2023-02-30" is not a real date`],
  ["a date that is not its edition's", (d: string) => edit(d, ARTICLE, "date: 2023-12-14", "date: 2023-12-13"), `${ARTICLE}: date: 2023-12-13 does not match its edition folder 2023-12-14`],
  ["an unknown section", (d: string) => edit(d, ARTICLE, "section: 经济", "section: 体育"), `${ARTICLE}: section: "体育" is not a section in site.json`],
  ["a duplicate slug", (d: string) => cpSync(join(d, ARTICLE), join(d, EDITION, "Fen-Zhi-Ji-Gou.md")), `has the same name in links ("fen-zhi-ji-gou")`],
  ["an article saved twice under another name", (d: string) => cpSync(join(d, ARTICLE), join(d, EDITION, "fen-zhi-ji-gou-2.md")), `${ARTICLE}: is a copy of `],
  ["a front matter indented with a tab", (d: string) => edit(d, ARTICLE, /reporter:\n  - /, "reporter:\n\t- "), `${ARTICLE}:`],
  ["a malformed reporter list", (d: string) => edit(d, ARTICLE, /reporter:\n(  - .*\n)+/, "reporter: 窦胜男 徐言艳\n"), `${ARTICLE}: reporter: `],
  ["a reporter without a name", (d: string) => edit(d, ARTICLE, "name: 徐言艳", "name: ''"), `${ARTICLE}: reporter[2].name: a reporter needs a name`],
  ["a file that is not UTF-8", (d: string) => writeFileSync(join(d, ARTICLE), Buffer.from("2d2d2d0a7469746c653a20d5fecef1b9abbfaa0a2d2d2d0a", "hex")), `${ARTICLE}: is not UTF-8 text`],
  ["an empty file", (d: string) => writeFileSync(join(d, ARTICLE), ""), `${ARTICLE}: is empty`],
  ["an article with no body text", (d: string) => edit(d, ARTICLE, /\n---\n[\s\S]*$/, "\n---\n\n"), `${ARTICLE}: has no text below its front matter`],
  ["a section list that is not JSON", (d: string) => edit(d, "site.json", '"sections": [', '"sections": [,'), "site.json: is not valid JSON"],
])("%s", (name, change, message) => {
  let result: ReturnType<typeof runBuild>;
  beforeAll(() => {
    result = runBuild(contentWith(name.replace(/\W+/g, "-"), change), output);
  });

  it("stops the build with exit code 1 and names the file and field", () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/problem\(s\) in .*; nothing was built and .* is unchanged\.\n$/);
  });

  it("prints no stack trace", () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("leaves the previous site exactly as it was", () => {
    expect(snapshot(output)).toBe(before);
  });
});

describe("the output folder", () => {
  it("is never a folder the build did not make", () => {
    const editorsWork = join(workspace, "notes");
    cpSync(join(FIXTURE_ARCHIVE, EDITION), editorsWork, { recursive: true });
    const result = runBuild(FIXTURE_ARCHIVE, editorsWork);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/notes: exists and is not a site built by this command/);
    expect(listFiles(editorsWork)).toContain("fen-zhi-ji-gou.md");
    rmSync(editorsWork, { recursive: true });
  });
});
