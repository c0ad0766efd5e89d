// Natives of package strings: searching, counting, joining and replacing on the byte string
// with JS string operations (byte-exact, since Go strings are one char per byte here), and the
// small helpers the Builder needs.
import { registerNatives, Slice, types } from "../../../runtime/index.js";
import { grownCap, roundUpSize } from "../../../runtime/typesize.js";
import { decodeRune } from "../../../runtime/string.js";

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  return n;
}

const oneByte: string[] = [];
for (let c = 0; c < 256; c++) oneByte.push(String.fromCharCode(c));

registerNatives("strings", {
  Index(s: string, sub: string): number {
    return s.indexOf(sub);
  },
  LastIndex(s: string, sub: string): number {
    return s.lastIndexOf(sub);
  },
  IndexByte(s: string, c: number): number {
    return s.indexOf(oneByte[c]!);
  },
  LastIndexByte(s: string, c: number): number {
    return s.lastIndexOf(oneByte[c]!);
  },
  Count(s: string, sub: string): number {
    if (sub.length === 0) return runeCount(s) + 1;
    let n = 0;
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  },
  Compare(a: string, b: string): number {
    return a === b ? 0 : a < b ? -1 : 1;
  },
  repeat(s: string, count: number): string {
    return s.repeat(count);
  },
  Join(elems: Slice, sep: string): string {
    if (elems.n === 0) return "";
    return (elems.a as string[]).slice(elems.o, elems.o + elems.n).join(sep);
  },
  replace(s: string, old: string, nw: string, n: number): string {
    if (n < 0) return s.split(old).join(nw);
    let out = "";
    let start = 0;
    for (let k = 0; k < n; k++) {
      const j = s.indexOf(old, start);
      if (j < 0) break;
      out += s.slice(start, j) + nw;
      start = j + old.length;
    }
    return start === 0 && out === "" ? s : out + s.slice(start);
  },
  asciiUpper(s: string): string {
    return /[a-z]/.test(s) ? s.toUpperCase() : s;
  },
  asciiLower(s: string): string {
    return /[A-Z]/.test(s) ? s.toLowerCase() : s;
  },
  appendCap(c: number, l: number): number {
    return grownCap(types.uint8, l, c);
  },
  allocSize(n: number): number {
    return roundUpSize(n, true);
  },
});
