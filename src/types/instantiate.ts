// Instantiation of generic types and functions (types2 instantiate.go): the instance cache,
// type argument count and constraint checks, and the implements relation.

import { Checker } from "./check.js";

Checker.prototype.instance = function (this: Checker) { throw new Error("not implemented: instance"); };
Checker.prototype.validateTArgLen = function (this: Checker) { throw new Error("not implemented: validateTArgLen"); };
Checker.prototype.verify = function (this: Checker) { throw new Error("not implemented: verify"); };
Checker.prototype.implements = function (this: Checker) { throw new Error("not implemented: implements"); };
Checker.prototype.missingMethod = function (this: Checker) { throw new Error("not implemented: missingMethod"); };
Checker.prototype.assertableTo = function (this: Checker) { throw new Error("not implemented: assertableTo"); };
