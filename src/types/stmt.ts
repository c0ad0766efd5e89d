// Statements (types2's stmt.go): function bodies, the unused-variable check, and every
// statement kind including switches, type switches, select and range loops.

import { Checker } from "./check.js";

Checker.prototype.funcBody = function (this: Checker): void { throw new Error("not implemented: funcBody"); };
Checker.prototype.usage = function (this: Checker): void { throw new Error("not implemented: usage"); };
Checker.prototype.stmtList = function (this: Checker): void { throw new Error("not implemented: stmtList"); };
Checker.prototype.stmt = function (this: Checker): void { throw new Error("not implemented: stmt"); };
Checker.prototype.simpleStmt = function (this: Checker): void { throw new Error("not implemented: simpleStmt"); };
Checker.prototype.openScope = function (this: Checker): void { throw new Error("not implemented: openScope"); };
Checker.prototype.closeScope = function (this: Checker): void { throw new Error("not implemented: closeScope"); };
Checker.prototype.rangeStmt = function (this: Checker): void { throw new Error("not implemented: rangeStmt"); };
Checker.prototype.switchStmt = function (this: Checker): void { throw new Error("not implemented: switchStmt"); };
Checker.prototype.typeSwitchStmt = function (this: Checker): void { throw new Error("not implemented: typeSwitchStmt"); };
Checker.prototype.caseValues = function (this: Checker): void { throw new Error("not implemented: caseValues"); };
