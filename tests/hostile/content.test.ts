/**
 * Hostile and broken content, each case either refused with one line naming the file or
 * built with the content made harmless (tests/hostile/suite.ts): markup and template syntax
 * in fields, links that would run script, paths that lead out of content/, control and
 * direction characters, YAML alias bombs, oversized articles and lines, page PDFs of
 * impossible size, and files that are not what their names say.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { expect } from "vitest";
import { rawPdf } from "../support/raw-pdf.ts";
import { BUNDLED_CONTENT, edit, listFiles, tempDir } from "../support/site.ts";
import { vnuErrors } from "../support/vnu.ts";
import { describeHostile } from "./suite.ts";

const EDITION = "2023-12-14";
const ARTICLE = `${EDITION}/fen-zhi-ji-gou.md`;
/** A page PDF from outside any content folder. */
const OUTSIDE_PDF = join(BUNDLED_CONTENT, "2023-12-14/pages/03.pdf");

/** A new article of the 2023-12-14 edition: its front matter lines after the title, then its body. */
function article(dir: string, name: string, title: string, body = "本报讯 正文。", fields = "") {
  writeFileSync(join(dir, EDITION, name), `---\ntitle: ${title}\nsection: 经济\ndate: ${EDITION}\norder: 30\n${fields}---\n\n${body}\n`);
}

