// Function types and signatures (types2's signature.go): receivers, type parameters,
// parameters and results.

import { Checker } from "./check.js";


Checker.prototype.funcType = function (this: Checker): void { throw new Error("not implemented: funcType"); };
Checker.prototype.collectParams = function (this: Checker) { throw new Error("not implemented: collectParams"); };
