/**
 * The plain baseline: the same article files built by Eleventy with nothing of
 * ours — one minimal layout, Simplified only, no index pages, no conversion.
 * What any Eleventy site pays for these articles; our build is compared with it.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LAYOUT = `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><article><h1>{{ title }}</h1><p>{{ date }} · {{ section }}</p>{{ content | safe }}</article></body>
</html>
`;

/**
 * Copies the archive into `project/content` with a layout, and writes the
 * Eleventy config; returns the config's path. Run it from `project`.
 */
export function writeBaselineProject(repo: string, archive: string, project: string, output: string): string {
  const input = join(project, "content");
  cpSync(archive, input, { recursive: true });
  mkdirSync(join(input, "_includes"), { recursive: true });
  writeFileSync(join(input, "_includes", "plain.njk"), LAYOUT);
  const config = join(project, "eleventy.config.cjs");
  writeFileSync(
    config,
    `module.exports = function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "plain.njk");
  // The article record's "page" (版次) is a name Eleventy reserves: read it as printedPage.
  const { parse } = require(${JSON.stringify(join(repo, "node_modules/yaml"))});
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (text) => { const { page, ...data } = parse(text) ?? {}; return { ...data, printedPage: page }; } },
  });
  return { dir: { input: ${JSON.stringify(input)}, output: ${JSON.stringify(output)} } };
};
`,
  );
  return config;
}

/** The Eleventy command line for the baseline project, optionally serving with incremental rebuilds. */
export function baselineCommand(repo: string, config: string, serve?: { port: number }): string {
  const cli = join(repo, "node_modules/@11ty/eleventy/cmd.cjs");
  const serving = serve ? ` --serve --incremental --port=${serve.port}` : "";
  return `node ${JSON.stringify(cli)} --config=${JSON.stringify(config)} --quiet${serving}`;
}
