/**
 * How often the Traditional edition writes a wrong character, per 10,000 Han characters,
 * against answers written for the copy: the bundled edition (ordinary copy) and a dense text
 * of invented news heavy with characters that have several Traditional forms (面 麵, 发 髮,
 * 余 as a surname, 斗 鬥, 出 齣 …). OpenCC alone makes ≈150 errors per 10,000 on the dense text.
 */
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { readContent } from "../../src/site/content.ts";
import { traditionalConverter } from "../../src/site/traditional.ts";
import { BUNDLED_CONTENT } from "../support/site.ts";
import { bundledEdition, denseCopy, errorsIn, perTenThousand } from "../support/traditional-copy.ts";

const convert = traditionalConverter("tw", readContent(BUNDLED_CONTENT).overrides);

describe("errors per 10,000 Han characters, Taiwan's standard", () => {
  it("ordinary copy (the bundled edition): at most 2", () => {
    const { han, errors } = errorsIn(bundledEdition(), convert);
    console.log(`bundled edition: ${errors.length} errors in ${han} Han characters, ${perTenThousand(errors.length, han)} per 10,000`, errors);
    expect(han).toBeGreaterThan(4000);
    expect(perTenThousand(errors.length, han)).toBeLessThanOrEqual(2);
  });

  it("copy dense with one-to-many characters: at most 20, where OpenCC alone makes over 100", () => {
    const copy = denseCopy();
    const { han, errors } = errorsIn(copy, convert);
    const opencc = OpenCC.Converter({ from: "cn", to: "tw" });
    const alone = errorsIn(copy, (text) => opencc(text).replace(/“/g, "「").replace(/”/g, "」"));
    console.log(`dense text: ${errors.length} errors in ${han} Han characters, ${perTenThousand(errors.length, han)} per 10,000 (OpenCC alone: ${perTenThousand(alone.errors.length, han)})`, errors);
    expect(han).toBeGreaterThanOrEqual(2000);
    expect(perTenThousand(alone.errors.length, han)).toBeGreaterThan(100);
    expect(perTenThousand(errors.length, han)).toBeLessThanOrEqual(20);
  });
});
