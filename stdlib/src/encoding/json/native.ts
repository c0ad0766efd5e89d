// Natives of encoding/json: the test deciding whether a string needs escaping, which the
// encoder runs on every string and member name (a regular expression over the byte string
// and, for text beyond ASCII, a UTF-8 check in JS instead of a loop in Go).
import { registerNatives } from "../../../../runtime/index.js";

// Printable ASCII other than '"' and '\\' (DEL included, as Go's tables have it).
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7f]*$/;
const PLAIN_HTML = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Whether s (with bytes beyond ASCII) is valid UTF-8 without U+2028/U+2029 and with no byte below ASCII's printable range, quote or backslash (and <, >, & when html). */
function plainSlow(s: string, html: boolean): boolean {
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
      if (html && (c === 0x3c || c === 0x3e || c === 0x26)) return false;
      i++;
      continue;
    }
    // Multi-byte sequences: the lead byte's range fixes the length and the allowed range of
    // the second byte (no overlong forms, no surrogates, nothing above U+10FFFF).
    let len: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return false;
    if (i + len > n) return false;
    const c1 = s.charCodeAt(i + 1);
    if (c1 < lo || c1 > hi) return false;
    for (let k = 2; k < len; k++) {
      const ck = s.charCodeAt(i + k);
      if (ck < 0x80 || ck > 0xbf) return false;
    }
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
    if (c === 0xe2 && c1 === 0x80) {
      const c2 = s.charCodeAt(i + 2);
      if (c2 === 0xa8 || c2 === 0xa9) return false;
    }
    i += len;
  }
  return true;
}

registerNatives("encoding/json", {
  plainString(s: string, html: boolean): boolean {
    if ((html ? PLAIN_HTML : PLAIN).test(s)) return true;
    if (ASCII_ONLY.test(s)) return false;
    return plainSlow(s, html);
  },
});
