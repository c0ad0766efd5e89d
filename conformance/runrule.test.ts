// Unit tests for runrule.ts: recipe → gots run command line, the harness's pass rule for a
// finished program, failure reasons, and the categories --update-known files failures under.

import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultBuildContext, Recipe, selectTest } from "./recipe.js";
import {
  categorize, codeWords, DEFAULT_TIMEOUT_SECONDS, DEFER_REASON, firstDifference, GOROUTINE_REASON,
  invocation, judgeRun, Outcome, parseTestList,
} from "./runrule.js";

function recipe(header: string): Recipe {
  const s = selectTest(`${header}\n\npackage main\n\nfunc main() {}\n`, defaultBuildContext());
  assert.equal(s.status, "test", JSON.stringify(s));
  return (s as Extract<typeof s, { status: "test" }>).recipe;
}

test("plain run: the file relative to the test directory, GOMAXPROCS=1, default timeout", () => {
  const inv = invocation("fixedbugs/bug000.go", recipe("// run"), {});
  assert.deepEqual(inv.argv, ["run", "fixedbugs/bug000.go"]);
  assert.deepEqual(inv.env, { GOMAXPROCS: "1", GOENV: "off", GOFLAGS: "" });
  assert.equal(inv.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS);
  assert.deepEqual(inv.dropped, []);
});

test("recipe args follow the file: program arguments and extra source files", () => {
  assert.deepEqual(invocation("args.go", recipe("// run arg1 arg2"), {}).argv, ["run", "args.go", "arg1", "arg2"]);
  assert.deepEqual(invocation("cmplxdivide.go", recipe("// run cmplxdivide1.go"), {}).argv, ["run", "cmplxdivide.go", "cmplxdivide1.go"]);
});

test("tool flags are not passed; -goexperiment and -godebug become the environment", () => {
  const inv = invocation("x.go", recipe("// run -race -gcflags='all=-N -l' -goexperiment fieldtrack -godebug a=1 -godebug b=2"), {});
  assert.deepEqual(inv.argv, ["run", "x.go"]);
  assert.deepEqual(inv.dropped, ["-race", "-gcflags=all=-N -l"]);
  assert.equal(inv.env.GOEXPERIMENT, "fieldtrack");
  assert.equal(inv.env.GODEBUG, "a=1,b=2");
  // Appended to the inherited values, as the harness does with its own settings.
  const inh = invocation("x.go", recipe("// run -goexperiment rangefunc"), { GOEXPERIMENT: "aliastypeparams", GODEBUG: "x=1" });
  assert.equal(inh.env.GOEXPERIMENT, "aliastypeparams,rangefunc");
  assert.equal(inh.env.GODEBUG, undefined, "GODEBUG is inherited as is when the recipe does not set it");
});

test("-t is scaled by GO_TEST_TIMEOUT_SCALE", () => {
  assert.equal(invocation("x.go", recipe("// run -t 30"), {}).timeoutSeconds, 30);
  assert.equal(invocation("x.go", recipe("// run -t 30"), { GO_TEST_TIMEOUT_SCALE: "3" }).timeoutSeconds, 90);
  assert.equal(invocation("x.go", recipe("// run"), { GO_TEST_TIMEOUT_SCALE: "3" }).timeoutSeconds, DEFAULT_TIMEOUT_SECONDS);
});

function outcome(o: Partial<Outcome>): Outcome {
  return { output: "", exitCode: 0, signal: null, timedOut: false, overflow: false, spawnError: null, ...o };
}

test("pass rule: exit 0 and output equal to X.out, or empty without one", () => {
  assert.deepEqual(judgeRun(outcome({}), null, "x.out", 10), { pass: true });
  assert.deepEqual(judgeRun(outcome({ output: "a\nb\n" }), "a\nb\n", "x.out", 10), { pass: true });
  assert.deepEqual(judgeRun(outcome({ output: "a\r\nb\r\n" }), "a\nb\n", "x.out", 10), { pass: true }, "CRLF normalised");
  // An empty .out file and a missing one mean the same.
  assert.deepEqual(judgeRun(outcome({}), "", "x.out", 10), { pass: true });
  const extra = judgeRun(outcome({ output: "BUG\n" }), null, "x.out", 10);
  assert.equal(extra.pass, false);
  assert.equal(!extra.pass && extra.reason, 'output should be empty (no x.out): line 1: want (end), got "BUG"');
  // Byte-exact: a missing final newline fails.
  const nl = judgeRun(outcome({ output: "a" }), "a\n", "x.out", 10);
  assert.equal(!nl.pass && nl.reason, "output differs from x.out: line 1: want newline at end, got no newline at end");
  // Bytes, not characters: é in UTF-8 vs Latin-1.
  assert.equal(judgeRun(outcome({ output: "\xc3\xa9\n" }), "\xe9\n", "x.out", 10).pass, false);
});

