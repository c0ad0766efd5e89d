// Built-in function calls (types2's builtins.go).

import { Checker } from "./check.js";

Checker.prototype.builtin = function (this: Checker): never { throw new Error("not implemented: builtin"); };
