// Suite "syntax-testdata": the files of $GOROOT/src/cmd/compile/internal/syntax/testdata,
// checked the way syntax/error_test.go checks gc's parser: the errors gots reports must be
// exactly the ones declared by ERROR comments in the file (see errorcomments.ts), matched by
// position and regexp.
//
// error_test.go parses with branch checks and no directive handler, and sees every error the
// parser reports, so gots parses these files unfiltered (parseSourceRaw).

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkDeclared, declaredErrors } from "../errorcomments.js";
import { gotsParse } from "../gots.js";
import { byteOrder } from "../oracle.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";

const NAME = "syntax-testdata";

export const syntaxTestdataSuite: Suite = {
  name: NAME,
  description: "cmd/compile/internal/syntax/testdata: errors match the files' ERROR comments",
  run,
};

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const dir = join(ctx.env.goroot, "src", "cmd", "compile", "internal", "syntax", "testdata");
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { results: [], notes: [`no ${dir}`] };
  }
  const results: TestResult[] = [];
  for (const n of names.sort(byteOrder)) {
    if (n.startsWith(".") || !n.endsWith(".go") || !statSync(join(dir, n)).isFile()) continue;
    const name = `${NAME}/${n}`;
    if (!ctx.selected(name)) continue;
    const bytes = readFileSync(join(dir, n));
    // error_test.go names files testdata/NAME; messages that mention positions use it.
    const parsed = gotsParse(`testdata/${n}`, bytes, true);
    if (!parsed.ok) {
      results.push({ name, status: "fail", reason: `gots crashed: ${parsed.crash}` });
      continue;
    }
    const declared = declaredErrors(bytes.toString("latin1"));
    const problems = checkDeclared(declared, parsed.diagnostics.map((d) => ({ line: d.line, col: d.col, msg: d.message })));
    results.push(problems.length === 0
      ? { name, status: "pass" }
      : { name, status: "fail", reason: `${problems.length} mismatches with ERROR comments (${declared.size} declared)`, detail: problems });
  }
  return { results, notes: [] };
}
