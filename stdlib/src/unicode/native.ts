// Natives of package unicode: the encoded tables, kept on the TypeScript side so that the
// Go source the compiler reads for every program stays small.
import { registerNatives, Slice } from "../../../runtime/index.js";
import { tables } from "./tablesdata.js";

/** Decodes "dlo.span[.stride]" entries (hexadecimal; see decode.go) into triples. */
function ranges(enc: string): Uint32Array {
  const parts = enc === "" ? [] : enc.split(" ");
  const out = new Uint32Array(parts.length * 3);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const f = parts[i]!.split(".");
    const lo = prev + parseInt(f[0]!, 16);
    const hi = lo + parseInt(f[1]!, 16);
    out[3 * i] = lo;
    out[3 * i + 1] = hi;
    out[3 * i + 2] = f.length > 2 ? parseInt(f[2]!, 16) : 1;
    prev = hi;
  }
  return out;
}

registerNatives("unicode", {
  tableRanges(name: string): Slice {
    const s = tables[name];
    if (s === undefined) throw new Error(`unicode: no table ${name}`);
    const a = ranges(s);
    return new Slice(a, 0, a.length, a.length);
  },
  tableData(name: string): string {
    const s = tables[name];
    if (s === undefined) throw new Error(`unicode: no table ${name}`);
    return s;
  },
});
