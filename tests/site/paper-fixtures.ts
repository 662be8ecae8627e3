/** Papers for the metadata unit tests: the fixture archive as built, and one with a hostile article. */
import { readContent, type ContentArticle } from "../../src/site/content.ts";
import { paperFrom } from "../../src/site/model.ts";
import type { ArticlePage, Paper } from "../../src/site/paper.ts";
import { FIXTURE_ARCHIVE } from "../support/site.ts";

export function fixturePaper(): Paper {
  const content = readContent(FIXTURE_ARCHIVE);
  if (content.errors.length) throw new Error(`fixture archive is invalid: ${JSON.stringify(content.errors)}`);
  return paperFrom(content);
}

/** Everything a careless or malicious editor could put in a headline. */
export const HOSTILE_TITLE = `他说"不"'也' </script><script>alert(1)</script> & <!-- \u2028换行\n第二行 ]]>`;

/** The fixture archive plus one article whose every text field tries to break out of its markup. */
export function hostilePaper(): Paper {
  const content = readContent(FIXTURE_ARCHIVE);
  const hostile: ContentArticle = {
    file: "content/2023-12-15/e-yi.md",
    slug: "e-yi",
    meta: {
      title: HOSTILE_TITLE,
      kicker: `</script>引"题`,
      subtitle: "副题\u2029<b>粗</b>",
      section: "要闻",
      reporter: [{ name: "<img src=x onerror=alert(1)>", role: null }],
      date: "2023-12-15",
      page: 1,
      order: 1,
      type: "article",
    },
    body: "本报讯（记者 某某）正文 & <em>强调</em> ]]> \u0001控制字符。",
  };
  return paperFrom({ ...content, articles: [...content.articles, hostile] });
}

export function articlePage(paper: Paper, script: "hans" | "hant", path: string): ArticlePage {
  const page = paper.pages.article.find((p) => p.script === script && p.path === path);
  if (!page) throw new Error(`no ${script} article page ${path}`);
  return page;
}
