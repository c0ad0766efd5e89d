// `gots run --faketime`: every testdata/faketime/X.go must print X.out, which real Go built
// with the playground's virtual clock printed (testdata/faketime/gen.sh), on every run. (The
// programs wait for timers an hour ahead: without the virtual clock they would not finish.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const dir = fileURLToPath(new URL("../../testdata/faketime/", import.meta.url));
const cli = fileURLToPath(new URL("./cli.js", import.meta.url));

for (const file of readdirSync(dir).filter((f) => f.endsWith(".go")).sort()) {
  test(`gots run --faketime ${file}`, () => {
    const r = spawnSync(process.execPath, [cli, "run", "--faketime", file], { cwd: dir, encoding: "latin1" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(dir + file.slice(0, -3) + ".out", "latin1"));
  });
}

// Goroutine dumps (deadlocks; crashes with GOTRACEBACK=all): for every testdata/dumps/X.go,
// the wait reasons, the frames of package main that gots shows for each goroutine (function,
// file name, line) and the go statement that created it are gc's, in X.stderr
// (testdata/dumps/gen.sh).
const dumps = fileURLToPath(new URL("../../testdata/dumps/", import.meta.url));

/**
 * Per goroutine header, its main-package frames and creator as "func file:line" (paths and
 * offsets dropped).
 */
function mainFrames(stderr: string): string[] {
  const out: string[] = [];
  const lines = stderr.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^goroutine \d+ \[/.test(l)) { out.push(l); continue; }
    // A goroutine the standard library started: its creator, without gc's path.
    if (/^created by [^m]/.test(l)) { out.push(l); continue; }
    const m = /^(main\.[^(]+)\(|^(created by main\.\S+ in goroutine \d+)$/.exec(l);
    const at = /^\t(?:.*\/)?([^/\s]+):(\d+)/.exec(lines[i + 1] ?? "");
    if (m !== null && at !== null) out.push(`${m[1] ?? m[2]} ${at[1]}:${at[2]}`);
  }
  return out;
}

for (const file of readdirSync(dumps).filter((f) => f.endsWith(".go")).sort()) {
  test(`goroutine dump of ${file}`, () => {
    const r = spawnSync(process.execPath, [cli, "run", file], { cwd: dumps, encoding: "latin1", env: { ...process.env, GOMAXPROCS: "1" } });
    assert.equal(r.status, 2, r.stderr);
    const want = mainFrames(readFileSync(dumps + file.slice(0, -3) + ".stderr", "latin1"));
    assert.ok(want.length > 0);
    assert.deepEqual(mainFrames(r.stderr), want);
  });
}

// Several Ps: every testdata/procs/X.go prints X.out (gc's) whatever GOMAXPROCS says.
const procs = fileURLToPath(new URL("../../testdata/procs/", import.meta.url));
for (const file of readdirSync(procs).filter((f) => f.endsWith(".go")).sort()) {
  for (const n of ["1", "2", "4", ""]) {
    test(`${file} with GOMAXPROCS=${n === "" ? "(unset)" : n}`, () => {
      const env: NodeJS.ProcessEnv = { ...process.env, GOMAXPROCS: n };
      if (n === "") delete env.GOMAXPROCS;
      const r = spawnSync(process.execPath, [cli, "run", file], { cwd: procs, encoding: "latin1", env });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, readFileSync(procs + file.slice(0, -3) + ".out", "latin1"));
    });
  }
}
