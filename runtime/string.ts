// Conversions between Go strings and other representations. A Go string is a JS string with
// one char per byte (docs/values.md); these functions turn it into []byte and []rune slices
// and back, decode and encode UTF-8 with Go's rules (utf8.DecodeRuneInString: invalid
// sequences are U+FFFD of width 1), and convert to and from JS text (UTF-16) at I/O edges.

import type { I64 } from "./errors.js";
import { Slice } from "./slice.js";
import { roundUpSize } from "./typesize.js";

const RUNE_ERROR = 0xfffd;
/** U+FFFD's UTF-8 bytes. */
const RUNE_ERROR_BYTES = "\xef\xbf\xbd";

/**
 * []byte(s): a new Uint8Array-backed slice, never nil. Its capacity is what gc gives a result
 * that escapes to the heap: the length rounded up to a malloc size class. (gc gives results that
 * stay on the stack other capacities; gots cannot tell the two apart.)
 */
export function stringToBytes(s: string): Slice {
  const n = s.length;
  const c = roundUpSize(n, true);
  const a = new Uint8Array(c);
  for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
  return new Slice(a, 0, n, c);
}

/** Bytes per String.fromCharCode.apply call: well below engines' argument-count limits. */
const CHUNK = 8192;

/** Up to this length, bytesToStringRaw builds strings byte by byte. */
const SHORT = 24;

/** The bytes a[o:o+n] as a byte string. */
export function bytesToStringRaw(a: Uint8Array | number[], o: number, n: number): string {
  if (n <= SHORT) {
    // A short string is cheaper to build a byte at a time than through a subarray view and
    // apply: V8 keeps one-character strings interned and copies short concatenations flat.
    let s = "";
    for (let i = o, e = o + n; i < e; i++) s += String.fromCharCode(a[i]!);
    return s;
  }
  if (n <= CHUNK) {
    if (ArrayBuffer.isView(a)) return String.fromCharCode.apply(null, a.subarray(o, o + n) as unknown as number[]);
    return String.fromCharCode.apply(null, (a as number[]).slice(o, o + n));
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(bytesToStringRaw(a, o + i, Math.min(CHUNK, n - i)));
  return parts.join("");
}

/** string(b) for a []byte b. */
export function bytesToString(s: Slice): string {
  if (s.n === 0) return "";
  return bytesToStringRaw(s.a, s.o, s.n);
}

/** utf8.ValidRune. */
function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

/**
 * Decodes the UTF-8 sequence at byte i of s as utf8.DecodeRuneInString does: [rune, width],
 * with [0xFFFD, 1] for an invalid, overlong, surrogate or truncated sequence and [0xFFFD, 0]
 * at the end of the string.
 */
export function decodeRune(s: string, i: number): [rune: number, size: number] {
  const n = s.length;
  if (i >= n) return [RUNE_ERROR, 0];
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4 || i + 1 >= n) return [RUNE_ERROR, 1];
  const b1 = s.charCodeAt(i + 1);
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  }
  // The second byte's valid range depends on the first; this rules out overlong forms,
  // surrogates and code points above U+10FFFF.
  let lo = 0x80, hi = 0xbf;
  if (b0 === 0xe0) lo = 0xa0;
  else if (b0 === 0xed) hi = 0x9f;
  else if (b0 === 0xf0) lo = 0x90;
  else if (b0 === 0xf4) hi = 0x8f;
  if (b1 < lo || b1 > hi || i + 2 >= n) return [RUNE_ERROR, 1];
  const b2 = s.charCodeAt(i + 2);
  if ((b2 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
  if (b0 < 0xf0) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  if (i + 3 >= n) return [RUNE_ERROR, 1];
  const b3 = s.charCodeAt(i + 3);
  if ((b3 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

/** The UTF-8 bytes of rune r as a byte string; invalid runes give U+FFFD's bytes. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (!validRune(r)) return RUNE_ERROR_BYTES;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** string(r) for an integer r of any type (values outside the rune range give U+FFFD). */
export function runeToString(r: I64): string {
  return typeof r === "number" ? encodeRune(r) : RUNE_ERROR_BYTES;
}

/** []rune(s): the decoded runes in a new Int32Array-backed slice, capacity as for stringToBytes. */
export function stringToRunes(s: string): Slice {
  const n = s.length;
  let count = 0;
  for (let i = 0; i < n;) {
    const b = s.charCodeAt(i);
    i += b < 0x80 ? 1 : decodeRune(s, i)[1];
    count++;
  }
  const c = Math.floor(roundUpSize(count * 4, true) / 4);
  const a = new Int32Array(c);
  for (let i = 0, j = 0; i < n; j++) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      a[j] = b;
      i++;
    } else {
      const [r, w] = decodeRune(s, i);
      a[j] = r;
      i += w;
    }
  }
  return new Slice(a, 0, count, c);
}

/** string(rs) for a []rune rs. */
export function runesToString(s: Slice): string {
  const a = s.a as Int32Array;
  let out = "";
  let ascii = "";
  for (let i = 0; i < s.n; i++) {
    const r = a[s.o + i]!;
    if (r >= 0 && r < 0x80) ascii += String.fromCharCode(r);
    else {
      out += ascii + encodeRune(r);
      ascii = "";
    }
  }
  return out + ascii;
}

/** JS text (UTF-16) as a Go byte string of its UTF-8 encoding; lone surrogates become U+FFFD. */
export function stringFromUtf16(js: string): string {
  const n = js.length;
  let i = 0;
  while (i < n && js.charCodeAt(i) < 0x80) i++;
  if (i === n) return js;
  let out = js.slice(0, i);
  for (; i < n; i++) {
    let c = js.charCodeAt(i);
    if (c < 0x80) {
      out += js[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = js.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out += encodeRune(c); // a lone surrogate is not a valid rune: U+FFFD
  }
  return out;
}

/** A Go byte string as JS text: UTF-8 decoded, each invalid byte giving U+FFFD (as range does). */
export function stringToUtf16(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) < 0x80) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    const b = s.charCodeAt(i);
    if (b < 0x80) {
      out += s[i];
      i++;
      continue;
    }
    const [r, w] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}
