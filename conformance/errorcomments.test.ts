// Unit tests for errorcomments.ts: testdir's // ERROR rules, error_test.go's positional
// /* ERROR */ rules, and the Go-to-JS regexp translation.

import { test } from "node:test";
import assert from "node:assert/strict";
import { checkDeclared, checkTypes2Errors, commentMap, declaredErrors, errorCheck, goRegexp, matchPrefix, splitOutput, types2Expected, unquoteGo, wantedErrors } from "./errorcomments.js";

test("goRegexp", () => {
  assert.ok(goRegexp("(?i)SYNTAX error").test("syntax error: x"));
  assert.ok(goRegexp("(?s)a.b").test("a\nb"));
  assert.ok(!goRegexp("a.b").test("a\nb"));
  assert.ok(goRegexp("x\\z").test("x"));
  assert.ok(!goRegexp("x\\z").test("x\n"));
  assert.ok(goRegexp("\\Qa.b(\\E").test("a.b("));
  assert.ok(!goRegexp("\\Qa.b\\E").test("axb"));
  assert.ok(goRegexp("^[[:digit:]]+$").test("42"));
  assert.ok(goRegexp("^[x[:digit:]]+$").test("4x2"));
  assert.ok(!goRegexp("^[[:digit:]]+$").test("4a"));
  assert.ok(goRegexp("(?P<n>x)").test("x"));
});

test("wantedErrors: quoting, LINE and disabled lines", () => {
  const src = [
    "// errorcheck",
    "x := 1 // ERROR \"declared and not used\" \"second\"",
    "y // ERROR \"at LINE-1 and LINE+2\"",
    "z //// ERROR \"disabled\"",
    "w // GC_ERROR \"gc only\"",
    "v // ERRORAUTO \"auto\"",
  ].join("\n");
  const { wanted, problems } = wantedErrors(src, "t.go");
  assert.deepEqual(problems, []);
  assert.deepEqual(wanted.map((w) => [w.lineNum, w.reStr, w.auto]), [
    [2, "declared and not used", false],
    [2, "second", false],
    [3, "at t.go:2 and t.go:5", false],
    [5, "gc only", false],
    [6, "auto", true],
  ]);
  assert.match(wantedErrors("a // ERROR nope", "t.go").problems[0]!, /invalid errchk line/);
});

test("matchPrefix ignores directories and needs a separator", () => {
  assert.ok(matchPrefix("fixedbugs/t.go:12:3: x", "t.go:12"));
  assert.ok(matchPrefix("t.go:12: x", "t.go:12"));
  assert.ok(!matchPrefix("t.go:123: x", "t.go:12"));
  assert.ok(!matchPrefix("xt.go:12: x", "t.go:12"));
});

test("errorCheck: both directions", () => {
  const { wanted } = wantedErrors("a\nb // ERROR \"unexpected newline|expected\"\nc // ERROR \"never\"\n", "t.go");
  const out = ["dir/t.go:2:5: syntax error: unexpected newline", "dir/t.go:4:1: syntax error: stray"];
  const p = errorCheck(out, wanted, false);
  assert.equal(p.length, 2);
  assert.match(p[0]!, /t\.go:3: missing error "never"/);
  assert.match(p[1]!, /unmatched errors:\n\tdir\/t\.go:4:1/);
  assert.deepEqual(errorCheck(out.slice(0, 1), wanted.slice(0, 1), false), []);
  // The regexp sees the message only, not the file name.
  const w2 = wantedErrors("x // ERROR \"t.go\"\n", "t.go").wanted;
  assert.equal(errorCheck(["t.go:1:1: boom"], w2, false).length, 2);
});

test("declaredErrors: next-token positions", () => {
  const src = [
    "package p",                                  // 1
    "",                                           // 2
    "const _ /* ERROR unexpected := */ := 0",     // 3
    "var x = 1 /* ERROR at newline */",           // 4
    "func f() { // ERROR line only",              // 5
    "\tg( /* ERROR HERE right here */ )",         // 6
    "\tk /* ERROR skips invalid */ @ h",          // 7
    "}",                                          // 8
    "var s = `/* ERROR not a comment */`",        // 9
  ].join("\n");
  const d = declaredErrors(src);
  assert.deepEqual(Object.fromEntries(d), {
    "3:35": "unexpected :=",
    "4:33": "at newline",
    "5:0": "line only",
    "6:32": "right here",
    "7:32": "skips invalid",
  });
});

