/**
 * The build's progress on a terminal: one line, rewritten in place (part n of m,
 * pages written, search parts, elapsed). Not a terminal (a log, CI, a test), it
 * says nothing: the build's last line is its report.
 */
export class Progress {
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout | undefined;
  private state = "";

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    if (stream.isTTY) this.timer = setInterval(() => this.draw(), 1000).unref();
  }

  private draw(): void {
    if (!this.stream.isTTY || !this.state) return;
    const elapsed = ((performance.now() - this.started) / 1000).toFixed(0);
    this.stream.write(`\r\u001b[2K${this.state} · ${elapsed} s`);
  }

  /** What the build is doing now. */
  tell(state: string): void {
    this.state = state;
    this.draw();
  }

  /** Clears the line, before the build's report or an error. */
  done(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.stream.isTTY && this.state) this.stream.write("\r\u001b[2K");
    this.state = "";
  }
}
