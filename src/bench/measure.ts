/**
 * Running a command as a measured process group: wall time, the peak resident
 * memory of the whole tree (tsx → node → …) and its CPU time, sampled
 * from /proc. Each child leads its own process group, so every descendant that
 * does not detach itself is counted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

const SAMPLE_MS = 50;
/** /proc counts CPU time in USER_HZ ticks, 100 a second on every Linux architecture Node runs on. */
const MS_PER_TICK = 10;

/** Resident kB of one process: now, and its own high-water mark. */
function memoryOf(pid: string): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null; // it exited between listing and reading
  }
}

/** The processes whose process group is `group`, with the CPU ticks each has used so far. */
function groupMembers(group: number): { pid: string; ticks: number }[] {
  const members: { pid: string; ticks: number }[] = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // pgrp, utime and stime are the 5th, 14th and 15th fields; the 2nd (comm) may hold
      // spaces, so count from its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) members.push({ pid, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone already
    }
  }
  return members;
}

/**
 * Tracks the peak memory and the CPU time of a process group while it runs. CPU time is
 * each process's own as last sampled, so up to one sample's worth of each is missed.
 */
export class GroupUsage {
  private peakSumKb = 0;
  private peakOneKb = 0;
  private readonly ticks = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly group: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  private sample(): void {
    let sum = 0;
    for (const { pid, ticks } of groupMembers(this.group)) {
      this.ticks.set(pid, ticks);
      const m = memoryOf(pid);
      if (!m) continue;
      sum += m.rss;
      this.peakOneKb = Math.max(this.peakOneKb, m.hwm);
    }
    this.peakSumKb = Math.max(this.peakSumKb, sum);
  }

  /** Peak in MB (the larger of the sampled tree total and any one process's own high-water mark) and CPU time. */
  stop(): { peakMB: number; cpuMs: number } {
    clearInterval(this.timer);
    const ticks = [...this.ticks.values()].reduce((a, b) => a + b, 0);
    return { peakMB: Math.max(this.peakSumKb, this.peakOneKb) / 1024, cpuMs: ticks * MS_PER_TICK };
  }
}

export interface Measured {
  ms: number;
  peakMB: number;
  cpuMs: number;
  code: number | null;
  output: string;
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** A port nobody listens on now, for a server to start on. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Starts `command` in a shell as the leader of a new process group, collecting its output. */
export function startGroup(command: string, options: CommandOptions): { child: ChildProcess; output: () => string } {
  const child = spawn("sh", ["-c", command], { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: string[] = [];
  child.stdout!.on("data", (d: Buffer) => chunks.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => chunks.push(d.toString()));
  return { child, output: () => chunks.join("") };
}

/** Ends a process group we started (and only that group). */
export function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

/** Runs `command` to completion, measuring wall time, peak memory and CPU time of its process tree. */
export function measure(command: string, options: CommandOptions): Promise<Measured> {
  const started = performance.now();
  const { child, output } = startGroup(command, options);
  const usage = new GroupUsage(child.pid!);
  return new Promise((resolve) => {
    // "close", not "exit": the output is complete only when every descendant has let go of it.
    child.once("close", (code) => {
      const ms = performance.now() - started;
      resolve({ ms, ...usage.stop(), code, output: output() });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
