// Valid type check (types2's validtype.go): named types must not contain themselves by
// value ("invalid recursive type").

import { Checker } from "./check.js";


Checker.prototype.validType = function (this: Checker): void { throw new Error("not implemented: validType"); };
