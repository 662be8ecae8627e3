/**
 * The code's floors: the record, then the model and what it stands on (the splitter,
 * the PDF reader, the search index, the site model), then the plan, then what runs
 * them (the build, the live preview, Eleventy's glue), then the commands. A folder
 * imports from its own floor or below, never from above; the lower floors take what
 * they need as arguments, never from the environment.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/site.ts";

const FLOORS: readonly (readonly string[])[] = [["article"], ["split", "pdf", "search", "site"], ["plan"], ["build", "preview", "eleventy"], ["cli", "bench"]];
const floorOf = (folder: string) => FLOORS.findIndex((floor) => floor.includes(folder));
const LOWER = FLOORS.slice(0, 2).flat();

const SRC = join(ROOT, "src");
const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
/** The folder under src/ a file is in. */
const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

/** Every relative module a file imports, statically or dynamically, resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s));
}

describe("the code's floors", () => {
  it("lists every folder of src/ on a floor", () => {
    expect(new Set(sources.map((f) => folderOf(join(SRC, f))).filter((f) => f !== "types" && floorOf(f) < 0))).toEqual(new Set());
  });

  it("has no import from a folder to one on a higher floor", () => {
    const upward: string[] = [];
    for (const source of sources) {
      const file = join(SRC, source);
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (floorOf(to) > floorOf(from)) upward.push(`${source} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("lets Eleventy's config reach the code only through src/eleventy/", () => {
    expect(new Set(importsOf(join(ROOT, ".eleventy.ts")).map((target) => folderOf(target)))).toEqual(new Set(["eleventy"]));
  });

  it("gives the lower floors nothing through the environment", () => {
    const reading = sources.filter((f) => LOWER.includes(folderOf(join(SRC, f))) && /process\.env\b/.test(readFileSync(join(SRC, f), "utf8")));
    expect(reading).toEqual([]);
  });
});
