/** A build that cannot write its site says so in one line naming the folder and what to do. */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputFailure, outputFolderProblem } from "../../src/build/output-failure.ts";
import { FIXTURE_ARCHIVE, runBuild, tempDir } from "../support/site.ts";

/** An error as Node's fs throws it. */
const errno = (code: string, message: string, path?: string) => Object.assign(new Error(`${code}: ${message}${path ? `, open '${path}'` : ""}`), { code, path });

describe("a failure to write the site", () => {
  const output = "/srv/paper/_site";

  it("names the disk full, read-only, not the editor's, a file in the way, or a mount point, with what to do", () => {
    // Eleventy's error for a page it could not write wraps the one the write met, which has no path.
    const eleventy = Object.assign(new Error('Having trouble writing to "/srv/paper/_site.tmp-7/index.html" from "./templates/pages/front.njk"'), { originalError: errno("ENOSPC", "no space left on device, write") });
    expect(outputFailure(eleventy, output, "_site")).toBe("_site: the disk is full (ENOSPC); free space on it and build again (a build needs room for the new site beside the one in place)");
    // The search index's one line keeps only the message.
    expect(outputFailure(new Error("search index failed: EDQUOT: disk quota exceeded, open '/srv/paper/_site.tmp-7/search-index/index.json'"), output, "_site")).toBe("_site: the disk quota is used up (EDQUOT); free space within it and build again");
    expect(outputFailure(errno("EROFS", "read-only file system", "/srv/paper/_site.manifest.json.tmp"), output, "_site")).toBe("_site: the disk is read-only (EROFS); mount it writable, or give --output a folder on a disk you can write to");
    expect(outputFailure(errno("EACCES", "permission denied", "/srv/paper/_site.tmp-7/zh-hant"), output, "_site")).toBe("_site: no permission to write there (EACCES); give --output a folder you may write in, or change its permissions");
    expect(outputFailure(Object.assign(errno("EBUSY", "resource busy or locked"), { path: "/srv/paper/_site" }), output, "_site")).toBe("_site: a mount point, which the build cannot replace with the new site (EBUSY); give --output a folder inside it, such as _site/site, or mount the disk one folder up");
  });

  it("names the folder where a failure outside the site happened", () => {
    expect(outputFailure(errno("ENOSPC", "no space left on device", "/home/editor/paper/.cache/build/2023-12-14.json"), output, "_site")).toMatch(/^\/home\/editor\/paper\/\.cache\/build: the disk is full \(ENOSPC\)/);
  });

  it("leaves any other error to the build's own message", () => {
    expect(outputFailure(new Error("template render error: (front.njk) [Line 3]"), output, "_site")).toBeUndefined();
    expect(outputFailure(errno("ENOENT", "no such file or directory", "/srv/paper/content/site.json"), output, "_site")).toBeUndefined();
  });

  it("finds before building that the output is a mount point", () => {
    expect(outputFolderProblem("/proc", "/proc")).toMatch(/^\/proc: a mount point, which the build cannot replace/);
    expect(outputFolderProblem(join(tempDir("output"), "_site"), "_site")).toBeUndefined();
  });

  it("refuses before building an output whose path has a file in the way, in one line, making nothing", () => {
    const dir = tempDir("output");
    writeFileSync(join(dir, "paper"), "a file, not a folder");
    const result = runBuild(FIXTURE_ARCHIVE, join(dir, "paper/_site"));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([`${join(dir, "paper/_site")}: a file stands where a folder is expected on its path (ENOTDIR); move the file away, or give --output another folder; nothing was built.`]);
    expect(readdirSync(dir)).toEqual(["paper"]);
    expect(existsSync(join(dir, "paper.manifest.json"))).toBe(false);
  });
});