/** A folder outside every content folder, holding `files`. */
function outside(files: Record<string, Buffer | string>): string {
  const dir = tempDir("outside");
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

const read = (site: string, file: string) => readFileSync(join(site, file), "utf8");
const htmlFiles = (site: string) => listFiles(site).filter((f) => f.endsWith(".html"));

/** Every address a link, image, frame or form of a built page or feed entry would open. */
function addresses(site: string): string[] {
  const html = [...htmlFiles(site).map((f) => read(site, f)), ...(JSON.parse(read(site, "feed.json")) as { items: { content_html: string }[] }).items.map((i) => i.content_html)];
  return html.flatMap((text) => {
    const $ = load(text);
    return $("[href], [src], [action], [formaction]").toArray().flatMap((el) => ["href", "src", "action", "formaction"].map((a) => $(el).attr(a)).filter((v): v is string => v !== undefined));
  });
}

describeHostile("hostile content", [
  {
    name: "markup in a title, a reporter name and a body",
    make: (d) => {
      edit(d, ARTICLE, "title: 分支机构信息变更一次办好", `title: '分支机构<script>alert(1)</script>一次办好'`);
      edit(d, ARTICLE, "name: 徐言艳", `name: '徐言艳"><img src=x onerror=alert(2)>'`);
      edit(d, ARTICLE, "新时代的政务服务", "<script>alert(3)</script><b>新时代</b>的政务服务");
    },
    builds: {
      warns: [`${ARTICLE}: title: contains HTML (<script>); it is shown as text, never run`, `${ARTICLE}: reporter: contains HTML`, `${ARTICLE}: body: contains HTML (<script>)`],
      check: (site) => {
        for (const file of htmlFiles(site)) {
          // The site's own scripts may stay: JSON-LD (which holds no "<" at all) and the search page's.
          const html = read(site, file)
            .replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "")
            .replace(/<script type="module" async src="(?:\.\.\/)+assets\/search\.js"><\/script>/g, "");
          expect(html, file).not.toMatch(/<script|<img|<b>|onerror=alert\(2\)"/);
        }
        const page = read(site, ARTICLE.replace(".md", ".html"));
        expect(page).toContain("分支机构&lt;script&gt;alert(1)&lt;/script&gt;一次办好");
        expect(page).toContain("&lt;b&gt;新时代&lt;/b&gt;的政务服务");
        expect(page).toContain("徐言艳&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        expect(page).toContain('"headline":"分支机构\\u003cscript\\u003ealert(1)\\u003c/script\\u003e一次办好"');
      },
    },
  },
  {
    name: "template syntax in a title and a body",
    make: (d) => article(d, "template.md", `'模板{{ 7 * 7 }}{% raw %}标题'`, `正文{{ 8 * 8 }}和{% include "/etc/passwd" %}照原样。`),
    builds: {
      check: (site) => {
        const page = read(site, `${EDITION}/template.html`);
        // Nunjucks never sees an article's text: it stays as typed, in the head and the body.
        expect(page).toContain("<title>模板{{ 7 * 7 }}{% raw %}标题 - 聊城日报</title>");
        expect(page).toContain("正文{{ 8 * 8 }}和{% include &quot;/etc/passwd&quot; %}照原样。");
        expect(page).not.toMatch(/模板49|正文64|root:x:0/);
      },
    },
  },
  {
    name: "links in a body that would run script or open data",
    make: (d) => article(d, "links.md", "链接", "[点我](javascript:alert(1))、[大写](JAVASCRIPT:alert(2))、<javascript:alert(3)>、[数据](data:text/html;base64,PHNjcmlwdD4=)、[旧式](vbscript:msgbox(4))、[实体](&#106;avascript:alert(5))和[正常](https://www.lcdaily.example/)。"),
    builds: {
      check: (site) => {
        const all = addresses(site);
        expect(all.filter((a) => /^\s*(javascript|vbscript|data):/i.test(a))).toEqual([]);
        const page = read(site, `${EDITION}/links.html`);
        expect(page).toContain('<a href="https://www.lcdaily.example/">正常</a>');
        expect(page).toContain("[点我](javascript:alert(1))");
      },
    },
  },
  {
    name: "../ in a reporter's name",
    make: (d) => article(d, "dot-dot.md", "路径", "本报讯 正文。", "reporter:\n  - { name: ../../../etc/passwd, role: 记者 }\n"),
    builds: {
      check: (site) => {
        // The name is a reporter's, shown as typed; the reporter's pages are in reporters/ under a Latin name.
        const $ = load(read(site, `${EDITION}/dot-dot.html`));
        const link = $("a").filter((_, el) => $(el).text().includes("../../../etc/passwd")).first().attr("href");
        expect(link).toMatch(/^\.\.\/reporters\/[a-z0-9-]+\/index\.html$/);
        expect(listFiles(site).filter((f) => f.includes(".."))).toEqual([]);
      },
    },
  },
  {
    name: "a body of one line of 600,000 bytes",
    make: (d) => article(d, "long-line.md", "长行", "长".repeat(200_000)),
    builds: {
      check: (site) => expect(read(site, `${EDITION}/long-line.html`)).toContain("长".repeat(200_000)),
    },
  },
  {
    name: "control characters, a noncharacter and a direction control in a body",
    make: (d) => article(d, "controls.md", "控制字符", "第一段\u0000有空字符，\u001b[2J转义。\n\n第二段\u000b竖表\uffff非字符，\u202e反转。"),
    builds: {
      // The body starts on line 8: 7 lines of front matter, then a blank line.
      warns: [`${EDITION}/controls.md:8: body: 5 invisible character(s) removed from the text (U+0000, U+001B, U+000B, U+FFFF, U+202E) on lines 8, 10; delete them from the file`],
      check: (site) => {
        expect(read(site, `${EDITION}/controls.html`)).toContain("第二段竖表非字符，反转。");
        // vnu once said "Saw U+0000 in stream" and "Forbidden code point U+ffff" here.
        const pages = tempDir("controls-pages");
        for (const file of [`${EDITION}/controls.html`, `zh-hant/${EDITION}/controls.html`]) cpSync(join(site, file), join(pages, file.replace(/\//g, "-")));
        expect(vnuErrors(pages)).toEqual([]);
      },
    },
  },
  {
    name: "a page PDF 3 pt wide and 14,400 pt tall",
    make: (d) => {
      mkdirSync(join(d, "2023-12-12/pages"), { recursive: true });
      writeFileSync(join(d, "2023-12-12/pages/05.pdf"), rawPdf(3, 14400, "0 0 m 3 14400 l S"));
    },
    builds: {
      warns: ["2023-12-12/pages/05.pdf: is a page of 3 × 14,400 pt, 4,800 times as tall as it is wide; a page may be at most 4 times either (a newspaper page is 1.4 times as tall): export the printed page at its own size; 第5版 is shown without its page image until then"],
      check: (site) => expect(existsSync(join(site, "2023-12-12/pages/05-desktop.webp"))).toBe(false),
    },
  },
  {
    name: "a page PDF 14,400 pt wide and 3 pt tall",
    make: (d) => {
      mkdirSync(join(d, "2023-12-12/pages"), { recursive: true });
      writeFileSync(join(d, "2023-12-12/pages/06.pdf"), rawPdf(14400, 3, "0 0 m 14400 3 l S"));
    },
    builds: { warns: ["2023-12-12/pages/06.pdf: is a page of 14,400 × 3 pt, 4,800 times as wide as it is tall"] },
  },
  {
    name: "a pages folder linked to a folder outside content",
    make: (d) => symlinkSync(outside({ "02.pdf": readFileSync(OUTSIDE_PDF) }), join(d, "2023-12-13/pages")),
    builds: {
      warns: ["2023-12-13/pages: leads outside the content folder"],
      check: (site) => expect(listFiles(site).filter((f) => f.startsWith("2023-12-13/pages/"))).toEqual([]),
    },
  },
  {
    name: "a page PDF linked to a file outside content",
    make: (d) => {
      mkdirSync(join(d, `${EDITION}/pages`), { recursive: true });
      symlinkSync(OUTSIDE_PDF, join(d, `${EDITION}/pages/07.pdf`));
    },
    builds: {
      warns: [`${EDITION}/pages/07.pdf: leads outside the content folder (to ${OUTSIDE_PDF}); the build reads and publishes only what is inside it`],
      check: (site) => expect(existsSync(join(site, `${EDITION}/pages/07.pdf`))).toBe(false),
    },
  },
  {
    name: "pdf: in edition.yml naming a folder",
    make: (d) => {
      mkdirSync(join(d, `${EDITION}/scans`));
      writeFileSync(join(d, EDITION, "edition.yml"), "pages:\n  - { page: 8, name: 广告, pdf: scans }\n");
    },
    builds: { warns: [`${EDITION}/scans: is a folder, not a page's PDF; move the folder away or rename it; 第8版 is shown without its page image until then`] },
  },
  {
    name: "an article linked to a file that is gone",
    make: (d) => symlinkSync("/nonexistent/gone.md", join(d, EDITION, "gone.md")),
    refuses: `${EDITION}/gone.md: is a link to /nonexistent/gone.md, which does not exist; put the file itself here, or delete the link`,
  },
  {
    name: "an article linked to a file outside content",
    make: (d) => symlinkSync(join(outside({ "a.md": readFileSync(join(d, ARTICLE)) }), "a.md"), join(d, EDITION, "linked.md")),
    refuses: `${EDITION}/linked.md: leads outside the content folder`,
  },
  {
    name: "an edition folder linked to a folder outside content",
    make: (d) => symlinkSync(outside({ "a.md": readFileSync(join(d, ARTICLE), "utf8").replace(EDITION, "2023-12-15") }), join(d, "2023-12-15")),
    refuses: "2023-12-15: leads outside the content folder",
  },
  {
    name: "edition.yml linked to a file outside content",
    make: (d) => symlinkSync(join(outside({ "edition.yml": "pages:\n  - { page: 8, name: 广告 }\n" }), "edition.yml"), join(d, EDITION, "edition.yml")),
    refuses: `${EDITION}/edition.yml: leads outside the content folder`,
  },
  {
    name: "edition.yml that is a folder",
    make: (d) => mkdirSync(join(d, EDITION, "edition.yml")),
    refuses: `${EDITION}/edition.yml: is a folder, not the edition's page list; move the folder away or rename it`,
  },
  {
    name: "an article that is a folder",
    make: (d) => mkdirSync(join(d, EDITION, "folder.md")),
    refuses: `${EDITION}/folder.md: is a folder, not an article`,
  },
  {
    name: "pdf: in edition.yml leading up out of the edition",
    make: (d) => writeFileSync(join(d, EDITION, "edition.yml"), "pages:\n  - { page: 3, pdf: ../../../etc/passwd }\n"),
    refuses: `${EDITION}/edition.yml: pages[1].pdf: pdf must be a path inside the edition folder`,
  },
  {
    name: "an article file named ..md",
    make: (d) => cpSync(join(d, ARTICLE), join(d, EDITION, "..md")),
    refuses: `${EDITION}/..md: "." cannot be an article's name in links`,
  },
  {
    name: "url in site.json that runs script",
    make: (d) => edit(d, "site.json", '"https://www.lcdaily.example/"', '"javascript:alert(1)//"'),
    refuses: "site.json: url: uses javascript:, and a site is published at an http: or https: address; give the full address the site is published at",
  },
  {
    name: "url in site.json on ftp",
    make: (d) => edit(d, "site.json", '"https://www.lcdaily.example/"', '"ftp://www.lcdaily.example/"'),
    refuses: "site.json: url: uses ftp:, and a site is published at an http: or https: address",
  },
  {
    name: "url in site.json that breaks out of an attribute",
    make: (d) => edit(d, "site.json", '"https://www.lcdaily.example/"', '"https://www.lcdaily.example/\\"><script>alert(1)</script>"'),
    refuses: `site.json: url: holds a character an address cannot hold as it is ("\\"")`,
  },
  {
    name: "a NUL in a title",
    make: (d) => edit(d, ARTICLE, "title: 分支机构信息变更一次办好", 'title: "分支\\0机构"'),
    refuses: `${ARTICLE}: title: contains U+0000 (NUL, an invisible control character) at character 3; delete it (retype the text around it if it does not show)`,
  },
  {
    name: "raw escape and vertical tab characters in a title",
    make: (d) => edit(d, ARTICLE, "title: 分支机构信息变更一次办好", "title: 分支机构\u001b[31m信息\u000b变更"),
    refuses: `${ARTICLE}: title: contains U+001B (ESC, an invisible control character) at character 5`,
  },
  {
    name: "a noncharacter in a kicker",
    make: (d) => edit(d, ARTICLE, "kicker: 阳谷县", "kicker: 阳谷\uffff县"),
    refuses: `${ARTICLE}: kicker: contains U+FFFF (a noncharacter, which no text may hold) at character 3`,
  },
  {
    name: "an unclosed right-to-left override in a title",
    make: (d) => edit(d, ARTICLE, "title: 分支机构信息变更一次办好", "title: 分支机构\u202e信息变更一次办好"),
    refuses: `${ARTICLE}: title: contains U+202E (an invisible direction control, which reverses or reorders the text after it) at character 5`,
  },
  {
    name: "a control character in a reporter's name",
    make: (d) => edit(d, ARTICLE, "name: 徐言艳", 'name: "徐言\\x07艳"'),
    refuses: `${ARTICLE}: reporter[2].name: contains U+0007 (BEL, an invisible control character) at character 3`,
  },
  {
    name: "a control character in site.json",
    make: (d) => edit(d, "site.json", '"paper": "聊城日报"', '"paper": "聊城\\u001b日报"'),
    refuses: "site.json: paper: contains U+001B (ESC, an invisible control character) at character 3",
  },
  {
    name: "a control character in a page's name in edition.yml",
    make: (d) => writeFileSync(join(d, EDITION, "edition.yml"), 'pages:\n  - { page: 2, name: "时\\0政" }\n'),
    refuses: `${EDITION}/edition.yml: pages[1].name: contains U+0000 (NUL, an invisible control character) at character 2`,
  },
  {
    name: "a YAML alias bomb in front matter",
    make: (d) => {
      // Nine levels of nine aliases: 387,420,489 strings, in 11 lines.
      const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]", ..."bcdefghi".split("").map((l, i) => `${l}: &${l} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)];
      article(d, "bomb.md", "炸弹", "本报讯 正文。", `${levels.join("\n")}\nproperNames: *i\n`);
    },
    refuses: `${EDITION}/bomb.md: b[1]: repeats a list or map given elsewhere (a YAML alias, *name); write the value out instead`,
  },
  {
    name: "an article of 1.5 MB",
    make: (d) => article(d, "huge.md", "巨大", "长".repeat(500_000)),
    refuses: `${EDITION}/huge.md: is 1.5 MB, more than an article may be (at most 1 MB); split it into several articles, or remove what is not its text`,
  },
]);
