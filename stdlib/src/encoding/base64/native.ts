// Natives of encoding/base64: the loops over whole groups (encoding three bytes to four
// characters, decoding runs of plain alphabet characters). The Go code calls them only with
// room in dst, handles the partial groups, and keeps the exact error and padding rules.
import { registerNatives, type Slice } from "../../../../runtime/index.js";

registerNatives("encoding/base64", {
  // Encodes src (a multiple of 3 bytes) into dst with the 64-byte alphabet.
  encodeGroups(alphabet: Uint8Array, dst: Slice, src: Slice): void {
    const d = dst.a as Uint8Array, s = src.a as Uint8Array;
    let j = dst.o;
    for (let i = src.o, end = src.o + src.n; i < end; i += 3) {
      const v = (s[i]! << 16) | (s[i + 1]! << 8) | s[i + 2]!;
      d[j] = alphabet[v >>> 18]!;
      d[j + 1] = alphabet[(v >>> 12) & 63]!;
      d[j + 2] = alphabet[(v >>> 6) & 63]!;
      d[j + 3] = alphabet[v & 63]!;
      j += 4;
    }
  },
  // Decodes groups of `group` (8 or 4) characters from src[si:] into dst[n:] while a whole
  // group and group/4*3+group/4 bytes of dst remain and every character of the group is in
  // the alphabet. Each group also zeroes the bytes after its output up to the group's room
  // (2 bytes for 8, 1 for 4), as gc's word stores do. Returns [si, n] where it stopped.
  decodeRun(decode: Uint8Array, dst: Slice, src: Slice, si: number, n: number, group: number): [number, number] {
    const d = dst.a as Uint8Array, s = src.a as Uint8Array;
    const so = src.o, dO = dst.o;
    while (src.n - si >= group && dst.n - n >= group) {
      let bad = 0;
      for (let k = 0; k < group; k++) bad |= decode[s[so + si + k]!]!;
      if (bad === 0xff) break;
      for (let k = 0; k < group; k += 4) {
        const p = so + si + k;
        const v = (decode[s[p]!]! << 18) | (decode[s[p + 1]!]! << 12) | (decode[s[p + 2]!]! << 6) | decode[s[p + 3]!]!;
        const q = dO + n + (k >> 2) * 3;
        d[q] = v >>> 16;
        d[q + 1] = (v >>> 8) & 255;
        d[q + 2] = v & 255;
      }
      if (group === 8) { d[dO + n + 6] = 0; d[dO + n + 7] = 0; n += 6; } else { d[dO + n + 3] = 0; n += 3; }
      si += group;
    }
    return [si, n];
  },
});
