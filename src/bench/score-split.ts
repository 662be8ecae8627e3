/**
 * Scores a `--json` reading against a careful editor's reading (`*.expected.json`),
 * check by check: article count, title, kicker, subtitle, column, type, byline names
 * and roles, subheads, paragraph count, first and last words, text that must or must
 * not be there. A port of shared/tools/score-split.mjs, kept here so the tests do
 * not depend on a file outside the repository.
 */
import type { PageReading } from "../article/record.ts";

export interface ExpectedArticle {
  title?: string | null;
  titleAnyOf?: (string | null)[];
  headingLines?: string[];
  kicker?: string;
  subtitle?: string;
  column?: string;
  type?: string;
  bylines?: { name: string; role: string | null }[];
  subheads?: string[];
  paragraphs?: number;
  paragraphsAnyOf?: number[];
  bodyStartsWith: string;
  bodyEndsWith?: string;
  mustContain?: string[];
  mustNotContain?: string[];
}

export interface ExpectedReading {
  edition: { date: string; page?: number; pageName?: string };
  minArticles?: number;
  articles: ExpectedArticle[];
}

export interface Score {
  pass: number;
  total: number;
  misses: string[];
}

const HALF: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "‘": "'", "’": "'", "—": "-", "－": "-" };
export const norm = (s: string | null | undefined) =>
  (s ?? "").replace(/\s+/gu, "").replace(/[，：；（）！？“”「」『』‘’—－]/gu, (c) => HALF[c]!).replace(/\*\*/gu, "").replace(/^-+/u, "");
// A dateline may stay at the start of the first paragraph or be lifted out: both readings pass.
const DATELINE = /^(?:本报(?!记者)[^()。,:]{0,16}讯|(?:据|本报综合)?(?:新华社|中新社)[^()。,:]{0,14}电)(?:\([^)]*\))?/u;
export const stripDateline = (s: string) => s.replace(DATELINE, "");

export function score(reading: PageReading, expected: ExpectedReading): Score {
  const articles = reading.articles.map((a) => {
    const paras = a.body.filter((b) => b.kind === "paragraph").map((b) => b.text);
    const subheads = a.body.filter((b) => b.kind === "subhead").map((b) => b.text);
    const body = norm(paras.join(""));
    return { a, paras, subheads, body, first: stripDateline(norm(paras[0])) };
  });
  let pass = 0;
  let total = 0;
  const misses: string[] = [];
  const check = (ok: boolean, what: string) => {
    total++;
    if (ok) pass++;
    else misses.push(what);
  };

  const want = expected.articles;
  if (expected.minArticles) check(articles.length >= expected.minArticles, `at least ${expected.minArticles} articles, got ${articles.length}`);
  else check(articles.length === want.length, `article count ${want.length}, got ${articles.length}`);

  for (const [i, e] of want.entries()) {
    const tag = `#${i + 1} ${e.title ?? e.titleAnyOf?.[0] ?? e.bodyStartsWith.slice(0, 12)}`;
    const start = stripDateline(norm(e.bodyStartsWith));
    const m = articles.find((x) => x.first.startsWith(start) || stripDateline(x.body).startsWith(start));
    check(m !== undefined, `${tag}: an article whose body starts with ${e.bodyStartsWith.slice(0, 16)}`);
    if (!m) {
      total += 5;
      continue;
    }
    const a = m.a;
    if (e.title) check(norm(a.title) === norm(e.title), `${tag}: title ${e.title} / got ${a.title}`);
    if (e.titleAnyOf && e.titleAnyOf.some((t) => t !== null)) {
      const heads = [a.title, a.kicker, a.subtitle].map(norm);
      check(e.titleAnyOf.some((t) => t !== null && norm(a.title) === norm(t)) || e.titleAnyOf.includes(null), `${tag}: title one of ${e.titleAnyOf} / got ${a.title}`);
      if (e.headingLines) check(e.headingLines.every((h) => heads.includes(norm(h))), `${tag}: heading lines ${e.headingLines} all in title/kicker/subtitle`);
    }
    if (e.subtitle) check(norm(a.subtitle) === norm(e.subtitle), `${tag}: subtitle ${e.subtitle} / got ${a.subtitle}`);
    if (e.kicker) check(norm(a.kicker) === norm(e.kicker), `${tag}: kicker ${e.kicker} / got ${a.kicker}`);
    if (e.column) check(norm(a.column) === norm(e.column) || norm(a.section) === norm(e.column), `${tag}: column ${e.column} / got ${a.column ?? a.section}`);
    if (e.type) check(a.type === e.type, `${tag}: type ${e.type} / got ${a.type}`);
    if (e.bylines) {
      const got = a.reporter.map((b) => ({ name: norm(b.name), role: norm(b.role) }));
      const names = (xs: { name: string }[]) => xs.map((b) => norm(b.name)).sort().join(",");
      const namesOk = names(got) === names(e.bylines);
      // A printed role may be longer than the expected one (本报记者 → 记者); null means none printed.
      const roleOk = (wanted: string | null, have: string) => (wanted == null ? !have : have.endsWith(norm(wanted)));
      const rolesOk = namesOk && e.bylines.every((b) => got.some((g) => g.name === norm(b.name) && roleOk(b.role, g.role)));
      const show = got.map((g) => `${g.role}:${g.name}`).join(",");
      check(namesOk, `${tag}: byline names ${names(e.bylines)} / got ${show}`);
      check(rolesOk, `${tag}: byline roles ${e.bylines.map((b) => `${b.role}:${b.name}`).join(",")} / got ${show}`);
    }
    if (e.subheads) {
      const subheads = e.subheads;
      check(subheads.length === m.subheads.length && subheads.every((s, k) => norm(m.subheads[k]) === norm(s)), `${tag}: subheads ${subheads.join(" | ")} / got ${m.subheads.join(" | ")}`);
    }
    const counts = e.paragraphsAnyOf ?? (e.paragraphs != null ? [e.paragraphs] : null);
    if (counts) check(counts.includes(m.paras.length), `${tag}: paragraphs ${counts.join(" or ")} / got ${m.paras.length}`);
    if (e.bodyEndsWith) check(m.body.endsWith(norm(e.bodyEndsWith)), `${tag}: body ends with ${e.bodyEndsWith.slice(-12)}`);
    for (const s of e.mustContain ?? []) check(m.body.includes(norm(s)), `${tag}: body contains ${s.slice(0, 16)}`);
    // Furniture and noise stay out of every field a reader sees, headings included (a heading the expected reading itself gives that text is no noise).
    const fields = ["title", "kicker", "subtitle", "column"] as const;
    for (const s of e.mustNotContain ?? []) {
      const noisy = fields.filter((f) => !norm(e[f]).includes(norm(s))).some((f) => norm(a[f]).includes(norm(s)));
      check(!m.body.includes(norm(s)) && !noisy, `${tag}: body and headings lack ${s}`);
    }
  }
  return { pass, total, misses };
}
