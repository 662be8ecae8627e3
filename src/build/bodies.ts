/**
 * Traditional bodies converted ahead on a worker thread (the second core), in
 * the order the build renders them, a window at a time. `take` hands one over,
 * waiting for the worker if it is behind; when there is no such body, or the
 * worker failed, the caller converts in place.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Content } from "../site/content.ts";
import { inPaperOrder } from "../site/paper.ts";
import type { TraditionalVariant } from "../site/traditional.ts";
import type { BodiesJob, BodyToConvert } from "./bodies-worker.ts";

const WAIT_MS = 100;
/** A worker that has posted nothing for this long is taken as failed (its error event cannot arrive while we wait). */
const STALLED_MS = 10_000;
/**
 * Bodies sent to the worker ahead of the page being rendered: a few seconds of its work, so it
 * is never idle, while what it holds and what waits converted stays a few megabytes. Sent all at
 * once, the archive's bodies were copied to the worker and their HTML piled up ahead of the pages
 * (≈1 GB at 100,000 articles).
 */
const AHEAD = 1000;

/** A worker does not inherit tsx's loader: register it there before loading the TypeScript module. */
export const TYPESCRIPT_WORKER = (module: string) =>
  `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;

/** An article as the worker converts it: its body, read only when it is sent (src/build/content-cache.ts), and its names (ArticleNames). */
export interface BodySource {
  readonly body: string;
  readonly meta: { readonly properNames?: readonly string[]; readonly reporter: readonly { readonly name: string }[] };
}

export class TraditionalBodies {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly progress = new Int32Array(new SharedArrayBuffer(4));
  private readonly ready = new Map<number, string>();
  /** Where each article is in `articles`. */
  private readonly places = new Map<BodySource, number>();
  /** How many of `bodies` have been sent to the worker. */
  private sent = 0;
  private failed = false;

  /** `articles` in the order their Traditional pages will be rendered. */
  constructor(variant: TraditionalVariant, overrides: ReadonlyMap<string, string>, private readonly articles: readonly BodySource[]) {
    articles.forEach((article, i) => this.places.set(article, i));
    const { port1, port2 } = new MessageChannel();
    // Read synchronously with receiveMessageOnPort: Eleventy need not yield to the event loop between pages.
    this.port = port1;
    const job: BodiesJob = { variant, overrides: [...overrides], port: port2, progress: this.progress.buffer as SharedArrayBuffer };
    this.worker = new Worker(TYPESCRIPT_WORKER(new URL("./bodies-worker.ts", import.meta.url).href), { eval: true, workerData: job, transferList: [port2] });
    this.worker.on("error", () => (this.failed = true));
    this.worker.unref();
    this.sendUpTo(AHEAD);
  }

  private sendUpTo(end: number): void {
    for (; this.sent < Math.min(end, this.articles.length); this.sent++) {
      const article = this.articles[this.sent]!;
      const names = { kept: [...(article.meta.properNames ?? [])], people: article.meta.reporter.map((r) => r.name) };
      const body: BodyToConvert = { index: this.sent, markdown: article.body, names };
      this.port.postMessage(body);
    }
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const { index, html } = m.message as { index: number; html: string };
      this.ready.set(index, html);
    }
  }

  /** The article's converted body, once: or undefined when the caller should convert it itself. */
  take(article: BodySource): string | undefined {
    const index = this.places.get(article);
    if (index === undefined) return undefined;
    this.places.delete(article);
    this.sendUpTo(index + AHEAD);
    let waitedSince = performance.now();
    for (let seen = -1; ; ) {
      const posted = Atomics.load(this.progress, 0);
      this.drain();
      if (this.ready.has(index) || this.failed || posted > index) break;
      if (posted !== seen) [seen, waitedSince] = [posted, performance.now()];
      else if (performance.now() - waitedSince > STALLED_MS) this.failed = true;
      Atomics.wait(this.progress, 0, posted, WAIT_MS);
    }
    const html = this.ready.get(index);
    this.ready.delete(index);
    return html;
  }

  stop(): Promise<number> {
    this.port.close();
    return this.worker.terminate();
  }
}

/**
 * Fewer Traditional bodies than this are converted where their pages render: the
 * worker's start (a TypeScript loader and OpenCC's tables, ≈1.5 s of CPU) costs more
 * than converting them there (≈1.2 ms a body at 1,500 characters), as in a day's or
 * a correction's build.
 */
const BODIES_AHEAD_FROM = 100;

/**
 * Starts converting the Traditional bodies of the articles in `files` on the second
 * core, in the order the build renders them; undefined when there are too few to be worth it.
 */
export function convertBodiesAhead(content: Content, files: ReadonlySet<string>): TraditionalBodies | undefined {
  if (files.size < BODIES_AHEAD_FROM) return undefined;
  return new TraditionalBodies(
    content.settings!.traditionalVariant,
    content.overrides,
    inPaperOrder(content.articles.filter((a) => files.has(a.file))),
  );
}
