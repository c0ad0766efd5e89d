// Natives of package errors: the reflection As and Is need (type comparability, the type a
// target points to, and storing through that pointer).
import { registerNatives, Iface, Kind, missingMethod, types, type Type } from "../../../runtime/index.js";
import { assignInto } from "../../../runtime/slice.js";

function elemOf(target: Iface): Type | null {
  if (target.t.kind !== Kind.Pointer || target.v === null) return null;
  return target.t.elem;
}

registerNatives("errors", {
  comparable(err: Iface | null): boolean {
    return err === null || err.t.comparable;
  },
  checkTarget(target: Iface): number {
    const e = elemOf(target);
    if (e === null) return 1;
    if (e.kind !== Kind.Interface && missingMethod(e, types.error) !== "") return 2;
    return 0;
  },
  storeIfAssignable(err: Iface, target: Iface): boolean {
    const e = target.t.elem!;
    const p = target.v;
    if (e.kind === Kind.Interface) {
      if (missingMethod(err.t, e) !== "") return false;
      p.v = err;
      return true;
    }
    if (err.t !== e) return false;
    // A pointer to a struct or array is the object itself: copy into it.
    if (e.kind === Kind.Struct || e.kind === Kind.Array) assignInto(e, p, err.v);
    else p.v = err.v;
    return true;
  },
});
