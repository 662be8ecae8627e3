/**
 * Hugo's reference: the same Markdown files built by Hugo (Debian's `hugo`) with one
 * minimal layout, Simplified only, with a list page per edition (Hugo's sections are
 * the date folders) and per section (a taxonomy over the articles' `section`). Timed
 * only where the command is installed; the benchmark says so when it is not.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SINGLE = `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} · {{ .Params.section }}</p>{{ .Content }}</article></body>
</html>
`;
const LIST = `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body>
</html>
`;

/** Whether `hugo` can be run here. */
export function hugoInstalled(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

/** Writes a Hugo project over `archive` into `project`; returns the command that builds it into `output`. */
export function writeHugoProject(archive: string, project: string, output: string): string {
  mkdirSync(join(project, "layouts/_default"), { recursive: true });
  writeFileSync(join(project, "layouts/_default/single.html"), SINGLE);
  writeFileSync(join(project, "layouts/_default/list.html"), LIST);
  writeFileSync(
    join(project, "hugo.toml"),
    `baseURL = "http://example.org/"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
contentDir = ${JSON.stringify(archive)}
publishDir = ${JSON.stringify(output)}
[taxonomies]
section = "section"
`,
  );
  return `hugo --quiet --source ${JSON.stringify(project)}`;
}
