/**
 * The build's progress on a terminal: one line, rewritten in place (part n of m,
 * pages written, search parts, elapsed). Not a terminal (a log, CI, a test), it
 * says nothing: the build's last line is its report. With --timings, a line per
 * step instead, with the main process's memory, for finding where a build's time and memory go.
 */
export class Progress {
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout | undefined;
  private state = "";

  /** With `timings` (--timings), every step is logged instead, a line each with the time since the start, terminal or not. */
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly timings = false,
  ) {
    if (stream.isTTY && !timings) this.timer = setInterval(() => this.draw(), 1000).unref();
  }

  private draw(): void {
    if (!this.stream.isTTY || !this.state) return;
    const elapsed = ((performance.now() - this.started) / 1000).toFixed(0);
    this.stream.write(`\r\u001b[2K${this.state} · ${elapsed} s`);
  }

  /** What the build is doing now. */
  tell(state: string): void {
    if (this.timings) {
      const { rss, heapUsed } = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
      return void this.stream.write(`${((performance.now() - this.started) / 1000).toFixed(2)} s  ${state}  [${mb(rss)} MB, heap ${mb(heapUsed)} MB]\n`);
    }
    this.state = state;
    this.draw();
  }

  /** Clears the line, before warnings or errors are printed. */
  clear(): void {
    if (this.stream.isTTY && this.state) this.stream.write("\r\u001b[2K");
    this.state = "";
  }

  /** Clears the line and stops redrawing it, before the build's report or an error. */
  done(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }
}
