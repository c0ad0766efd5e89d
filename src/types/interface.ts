// Interface type expressions (types2's interface.go): methods and embedded elements; the
// type set itself is computed in typeset.ts.

import { Checker } from "./check.js";


Checker.prototype.interfaceType = function (this: Checker): void { throw new Error("not implemented: interfaceType"); };
Checker.prototype.newInterface = function (this: Checker) { throw new Error("not implemented: newInterface"); };
