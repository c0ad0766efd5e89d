// Loads every file that adds methods to the Checker (see the contract in check.ts). Importing
// this module once makes the checker complete; index.ts does so.
import "./resolver.js";
import "./decl.js";
import "./typexpr.js";
import "./signature.js";
import "./struct.js";
import "./interface.js";
import "./union.js";
import "./initorder.js";
import "./validtype.js";
import "./expr.js";
import "./const.js";
import "./conversions.js";
import "./indexing.js";
import "./call.js";
import "./builtins.js";
import "./stmt.js";
import "./assignments.js";
import "./return.js";
import "./labels.js";
import "./instantiate.js";
import "./infer.js";
import "./unify.js";
import "./subst.js";
import "./typeparam.js";
import "./mono.js";
