// Assignments and initializations (types2's assignments.go): assignability in a context,
// constant and variable initialization, n:n and n:1 assignments, short variable
// declarations and the count-mismatch errors.

import { Checker } from "./check.js";

Checker.prototype.assignment = function (this: Checker): void { throw new Error("not implemented: assignment"); };
Checker.prototype.initConst = function (this: Checker): void { throw new Error("not implemented: initConst"); };
Checker.prototype.initVar = function (this: Checker): void { throw new Error("not implemented: initVar"); };
Checker.prototype.initVars = function (this: Checker): void { throw new Error("not implemented: initVars"); };
Checker.prototype.assignVars = function (this: Checker): void { throw new Error("not implemented: assignVars"); };
Checker.prototype.shortVarDecl = function (this: Checker): void { throw new Error("not implemented: shortVarDecl"); };
Checker.prototype.returnError = function (this: Checker): void { throw new Error("not implemented: returnError"); };
