// Natives of package sort: the reflection Slice needs (the length of any slice and a
// function swapping two of its elements).
import { registerNatives, Iface, Kind, Slice, gopanic, types } from "../../../runtime/index.js";

function asSlice(x: Iface | null, what: string): Slice {
  if (x === null || x.t.kind !== Kind.Slice) {
    const k = x === null ? "invalid" : kindName(x.t.kind);
    gopanic(new Iface(types.string, `reflect: call of ${what} on ${k} Value`));
  }
  return x.v as Slice;
}

function kindName(k: Kind): string {
  const names = ["invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func", "interface",
    "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"];
  return names[k] ?? "invalid";
}

registerNatives("sort", {
  sliceLen(x: Iface | null): number {
    return asSlice(x, "reflect.Value.Len").n;
  },
  swapper(x: Iface | null): (i: number, j: number) => void {
    const s = asSlice(x, "Swapper");
    const a = s.a;
    const o = s.o;
    const n = s.n;
    return (i: number, j: number): void => {
      if (!(i >= 0 && i < n && j >= 0 && j < n)) gopanic(new Iface(types.string, "reflect: slice index out of range"));
      const t = a[o + i];
      a[o + i] = a[o + j];
      a[o + j] = t;
    };
  },
});
