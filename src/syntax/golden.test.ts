// Golden tests for syntax errors: each testdata/syntax/X.go is parsed and its diagnostics,
// formatted as gc prints them, must equal X.out. The .out files were checked against
// `go tool compile` (its syntax-level lines) when written; `npm test -- --update` rewrites them.
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource, formatDiagnostic } from "../driver.js";
import { expectGolden } from "../testutil/golden.js";

const dir = "testdata/syntax";

for (const name of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`syntax golden ${name}`, () => {
    const r = parseSource(name, readFileSync(join(dir, name)));
    const out = r.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
    expectGolden(join(dir, name.replace(/\.go$/, ".out")), out);
  });
}
