// Native of hash/crc32: the table-driven CRC loop over a byte slice. A *Table is the table's
// Uint32Array itself (a pointer to an array is the array), a []byte a Slice over a Uint8Array.
import { registerNatives, Slice } from "../../../../runtime/index.js";

registerNatives("hash/crc32", {
  update(crc: number, tab: Uint32Array, p: Slice): number {
    const a = p.a as Uint8Array | null;
    let c = ~crc;
    if (p.n > 0) {
      // A nil table reads as a nil-pointer dereference in Go.
      if (tab === null) throw new TypeError("nil table");
      const end = p.o + p.n;
      for (let i = p.o; i < end; i++) c = tab[(c ^ a![i]!) & 0xff]! ^ (c >>> 8);
    }
    return ~c >>> 0;
  },
});
