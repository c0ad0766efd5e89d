// The public library API of gots, usable from Node and from a browser bundle: nothing here
// (or below it in the compiler) imports Node modules. Today it offers the front end; compile
// and run are added as the later stages land.
export { parseSource, formatDiagnostic, type ParseResult } from "./driver.js";
export { VERSION } from "./version.js";
export type { Diagnostic } from "./diag/index.js";
export type { File } from "./syntax/index.js";
