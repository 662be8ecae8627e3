// The search page: reads ?q=, looks its terms up in the site's search index (written by
// src/build/search-index.ts) and lists title, date, section and an excerpt with the match
// marked, in the script of this page. Everything is loaded from this site, relative to
// this file, so search works at a host's root and in a subfolder.
import { HEADS, WEIGHT_SCALE, foldText, phrases, readPostings, shardOf, terms } from "./search-terms.js";

const siteRoot = new URL("../", import.meta.url);
const indexDir = new URL("search-index/", siteRoot);
const script = document.documentElement.lang === "zh-Hant" ? "hant" : "hans";
// The masthead's box, which shows the query searched for.
const input = document.querySelector("[data-search-form] input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const label = (name, values = {}) => status.dataset[name].replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

async function fetchJson(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// The manifest: the segments (each a run of editions, with its article count and number
// of term files), the count of articles, and Traditional characters as Simplified ones.
// Revalidated, since it changes with every edition; the segments' files are not.
let manifest;
const searchIndex = () => (manifest ??= fetchJson(new URL("index.json", indexDir), { cache: "no-cache" }));

/** Each term once, in the order first met. */
const unique = (list) => [...new Set(list)];

/**
 * Whether result `a` ranks before `b` (negative), after (positive): most terms held, then
 * most of the query's phrases held as written, then the score; newer first among equals.
 * Segments run oldest to newest and number their articles by date.
 */
const rank = (a, b) => b.matched - a.matched || b.phrasesHeld - a.phrasesHeld || b.score - a.score || b.order - a.order || b.id - a.id;

/**
 * The first `n` of `found` in `rank`'s order, in one pass: a common word is held by most
 * of the archive, and sorting all of it would keep the first results waiting.
 */
function firstOf(found, n) {
  const top = [];
  for (const result of found) {
    if (top.length === n && rank(result, top[n - 1]) >= 0) continue;
    let at = Math.min(top.length, n - 1);
    for (; at > 0 && rank(result, top[at - 1]) < 0; at--) top[at] = top[at - 1];
    top[at] = result;
  }
  return top;
}

/**
 * A reader of terms' postings, each read once: `lookUp(segment, term, whole)` gives
 * `{ postings, count, whole }`, `count` being the articles holding the term in the segment.
 * Of a common term (the term file's HEADS) only the head, the articles where it weighs
 * most, unless `whole` asks for every posting (the segment's `all/` file, fetched then).
 */
function termReader() {
  const files = new Map();
  const fetchOnce = (url) => files.get(url) ?? files.set(url, fetchJson(url)).get(url);
  const read = new Map();
  const once = (key, make) => read.get(key) ?? read.set(key, make()).get(key);
  return (segment, term, whole = false) => {
    const file = (folder) => new URL(`${segment.id}/${folder}/${shardOf(term, segment.shards)}.json`, indexDir).href;
    const head = once(`${segment.id} ${term}`, async () => {
      const shard = await fetchOnce(file("terms"));
      const postings = readPostings(term, Object.hasOwn(shard, term) ? shard[term] : "");
      const count = shard[HEADS] && Object.hasOwn(shard[HEADS], term) ? shard[HEADS][term] : postings.count;
      return { postings, count, whole: count === postings.count };
    });
    if (!whole) return head;
    return once(`${segment.id} ${term} whole`, async () => {
      const list = await head;
      return list.whole ? list : { postings: readPostings(term, (await fetchOnce(file("all")))[term]), count: list.count, whole: true };
    });
  };
}

/** Each segment's lists of the `wanted` terms' postings: heads of common terms, or every posting when `whole`. */
const listsOf = (index, lookUp, wanted, whole) => Promise.all(index.segments.map((segment) => Promise.all(wanted.map((term) => lookUp(segment, term, whole)))));

/**
 * The articles holding at least `least` of the `wanted` terms, in no order (`rank` orders
 * them): how many terms each holds, how many of the query's phrases as written (`phrases`:
 * pairs at the distances the query has them), and its score, each term's weight in the
 * article (what the build stored) times its rarity over the whole index (BM25's idf), summed.
 *
 * Where a list is a common term's head only, an article outside it may hold the term with
 * a weight up to the head's least (less, when newer than the head's newest at that weight):
 * `found` then has the articles whose every term is known, and `best` the most any other
 * could rank (undefined when none could qualify, so `found` is all there is).
 */
function match(index, lists, wanted, least, phraseRuns) {
  const idf = wanted.map((_, t) => {
    const holding = lists.reduce((n, segment) => n + segment[t].count, 0);
    return Math.log(1 + (index.docs - holding + 0.5) / (holding + 0.5));
  });
  const inPhrases = new Set(phraseRuns.flat().map(([term]) => term));
  const found = [];
  let best;
  lists.forEach((segmentLists, s) => {
    const segment = index.segments[s];
    // Arrays by article number: a common term lists most of a segment's articles.
    const scores = new Float64Array(segment.docs);
    const matched = new Uint16Array(segment.docs);
    // Term → its postings and, by article number, which of them is the article's (plus one), for the terms of phrases.
    const where = new Map();
    // The heads: for each, which articles it lists, its least weight, and the oldest article it lists at that weight (one not listed is older or weighs less).
    const heads = [];
    segmentLists.forEach(({ postings, whole }, t) => {
      const { count, ids, weights } = postings;
      const at = inPhrases.has(wanted[t]) ? new Uint32Array(segment.docs) : undefined;
      if (at) where.set(wanted[t], { postings, at });
      const head = whole ? undefined : { t, listed: new Uint8Array(segment.docs), least: Infinity, oldest: 0 };
      if (head) heads.push(head);
      for (let j = 0; j < count; j++) {
        const id = ids[j];
        scores[id] += idf[t] * weights[j] / WEIGHT_SCALE;
        matched[id]++;
        if (at) at[id] = j + 1;
        if (head) {
          head.listed[id] = 1;
          if (weights[j] < head.least) (head.least = weights[j]), (head.oldest = id);
        }
      }
    });
    // Whether article `id` has the term `held` (its entry in `where`) at `offset`.
    const has = (held, id, offset) => {
      const j = held ? held.at[id] - 1 : -1;
      if (j < 0) return false;
      const { starts, offsets } = held.postings;
      for (let k = starts[j]; k < starts[j + 1]; k++) if (offsets[k] === offset) return true;
      return false;
    };
    // Each phrase as its terms' entries in `where`, at their distances from the first.
    const runs = phraseRuns.map((run) => run.map(([term, offset]) => [where.get(term), offset]));
    const holds = (id, run) => {
      const first = run[0][0];
      const j = first ? first.at[id] - 1 : -1;
      if (j < 0) return false;
      const { starts, offsets } = first.postings;
      for (let k = starts[j]; k < starts[j + 1]; k++) {
        if (run.every(([held, offset]) => has(held, id, offsets[k] + offset))) return true;
      }
      return false;
    };
    for (let id = 0; id < segment.docs; id++) {
      let unknown = 0;
      let score = scores[id];
      for (const { t, listed, least: weight, oldest } of heads) {
        if (listed[id]) continue;
        unknown++;
        score += idf[t] * (id > oldest ? weight - 1 : weight) / WEIGHT_SCALE;
      }
      if (matched[id] + unknown < least) continue;
      if (unknown > 0) {
        // At best: every unknown term held at its bound, every phrase (sums in another order may differ in the last place).
        if (wanted.length > 1) score += 1e-9;
        // Most articles of a common term are outside its head: a bound is made only for one that may rank above the best so far.
        if (best && (matched[id] + unknown < best.matched || (matched[id] + unknown === best.matched && score < best.score))) continue;
        const bound = { order: s, id, score, matched: matched[id] + unknown, phrasesHeld: runs.length };
        if (!best || rank(bound, best) < 0) best = bound;
        continue;
      }
      let phrasesHeld = 0;
      for (const run of runs) if (holds(id, run)) phrasesHeld++;
      found.push({ segment, order: s, id, score: scores[id], matched: matched[id], phrasesHeld });
    }
  });
  return { found, best };
}

/**
 * The articles holding at least `least` of the `terms`, in no order, and how many. Read
 * first from the heads of common terms: when they prove which articles rank first (no
 * other could rank above the last of a screen), that screen is shown (`showFirst`) before
 * every posting is read; for one term, whose term files count its articles, every posting
 * is read only when asked for (`rest`), `found` being that first screen.
 */
async function matchAll(index, lookUp, terms, least, phraseRuns, showFirst) {
  const heads = await listsOf(index, lookUp, terms, false);
  const { found, best } = match(index, heads, terms, least, phraseRuns);
  if (!best) return { found, count: found.length };
  const whole = async () => match(index, await listsOf(index, lookUp, terms, true), terms, least, phraseRuns).found;
  const first = firstOf(found, RESULTS_PER_PAGE);
  if (first.length === RESULTS_PER_PAGE && rank(best, first.at(-1)) > 0) {
    if (terms.length === 1) return { found: first, count: heads.reduce((n, segment) => n + segment[0].count, 0), rest: whole };
    await showFirst(first);
  }
  const all = await whole();
  return { found: all, count: all.length };
}

/**
 * The articles for the query's folded `words` (`matchAll`): those holding every pair that
 * covers each word (`rank` puts the ones holding it as written first); when none does, those holding most of the
 * words' overlapping pairs (a character mistyped breaks two pairs of the word, not all),
 * told as `partial`.
 */
async function find(index, words, showFirst) {
  const wanted = unique(words.flatMap((word) => terms(word, { cover: true })));
  const none = { found: [], count: 0, partial: false };
  if (wanted.length === 0) return none;
  const lookUp = termReader();
  const found = await matchAll(index, lookUp, wanted, wanted.length, words.flatMap(phrases), showFirst);
  if (found.count > 0) return { ...found, partial: false };
  const every = unique(words.flatMap((word) => terms(word)));
  if (every.length < 2) return none;
  return { ...(await matchAll(index, lookUp, every, Math.ceil(every.length / 2), [], showFirst)), partial: true };
}

const EXCERPT_BEFORE = 24;
const EXCERPT_LENGTH = 96;
/** A block ending so (a sentence, a quotation) is followed by the next at once: the mark carries its own space. */
const ENDS_SPACED = /[。！？；：，、…—”’」』）》】]$/u;

/**
 * Where the query's words are in folded text, as merged `[from, to)` ranges in order: each
 * word where it occurs as typed, else its terms (the pairs of a word found only in part).
 */
function matchRanges(folded, words) {
  const ranges = [];
  for (const mark of words.flatMap((word) => (folded.includes(word) ? [word] : terms(word)))) {
    for (let at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) ranges.push([at, at + mark.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * `text` from `start` to `end` with the `ranges` in it marked, as text nodes and <mark>
 * elements only, so nothing from an article can become markup.
 */
function markedNodes(text, ranges, start = 0, end = text.length) {
  const nodes = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= at || from >= end) continue;
    const markFrom = Math.max(from, at);
    nodes.push(document.createTextNode(text.slice(at, markFrom)), Object.assign(document.createElement("mark"), { textContent: text.slice(markFrom, Math.min(to, end)) }));
    at = Math.min(to, end);
  }
  nodes.push(document.createTextNode(text.slice(at, end)));
  return nodes;
}

/** An article's text after its title, its blocks run together as one paragraph: a full-width space between them unless a block ends in a mark that brings its own. */
function bodyOf(text, title) {
  const lines = text.split("\n");
  const afterTitle = lines.indexOf(title);
  const blocks = afterTitle >= 0 && afterTitle < lines.length - 1 ? lines.slice(afterTitle + 1) : lines;
  return blocks.reduce((body, block) => (body === "" ? block : body + (ENDS_SPACED.test(body) ? "" : "\u3000") + block), "");
}

/** An excerpt of the article's text around the first match after the title, with every match in it marked. */
function excerptNodes(text, title, words, toSimplified) {
  const body = bodyOf(text, title);
  const ranges = matchRanges(foldText(body, toSimplified), words);
  const start = Math.max(0, (ranges[0]?.[0] ?? 0) - EXCERPT_BEFORE);
  const end = Math.min(body.length, start + EXCERPT_LENGTH);
  const nodes = markedNodes(body, ranges, start, end);
  if (start > 0) nodes.unshift(document.createTextNode("…"));
  if (end < body.length) nodes.push(document.createTextNode("…"));
  return nodes;
}

function resultItem(data, words, toSimplified) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = new URL(data.url, siteRoot).href;
  link.append(...markedNodes(data.title, matchRanges(foldText(data.title, toSimplified), words)));
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result-meta";
  meta.textContent = [data.date, data.section].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(...excerptNodes(data.text, data.title, words, toSimplified));
  item.append(heading, meta, excerpt);
  return item;
}

// A common word matches thousands of articles in a year of editions. Each result's title
// and text is a file of its own, so they are fetched a screen at a time.
const RESULTS_PER_PAGE = 10;
// `found` is sorted once a reader asks for more than the first page; until then it may be
// the first page alone, of `count`, the rest read when asked for (`rest`).
let shown = { found: [], count: 0, sorted: true, words: [], toSimplified: {} };

/** Shows the next page of results; the button below offers the rest. */
async function showMore() {
  const count = list.children.length;
  if (count > 0 && shown.rest) Object.assign(shown, { found: await shown.rest(), rest: undefined, sorted: false });
  const { found, words, toSimplified } = shown;
  if (count > 0 && !shown.sorted) (found.sort(rank), (shown.sorted = true));
  const page = shown.sorted ? found.slice(count, count + RESULTS_PER_PAGE) : firstOf(found, RESULTS_PER_PAGE);
  // Fetched at once, shown in order as they come: the first result need not wait for the tenth.
  const results = page.map(({ segment, id }) => fetchJson(new URL(`${segment.id}/${script}/${id}.json`, indexDir)));
  // A failure is told once, by the await that meets it; the others are not left unhandled.
  for (const result of results) result.catch(() => {});
  for (const result of results) list.append(resultItem(await result, words, toSimplified));
  offerMore();
  return list.children[count];
}

/** The button for the results not yet shown, hidden when there are none. */
function offerMore() {
  const left = shown.count - list.children.length;
  more.textContent = label("more", { n: left });
  more.hidden = left === 0;
}

async function run(query) {
  input.value = query;
  if (!query) {
    status.textContent = label("prompt");
    return;
  }
  status.textContent = label("searching", { q: query });
  try {
    const index = await searchIndex();
    const words = foldText(query, index.simplified).split(/\s+/).filter(Boolean);
    const toSimplified = index.simplified;
    // A first screen proven from the heads of common terms is shown while the rest is read, then counted.
    const showFirst = async (first) => {
      shown = { found: first, count: first.length, sorted: true, words, toSimplified };
      await showMore();
      // Painted before every posting is read: reading a common term's (a megabyte) holds the page for a moment.
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    };
    const { found, count, rest, partial } = await find(index, words, showFirst);
    const shownFirst = list.children.length > 0;
    // A first page alone (`rest`) is in order already.
    shown = { found, count, rest, sorted: Boolean(rest), words, toSimplified };
    if (shownFirst) offerMore();
    else await showMore();
    status.textContent = label(count === 0 ? "none" : partial ? "partial" : "found", { q: query, n: count });
  } catch {
    status.textContent = label("failed");
  }
}

more.addEventListener("click", async () => {
  more.disabled = true;
  try {
    // Keyboard and screen-reader users continue from the first new result, not from the button.
    (await showMore())?.querySelector("a")?.focus();
  } catch {
    status.textContent = label("failed");
  } finally {
    more.disabled = false;
  }
});

run(new URLSearchParams(location.search).get("q")?.trim() ?? "");
