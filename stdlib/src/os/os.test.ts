// Package os on the in-memory host and on standard input: the files test program runs
// against MemoryHost's file system and must print what real Go printed on a real disk, and
// reading os.Stdin sees the host's standard input (MemoryHost's string, Node's fd 0).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, run, MemoryHost } from "../../../src/api.js";
import { nodeLoaderHost } from "../../../src/nodehost.js";

// dist/stdlib/src/os → repository root.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const stdlibRoot = join(root, "stdlib");
const cli = join(root, "dist", "src", "cli.js");

function build(file: string) {
  const res = compile(nodeLoaderHost(dirname(file)), [file], { stdlibRoot });
  assert.ok(res.ok, res.ok ? "" : res.errors);
  return res;
}

const stdinProg = `package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	b := make([]byte, 4)
	k, err := os.Stdin.Read(b)
	fmt.Println(k, err == io.EOF)
}
`;
const stdinOut = '1: "first line"\n2: "h\xc3\xa9"\n3: "last"\n<nil>\n0 true\n';

test("files.go on MemoryHost's in-memory file system prints what Go printed", async () => {
  const file = join(stdlibRoot, "testdata", "os", "files.go");
  const res = build(file);
  if (!res.ok) return;
  const h = new MemoryHost();
  assert.equal(await run(res, { host: h }), 0, h.err);
  assert.equal(h.out, readFileSync(file.slice(0, -3) + ".out", "latin1"));
});

test("os.Stdin reads MemoryHost's standard input", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gots-stdin-"));
  try {
    const file = join(dir, "main.go");
    writeFileSync(file, stdinProg);
    const res = build(file);
    if (!res.ok) return;
    const h = new MemoryHost();
    h.stdin = "first line\nh\xc3\xa9\nlast";
    assert.equal(await run(res, { host: h }), 0, h.err);
    assert.equal(h.out, stdinOut);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("os.Stdin reads the process's standard input under gots run", () => {
  const dir = mkdtempSync(join(tmpdir(), "gots-stdin-"));
  try {
    const file = join(dir, "main.go");
    writeFileSync(file, stdinProg);
    const r = spawnSync(process.execPath, [cli, "run", file], { input: Buffer.from("first line\nh\xc3\xa9\nlast", "latin1"), encoding: "latin1" });
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, stdinOut);
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
