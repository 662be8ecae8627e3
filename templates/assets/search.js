// The search page: reads ?q=, looks its terms up in the site's search index (written by
// src/build/search-index.ts) and lists title, date, section and an excerpt with the match
// marked, in the script of this page. Everything is loaded from this site, relative to
// this file, so search works at a host's root and in a subfolder.
import { WEIGHT_SCALE, foldText, phrases, readPostings, shardOf, terms } from "./search-terms.js";

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
 * The articles holding at least `least` of the `wanted` terms, in no order (`rank` orders
 * them): how many terms each holds, how many of the query's phrases as written (`phrases`:
 * pairs at the distances the query has them), and its score, each term's weight in the
 * article (what the build stored) times its rarity over the whole index (BM25's idf), summed.
 */
async function match(index, lookUp, wanted, least, phraseRuns) {
  const lists = await Promise.all(index.segments.map((segment) => Promise.all(wanted.map((term) => lookUp(segment, term)))));
  const idf = wanted.map((_, t) => {
    const holding = lists.reduce((n, segment) => n + segment[t].count, 0);
    return Math.log(1 + (index.docs - holding + 0.5) / (holding + 0.5));
  });
  const inPhrases = new Set(phraseRuns.flat().map(([term]) => term));
  const found = [];
  lists.forEach((segmentLists, s) => {
    const segment = index.segments[s];
    // Arrays by article number: a common term lists most of a segment's articles.
    const scores = new Float64Array(segment.docs);
    const matched = new Uint16Array(segment.docs);
    // Term → its postings and, by article number, which of them is the article's (plus one), for the terms of phrases.
    const where = new Map();
    segmentLists.forEach((postings, t) => {
      const { count, ids, weights } = postings;
      const at = inPhrases.has(wanted[t]) ? new Uint32Array(segment.docs) : undefined;
      if (at) where.set(wanted[t], { postings, at });
      for (let j = 0; j < count; j++) {
        const id = ids[j];
        scores[id] += idf[t] * weights[j] / WEIGHT_SCALE;
        matched[id]++;
        if (at) at[id] = j + 1;
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
      if (matched[id] < least) continue;
      let phrasesHeld = 0;
      for (const run of runs) if (holds(id, run)) phrasesHeld++;
      found.push({ segment, order: s, id, score: scores[id], matched: matched[id], phrasesHeld });
    }
  });
  return found;
}

/**
 * The articles for the query's folded `words`, in no order: those holding every pair that
 * covers each word (`rank` puts the ones holding it as written first); when none does, those holding most of the
 * words' overlapping pairs (a character mistyped breaks two pairs of the word, not all),
 * told as `partial`.
 */
async function find(index, words) {
  const wanted = unique(words.flatMap((word) => terms(word, { cover: true })));
  if (wanted.length === 0) return { found: [], partial: false };
  const files = new Map();
  const read = new Map();
  // A term's postings in a segment, read once: the partial match looks them up again.
  const lookUp = (segment, term) => {
    const url = new URL(`${segment.id}/terms/${shardOf(term, segment.shards)}.json`, indexDir).href;
    if (!files.has(url)) files.set(url, fetchJson(url));
    const key = `${url} ${term}`;
    if (!read.has(key)) read.set(key, files.get(url).then((shard) => readPostings(term, Object.hasOwn(shard, term) ? shard[term] : "")));
    return read.get(key);
  };
  const found = await match(index, lookUp, wanted, wanted.length, words.flatMap(phrases));
  if (found.length > 0) return { found, partial: false };
  const every = unique(words.flatMap((word) => terms(word)));
  if (every.length < 2) return { found: [], partial: false };
  return { found: await match(index, lookUp, every, Math.ceil(every.length / 2), []), partial: true };
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
// `found` is sorted once a reader asks for more than the first page.
let shown = { found: [], sorted: true, words: [], toSimplified: {} };

/** Shows the next page of results; the button below offers the rest. */
async function showMore() {
  const { found, words, toSimplified } = shown;
  const count = list.children.length;
  if (count > 0 && !shown.sorted) (found.sort(rank), (shown.sorted = true));
  const page = shown.sorted ? found.slice(count, count + RESULTS_PER_PAGE) : firstOf(found, RESULTS_PER_PAGE);
  // Fetched at once, shown in order as they come: the first result need not wait for the tenth.
  const results = page.map(({ segment, id }) => fetchJson(new URL(`${segment.id}/${script}/${id}.json`, indexDir)));
  // A failure is told once, by the await that meets it; the others are not left unhandled.
  for (const result of results) result.catch(() => {});
  for (const result of results) list.append(resultItem(await result, words, toSimplified));
  const left = found.length - list.children.length;
  more.textContent = label("more", { n: left });
  more.hidden = left === 0;
  return list.children[count];
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
    const { found, partial } = await find(index, words);
    shown = { found, sorted: false, words, toSimplified: index.simplified };
    await showMore();
    status.textContent = label(found.length === 0 ? "none" : partial ? "partial" : "found", { q: query, n: found.length });
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
