// Natives of package slices: whether two slices share a backing array, to detect overlap.
import { registerNatives, type Iface, type Slice } from "../../../runtime/index.js";

registerNatives("slices", {
  sameBacking(a: Iface | null, b: Iface | null): boolean {
    const x = a === null ? null : (a.v as Slice).a;
    const y = b === null ? null : (b.v as Slice).a;
    return x !== null && x === y;
  },
});