test("declaredErrors: semicolon at EOF and multi-line comments", () => {
  assert.deepEqual(Object.fromEntries(declaredErrors("package p; var x = y /* ERROR eof */")), { "1:37": "eof" });
  // After an identifier, a comment spanning lines acts as a newline at the comment's position.
  assert.deepEqual(Object.fromEntries(declaredErrors("package p\nvar x = y /* ERROR here\n */ var")), { "2:11": "here" });
});

test("checkDeclared: exact position, then line; each declaration used once", () => {
  const d = new Map([["3:5", "unexpected x"], ["4:0", "bad"], ["9:1", "never"]]);
  const p = checkDeclared(d, [
    { line: 3, col: 5, msg: "syntax error: unexpected x" },
    { line: 3, col: 5, msg: "syntax error: unexpected x" },
    { line: 4, col: 7, msg: "something bad" },
    { line: 6, col: 1, msg: "surprise" },
    { line: 7, col: 1, msg: "x" },
  ]);
  assert.deepEqual(p, [
    "3:5: unexpected error: syntax error: unexpected x",
    "6:1: unexpected error: surprise",
    "7:1: unexpected error: x",
    "9:1: missing error: never",
  ]);
  // A mismatch does not use the declaration up, so it is also reported missing (as in Go).
  assert.deepEqual(checkDeclared(new Map([["1:1", "a"]]), [{ line: 1, col: 1, msg: "b" }]),
    ['1:1: "b" does not match "a"', "1:1: missing error: a"]);
});

test("splitOutput joins continuation lines and drops headers", () => {
  assert.deepEqual(splitOutput("# p\nx.go:3: a\n\tx.go:1: other\n\n<autogenerated>:1: auto\ny.go:2: b\r\n", false),
    ["x.go:3: a\n\tx.go:1: other", "y.go:2: b"]);
  assert.deepEqual(splitOutput("<autogenerated>:1: auto\n", true), ["<autogenerated>:1: auto"]);
});

test("commentMap: comments at the preceding token, automatic semicolons skipped", () => {
  const src = [
    "/* ERROR \"at start\" */ package p",
    "var _ = x /* ERROR \"undefined\" */ + 1",
    "func f() {",
    "\treturn // ERROR \"line comment\"",
    "} /* ERRORx `two` */ /* ERROR \"three\" */",
    "/* not an error */",
  ].join("\n");
  const m = commentMap(src, /^ ERRORx? /);
  assert.deepEqual(Array.from(m.entries()), [
    [0, [{ line: 0, col: 0, text: ' ERROR "at start" ' }]],
    [2, [{ line: 2, col: 9, text: ' ERROR "undefined" ' }]],
    [4, [{ line: 4, col: 2, text: ' ERROR "line comment"' }]],
    [5, [{ line: 5, col: 1, text: " ERRORx `two` " }, { line: 5, col: 1, text: ' ERROR "three" ' }]],
  ]);
});

test("checkTypes2Errors: substring vs regexp, closest column, leftovers", () => {
  const src = "package p\nvar _ = a /* ERROR \"undefined: a\" */ + b /* ERRORx `undefined: [b]` */\nvar _ = c /* ERROR \"missing\" */\n";
  const exp = new Map([["t.go", types2Expected(src)]]);
  const problems = checkTypes2Errors(exp, [
    { file: "t.go", line: 2, col: 9, msg: "undefined: a" },
    { file: "t.go", line: 2, col: 47, msg: "undefined: b" },
    { file: "t.go", line: 2, col: 60, msg: "undefined: b" },
    { file: "t.go", line: 1, col: 1, msg: "stray" },
  ], 5);
  assert.deepEqual(problems, [
    "t.go:2:47: got col = 47; want 40",
    "t.go:2:60: no error expected: \"undefined: b\"",
    "t.go:1:1: no error expected: \"stray\"",
    "t.go:3:9: unreported error: ERROR \"missing\" ",
  ]);
  assert.equal(unquoteGo('"a\\tb\\x41\\u00e9"'), "a\tbA\xc3\xa9");
  assert.equal(unquoteGo("`a\\b`"), "a\\b");
  assert.equal(unquoteGo('"bad'), null);
});
