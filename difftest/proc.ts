// Runs a child process with a timeout and bounded output capture (shared by difftest and bench).
//
// Children start in their own process group so that a timeout kills the whole tree (`go build`
// runs the compiler and linker as grandchildren), and so an interrupted runner can clean up the
// processes it started, each by its own group id.

import { spawn } from "node:child_process";

export interface ProcResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status, or null when the process died of a signal. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Output beyond maxOutput bytes was dropped. */
  truncated: boolean;
  /** Wall-clock time from spawn to exit, in milliseconds. */
  ms: number;
  /** Set when the process could not be started at all. */
  spawnError?: string;
}

export interface ProcOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Per stream; a runaway program must not exhaust the runner's memory. */
  maxOutput?: number;
}

const live = new Set<number>();
let handlersInstalled = false;

function killGroup(pid: number): void {
  try { process.kill(-pid, "SIGKILL"); } catch { /* already gone */ }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      for (const pid of live) killGroup(pid);
      process.exit(130);
    });
  }
}

export function runProcess(cmd: string, args: string[], opts: ProcOptions): Promise<ProcResult> {
  installHandlers();
  const max = opts.maxOutput ?? 16 << 20;
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const out: Buffer[] = [], err: Buffer[] = [];
    let outLen = 0, errLen = 0, truncated = false, timedOut = false, done = false;
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) live.add(pid);
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
    }, opts.timeoutMs);
    const take = (chunks: Buffer[], len: number, b: Buffer): number => {
      if (len >= max) { truncated = true; return len; }
      if (len + b.length > max) { truncated = true; b = b.subarray(0, max - len); }
      chunks.push(b);
      return len + b.length;
    };
    child.stdout!.on("data", (b: Buffer) => { outLen = take(out, outLen, b); });
    child.stderr!.on("data", (b: Buffer) => { errLen = take(err, errLen, b); });
    const finish = (code: number | null, signal: string | null, spawnError?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (pid !== undefined) live.delete(pid);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({
        stdout: Buffer.concat(out), stderr: Buffer.concat(err), exitCode: code, signal,
        timedOut, truncated, ms, ...(spawnError !== undefined ? { spawnError } : {}),
      });
    };
    child.on("error", (e) => finish(null, null, e.message));
    // "close" (not "exit") so that all output has been read.
    child.on("close", (code, signal) => finish(code, signal));
  });
}

/** One-line description of how a process ended, for reports. */
export function describeExit(r: ProcResult): string {
  if (r.spawnError !== undefined) return `could not start: ${r.spawnError}`;
  if (r.timedOut) return `timed out after ${Math.round(r.ms)} ms`;
  if (r.signal) return `killed by ${r.signal}`;
  return `exit status ${r.exitCode}`;
}
