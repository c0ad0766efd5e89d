// Package syntax: the Go 1.23 scanner, parser and AST. Entry module of the folder.
export * from "./nodes.js";
export { parseFile, type ParseOptions } from "./parser.js";
export { dumpFile } from "./dump.js";
export { Token, tokenString, LitKind, Operator, operatorString } from "./token.js";
export { exprString, nodeString } from "./printer.js";
export { checkDeclPragmas, runtimePackages, type PragmaPolicy } from "./pragma.js";
export {
  decodeRune, encodeRune, isPrint, quote, unquote, unquoteChar, runeCount, runeOffset, formatSharpU,
  type UnquotedChar,
} from "./strconv.js";
