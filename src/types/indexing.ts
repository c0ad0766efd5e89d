// Index and slice expressions (types2's index.go).

import { Checker } from "./check.js";

Checker.prototype.indexExpr = function (this: Checker): never { throw new Error("not implemented: indexExpr"); };
Checker.prototype.sliceExpr = function (this: Checker): never { throw new Error("not implemented: sliceExpr"); };
Checker.prototype.index = function (this: Checker): never { throw new Error("not implemented: index"); };
