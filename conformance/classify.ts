// Classifies gc's diagnostics by the compiler phase that produced them.
//
// gc parses every file before type checking. Errors reported while parsing come from the
// source reader, the scanner, the parser, the branch checker that runs inside the parser
// (syntax.CheckBranches) and the noder's directive handler, which the parser calls for each
// //go: comment. If any of them starts with "syntax error" gc stops after parsing; otherwise
// types2 still runs and its errors are printed too. The syntax suites compare only the
// front-end part, so each gc line is put in one of three classes:
//
//   frontend  reported during parsing, independent of how gc was invoked: gots' parser
//             (parseSource) must report exactly these.
//   policy    directive errors that depend on compiler flags and the package being compiled
//             (-std, compiling the runtime, cgo-generated files). The conformance oracle
//             compiles with `-p=p`, which is not how the standard library is built, so these
//             are ignored on both sides.
//   later     type checking and everything after it.
//
// The message texts come from reading $GOROOT/src/cmd/compile/internal/syntax (source.go,
// scanner.go, parser.go, branches.go) and internal/noder (noder.go, lex.go); none of them is
// produced by types2, which gc runs with IgnoreBranchErrors.

import { createHash } from "node:crypto";

export type MessageClass = "frontend" | "policy" | "later";

const BASE = "(?:binary|octal|decimal|hexadecimal)";

const FRONTEND: readonly RegExp[] = [
  // parser: every message with this prefix, whatever follows
  /^syntax error/,
  // source reader
  /^invalid NUL character$/,
  /^invalid UTF-8 encoding$/,
  /^invalid BOM in the middle of the file$/,
  /^I\/O error: /,
  // scanner
  /^invalid character U\+[0-9A-F]{4,}/,
  /^identifier cannot begin with digit U\+[0-9A-F]{4,}/,
  new RegExp(`^invalid radix point in ${BASE} literal$`),
  new RegExp(`^${BASE} literal has no digits$`),
  /^'.+' exponent requires (?:decimal|hexadecimal) mantissa$/,
  /^exponent has no digits$/,
  /^hexadecimal mantissa requires a 'p' exponent$/,
  new RegExp(`^invalid digit '.+' in ${BASE} literal$`),
  /^'_' must separate successive digits$/,
  /^empty rune literal or unescaped '/,
  /^more than one character in rune literal$/,
  /^newline in rune literal$/,
  /^rune literal not terminated$/,
  /^newline in string$/,
  /^string not terminated$/,
  /^comment not terminated$/,
  /^unknown escape$/,
  /^invalid character '.+' in (?:octal|hexadecimal) escape$/,
  /^octal escape value \d+ > 255$/,
  /^escape is invalid Unicode code point U\+[0-9A-F]{4,}/,
  // parser, without the "syntax error" prefix
  /^invalid line number: /,
  /^invalid column number: /,
  /^method has no receiver$/,
  /^method has multiple receivers$/,
  /^expression in (?:go|defer) must not be parenthesized$/,
  /^(?:middle|final) index required in 3-index slice$/,
  /^empty type (?:parameter|argument) list$/,
  /^interface method must have no type parameters$/,
  // branch and label checks (syntax.CheckBranches)
  /^goto \S+ jumps into block starting at /,
  /^goto \S+ jumps over declaration of \S+ at /,
  /^label \S+ not defined$/,
  /^label \S+ defined and not used$/,
  /^label \S+ already defined at /,
  /^break is not in a loop, switch, or select$/,
  /^continue is not in a loop$/,
  /^fallthrough statement out of place$/,
  /^cannot fallthrough in type switch$/,
  /^cannot fallthrough final case in switch$/,
  /^invalid (?:break|continue) label \S+$/,
  /^(?:break|continue) label not defined: \S+$/,
  // noder's directive handler, called by the parser
  /^misplaced compiler directive$/,
  /^misplaced go:embed directive$/,
  /^misplaced go:wasmimport directive$/,
  /^usage: \/\/go:/,
  /^invalid quoted string in \/\/go:embed: /,
  /^invalid library name ".*" in cgo_import_dynamic directive$/,
];

const POLICY: readonly RegExp[] = [
  /^\/\/go:.* only allowed in cgo-generated code$/,
  /^\/\/go:\S+ only allowed in runtime$/,
  /^\/\/go:\S+ is only allowed in the standard library$/,
  /^\/\/go:\S+ is not allowed in the standard library$/,
];

export function classifyMessage(msg: string): MessageClass {
  if (FRONTEND.some((re) => re.test(msg))) return "frontend";
  if (POLICY.some((re) => re.test(msg))) return "policy";
  return "later";
}

/**
 * Splits gc's output into diagnostics. A diagnostic continues on following lines that start
 * with a tab; lines starting with "#" or "go tool", and blank lines, are not diagnostics.
 */
export function splitGcOutput(out: string): string[] {
  const res: string[] = [];
  for (let line of out.split("\n")) {
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.startsWith("\t") && res.length > 0) res[res.length - 1] += "\n" + line;
    else if (line.startsWith("#") || line.startsWith("go tool")) continue;
    else if (line.trim() !== "") res.push(line);
  }
  return res;
}

/**
 * The message of a diagnostic line "file:line:col: msg" or "file:line: msg". The file name is
 * matched lazily, so a message that itself contains ":12: " is not cut further. Lines
 * without a position (e.g. a panic) are returned whole.
 */
export function messageOf(line: string): string {
  const m = /^.*?:\d+(?::\d+)?: /s.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** The diagnostics of gc's output that belong to the front end, in gc's order. */
export function frontendLines(out: string): string[] {
  return splitGcOutput(out).filter((l) => classifyMessage(messageOf(l)) === "frontend");
}

/**
 * Identifies the classification rules, so that oracle caches made with different rules are
 * recognised as stale (they store only the front-end lines).
 */
export function classifierId(): string {
  const text = [...FRONTEND, "|", ...POLICY].map((re) => String(re)).join("\n");
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
