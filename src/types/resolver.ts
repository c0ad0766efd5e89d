// Package-level object collection (types2's resolver.go): imports, declaration of package
// objects, methods association, and the unused-imports check.

import { Checker } from "./check.js";


Checker.prototype.collectObjects = function (this: Checker): void { throw new Error("not implemented: collectObjects"); };
Checker.prototype.packageObjects = function (this: Checker): void { throw new Error("not implemented: packageObjects"); };
Checker.prototype.unusedImports = function (this: Checker): void { throw new Error("not implemented: unusedImports"); };
Checker.prototype.importPackage = function (this: Checker) { throw new Error("not implemented: importPackage"); };
Checker.prototype.declarePkgObj = function (this: Checker): void { throw new Error("not implemented: declarePkgObj"); };
Checker.prototype.arity = function (this: Checker): void { throw new Error("not implemented: arity"); };
Checker.prototype.unpackRecv = function (this: Checker) { throw new Error("not implemented: unpackRecv"); };
