// Suite "types2-testdata": $GOROOT/src/internal/types/testdata/{check,spec,examples,fixedbugs},
// checked as types2's check_test.go checks gc's type checker. Each .go file is a package (a
// directory is one package of all its files), named by its package clause; the files are
// parsed without branch checks (the checker reports those) and every error is kept as
// reported. ERROR comments (errorcomments.ts) must match the errors by line, message and
// column (within the directory's tolerance), both ways.
//
// A first line `// -lang=go1.17 -gotypesalias=1 -goexperiment=X -fakeImportC` sets the
// checker's configuration. Without -gotypesalias the package is checked twice, with alias
// types enabled and disabled, as check_test.go does; both must pass. types2's test builtins
// (assert, trace) are declared, as TestCheck does before the other tests run.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseSourceRaw } from "../../src/driver.js";
import { checkTypes2Errors, PositionedComment, types2Expected } from "../errorcomments.js";
import { byteOrder } from "../oracle.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";
import { tallyNotes, typeSession, TypeSession } from "../typecheck.js";
import { byteStringToUtf8 } from "../gots.js";

const NAME = "types2-testdata";

export const types2TestdataSuite: Suite = {
  name: NAME,
  description: "internal/types/testdata: gots' type errors match the ERROR comments",

  run,
};

/** The directories and check_test.go's column tolerance for each. */
const DIRS: readonly [string, number][] = [["check", 50], ["spec", 20], ["examples", 125], ["fixedbugs", 100]];

export interface Types2Flags {
  lang: string;
  goexperiment: string;
  fakeImportC: boolean;
  /** "" when not given. */
  gotypesalias: string;
}

/**
 * parseFlags: a first line "//" followed (after spaces) by "-" holds flags, parsed like Go's
 * flag package (-name=value, -name value, -bool). Throws on unknown flags and long lines.
 */
export function parseTypes2Flags(src: string): Types2Flags {
  const f: Types2Flags = { lang: "", goexperiment: "", fakeImportC: false, gotypesalias: "" };
  if (!src.startsWith("//")) return f;
  const rest = src.slice(2);
  const dash = rest.indexOf("-");
  if (dash < 0 || rest.slice(0, dash).trim() !== "") return f;
  const end = rest.indexOf("\n");
  if (end < 0 || end > 256) throw new Error("flags comment line too long");
  const words = rest.slice(0, end).trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/^--?/, "");
    const eq = w.indexOf("=");
    const key = eq < 0 ? w : w.slice(0, eq);
    const val = (): string => (eq >= 0 ? w.slice(eq + 1) : (words[++i] ?? ""));
    switch (key) {
      case "lang": f.lang = val(); break;
      case "goexperiment": f.goexperiment = val(); break;
      case "gotypesalias": f.gotypesalias = val(); break;
      case "fakeImportC": f.fakeImportC = eq < 0 ? true : w.slice(eq + 1) !== "false"; break;
      default: throw new Error(`flag provided but not defined: -${key}`);
    }
  }
  return f;
}

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const root = join(ctx.env.goroot, "src", "internal", "types", "testdata");
  const session = typeSession(ctx.env.goroot, true);
  const results: TestResult[] = [];
  for (const [dir, colDelta] of DIRS) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, dir)).sort(byteOrder);
    } catch {
      continue;
    }
    for (const e of entries) {
      const name = `${NAME}/${dir}/${e}`;
      if (!ctx.selected(name)) continue;
      const full = join(root, dir, e);
      const files = statSync(full).isDirectory()
        ? readdirSync(full).sort(byteOrder).map((n) => ({ rel: `${dir}/${e}/${n}`, full: join(full, n) }))
        : [{ rel: `${dir}/${e}`, full }];
      try {
        results.push(checkOne(session, name, files, join(root, dir), colDelta));
      } catch (err) {
        results.push({ name, status: "fail", reason: `crash: ${(err as Error).message}`, detail: ((err as Error).stack ?? "").split("\n").slice(1, 6) });
      }
    }
  }
  return { results, notes: tallyNotes(results, ctx.opts.verbose) };
}

function checkOne(session: TypeSession, name: string, files: { rel: string; full: string }[], dir: string, colDelta: number): TestResult {
  const texts = files.map((f) => ({ name: f.rel, text: readFileSync(f.full, "latin1") }));
  let flags: Types2Flags;
  try {
    flags = parseTypes2Flags(texts[0]!.text);
  } catch (e) {
    return { name, status: "fail", reason: `harness error: ${(e as Error).message}` };
  }
  const aliasRuns = flags.gotypesalias !== "" ? [flags.gotypesalias !== "0"] : [true, false];
  for (const enableAlias of aliasRuns) {
    // The package path is the package clause's name, as check_test.go passes it.
    const pkgName = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*package\s+(\w+)/.exec(texts[0]!.text)?.[1] ?? "p";
    const res = session.check(pkgName, dir, texts, {
      raw: true,
      filename: (n) => n,
      parse: (filename, text, fset) => parseSourceRaw(filename, text, { checkBranches: false, checkPragmas: false }, fset),
      extra: {
        goVersion: flags.lang, fakeImportC: flags.fakeImportC, enableAlias, ignoreBranchErrors: false, testFuncs: true, complete: false, compilerChecks: false,
        ...(flags.goexperiment ? { goexperiment: flags.goexperiment } : {}),
      },
    });
    const run = aliasRuns.length > 1 ? ` (alias types ${enableAlias ? "on" : "off"})` : "";
    if (res.crash) return { name, status: "fail", reason: `crash${run}: ${res.crash}` };
    const expected = new Map<string, Map<number, PositionedComment[]>>();
    for (const t of texts) {
      const m = types2Expected(t.text);
      if (m.size > 0) expected.set(t.name, m);
    }
    const declared = Array.from(expected.values()).reduce((n, m) => n + Array.from(m.values()).reduce((k, l) => k + l.length, 0), 0);
    const reported = res.diagnostics.map((d) => {
      const { line, col } = d.source.lineCol(d.offset);
      return { file: d.source.filename, line, col, msg: d.message };
    });
    const problems = checkTypes2Errors(expected, reported, colDelta).map(byteStringToUtf8);
    if (problems.length > 0) {
      const unexpected = problems.filter((p) => p.includes(": no error expected: ")).length;
      const unreported = problems.filter((p) => p.includes(": unreported error:")).length;
      const cols = problems.filter((p) => p.includes(": got col = ")).length;
      const parts = [unreported && `${unreported} of ${declared} expected errors not reported`, unexpected && `${unexpected} unexpected errors`, cols && `${cols} at wrong columns`].filter(Boolean);
      return { name, status: "fail", reason: `${parts.join(", ") || "harness problems"}${run}`, detail: problems };
    }
  }
  return { name, status: "pass" };
}
