// Natives of flag: the two places where gc's package uses reflection, done on gots' run-time
// type descriptors: making a zero value of a Value's dynamic type (for the defaults in
// PrintDefaults) and storing a TextVar's default into the variable.
import { registerNatives, Iface, Box, type Type } from "../../../runtime/index.js";
import { Kind } from "../../../runtime/type.js";
import { gopanic } from "../../../runtime/extra.js";
import { types } from "../../../runtime/type.js";

/** A new pointer to a zero value of t: structs and arrays are their own pointers. */
function newOf(t: Type): unknown {
  const z = t.zero();
  return t.kind === Kind.Struct || t.kind === Kind.Array ? z : new Box(z);
}

function panicString(msg: string): never {
  gopanic(new Iface(types.string, msg));
}

registerNatives("flag", {
  zeroOf(v: Iface): [Iface, string] {
    const t = v.t;
    if (t.kind === Kind.Pointer) return [new Iface(t, newOf(t.elem!)), t.elem!.str];
    return [new Iface(t, t.zero()), t.str];
  },
  storeDefault(val: Iface | null, p: Iface | null): void {
    if (p === null || p.t.kind !== Kind.Pointer) panicString("variable value type must be a pointer");
    const want = p.t.elem!;
    if (val === null) panicString(`default type does not match variable type: <nil> != ${want.str}`);
    let t = val.t, v = val.v;
    if (t.kind === Kind.Pointer) {
      t = t.elem!;
      if (t.kind !== Kind.Struct && t.kind !== Kind.Array) v = v.v;
    }
    if (t !== want) panicString(`default type does not match variable type: ${t.str} != ${want.str}`);
    const copy = t.clone(v);
    if (t.kind === Kind.Struct) {
      for (const f of t.fields) p.v[f.js] = copy[f.js];
    } else if (t.kind === Kind.Array) {
      for (let i = 0; i < t.len; i++) p.v[i] = copy[i];
    } else {
      p.v.v = copy;
    }
  },
});
