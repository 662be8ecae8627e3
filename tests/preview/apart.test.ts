/**
 * The preview apart from the published site, in a copy of the project run as an editor
 * runs it: `npm run serve` writes into a folder of its own and listens on this machine
 * only, a build after it publishes nothing of it, and a path it cannot decode gets 400.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectCopy, startPreview, type Preview } from "../support/preview.ts";
import { FIXTURE_ARCHIVE, listFiles, ROOT, tempDir } from "../support/site.ts";

/** What only the preview shows: the box, the marks, 待核对 and its link, and the note this test saves. */
const NOTE = "第1段请与来稿核对（预览）";
const REVIEW_TRACES = ["review-box", "review-mark", "review-link", "待核对", "待核對", NOTE];
const ARTICLE = "2023-12-13/mei-yue-yi-ti";

/** `npm run build` in `project`, with any further options. */
function build(project: string, args: string[] = []): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], { cwd: project, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}${result.stdout}`);
}

/** The addresses sockets listen on at `port`, as /proc/net/tcp and tcp6 write them (0100007F is 127.0.0.1). */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  // tcp6 is missing where IPv6 is off.
  return ["/proc/net/tcp", "/proc/net/tcp6"].filter((table) => existsSync(table)).flatMap((table) =>
    readFileSync(table, "utf8").split("\n").slice(1).flatMap((line) => {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, at] = local?.split(":") ?? [];
      return state === "0A" && at === hexPort ? [address!] : [];
    }),
  );
}

/** Whether a connection to `host`:`port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** A request for `path` exactly as written (fetch would normalise it): its status, or "no answer". */
function statusOf(port: number, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, timeout: 10_000 }, (res) => (res.resume(), resolve(res.statusCode!)));
    req.once("timeout", () => (req.destroy(), resolve("no answer")));
    req.once("error", (e) => resolve(e.message));
    req.end();
  });
}

describe("the preview, beside a published site", () => {
  let project: string;
  let preview: Preview;

  beforeAll(async () => {
    project = projectCopy(FIXTURE_ARCHIVE);
    build(project);
    preview = await startPreview(join(project, "content"), { project });
  }, 180_000);
  afterAll(async () => {
    await preview?.stop();
    if (project) rmSync(dirname(project), { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 only, and says so", async () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    expect(listeningOn(preview.port)).toEqual(["0100007F"]);
    expect(await accepts("127.0.0.1", preview.port)).toBe(true);
    const others = Object.values(networkInterfaces()).flat().filter((i) => i && !i.internal).map((i) => i!.address);
    for (const address of others) expect(await accepts(address, preview.port), address).toBe(false);
  });

  it("answers a path it cannot decode with 400, prints no trace, and goes on serving", async () => {
    for (const path of ["/%zz", "/%", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/2023-12-13/%E4%BB"]) expect(await statusOf(preview.port, path), path).toBe(400);
    expect(await statusOf(preview.port, "/index.html")).toBe(200);
    expect(preview.log()).not.toMatch(/Unhandled rejection|URIError|\n\s+at /);
  });

  it("writes nothing where the build publishes: after a note saved under it, a build is a clean build's, with no trace of review", async () => {
    const file = join(project, "content", `${ARTICLE}.md`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, `---\nreview:\n  - "${NOTE}"\n`));
    // The preview shows the note once it has rebuilt the page.
    const shown = async () => (await fetch(`${preview.url}${ARTICLE}.html`)).text();
    for (let waited = 0; !(await shown()).includes(NOTE); waited += 250) {
      if (waited > 60_000) throw new Error(`the preview never showed the note:\n${preview.log().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await (await fetch(`${preview.url}review/index.html`)).text()).toContain(NOTE);
    await preview.stop();

    build(project);
    const site = join(project, "_site");
    const clean = join(tempDir("apart-clean"), "_site");
    build(project, ["--clean", "--output", clean]);
    const files = listFiles(site);
    expect(files).toEqual(listFiles(clean));
    for (const f of files) expect(readFileSync(join(site, f)).equals(readFileSync(join(clean, f))), f).toBe(true);
    for (const f of files.filter((name) => /\.(html|xml|json|txt)$/.test(name))) {
      const text = readFileSync(join(site, f), "utf8");
      for (const trace of REVIEW_TRACES) expect(text.includes(trace), `${f} contains ${trace}`).toBe(false);
    }
  }, 180_000);
});

describe("the preview's options", () => {
  it("listens where --host says, warning that others may read it", async () => {
    const preview = await startPreview(join(FIXTURE_ARCHIVE), { args: ["--host", "0.0.0.0", `--output=${join(tempDir("preview-host"), "preview")}`] });
    try {
      expect(preview.url).toBe(`http://0.0.0.0:${preview.port}/`);
      expect(listeningOn(preview.port)).toEqual(["00000000"]);
      expect(preview.log()).toContain("warning: --host 0.0.0.0: every machine that can reach this one may read the preview, drafts and review notes included");
    } finally {
      await preview.stop();
    }
  }, 180_000);

  it("refuses to write into a site npm run build made", () => {
    const dir = tempDir("preview-output");
    writeFileSync(join(dir, "_site.manifest.json"), "{}");
    const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/serve.ts", "--output", join(dir, "_site")], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${join(dir, "_site")}: a site npm run build made; the preview writes into a folder of its own (default .cache/preview), never into one that is uploaded`);
  });
});
