// The library API compiles and runs a program entirely in memory (as a browser would).
import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, run, memoryHost, MemoryHost } from "./api.js";

test("compile and run in memory", async () => {
  const src = "package main\n\nfunc main() {\n\tx := []int{1, 2, 3}\n\tx = append(x, 4)\n\tprintln(len(x), cap(x), 1<<62)\n}\n";
  const res = compile(memoryHost({ "/app/main.go": src }, "/app"), ["main.go"], { stdlibRoot: "/nostd" });
  assert.ok(res.ok, res.ok ? "" : res.errors);
  if (!res.ok) return;
  const h = new MemoryHost();
  assert.equal(await run(res, { host: h }), 0);
  assert.equal(h.err, "4 6 4611686018427387904\n");
});

test("compile errors are reported as gc reports them", () => {
  const res = compile(memoryHost({ "/app/main.go": "package main\n\nfunc main() { x := 1 }\n" }, "/app"), ["main.go"], { stdlibRoot: "/nostd" });
  assert.ok(!res.ok);
  if (res.ok) return;
  assert.match(res.errors, /main\.go:3:15: declared and not used: x/);
});

test("an unrecovered panic exits 2 with gc's report", async () => {
  const src = "package main\n\nfunc main() {\n\tvar a []int\n\ti := 5\n\t_ = a[i]\n}\n";
  const res = compile(memoryHost({ "/app/main.go": src }, "/app"), ["main.go"], { stdlibRoot: "/nostd" });
  assert.ok(res.ok);
  if (!res.ok) return;
  const h = new MemoryHost();
  assert.equal(await run(res, { host: h }), 2);
  assert.match(h.err, /^panic: runtime error: index out of range \[5\] with length 0\n\ngoroutine 1 \[running\]:\n/);
});

test("a main package without func main is the linker's error, not a crash", () => {
  const res = compile(memoryHost({ "/app/main.go": "package main\n\nfunc f() {}\n" }, "/app"), ["main.go"], { stdlibRoot: "/nostd" });
  assert.equal(res.ok, false);
  if (!res.ok) assert.equal(res.errors, "# command-line-arguments\nruntime.main_main\u00c2\u00b7f: function main is undeclared in the main package\n");
});
