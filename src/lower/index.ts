// Package lower: Go packages (checked, with their Info side tables) to one JavaScript
// program (src/js AST). See docs/values.md for the value representation it targets.

import "./expr.js";
import "./call.js";
import "./unsafe.js";
import "./assign.js";
import "./stmt.js";
import "./defer.js";
export { ProgramCompiler, type LowerPackage, type LowerOptions } from "./program.js";
export { UnsupportedError } from "./call.js";
