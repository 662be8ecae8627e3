/** The live preview's source of the paper (`npm run serve`, through .eleventy.ts). */
import { resolve } from "node:path";
import { LivePaper } from "../preview/live.ts";
import type { SiteSource } from "./site.ts";

/** The content folder: EDITION_CONTENT (the preview command's only way to be told one) or ./content. */
export function previewSource(dir = resolve(process.env.EDITION_CONTENT ?? "content")): SiteSource {
  const live = new LivePaper(dir);
  return { paper: () => live.paper(), memo: live.memo, watching: live };
}
