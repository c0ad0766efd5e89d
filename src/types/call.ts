// Calls, arguments, selectors and generic function instantiation (types2's call.go).

import { Checker } from "./check.js";

Checker.prototype.callExpr = function (this: Checker): never { throw new Error("not implemented: callExpr"); };
Checker.prototype.exprList = function (this: Checker): never { throw new Error("not implemented: exprList"); };
Checker.prototype.arguments = function (this: Checker): never { throw new Error("not implemented: arguments"); };
Checker.prototype.selector = function (this: Checker): never { throw new Error("not implemented: selector"); };
Checker.prototype.use = function (this: Checker): never { throw new Error("not implemented: use"); };
Checker.prototype.useLHS = function (this: Checker): never { throw new Error("not implemented: useLHS"); };
Checker.prototype.funcInst = function (this: Checker): never { throw new Error("not implemented: funcInst"); };
Checker.prototype.isNil = function (this: Checker): never { throw new Error("not implemented: isNil"); };
