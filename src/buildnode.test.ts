// `gots build`: the output file (runtime bundle + program) runs under node by itself, as a
// CommonJS script and as an ES module, and prints what the program prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const cli = fileURLToPath(new URL("./cli.js", import.meta.url));

const program = `package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(strings.ToUpper("built"), r.IntN(1000), len(os.Args))
	time.Sleep(time.Millisecond)
	defer fmt.Println("deferred")
	if len(os.Args) > 1 {
		os.Exit(3)
	}
}
`;

/** Builds source as main.go into prog.js in a fresh directory, runs check there, removes it. */
function withBuilt(source: string, check: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "gots-build-"));
  try {
    writeFileSync(join(dir, "main.go"), source);
    const b = spawnSync(process.execPath, [cli, "build", "-o", "prog.js", "main.go"], { cwd: dir, encoding: "utf8" });
    assert.equal(b.status, 0, b.stderr);
    check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a built program runs with node alone", () => {
  withBuilt(program, (dir) => {
    const r = spawnSync(process.execPath, ["prog.js"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.stderr, "");
    assert.equal(r.status, 0);
    const want = spawnSync(process.execPath, [cli, "run", "main.go"], { cwd: dir, encoding: "utf8" }).stdout;
    assert.equal(r.stdout, want);
    assert.match(r.stdout, /^BUILT \d+ 1\ndeferred\n$/);
    // As an ES module, with an argument: os.Exit's status, deferred calls skipped.
    copyFileSync(join(dir, "prog.js"), join(dir, "prog.mjs"));
    const m = spawnSync(process.execPath, ["prog.mjs", "x"], { cwd: dir, encoding: "utf8" });
    assert.equal(m.status, 3, m.stderr);
    assert.match(m.stdout, /^BUILT \d+ 2\n$/);
  });
});

const panicking = `package main

func f(x []int) int {
	return x[5]
}

func main() {
	done := make(chan int)
	go func() {
		f(nil)
		done <- 1
	}()
	<-done
}
`;

test("a built program's panic report gives Go files and lines, as gots run's does", () => {
  withBuilt(panicking, (dir) => {
    const r = spawnSync(process.execPath, ["prog.js"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 2);
    const main = join(dir, "main.go");
    assert.equal(r.stderr, "panic: runtime error: index out of range [5] with length 0\n\n" +
      `goroutine 5 [running]:\nmain.f(...)\n\t${main}:4\nmain.main.func1(...)\n\t${main}:10\n` +
      `created by main.main in goroutine 1\n\t${main}:9\n`);
    const run = spawnSync(process.execPath, [cli, "run", "main.go"], { cwd: dir, encoding: "utf8" });
    assert.equal(run.stderr, r.stderr);
  });
});
