// Type argument inference for generic function calls (types2 infer.go).

import { Checker } from "./check.js";

Checker.prototype.infer = function (this: Checker) { throw new Error("not implemented: infer"); };
