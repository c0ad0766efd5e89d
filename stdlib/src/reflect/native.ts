// Natives of package reflect: registration of the functions and methods declared without a
// body in type.go and value.go (implemented in the modules beside this one), and setup,
// through which reflect's init hands over the descriptors of the package's own types.

import { registerNatives, type Iface } from "../../../runtime/index.js";
import { reg } from "./core.js";
import { rtypeNatives } from "./rtype.js";
import { valueNatives } from "./value.js";
import { valueSetNatives } from "./valueset.js";
import { valueCallNatives } from "./valuecall.js";
import { deepEqual } from "./deepequal.js";

registerNatives("reflect", {
  setup(value: Iface, rtyp: Iface, field: Iface, method: Iface, valueError: Iface, mapIter: Iface, selectCase: Iface): void {
    reg.Value = value.t.ctor!;
    reg.valueType = value.t;
    reg.rtypePtr = rtyp.t;
    reg.StructField = field.t.ctor!;
    reg.Method = method.t.ctor!;
    reg.valueErrorPtr = valueError.t;
    reg.ValueError = valueError.t.elem!.ctor!;
    reg.MapIter = mapIter.t.ctor!;
    reg.mapIterType = mapIter.t;
    reg.SelectCase = selectCase.t.ctor!;
  },
  DeepEqual: deepEqual,
  ...rtypeNatives,
  ...valueNatives,
  ...valueSetNatives,
  ...valueCallNatives,
});
