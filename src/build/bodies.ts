/**
 * Traditional bodies converted ahead on a worker thread (the second core), in
 * the order the build renders them. `get` hands one over, waiting for the
 * worker if it is behind; when there is no such body, or the worker failed,
 * the caller converts in place.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { BodiesJob } from "./bodies-worker.ts";
import type { TraditionalVariant } from "../site/traditional.ts";

const WAIT_MS = 100;
/** A worker that has posted nothing for this long is taken as failed (its error event cannot arrive while we wait). */
const STALLED_MS = 10_000;

/** A worker does not inherit tsx's loader: register it there before loading the TypeScript module. */
const TYPESCRIPT_WORKER = (module: string) =>
  `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;

function keyOf(markdown: string, properNames: readonly string[]): string {
  return `${markdown}\u0000${properNames.join("\u0000")}`;
}

export class TraditionalBodies {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly progress = new Int32Array(new SharedArrayBuffer(4));
  private readonly ready = new Map<number, string>();
  private readonly index: Map<string, number>;
  private failed = false;

  /** `bodies` are Markdown bodies in the order their Traditional pages will be rendered. */
  constructor(variant: TraditionalVariant, overrides: ReadonlyMap<string, string>, bodies: readonly { markdown: string; properNames: string[] }[]) {
    this.index = new Map(bodies.map((b, i) => [keyOf(b.markdown, b.properNames), i]));
    const { port1, port2 } = new MessageChannel();
    // Read synchronously with receiveMessageOnPort: Eleventy need not yield to the event loop between pages.
    this.port = port1;
    const job: BodiesJob = { variant, overrides: [...overrides], bodies: [...bodies], port: port2, progress: this.progress.buffer as SharedArrayBuffer };
    this.worker = new Worker(TYPESCRIPT_WORKER(new URL("./bodies-worker.ts", import.meta.url).href), { eval: true, workerData: job, transferList: [port2] });
    this.worker.on("error", () => (this.failed = true));
    this.worker.unref();
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const { index, html } = m.message as { index: number; html: string };
      this.ready.set(index, html);
    }
  }

  /** The converted body, once: or undefined when the caller should convert it itself. */
  take(markdown: string, properNames: readonly string[]): string | undefined {
    const index = this.index.get(keyOf(markdown, properNames));
    if (index === undefined) return undefined;
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
    if (html !== undefined) this.index.delete(keyOf(markdown, properNames));
    return html;
  }

  stop(): Promise<number> {
    this.port.close();
    return this.worker.terminate();
  }
}
