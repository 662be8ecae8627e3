import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { environmentDigest } from "../../src/build/environment.ts";
import { FIXTURE_ARCHIVE, ROOT, tempDir } from "../support/site.ts";

/** A change of how text is converted must make a build convert again: the cache of conversions is kept per environment digest. */
describe("the environment digest", () => {
  it.each(["src/site/traditional/phrases.txt", "src/site/traditional/surnames.txt", "src/split/decode.ts"])("changes when %s changes", (file) => {
    const project = tempDir("environment");
    mkdirSync(dirname(join(project, file)), { recursive: true });
    cpSync(join(ROOT, file), join(project, file));
    const before = environmentDigest(project, FIXTURE_ARCHIVE);
    writeFileSync(join(project, file), "# changed\n", { flag: "a" });
    expect(environmentDigest(project, FIXTURE_ARCHIVE)).not.toBe(before);
  });

  it("changes when the content's override list changes", () => {
    const content = join(tempDir("environment-content"), "content");
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const before = environmentDigest(ROOT, content);
    writeFileSync(join(content, "opencc-overrides.txt"), "报道 報導\n", { flag: "a" });
    expect(environmentDigest(ROOT, content)).not.toBe(before);
  });
});
