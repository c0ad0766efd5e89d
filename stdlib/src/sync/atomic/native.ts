// Natives of package sync/atomic: the dynamic-type comparison Value needs.
import { registerNatives, type Iface } from "../../../../runtime/index.js";

registerNatives("sync/atomic", {
  sameType(a: Iface, b: Iface): boolean {
    return a.t === b.t;
  },
});
