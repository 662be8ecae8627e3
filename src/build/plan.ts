/**
 * What an incremental build renders: every page whose identity differs from the
 * one the manifest recorded for its file, and the files about the whole site when
 * what they list changed. Everything else is kept from the previous site.
 */
import { createHash } from "node:crypto";
import { SITE_FILES, type Paper } from "../site/paper.ts";
import { changedPages, Fingerprints, type Identity } from "./fingerprint.ts";

type Render = Paper["render"];

export interface BuildPlan {
  /** The pages to render, as Eleventy's templates read them. */
  render: Render;
  /** Every file the site's pages are written to → its identity. */
  identities: Map<string, Identity>;
  /** Files of the previous site to keep as they are. */
  kept: string[];
  /** How many files `render` writes. */
  rendered: number;
}

/** `previous` is the manifest's record of the site in place (empty for a clean build). */
export function planBuild(paper: Paper, previous: ReadonlyMap<string, Identity>): BuildPlan {
  const fingerprints = new Fingerprints();
  const identities = new Map<string, Identity>();
  const render = {} as Record<keyof Render, Render[keyof Render]>;
  for (const kind of Object.keys(paper.pages) as (keyof Paper["pages"])[]) {
    const diff = changedPages(fingerprints, paper.pages[kind] as readonly { output: string }[], previous);
    render[kind] = diff.changed as never;
    for (const [output, id] of diff.identities) identities.set(output, id);
  }
  // The sitemap lists every page by its path; robots.txt names the sitemap. Their settings are the environment's.
  const listed = createHash("sha1").update([...identities.keys()].sort().join("\n")).digest("base64url");
  for (const [kind, id] of [["sitemap", `sitemap:${listed}`], ["robots", "robots"]] as const) {
    const [file] = SITE_FILES[kind];
    identities.set(file!.output, id);
    render[kind] = previous.get(file!.output) === id ? [] : SITE_FILES[kind];
  }
  const rendered = Object.values(render).reduce((n, pages) => n + pages.length, 0);
  const kept = [...identities].filter(([output, id]) => previous.get(output) === id).map(([output]) => output);
  return { render: render as Render, identities, kept, rendered };
}
