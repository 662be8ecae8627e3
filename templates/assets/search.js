// The search page: reads ?q=, looks its terms up in the site's search index (written by
// src/build/search-index.ts) and lists title, date, section and an excerpt with the match
// marked, in the script of this page. Everything is loaded from this site, relative to
// this file, so search works at a host's root and in a subfolder.
import { WEIGHT_SCALE, foldText, shardOf, terms } from "./search-terms.js";

const siteRoot = new URL("../", import.meta.url);
const indexDir = new URL("search-index/", siteRoot);
const script = document.documentElement.lang === "zh-Hant" ? "hant" : "hans";
const form = document.querySelector("[data-search-form]");
const input = form.querySelector("input[name=q]");
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

/**
 * The articles holding every term of the query, best first: each term's weight in the
 * article (what the build stored) times its rarity over the whole index (BM25's idf),
 * summed; newer first among equals.
 */
async function find(index, words) {
  const wanted = [...new Set(words.flatMap((word) => terms(word, { cover: true })))];
  if (wanted.length === 0) return [];
  const files = new Map();
  const postings = (segment, term) => {
    const url = new URL(`${segment.id}/terms/${shardOf(term, segment.shards)}.json`, indexDir).href;
    if (!files.has(url)) files.set(url, fetchJson(url));
    return files.get(url).then((shard) => (Object.hasOwn(shard, term) ? shard[term] : []));
  };
  const lists = await Promise.all(index.segments.map((segment) => Promise.all(wanted.map((term) => postings(segment, term)))));
  const idf = wanted.map((_, t) => {
    const holding = lists.reduce((n, segment) => n + segment[t].length / 2, 0);
    return Math.log(1 + (index.docs - holding + 0.5) / (holding + 0.5));
  });
  const found = [];
  lists.forEach((segmentLists, s) => {
    const segment = index.segments[s];
    // Arrays by article number: a common term lists most of a segment's articles.
    const scores = new Float64Array(segment.docs);
    const matched = new Uint16Array(segment.docs);
    segmentLists.forEach((deltas, t) => {
      for (let i = 0, id = 0; i < deltas.length; i += 2) {
        id += deltas[i];
        scores[id] += (idf[t] * deltas[i + 1]) / WEIGHT_SCALE;
        matched[id]++;
      }
    });
    // Every match holds the first term, so its list names them all.
    for (let i = 0, id = 0; i < segmentLists[0].length; i += 2) {
      id += segmentLists[0][i];
      if (matched[id] === wanted.length) found.push({ segment, order: s, id, score: scores[id] });
    }
  });
  // Segments run oldest to newest and number their articles by date.
  return found.sort((a, b) => b.score - a.score || b.order - a.order || b.id - a.id);
}

const EXCERPT_BEFORE = 24;
const EXCERPT_LENGTH = 96;

/**
 * An excerpt of `text` around the first match after the title, with every match in it
 * marked: the words as typed, or the character pairs of a word that never occurs whole.
 * Built from text nodes and <mark> only, so nothing from an article can become markup.
 */
function excerptNodes(text, title, words, toSimplified) {
  const lines = text.split("\n");
  const afterTitle = lines.indexOf(title);
  const body = (afterTitle >= 0 && afterTitle < lines.length - 1 ? lines.slice(afterTitle + 1) : lines).join("\u3000");
  const folded = foldText(body, toSimplified);
  const marks = words.flatMap((word) => (folded.includes(word) ? [word] : terms(word)));
  const ranges = [];
  for (const mark of marks) {
    for (let at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + mark.length)) ranges.push([at, at + mark.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const start = Math.max(0, (ranges[0]?.[0] ?? 0) - EXCERPT_BEFORE);
  const end = Math.min(body.length, start + EXCERPT_LENGTH);
  const nodes = [document.createTextNode(start > 0 ? "…" : "")];
  let at = start;
  for (const [from, to] of ranges) {
    if (from < at || from >= end) continue;
    nodes.push(document.createTextNode(body.slice(at, from)), Object.assign(document.createElement("mark"), { textContent: body.slice(from, Math.min(to, end)) }));
    at = Math.min(to, end);
  }
  nodes.push(document.createTextNode(body.slice(at, end) + (end < body.length ? "…" : "")));
  return nodes;
}

function resultItem(data, words, toSimplified) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = new URL(data.url, siteRoot).href;
  link.textContent = data.title;
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
let shown = { found: [], words: [], toSimplified: {} };

/** Shows the next page of results; the button below offers the rest. */
async function showMore() {
  const { found, words, toSimplified } = shown;
  const count = list.children.length;
  const page = found.slice(count, count + RESULTS_PER_PAGE);
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
    shown = { found: await find(index, words), words, toSimplified: index.simplified };
    await showMore();
    status.textContent = label(shown.found.length > 0 ? "found" : "none", { q: query, n: shown.found.length });
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
