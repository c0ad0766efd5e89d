// Terminating statements (types2's return.go): the spec's rules that decide whether a
// function with results needs a final "missing return" error.

import { Checker } from "./check.js";

Checker.prototype.isTerminating = function (this: Checker): boolean { throw new Error("not implemented: isTerminating"); };
