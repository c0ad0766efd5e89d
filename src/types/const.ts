// Constant representability and overflow checks (types2's const.go).

import { Checker } from "./check.js";

Checker.prototype.representable = function (this: Checker): never { throw new Error("not implemented: representable"); };
Checker.prototype.overflow = function (this: Checker): never { throw new Error("not implemented: overflow"); };
