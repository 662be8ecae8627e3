/**
 * npm run serve [-- --host ADDRESS --port N --output DIR]
 *
 * The live preview: drafts, open review notes and 待核对 as editors need them,
 * rebuilt on every save (src/preview/live.ts). It writes into a folder of its own
 * (.cache/preview), never into a site `npm run build` made, so none of it can be
 * uploaded, and it listens on this machine only unless --host names another address.
 * The content folder is EDITION_CONTENT, else ./content.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { manifestPath } from "../build/manifest.ts";
import { isLoopback, listenOn, LOOPBACK, refuseMalformedPath } from "../preview/server.ts";
import { fail } from "./fail.ts";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: npm run serve -- [--host ADDRESS] [--port N] [--output DIR]";

let args;
try {
  args = parseArgs({ options: { host: { type: "string", default: LOOPBACK }, port: { type: "string", default: "8080" }, output: { type: "string", default: ".cache/preview" }, help: { type: "boolean" } } }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (args.help) {
  console.log(`${USAGE}\n  defaults: ${LOOPBACK} (this machine only), port 8080, .cache/preview;\n  --host 0.0.0.0 lets every machine that can reach this one read the preview, drafts and review notes included`);
  process.exit(0);
}
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${args.port}: give a port number, 0 to 65535`);
const output = resolve(PROJECT, args.output);
// The preview's pages carry drafts and notes: a build would publish them.
if (existsSync(manifestPath(output))) fail(`${args.output}: a site npm run build made; the preview writes into a folder of its own (default .cache/preview), never into one that is uploaded`);
if (!isLoopback(args.host)) console.warn(`warning: --host ${args.host}: every machine that can reach this one may read the preview, drafts and review notes included`);

// Eleventy resolves templates and the config from the project folder.
process.chdir(PROJECT);
// A bug in a rebuild is printed, and the preview goes on serving the last pages it wrote.
process.on("unhandledRejection", (error) => console.error(error));
listenOn(args.host);
const { default: Eleventy } = await import("@11ty/eleventy");
const eleventy = new Eleventy("templates", output, {
  source: "cli",
  configPath: ".eleventy.ts",
  runMode: "serve",
  config: (config) => config.setServerOptions({ middleware: [refuseMalformedPath] }),
});
await eleventy.init();
// Eleventy renders only the templates a save touched; src/preview/live.ts narrows it to the pages.
eleventy.setIncrementalBuild(true);
await eleventy.watch();
await eleventy.serve(port);
process.on("SIGINT", () => void eleventy.stopWatch());
