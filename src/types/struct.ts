// Struct types (types2's struct.go): fields, embedded fields, tags and duplicate names.

import { Checker } from "./check.js";


Checker.prototype.structType = function (this: Checker): void { throw new Error("not implemented: structType"); };
