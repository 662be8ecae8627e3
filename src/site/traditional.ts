/**
 * The Traditional edition: opencc-js plus the newsroom's override list.
 *
 * OpenCC converts phrase by phrase and sometimes picks the wrong phrase
 * (新征程 → 新徵程). Overrides and proper names are therefore swapped for
 * private-use placeholders before OpenCC runs and put back afterwards, so
 * OpenCC never sees them and its own choices elsewhere stay untouched.
 */
import { createHash } from "node:crypto";
import * as OpenCC from "opencc-js";

export const TRADITIONAL_VARIANTS = ["tw", "hk", "twp", "hkp"] as const;
export type TraditionalVariant = (typeof TRADITIONAL_VARIANTS)[number];

/** Simplified phrase → Traditional phrase as the newsroom wants it. Keeping a phrase maps it to itself. */
export type Overrides = ReadonlyMap<string, string>;

export interface OverrideProblem {
  line: number;
  message: string;
}

/**
 * Reads `content/opencc-overrides.txt`: one `简体短语 繁體短語` pair per line, or a
 * single phrase to keep as written (a proper name); `#` starts a comment.
 */
export function parseOverrides(text: string): { overrides: Map<string, string>; problems: OverrideProblem[] } {
  const overrides = new Map<string, string>();
  const problems: OverrideProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return;
    const fields = line.split(/\s+/);
    if (fields.length > 2) {
      problems.push({ line: index + 1, message: `expected "简体短语 繁體短語" or one phrase to keep, found ${fields.length} words; remove the extra spaces or start a comment with #` });
      return;
    }
    const [from, to = from] = fields as [string, string?];
    overrides.set(from, to);
  });
  return { overrides, problems };
}

const PLACEHOLDER_BASE = 0xf0000; // Supplementary Private Use Area-A: never in news text, untouched by OpenCC.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex matching any of `phrases`, longest first so 新征程 wins over 征程. */
function alternation(phrases: Iterable<string>): RegExp | null {
  const sorted = [...phrases].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length ? new RegExp(sorted.map(escapeRegExp).join("|"), "gu") : null;
}

/**
 * Traditional texts in Taiwan and Hong Kong quote with corner brackets: “…” → 「…」, ‘…’ → 『…』.
 * A ’ between Latin letters is an apostrophe (Liaocheng’s) and stays.
 */
export function cornerQuotes(text: string): string {
  return text
    .replace(/“/g, "「")
    .replace(/”/g, "」")
    .replace(/(?<![A-Za-z])‘/g, "『")
    .replace(/’(?![A-Za-z])/g, "』");
}

export type ToTraditional = (text: string, properNames?: readonly string[]) => string;

/**
 * Builds the converter once (OpenCC's tables take ~150 ms to load); the returned
 * function is cheap to call for every field of every article.
 * `properNames` are phrases an editor marked in one article: kept exactly as written.
 */
export function traditionalConverter(variant: TraditionalVariant, overrides: Overrides): ToTraditional {
  // Made on first use: a build whose short texts all come from its cache never converts (src/build/content-cache.ts).
  let opencc: ((text: string) => string) | undefined;
  const siteWide = alternation(overrides.keys());
  return (text, properNames = []) => {
    if (!text) return text;
    const replacements: string[] = [];
    const hold = (target: string) => {
      replacements.push(target);
      return String.fromCodePoint(PLACEHOLDER_BASE + replacements.length - 1);
    };
    let held = text;
    const local = properNames.length ? alternation(properNames) : null;
    if (local) held = held.replace(local, (name) => hold(name));
    if (siteWide) held = held.replace(siteWide, (phrase) => hold(overrides.get(phrase)!));
    const converted = cornerQuotes((opencc ??= OpenCC.Converter({ from: "cn", to: variant }))(held));
    return replacements.length
      ? converted.replace(/[\u{f0000}-\u{ffffd}]/gu, (ch) => replacements[ch.codePointAt(0)! - PLACEHOLDER_BASE] ?? ch)
      : converted;
  };
}

/**
 * Remembers conversions from one build to the next: for the live preview, after
 * an edit only the changed text is converted again; for the build, across runs,
 * from what the last build left (src/build/content-cache.ts). Results the latest
 * build did not ask for are forgotten, so memory stays at one build's worth.
 */
export class ConversionMemo {
  private previous = new Map<string, string>();
  private current: Map<string, string>;
  /** Conversions the latest build could not take from the memo. */
  added = 0;

  /**
   * `remembered` is what an earlier build converted (its `remembered`); `longest`
   * leaves longer texts out of the memo (the build's bodies, converted once per build).
   */
  constructor(readonly base: ToTraditional, remembered: ReadonlyMap<string, string> = new Map(), private readonly longest = Infinity) {
    this.current = new Map(remembered);
  }

  /** The converter for the next build. */
  nextBuild(): ToTraditional {
    this.previous = this.current;
    this.current = new Map();
    this.added = 0;
    return (text, properNames = []) => {
      if (text.length > this.longest) return this.base(text, properNames);
      const source = properNames.length ? `${properNames.join("\n")}\u0000${text}` : text;
      // Long texts (bodies) are keyed by a digest so the memo does not keep a second copy of them.
      const key = source.length > 256 ? createHash("sha1").update(source).digest("base64") : source;
      let result = this.current.get(key) ?? this.previous.get(key);
      if (result === undefined) {
        result = this.base(text, properNames);
        this.added++;
      }
      this.current.set(key, result);
      return result;
    };
  }

  /** What the latest build converted, by key. */
  get remembered(): ReadonlyMap<string, string> {
    return this.current;
  }
}
