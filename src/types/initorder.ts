// Package initialization order (types2's initorder.go): the dependency graph of package-level
// variables and functions, initialization cycles.

import { Checker } from "./check.js";


Checker.prototype.initOrder = function (this: Checker): void { throw new Error("not implemented: initOrder"); };
