// Expressions (types2's expr.go): operands of every expression kind, unary and binary operations, untyped constants.

import { Checker } from "./check.js";

Checker.prototype.rawExpr = function (this: Checker): never { throw new Error("not implemented: rawExpr"); };
Checker.prototype.expr = function (this: Checker): never { throw new Error("not implemented: expr"); };
Checker.prototype.genericExpr = function (this: Checker): never { throw new Error("not implemented: genericExpr"); };
Checker.prototype.multiExpr = function (this: Checker): never { throw new Error("not implemented: multiExpr"); };
Checker.prototype.exprWithHint = function (this: Checker): never { throw new Error("not implemented: exprWithHint"); };
Checker.prototype.exprOrType = function (this: Checker): never { throw new Error("not implemented: exprOrType"); };
Checker.prototype.exclude = function (this: Checker): never { throw new Error("not implemented: exclude"); };
Checker.prototype.singleValue = function (this: Checker): never { throw new Error("not implemented: singleValue"); };
Checker.prototype.unary = function (this: Checker): never { throw new Error("not implemented: unary"); };
Checker.prototype.binary = function (this: Checker): never { throw new Error("not implemented: binary"); };
Checker.prototype.comparison = function (this: Checker): never { throw new Error("not implemented: comparison"); };
Checker.prototype.updateExprType = function (this: Checker): never { throw new Error("not implemented: updateExprType"); };
Checker.prototype.convertUntyped = function (this: Checker): never { throw new Error("not implemented: convertUntyped"); };
Checker.prototype.implicitTypeAndValue = function (this: Checker): never { throw new Error("not implemented: implicitTypeAndValue"); };
Checker.prototype.typeAssertion = function (this: Checker): never { throw new Error("not implemented: typeAssertion"); };
