// Package syntax: the Go 1.23 scanner, parser and AST. Entry module of the folder.
export * from "./nodes.js";
export { parseFile, type ParseOptions } from "./parser.js";
export { dumpFile } from "./dump.js";
export { Token, tokenString, LitKind, Operator, operatorString } from "./token.js";
export { exprString, nodeString } from "./printer.js";
export { checkDeclPragmas, runtimePackages, type PragmaPolicy } from "./pragma.js";
export { decodeRune } from "./unicode.js";
