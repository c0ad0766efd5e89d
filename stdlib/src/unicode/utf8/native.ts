// Natives of package unicode/utf8: the whole-string scans, done over the byte string
// directly (they are hot in formatting and string code).
import { registerNatives, decodeRune } from "../../../../runtime/index.js";

registerNatives("unicode/utf8", {
  RuneCountInString(s: string): number {
    let n = 0;
    for (let i = 0; i < s.length; n++) {
      if (s.charCodeAt(i) < 0x80) { i++; continue; }
      i += decodeRune(s, i)[1];
    }
    return n;
  },
  ValidString(s: string): boolean {
    for (let i = 0; i < s.length;) {
      if (s.charCodeAt(i) < 0x80) { i++; continue; }
      const [r, size] = decodeRune(s, i);
      if (r === 0xfffd && size === 1) return false;
      i += size;
    }
    return true;
  },
});
