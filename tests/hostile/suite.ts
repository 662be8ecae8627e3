/**
 * The hostile-content suite: a table of cases, each a change to a copy of the fixture
 * archive (what an attacker or a careless editor could put in content/) and what
 * `npm run build` must do with it. Either
 *
 * - `refuses`: exit 1 with exactly one problem line, naming the file in the content
 *   folder and saying `refuses`; no stack trace; the published site stays byte for byte; or
 * - `builds`: exit 0 with the content neutralised; `warns` are lines the build must print
 *   (the file first), `check` reads the built site.
 *
 * All `builds` cases of a table go into one content folder and one build (a build takes
 * seconds, a refusal stops before rendering), so each must touch only files of its own.
 * Another table goes in its own file under tests/hostile/ and calls describeHostile.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ARCHIVE, listFiles, ROOT, runBuild, tempDir, type BuildResult } from "../support/site.ts";

export interface HostileCase {
  name: string;
  /** Makes the case in `dir`, a copy of the fixture archive. */
  make: (dir: string) => void;
  /** The one problem line, from the file's path in the content folder on: "2023-12-14/x.md: title: …". */
  refuses?: string;
  builds?: {
    /** Lines the build prints, from the file's path in the content folder on. */
    warns?: string[];
    /** Reads the built site. */
    check?: (site: string) => void;
  };
}

/** Every file of a folder and a digest of its bytes. */
function snapshot(dir: string): string {
  return listFiles(dir).map((f) => `${f} ${createHash("sha1").update(readFileSync(join(dir, f))).digest("hex")}`).join("\n");
}

/** A copy of the fixture archive in the suite's folder. */
function fixtureCopy(workspace: string, name: string): string {
  const dir = join(workspace, name);
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  return dir;
}

/** The site a refused build must leave alone: one the build takes for its own (it has a 404.html). */
function publishedSite(dir: string): string {
  mkdirSync(dir);
  for (const file of ["404.html", "index.html"]) writeFileSync(join(dir, file), `<!doctype html><title>${file}</title><p>the site as it was published`);
  return dir;
}

/** The lines a failed build prints as problems: neither warnings nor Eleventy's, nor its closing line. */
const problemLines = (stderr: string) => stderr.split("\n").filter((l) => l.trim() && !l.startsWith("warning: ") && !/^\d+ problem\(s\) in /.test(l));

export function describeHostile(title: string, cases: readonly HostileCase[]): void {
  describe(title, () => {
    let workspace: string;
    let content: string;
    let site: string;
    let built: BuildResult;
    const ran = { refused: 0, built: 0 };

    beforeAll(() => {
      workspace = tempDir("hostile");
      content = fixtureCopy(workspace, "built");
      for (const c of cases) if (c.builds) c.make(content);
      site = join(workspace, "_site");
      built = runBuild(content, site);
    });
    afterAll(() => console.log(`${title}: ${ran.refused + ran.built} of ${cases.length} hostile cases ran, ${ran.refused} refused with one line naming the file, ${ran.built} built with the content neutralised`));

    for (const c of cases) {
      if (c.builds) {
        it(`${c.name}: builds, the content neutralised`, () => {
          expect(built.status, built.stderr).toBe(0);
          expect(built.stderr).not.toMatch(/\n\s+at /);
          const shown = relative(ROOT, content);
          for (const line of c.builds!.warns ?? []) expect(built.stderr).toContain(`warning: ${shown}/${line}`);
          c.builds!.check?.(site);
          ran.built++;
        });
      } else {
        it(`${c.name}: refused with one line naming the file, the site unchanged`, () => {
          const name = c.name.replace(/\W+/g, "-").slice(0, 40);
          const dir = fixtureCopy(workspace, name);
          c.make(dir);
          const published = publishedSite(join(workspace, `${name}-site`));
          const before = snapshot(published);
          const result = runBuild(dir, published);
          expect(result.status, result.stderr).toBe(1);
          expect(result.stderr).not.toMatch(/\n\s+at /);
          expect(problemLines(result.stderr)).toEqual([expect.stringContaining(`${relative(ROOT, dir)}/${c.refuses}`)]);
          expect(result.stderr).toMatch(/\n1 problem\(s\) in .*; nothing was built and .* is unchanged\.\n$/);
          expect(snapshot(published)).toBe(before);
          expect(existsSync(`${published}.manifest.json`)).toBe(false);
          ran.refused++;
        });
      }
    }
  });
}
