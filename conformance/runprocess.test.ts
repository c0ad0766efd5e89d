// Unit tests for runprocess.ts, driving small node programs: stdout and stderr interleaved
// in one buffer, exit statuses and signals, the time limit (which also ends the program's
// children), the output limit, and the job pool.

import { test } from "node:test";
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { pool, ProcessSpec, runCombined } from "./runprocess.js";

function node(script: string, extra: Partial<ProcessSpec> = {}): ReturnType<typeof runCombined> {
  return runCombined({ command: process.execPath, args: ["-e", script], cwd: tmpdir(), env: process.env, timeoutMs: 10_000, ...extra });
}

test("stdout and stderr arrive in one buffer, in order", async () => {
  const o = await node(`
    const fs = require("node:fs");
    fs.writeSync(1, "out1\\n"); fs.writeSync(2, "err1\\n"); fs.writeSync(1, "out2\\n"); fs.writeSync(2, "err2\\n");
  `);
  assert.equal(o.output, "out1\nerr1\nout2\nerr2\n");
  assert.equal(o.exitCode, 0);
  assert.equal(o.timedOut, false);
});

test("bytes are kept as bytes", async () => {
  const o = await node(`process.stdout.write(Buffer.from([0xe9, 0xff, 0x0a]))`);
  assert.equal(o.output, "\xe9\xff\n");
});

test("exit status, signal, stdin is empty, working directory", async () => {
  assert.equal((await node("process.exit(3)")).exitCode, 3);
  const k = await node("process.kill(process.pid, 'SIGSEGV')");
  assert.equal(k.exitCode, null);
  assert.equal(k.signal, "SIGSEGV");
  const s = await node(`process.stdout.write(String(require("node:fs").readFileSync(0).length) + " " + process.cwd())`);
  assert.equal(s.output, `0 ${tmpdir()}`);
});

test("timeout kills the program and what it started", async () => {
  const t0 = Date.now();
  // The child spawns a grandchild that keeps the output pipe open; both must go.
  const o = await node(`
    require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "inherit" });
    console.log("started"); setInterval(() => {}, 1000);
  `, { timeoutMs: 500 });
  assert.equal(o.timedOut, true);
  assert.equal(o.output, "started\n");
  assert.ok(Date.now() - t0 < 5000);
});

test("output limit", async () => {
  const o = await node(`const b = Buffer.alloc(65536, 120); (function w() { process.stdout.write(b, w); })()`, { outputLimit: 1 << 20 });
  assert.equal(o.overflow, true);
  assert.notEqual(o.exitCode, 0);
});

test("a command that cannot be run", async () => {
  const o = await runCombined({ command: "/nonexistent/gots", args: [], cwd: tmpdir(), env: process.env, timeoutMs: 5000 });
  assert.equal(o.exitCode, 127);
  assert.match(o.output, /nonexistent\/gots/);
});

test("pool keeps item order and the job limit", async () => {
  let running = 0, most = 0;
  const seen: number[] = [];
  const out = await pool([30, 10, 20, 0, 5], 2, async (ms, i) => {
    most = Math.max(most, ++running);
    await new Promise((r) => setTimeout(r, ms));
    running--;
    return i * 10;
  }, (done) => seen.push(done));
  assert.deepEqual(out, [0, 10, 20, 30, 40]);
  assert.equal(most, 2);
  assert.deepEqual(seen, [1, 2, 3, 4, 5]);
  assert.deepEqual(await pool([], 4, async () => 1), []);
});
