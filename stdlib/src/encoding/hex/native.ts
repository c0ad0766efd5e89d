// Natives of encoding/hex: the encoding and decoding loops over byte slices. The Go
// wrappers only call them when dst is long enough, so the natives need no bounds checks of
// their own and gc's index panics come from the Go loops.
import { registerNatives, type Slice } from "../../../../runtime/index.js";

const DIGITS = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

/** Hex digit values, 0xff for bytes that are not digits. */
const VALUE = new Uint8Array(256).fill(0xff);
for (let i = 0; i < 10; i++) VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) { VALUE[97 + i] = 10 + i; VALUE[65 + i] = 10 + i; }

registerNatives("encoding/hex", {
  encodeLoop(dst: Slice, src: Slice): void {
    const d = dst.a as Uint8Array, s = src.a as Uint8Array;
    let j = dst.o;
    for (let i = src.o, end = src.o + src.n; i < end; i++) {
      const b = s[i]!;
      d[j++] = DIGITS[b >> 4]!;
      d[j++] = DIGITS[b & 15]!;
    }
  },
  // Decodes whole pairs into dst until a non-digit; returns the number of pairs decoded.
  decodeLoop(dst: Slice, src: Slice): number {
    const d = dst.a as Uint8Array, s = src.a as Uint8Array;
    const pairs = src.n >> 1;
    let n = 0;
    for (let i = src.o; n < pairs; n++, i += 2) {
      const a = VALUE[s[i]!]!, b = VALUE[s[i + 1]!]!;
      if ((a | b) === 0xff) break;
      d[dst.o + n] = (a << 4) | b;
    }
    return n;
  },
});
