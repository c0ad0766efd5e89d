// Unit tests for classify.ts, with messages taken from gc's output on $GOROOT/test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyMessage, frontendLines, messageOf, splitGcOutput } from "./classify.js";

test("front-end messages", () => {
  for (const m of [
    "syntax error: unexpected newline, expected { after if clause",
    "syntax error: package statement must be first",
    "invalid NUL character",
    "invalid UTF-8 encoding",
    "invalid BOM in the middle of the file",
    "invalid character U+0040 '@'",
    "invalid character U+229B '⊛' in identifier",
    "identifier cannot begin with digit U+0661 '١'",
    "invalid radix point in binary literal",
    "hexadecimal literal has no digits",
    "'p' exponent requires hexadecimal mantissa",
    "exponent has no digits",
    "hexadecimal mantissa requires a 'p' exponent",
    "invalid digit '8' in octal literal",
    "'_' must separate successive digits",
    "empty rune literal or unescaped '",
    "more than one character in rune literal",
    "newline in string",
    "string not terminated",
    "comment not terminated",
    "unknown escape",
    "invalid character '\\'' in octal escape",
    "octal escape value 256 > 255",
    "escape is invalid Unicode code point U+D800",
    "invalid line number: 0",
    "method has multiple receivers",
    "expression in defer must not be parenthesized",
    "middle index required in 3-index slice",
    "empty type parameter list",
    "goto L jumps into block starting at x.go:12:2",
    "goto L jumps over declaration of x at x.go:10:2",
    "label L defined and not used",
    "label L already defined at x.go:3:1",
    "break is not in a loop, switch, or select",
    "continue is not in a loop",
    "cannot fallthrough final case in switch",
    "invalid break label L1",
    "continue label not defined: L2",
    "misplaced compiler directive",
    "usage: //go:cgo_ldflag \"arg\"",
    "usage: //go:linkname localname [linkname]",
  ]) {
    assert.equal(classifyMessage(m), "frontend", m);
  }
});

test("policy and later messages", () => {
  assert.equal(classifyMessage("//go:nowritebarrier only allowed in runtime"), "policy");
  assert.equal(classifyMessage("//go:cgo_import_static x only allowed in cgo-generated code"), "policy");
  assert.equal(classifyMessage("//go:foo is not allowed in the standard library"), "policy");
  for (const m of [
    "undefined: x",
    "invalid operation: x + y (mismatched types int and string)",
    "label L declared and not used",
    "could not import fmt (file not found)",
    "missing function body",
    "go:embed only allowed in Go files that import \"embed\"",
    "invalid recursive type T",
    "func init must have no type parameters",
  ]) {
    assert.equal(classifyMessage(m), "later", m);
  }
});

test("splitting gc output", () => {
  const out = "a.go:1:2: x\n\tcontinued\n# p\n\na.go:3: y\r\ngo tool compile: exit\n";
  assert.deepEqual(splitGcOutput(out), ["a.go:1:2: x\n\tcontinued", "a.go:3: y"]);
  assert.equal(messageOf("a.go:1:2: syntax error: x:3: y"), "syntax error: x:3: y");
  assert.equal(messageOf("a.go:7: label L defined and not used"), "label L defined and not used");
  assert.equal(messageOf("panic: boom"), "panic: boom");
  assert.deepEqual(
    frontendLines("x.go:3:2: could not import fmt (file not found)\nx.go:9:1: label L defined and not used\nx.go:10:1: //go:systemstack only allowed in runtime\n"),
    ["x.go:9:1: label L defined and not used"],
  );
});
