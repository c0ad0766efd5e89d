// Declarations (types2's decl.go): object declaration with cycle detection, constant,
// variable, type and function declarations, local declarations, type parameters and methods.

import { Checker } from "./check.js";


Checker.prototype.declare = function (this: Checker): void { throw new Error("not implemented: declare"); };
Checker.prototype.objDecl = function (this: Checker): void { throw new Error("not implemented: objDecl"); };
Checker.prototype.constDecl = function (this: Checker): void { throw new Error("not implemented: constDecl"); };
Checker.prototype.varDecl = function (this: Checker): void { throw new Error("not implemented: varDecl"); };
Checker.prototype.typeDecl = function (this: Checker): void { throw new Error("not implemented: typeDecl"); };
Checker.prototype.funcDecl = function (this: Checker): void { throw new Error("not implemented: funcDecl"); };
Checker.prototype.declStmt = function (this: Checker): void { throw new Error("not implemented: declStmt"); };
Checker.prototype.collectTypeParams = function (this: Checker) { throw new Error("not implemented: collectTypeParams"); };
Checker.prototype.collectMethods = function (this: Checker): void { throw new Error("not implemented: collectMethods"); };
Checker.prototype.newTypeParam = function (this: Checker) { throw new Error("not implemented: newTypeParam"); };
