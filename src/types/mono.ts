// Detection of instantiation cycles that cannot be monomorphized (types2 mono.go).

import { Checker } from "./check.js";

Checker.prototype.monomorph = function (this: Checker): void { /* not implemented yet */ };
