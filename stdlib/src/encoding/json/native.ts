// Natives of encoding/json: the byte-level loops the decoder and encoder run over every
// input byte or string, in JS instead of Go (scan.ts, text.ts): the validity check
// Unmarshal and Valid run first (the Go scanner runs again only to describe an error),
// where strings and values end, unquoting, Compact and Indent of valid text, and the test
// deciding whether a string needs escaping.
import { registerNatives, Slice } from "../../../../runtime/index.js";
import { utf8Len, validJSON, stringEnd, valueEnd } from "./scan.js";
import { compactValid, indentValid, unquote } from "./text.js";

// Printable ASCII other than '"' and '\\' (DEL included, as Go's tables have it).
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7f]*$/;
const PLAIN_HTML = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Whether s (with bytes beyond ASCII) can be written between quotes unchanged. */
function plainSlow(s: string, html: boolean): boolean {
  const n = s.length;
  const at = (k: number) => s.charCodeAt(k);
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
      if (html && (c === 0x3c || c === 0x3e || c === 0x26)) return false;
      i++;
      continue;
    }
    const len = utf8Len(at, i, n);
    if (len === 0) return false;
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
    if (c === 0xe2 && s.charCodeAt(i + 1) === 0x80 && (s.charCodeAt(i + 2) & 0xfe) === 0xa8) return false;
    i += len;
  }
  return true;
}

registerNatives("encoding/json", {
  compactValid(data: Slice, escape: boolean): Slice {
    const [a, n] = compactValid(data.a as Uint8Array, data.o, data.n, escape);
    return new Slice(a, 0, n, a.length);
  },
  indentValid(data: Slice, prefix: string, indent: string): Slice {
    const [a, n] = indentValid(data.a as Uint8Array, data.o, data.n, prefix, indent);
    return new Slice(a, 0, n, a.length);
  },
  plainString(s: string, html: boolean): boolean {
    if ((html ? PLAIN_HTML : PLAIN).test(s)) return true;
    if (ASCII_ONLY.test(s)) return false;
    return plainSlow(s, html);
  },
  validFast(data: Slice): boolean {
    return validJSON(data.a as Uint8Array ?? new Uint8Array(0), data.o, data.n);
  },
  stringEnd(data: Slice, i: number): number {
    return stringEnd(data.a as Uint8Array, data.o, data.n, i);
  },
  valueEnd(data: Slice, i: number): number {
    return valueEnd(data.a as Uint8Array, data.o, data.n, i);
  },
  unquote(s: Slice): [string, boolean] {
    if (s.a === null) return ["", false];
    return unquote(s.a as Uint8Array, s.o, s.n);
  },
});
