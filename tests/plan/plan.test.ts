import { describe, expect, it } from "vitest";
import { planBuild } from "../../src/plan/plan.ts";
import { isSitemapFile } from "../../src/site/formats/sitemap.ts";
import { readContent, type ContentArticle } from "../../src/site/content.ts";
import { paperFrom } from "../../src/site/model.ts";
import { FIXTURE_ARCHIVE } from "../support/site.ts";

const content = readContent(FIXTURE_ARCHIVE);
const rendered = (plan: ReturnType<typeof planBuild>) => Object.values(plan.render).flatMap((pages: { output: string }[]) => pages.map((p) => p.output)).sort();

/** The fixture archive with one article of its oldest edition given a new title. */
function retitled(): { articles: ContentArticle[]; file: string } {
  const victim = content.articles.filter((a) => a.meta.date === "2023-12-12")[1]!;
  return { file: victim.file, articles: content.articles.map((a) => (a === victim ? { ...a, meta: { ...a.meta, title: `${a.meta.title}（更正）` } } : a)) };
}

describe("planBuild with the last build's article stamps", () => {
  const first = planBuild(paperFrom(content), new Map());

  it("keeps every article page of unchanged editions with the identity fingerprinting gives it", () => {
    const paper = paperFrom(content);
    const plain = planBuild(paper, first.identities);
    const stamped = planBuild(paper, first.identities, first.stamps);
    expect(Object.keys(first.stamps).sort()).toEqual(["hans:2023-12-12", "hans:2023-12-13", "hans:2023-12-14", "hant:2023-12-12", "hant:2023-12-13", "hant:2023-12-14"]);
    expect(stamped.identities).toEqual(plain.identities);
    expect(stamped.rendered).toBe(0);
  });

  it("reads the edited article's edition again: the same pages are rendered as without stamps", () => {
    const { articles, file } = retitled();
    const paper = paperFrom({ ...content, articles });
    const plain = planBuild(paper, first.identities);
    const stamped = planBuild(paper, first.identities, first.stamps);
    expect(stamped.stamps["hans:2023-12-12"]).not.toBe(first.stamps["hans:2023-12-12"]);
    expect(stamped.stamps["hans:2023-12-13"]).toBe(first.stamps["hans:2023-12-13"]);
    expect(rendered(stamped)).toEqual(rendered(plain));
    expect(stamped.render.article.map((p) => p.article.file)).toContain(file);
    expect(stamped.identities).toEqual(plain.identities);
  });

  it("renders an unchanged edition's page that the site in place does not have", () => {
    const gone = first.render.article.find((p) => p.edition.date === "2023-12-13")!.output;
    const previous = new Map([...first.identities].filter(([output]) => output !== gone));
    expect(rendered(planBuild(paperFrom(content), previous, first.stamps))).toContain(gone);
  });

  it("gives the sitemap's files the identities a fresh plan gives them, whether or not a page came or went", () => {
    const sitemap = (plan: ReturnType<typeof planBuild>) => [...plan.identities].filter(([file]) => isSitemapFile(file));
    expect(sitemap(first).map(([file]) => file)).toEqual(["sitemap.xml", "sitemaps/pages.xml", "sitemaps/2023.xml"]);
    // The same files as the site in place: the identities it recorded, and no sitemap file to write.
    const same = planBuild(paperFrom(content), first.identities, first.stamps);
    expect(sitemap(same).sort()).toEqual(sitemap(first).sort());
    expect(same.render.sitemap).toEqual([]);
    // One article fewer: its year's file is written again (the index too, if that year's newest date moved).
    const fewer = { ...content, articles: content.articles.slice(1) };
    const after = planBuild(paperFrom(fewer), first.identities, first.stamps);
    expect(sitemap(after).sort()).toEqual(sitemap(planBuild(paperFrom(fewer), new Map())).sort());
    expect(after.render.sitemap.map((f) => f.output)).toContain("sitemaps/2023.xml");
    expect(after.identities.get("sitemaps/2023.xml")).not.toBe(first.identities.get("sitemaps/2023.xml"));
  });
});
