// Package js: the JavaScript AST that code generation builds, the precedence-aware printer
// that turns it into source text, and the source map builder the printer records into.
// Nothing here imports the Go side or Node: positions are resolved through a callback.
export * from "./ast.js";
export { printProgram, printStmt, printExpr, L, type PrintOptions } from "./printer.js";
export { isIdentifierName, numberText, quoteString } from "./lexical.js";
export {
  decodeMappings,
  SourceMapBuilder, encodeVLQ,
  type ResolvedPosition, type PositionResolver, type SourceMapV3, type SourceMapOptions,
} from "./sourcemap.js";
