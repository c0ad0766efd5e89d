// Running one program the way the test harness does: stdout and stderr into one buffer in
// arrival order, stdin empty, a time limit, then the exit status. Also a small pool that
// runs such jobs a few at a time.
//
// Node cannot hand one pipe to both of a child's output descriptors, so the command runs
// under `sh -c 'exec "$@" 2>&1'`: the shell points stderr at the stdout pipe and then
// becomes the program. The child leads its own process group, so a timeout kills whatever
// it started as well.

import { spawn } from "node:child_process";
import { Outcome } from "./runrule.js";

/** Output beyond this stops the program: a runaway print loop must not exhaust memory. */
export const OUTPUT_LIMIT = 16 << 20;

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  outputLimit?: number;
}

export function runCombined(spec: ProcessSpec): Promise<Outcome> {
  const limit = spec.outputLimit ?? OUTPUT_LIMIT;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0, timedOut = false, overflow = false, spawnError: string | null = null;
    const shellErr: Buffer[] = [];
    const child = spawn("/bin/sh", ["-c", 'exec "$@" 2>&1', "sh", spec.command, ...spec.args], {
      cwd: spec.cwd, env: spec.env, stdio: ["ignore", "pipe", "pipe"], detached: true,
    });
    let exited = false, drained = false;
    // After the program exits its process group id may be reused, unless a descendant still
    // holds the output pipe open (then the group still exists): only then is killing safe.
    const killGroup = (): void => {
      if (exited && drained) return;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => { timedOut = true; killGroup(); }, spec.timeoutMs);
    child.stdout.on("data", (b: Buffer) => {
      if (overflow) return;
      size += b.length;
      chunks.push(b);
      if (size > limit) { overflow = true; killGroup(); }
    });
    // Nothing should arrive here: the shell's own complaints (command not found, status 127)
    // come after the redirection, on the output pipe, like the program's.
    child.stderr.on("data", (b: Buffer) => { shellErr.push(b); });
    child.stdout.on("close", () => { drained = true; });
    child.on("exit", () => { exited = true; });
    child.on("error", (e) => { spawnError = e.message; });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const output = Buffer.concat([...chunks, ...shellErr]).toString("latin1");
      resolve({ output, exitCode: code, signal, timedOut, overflow, spawnError });
    });
  });
}

/** Runs fn over items with at most jobs in flight; results in item order. */
export async function pool<T, R>(items: readonly T[], jobs: number, fn: (item: T, index: number) => Promise<R>, onDone?: (done: number, total: number) => void): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0, done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
      onDone?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return out;
}
