/**
 * The Traditional article bodies of a build, converted on the second core
 * (src/build/bodies.ts). Eleventy renders on one core; OpenCC over every body
 * is the largest single cost of a build, and it needs nothing but the text.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { renderBody } from "../site/markdown.ts";
import { traditionalConverter, type TraditionalVariant } from "../site/traditional.ts";

export interface BodiesJob {
  variant: TraditionalVariant;
  overrides: [string, string][];
  /** Where the bodies come, as BodyToConvert, and each converted body is posted, as `{ index, html }`. */
  port: MessagePort;
  /** progress[0]: how many bodies have been posted; the main thread waits on it. */
  progress: SharedArrayBuffer;
}

export interface BodyToConvert {
  index: number;
  markdown: string;
  names: { kept: string[]; people: string[] };
}

const job = workerData as BodiesJob;
const convert = traditionalConverter(job.variant, new Map(job.overrides));
const progress = new Int32Array(job.progress);
// Bodies come in index order, so the count posted says which are done.
job.port.on("message", ({ index, markdown, names }: BodyToConvert) => {
  job.port.postMessage({ index, html: renderBody(markdown, (text) => convert(text, names)) });
  Atomics.add(progress, 0, 1);
  Atomics.notify(progress, 0);
});