test("a non-zero exit fails whatever the output", () => {
  const v = judgeRun(outcome({ output: "want\npanic: boom\n", exitCode: 2 }), "want\npanic: boom\n", "x.out", 10);
  assert.equal(!v.pass && v.reason, "exit status 2: want");
  const none = judgeRun(outcome({ exitCode: 1 }), null, "x.out", 10);
  assert.equal(!none.pass && none.reason, "exit status 1, no output");
  const sig = judgeRun(outcome({ output: "\n  fatal error: x\n", exitCode: null, signal: "SIGSEGV" }), null, "x.out", 10);
  assert.equal(!sig.pass && sig.reason, "killed by SIGSEGV: fatal error: x");
  const long = judgeRun(outcome({ output: "x".repeat(500), exitCode: 2 }), null, "x.out", 10);
  assert.ok(!long.pass && long.reason.length <= 120 && long.reason.endsWith("..."));
});

test("timeouts, runaway output and spawn errors", () => {
  const t = judgeRun(outcome({ timedOut: true, exitCode: null, signal: "SIGKILL", output: "tick\n" }), null, "x.out", 10);
  assert.equal(!t.pass && t.reason, "timeout");
  assert.deepEqual(!t.pass && t.detail, ["still running after 10 s, killed", "output:", "| tick"]);
  const o = judgeRun(outcome({ overflow: true, exitCode: null, signal: "SIGKILL" }), null, "x.out", 10);
  assert.equal(!o.pass && o.reason, "output too large");
  const s = judgeRun(outcome({ spawnError: "ENOENT", exitCode: null }), null, "x.out", 10);
  assert.equal(!s.pass && s.reason, "cannot run gots: ENOENT");
});

test("firstDifference", () => {
  assert.deepEqual(firstDifference("a\nb\nc\n", "a\nx\nc\n"), { line: 2, want: '"b"', got: '"x"' });
  assert.deepEqual(firstDifference("a\nb\n", "a\n"), { line: 2, want: '"b"', got: "(end)" });
  assert.deepEqual(firstDifference("a\n", "a\nmore\n"), { line: 2, want: "(end)", got: '"more"' });
  assert.deepEqual(firstDifference("", "x"), { line: 1, want: "(end)", got: '"x"' });
  assert.equal(firstDifference("\xe2\x82\xac\n", "E\n").want, '"€"', "bytes are shown decoded as UTF-8");
});

test("codeWords blanks comments and literals", () => {
  assert.equal(codeWords('x := "go chan" // defer\ny := `\nselect` + \'"\' /* recover() */ + z'),
    "x :=    \ny := \n  +     + z");
  assert.equal(codeWords('s := "a\\"go"; t'), "s :=  ; t");
});

test("categorize", () => {
  const prog = (body: string) => `// run\n\npackage main\n\n// go chan defer recover() in a comment\nfunc main() {\n${body}\n}\n`;
  const bug = { category: "bug", reason: "exit status 2: boom" };
  assert.deepEqual(categorize(prog('println("go", "select", "defer")'), "exit status 2: boom"), bug);
  assert.deepEqual(categorize(prog("go f()"), "r"), { category: "unsupported", reason: GOROUTINE_REASON });
  assert.deepEqual(categorize(prog("var c chan int; _ = c"), "r").reason, GOROUTINE_REASON);
  assert.deepEqual(categorize(prog("x := <-c"), "r").reason, GOROUTINE_REASON);
  assert.deepEqual(categorize(prog("select {}"), "r").reason, GOROUTINE_REASON);
  assert.deepEqual(categorize(prog("var mu sync.Mutex"), "r").reason, GOROUTINE_REASON);
  assert.deepEqual(categorize(prog("defer f()\n go g()"), "r").reason, GOROUTINE_REASON, "concurrency wins");
  assert.deepEqual(categorize(prog("defer f()"), "r"), { category: "unsupported", reason: DEFER_REASON });
  assert.deepEqual(categorize(prog("_ = recover()"), "r").reason, DEFER_REASON);
  // Identifiers that merely contain the words, and selectors, do not count.
  assert.deepEqual(categorize(prog("gopher, channel, selected, x.recover(), t.sync.x := 1, 2, 3, 4, 5"), "r").category, "bug");
  assert.equal(categorize(prog(""), "y".repeat(300)).reason.length, 120);
});

test("parseTestList skips comments and blank lines", () => {
  assert.deepEqual(parseTestList("# header\n# more\n235.go\n\n  fixedbugs/bug000.go  \r\n"), ["235.go", "fixedbugs/bug000.go"]);
});
