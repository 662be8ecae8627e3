// The search page: reads ?q=, asks the Pagefind index of this page's language
// (Pagefind picks it from <html lang>) and lists title, date, section and an excerpt
// with the match marked. Everything is loaded from this site, relative to this file,
// so search works at a host's root and in a subfolder.
const siteRoot = new URL("../", import.meta.url);
const indexDir = new URL("pagefind/", siteRoot);
const form = document.querySelector("[data-search-form]");
const input = form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const label = (name, values = {}) => status.dataset[name].replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

// Pagefind joins the blocks of a page (kicker, title, byline, paragraphs) with ". ", which
// reads as a stray Western full stop in Chinese: after Chinese text it becomes a full-width space.
const blockJoint = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])\. /g;

// Pagefind's excerpt is text with <mark> around matches. Parsed in an inert template and
// rebuilt from text and <mark> only, so nothing from an indexed page can become markup here.
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const nodes = [];
  for (const node of template.content.childNodes) {
    const text = node.textContent.replace(blockJoint, "\u3000");
    const previous = nodes.at(-1);
    if (node.nodeName === "MARK") {
      if (previous?.nodeName === "MARK") previous.textContent += text;
      else nodes.push(Object.assign(document.createElement("mark"), { textContent: text }));
    } else {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

function resultItem(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  // Pagefind gives addresses from the host root, subfolder included (the baseUrl it was given).
  link.href = new URL(data.url, siteRoot).href;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result-meta";
  meta.textContent = [data.meta.date, data.meta.section].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

// A large archive is indexed in parts (src/build/search-index.ts), listed in parts.json: the
// first is the main bundle, with Pagefind's script; the others are merged into it, so one
// search ranks the whole archive together. Every part's addresses are from the same site
// root. A paper without articles has no parts, and nothing to find.
async function searchIndex() {
  const response = await fetch(new URL("parts.json", indexDir), { cache: "no-cache" });
  if (!response.ok) throw new Error(`parts.json: ${response.status}`);
  const { parts } = await response.json();
  if (parts.length === 0) return null;
  const pagefind = await import(new URL("pagefind.js", new URL(parts[0], indexDir)).href);
  const baseUrl = siteRoot.pathname;
  await pagefind.options({ baseUrl });
  await Promise.all(parts.slice(1).map((part) => pagefind.mergeIndex(new URL(part, indexDir).href, { baseUrl })));
  return pagefind;
}

// A common word matches thousands of articles in a year of editions. Each result's title
// and excerpt is a request of its own, so they are fetched a page at a time: all at once
// takes many seconds, and past a few thousand the browser refuses to have them in flight.
const RESULTS_PER_PAGE = 20;
let found = [];

/** Shows the next page of `found`; the button below offers the rest. */
async function showMore() {
  const shown = list.children.length;
  const results = await Promise.all(found.slice(shown, shown + RESULTS_PER_PAGE).map((result) => result.data()));
  list.append(...results.map(resultItem));
  const left = found.length - list.children.length;
  more.textContent = label("more", { n: left });
  more.hidden = left === 0;
  return list.children[shown];
}

async function run(query) {
  input.value = query;
  if (!query) {
    status.textContent = label("prompt");
    return;
  }
  status.textContent = label("searching", { q: query });
  try {
    const pagefind = await searchIndex();
    found = pagefind ? (await pagefind.search(query)).results : [];
    await showMore();
    status.textContent = label(found.length > 0 ? "found" : "none", { q: query, n: found.length });
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
