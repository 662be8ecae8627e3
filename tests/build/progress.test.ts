import { describe, expect, it } from "vitest";
import { Progress } from "../../src/build/progress.ts";

/** A stream that records what is written to it, a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: "", write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe("Progress", () => {
  it("rewrites one line on a terminal and clears it when done", () => {
    const tty = stream(true);
    const progress = new Progress(tty);
    progress.tell("pages: part 2 of 9, 2,500 of 21,000 written");
    progress.done();
    expect(tty.text).toMatch(/^\r\u001b\[2Kpages: part 2 of 9, 2,500 of 21,000 written · \d+ s\r\u001b\[2K$/);
  });

  it("says nothing when the output is not a terminal", () => {
    const log = stream(false);
    const progress = new Progress(log);
    progress.tell("reading the content");
    progress.done();
    expect(log.text).toBe("");
  });

  it("with --timings logs a line per step, with the seconds since the start and the process's memory", () => {
    const log = stream(false);
    new Progress(log, true).tell("building the model");
    expect(log.text).toMatch(/^\d+\.\d\d s {2}building the model {2}\[\d+ MB, heap \d+ MB\]\n$/);
  });
});
