// Conversions through unsafe.Pointer that gots cannot represent are compile errors at the
// conversion, in gc's "file:line:col: message" form, instead of code that fails when run.
// What gots supports is tested against gc by testdata/run/unsafe_*.go.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, memoryHost } from "../api.js";

function errorsOf(body: string, decls = ""): string {
  const src = `package main\n\nimport "unsafe"\n\n${decls}\nfunc main() {\n${body}\n}\n`;
  const res = compile(memoryHost({ "/app/main.go": src }, "/app"), ["main.go"], { stdlibRoot: "/nostd" });
  return res.ok ? "" : res.errors;
}

test("uintptr arithmetic turned into a pointer is rejected, unless it is unsafe.Add's pattern", () => {
  const e = errorsOf("\tvar x [2]int64\n\tu := uintptr(unsafe.Pointer(&x[0]))\n\tp := unsafe.Pointer(u + 8)\n\t_ = p");
  assert.match(e, /^# command-line-arguments\n\.\/main\.go:9:22: gots: converting the result of uintptr arithmetic to unsafe\.Pointer: gots pointers are references, not addresses/);
  assert.equal(errorsOf("\tvar x [2]int64\n\tp := unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) + 8)\n\t_ = p"), "");
  assert.equal(errorsOf("\tp := unsafe.Pointer(^uintptr(0))\n\t_ = p"), "");
});

test("pointer types gots represents differently are rejected", () => {
  const e = errorsOf("\ts := \"text\"\n\tp := *(*uintptr)(unsafe.Pointer(&s))\n\t_ = p");
  assert.match(e, /\.\/main\.go:8:19: gots: converting \*string to \*uintptr through unsafe\.Pointer: gots represents the two types differently/);
  assert.equal(errorsOf("\tf := 1.5\n\tb := *(*uint64)(unsafe.Pointer(&f))\n\t_ = b"), "");
  assert.equal(errorsOf("\tb := []byte(\"x\")\n\ts := *(*string)(unsafe.Pointer(&b))\n\t_ = s"), "");
});

test("a constant unsafe.Add between elements is rejected", () => {
  const e = errorsOf("\tvar x [4]int32\n\tp := unsafe.Add(unsafe.Pointer(&x[0]), 2)\n\t_ = p");
  assert.match(e, /\.\/main\.go:8:7: gots: unsafe\.Add\(p, 2\) with p a pointer to int32: gots moves pointers by whole elements only \(4 bytes here\)/);
  assert.equal(errorsOf("\tvar x [4]int32\n\tp := unsafe.Add(unsafe.Pointer(&x[0]), 8)\n\t_ = p"), "");
});
