/** `npm run build -- --strict`: no build while an article has an open review note. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_CONTENT, runBuild, tempDir } from "../support/site.ts";

const REVIEW = /^review:\n(?: {2}- .*\n)+/m;

describe("npm run build -- --strict", () => {
  it("fails on the bundled edition as shipped, listing each open note with its file, and builds nothing", () => {
    const output = join(tempDir("strict"), "_site");
    const result = runBuild(BUNDLED_CONTENT, output, ["--strict", "--no-search"]);
    expect(result.status).toBe(1);
    const listed = result.stderr.trim().split("\n");
    expect(listed.slice(0, -1)).toHaveLength(6);
    expect(listed).toContain("content/2023-12-14/kai-fa-qu-chi-xu-you.md: review: 第115行：简体版面中出现繁体字“惡感蹟”（简体作“恶感迹”），疑似OCR错误，请核对后删除此条");
    for (const line of listed.slice(0, -1)) expect(line).toMatch(/^content\/2023-12-14\/[a-z-]+\.md: review: 第\d+行：/);
    expect(listed.at(-1)).toMatch(/^--strict: 6 open review note\(s\) in 4 article\(s\); .*Nothing was built/);
    // The notes are what stops the build, listed once (not also as warnings).
    expect(result.stderr).not.toContain("warning: ");
    expect(existsSync(output)).toBe(false);
  });

  it("names the rule of a structured note, and passes once every note is resolved", () => {
    const content = join(tempDir("strict-content"), "content");
    cpSync(BUNDLED_CONTENT, content, { recursive: true });
    const edition = join(content, "2023-12-14");
    const files = readdirSync(edition).filter((f) => f.endsWith(".md"));
    for (const file of files) writeFileSync(join(edition, file), readFileSync(join(edition, file), "utf8").replace(REVIEW, ""));
    const one = join(edition, "lao-ji-li-shi-wu-wang.md");
    writeFileSync(one, readFileSync(one, "utf8").replace(/^type: article\n/m, "$&review:\n  - { line: 111, rule: odd-wording, words: 你写图时, note: 第111行：请核对 }\n"));
    const held = runBuild(content, join(tempDir("strict"), "_site"), ["--strict", "--no-search"]);
    expect(held.stderr.split("\n")[0]).toMatch(/lao-ji-li-shi-wu-wang\.md: review: 第111行：请核对 \[odd-wording\]$/);
    expect(held.status).toBe(1);

    writeFileSync(one, readFileSync(one, "utf8").replace(REVIEW, ""));
    const output = join(tempDir("strict"), "_site");
    const passed = runBuild(content, output, ["--strict", "--no-search"]);
    expect(passed.stderr).not.toContain("review");
    expect(passed.status).toBe(0);
    expect(existsSync(join(output, "2023-12-14/kai-fa-qu-chi-xu-you.html"))).toBe(true);
  });

  it("without --strict, keeps open notes as warnings and builds", () => {
    const result = runBuild(BUNDLED_CONTENT, join(tempDir("strict"), "_site"), ["--no-search"]);
    expect(result.status).toBe(0);
    expect(result.stderr.match(/^warning: .*: review: /gm)).toHaveLength(6);
  });
});
