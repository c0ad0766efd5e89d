// Unit tests for go.mod reading and module lookup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findModule, langVersion, parseGoMod } from "./gomod.js";
import { memoryHost } from "./host.js";

test("module and go directives", () => {
  const m = parseGoMod('// comment\nmodule "example.com/m" // trailing\n\ngo 1.21.3\n\nrequire (\n\tx.org/y v1.0.0 // indirect\n)\nreplace x.org/y => ../y\ntoolchain go1.23.1\n');
  assert.deepEqual(m, { path: "example.com/m", go: "1.21.3", errors: [] });
  assert.equal(parseGoMod("module m\n").go, "");
  assert.deepEqual(parseGoMod("module (\n\tm/x\n)\n").path, "m/x");
  assert.match(parseGoMod("go 1.21\n").errors[0]!, /no module declaration/);
  assert.match(parseGoMod("module m\ngo banana\n").errors[0]!, /go.mod:2: invalid go version 'banana'/);
});

test("language versions", () => {
  assert.equal(langVersion("1.21.3"), "go1.21");
  assert.equal(langVersion("1.23"), "go1.23");
  assert.equal(langVersion("1.22rc1"), "go1.22");
});

test("finding the module root", () => {
  const host = memoryHost({
    "/w/m/go.mod": "module example.com/m\n",
    "/w/m/a/b/x.go": "package b\n",
    "/w/m/n/go.mod": "module example.com/n\ngo 1.22\n",
    "/w/m/n/y.go": "package n\n",
    "/w/other/z.go": "package z\n",
  });
  const cache = new Map();
  const m = findModule(host, "/w/m/a/b", cache)!;
  assert.equal(m.path, "example.com/m");
  assert.equal(m.root, "/w/m");
  assert.equal(m.goVersion, "go1.16", "no go directive: go1.16, as the go command assumes");
  assert.equal(findModule(host, "/w/m/n", cache)!.goVersion, "go1.22");
  assert.equal(findModule(host, "/w/other", cache), null);
  assert.equal(cache.get("/w/m/a"), m);
});
