// Type expressions (types2's typexpr.go): identifier resolution and the evaluation of every
// type expression form.

import { Checker } from "./check.js";


Checker.prototype.ident = function (this: Checker): void { throw new Error("not implemented: ident"); };
Checker.prototype.typ = function (this: Checker) { throw new Error("not implemented: typ"); };
Checker.prototype.varType = function (this: Checker) { throw new Error("not implemented: varType"); };
Checker.prototype.definedType = function (this: Checker) { throw new Error("not implemented: definedType"); };
Checker.prototype.genericType = function (this: Checker) { throw new Error("not implemented: genericType"); };
Checker.prototype.typInternal = function (this: Checker) { throw new Error("not implemented: typInternal"); };
Checker.prototype.instantiatedType = function (this: Checker) { throw new Error("not implemented: instantiatedType"); };
Checker.prototype.arrayLength = function (this: Checker) { throw new Error("not implemented: arrayLength"); };
Checker.prototype.typeList = function (this: Checker) { throw new Error("not implemented: typeList"); };
