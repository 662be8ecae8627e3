/**
 * A page printed in Traditional characters (a Hong Kong or Macau paper, a site's 繁體 edition)
 * is read through its Simplified shadow: the splitter's rules know the words of mainland print
 * (本报讯, 记者, 版权所有), and t→cn conversion changes Han characters one for one, never
 * punctuation or spacing. What the reading says is then put back in the page's own characters.
 * A Simplified page with a few Traditional characters (OCR noise) is no Traditional page: its
 * characters are flagged, not converted.
 */
import { QUOTED } from "../article/review-note.ts";
import { toSimplified, traditionalCount } from "../article/simplified.ts";
import type { ArticleDraft } from "./derive.ts";
import type { Finding } from "./finding.ts";
import type { LineChange } from "./normalize.ts";

/** At least this share of a page's Han characters must differ from their Simplified forms for the page to be Traditional. */
const TRADITIONAL_SHARE = 0.08;
/** …and at least this many of them: a short line of a few Traditional characters is noise. */
const MIN_TRADITIONAL = 20;

export interface Shadow {
  /** The page in Simplified characters, character for character. */
  simplified: string;
  /** A text read from the shadow, in the page's own characters. */
  back(text: string): string;
}

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** The Simplified shadow of a page printed in Traditional characters; null for a Simplified page. */
export function traditionalShadow(text: string): Shadow | null {
  // Most pages are Simplified: their Traditional characters are counted before the page is converted whole.
  const changed = traditionalCount(text);
  if (changed < MIN_TRADITIONAL || changed < (text.match(HAN_ALL)?.length ?? 0) * TRADITIONAL_SHARE) return null;
  const simplified = toSimplified(text);
  if (simplified.length !== text.length) return null;
  // Each Simplified character as the page prints it; where the page prints it two ways (后 as 後 and 后), by its neighbours.
  const forms = new Map<string, Map<string, number>>();
  const pairs = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    if (!HAN.test(text[i]!)) continue;
    const seen = forms.get(simplified[i]!) ?? forms.set(simplified[i]!, new Map()).get(simplified[i]!)!;
    seen.set(text[i]!, (seen.get(text[i]!) ?? 0) + 1);
    if (i + 1 < text.length) pairs.set(simplified.slice(i, i + 2), text.slice(i, i + 2));
  }
  const commonest = new Map([...forms].map(([c, seen]) => [c, [...seen].sort((a, b) => b[1] - a[1])[0]![0]]));
  const back = (shadow: string) => {
    const chars = Array.from(shadow);
    return chars
      .map((c, k) => {
        const seen = forms.get(c);
        if (seen === undefined) return c;
        if (seen.size === 1) return commonest.get(c)!;
        return pairs.get(c + (chars[k + 1] ?? ""))?.[0] ?? pairs.get((chars[k - 1] ?? "") + c)?.[1] ?? commonest.get(c)!;
      })
      .join("");
  };
  return { simplified, back };
}

/** An article read from the shadow, in the page's own characters: its headings, credits and text (not its section, a desk of the site). */
export function inPageScript(article: ArticleDraft, back: (text: string) => string): ArticleDraft {
  const optional = (text: string | undefined) => (text === undefined ? undefined : back(text));
  return {
    ...article,
    title: article.title === null ? null : back(article.title),
    ...(article.kicker !== undefined && { kicker: back(article.kicker) }),
    ...(article.subtitle !== undefined && { subtitle: back(article.subtitle) }),
    ...(article.column !== undefined && { column: back(article.column) }),
    ...(article.source !== undefined && { source: back(article.source) }),
    ...(article.derivedTitle !== undefined && { derivedTitle: optional(article.derivedTitle) }),
    reporter: article.reporter.map((r) => ({ name: back(r.name), role: r.role === null ? null : back(r.role) })),
    body: article.body.map((b) => ({ ...b, text: back(b.text), ...(b.label !== undefined && { label: back(b.label) }) })),
    findings: article.findings.map((f) => findingInPageScript(f, back)),
    changes: article.changes.map((c) => changeInPageScript(c, back)),
  };
}

/**
 * A note read from the shadow, quoting the page in its own characters, so the preview can mark
 * the words where they stand. The message's Han characters are all the page's; the note's own
 * wording is Simplified, as every note is, and only its quotations are put back.
 */
export function findingInPageScript(note: Finding, back: (text: string) => string): Finding {
  return {
    ...note,
    message: back(note.message),
    note: note.note.replace(QUOTED, (_, words: string) => `“${back(words)}”`),
    ...(note.words !== undefined && { words: back(note.words) }),
  };
}

export function changeInPageScript(change: LineChange, back: (text: string) => string): LineChange {
  return { ...change, before: back(change.before), after: back(change.after) };
}
