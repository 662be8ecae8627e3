/**
 * A page worker of a full build (src/build/workers.ts): models its editions' pages
 * from their articles (and the editions beside them, for their links), and writes those the build
 * planned into the staging folder with an Eleventy of its own.
 */
import { deserialize } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { Content, ContentArticle } from "../site/content.ts";
import { ModelMemo } from "../site/memo.ts";
import { paperFrom } from "../site/model.ts";
import type { Paper } from "../site/paper.ts";
import { pagesIn, renderInParts } from "./eleventy-parts.ts";
import type { Archive, PagesJob, PostedError, WorkerMessage } from "./workers.ts";

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** What the build reads of an error (output-failure.ts): a worker's errors cannot cross whole. */
function posted(error: unknown): PostedError {
  const e = error as { message?: unknown; code?: unknown; path?: unknown; originalError?: unknown; cause?: unknown };
  const nested = (inner: unknown) => (inner && typeof inner === "object" ? posted(inner) : undefined);
  return { message: String(e?.message ?? error), code: e?.code, path: e?.path, originalError: nested(e?.originalError), cause: nested(e?.cause) };
}

async function renderEditions(job: PagesJob, said: string[]): Promise<void> {
  const archive = deserialize(job.archive) as Archive;
  const memo = new ModelMemo();
  for (const [headline, html] of archive.headlines) memo.headlines.set(headline, html);
  for (const [name, slug] of archive.slugs) memo.slugs.set(name, slug);
  const knownHeadlines = memo.headlines.size;
  const bodies = new Map(job.bodies);
  const articles = archive.articles.map(({ file, slug, meta }, i): ContentArticle => {
    const article = {
      file, slug, meta,
      get body(): string {
        const body = bodies.get(i);
        // The model reads facts, never bodies; a page the worker does not render never asks.
        if (body === undefined) throw new Error(`${file}: a page worker was asked for the body of an article whose page it does not render`);
        return body;
      },
    };
    const facts = archive.facts[i];
    if (facts) memo.facts.set(article, facts);
    return article;
  });
  const content: Content = { settings: archive.settings, overrides: new Map(archive.overrides), articles, pageLists: new Map(archive.pageLists), errors: [], warnings: [] };
  const mine = new Set(job.dates);
  const paper = paperFrom(content, { memo, printed: archive.printed, photos: archive.photos, keep: (edition) => !mine.has(edition.date), reporterSlugs: new Map(archive.reporterSlugs) });
  const wanted = new Set(job.outputs);
  const render = Object.fromEntries(Object.keys(paper.render).map((kind) => [kind, []])) as unknown as Paper["render"];
  render.edition = paper.pages.edition.filter((page) => wanted.has(page.output));
  render.printedPage = paper.pages.printedPage.filter((page) => wanted.has(page.output));
  render.article = paper.pages.article.filter((page) => wanted.has(page.output));
  if (pagesIn(render) !== wanted.size) throw new Error(`a page worker's model makes ${pagesIn(render)} of the ${wanted.size} pages the build planned for its editions`);
  await renderInParts(paper, render, memo, job.staging, {
    pagesPerPart: job.pagesPerPart,
    assets: false,
    onPart: (_, __, written) => post({ kind: "part", written }),
    sayError: (message) => said.push(message),
  });
  post({ kind: "done", written: wanted.size, headlines: [...memo.headlines].slice(knownHeadlines) });
}

const said: string[] = [];
try {
  await renderEditions(workerData as PagesJob, said);
} catch (error) {
  post({ kind: "failed", error: posted(error), said });
}
