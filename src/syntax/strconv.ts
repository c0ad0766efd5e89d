// Go string and rune literal semantics on byte strings (JS strings whose char codes are bytes):
// UTF-8 decoding and encoding with Go's rules, strconv.IsPrint (Go's own table),
// strconv.Quote, strconv.Unquote and strconv.UnquoteChar. The scanner's messages, directive
// arguments, import paths, struct tags and constant values all use these.

import { printRanges } from "./isprint.js";

const RUNE_ERROR = 0xfffd;

/**
 * Decodes one UTF-8 sequence from a byte string at i, as utf8.DecodeRune does: returns the code
 * point and width, or (0xFFFD, 1) for an invalid or truncated sequence (including overlong
 * forms, surrogates and values above U+10FFFF). The result is packed as cp * 8 + width.
 */
export function decodeRune(s: string, i: number): number {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  const bad = 0xfffd * 8 + 1;
  if (b0 < 0xc2 || b0 > 0xf4) return bad;
  if (i + 1 >= n) return bad;
  const b1 = s.charCodeAt(i + 1);
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80) return bad;
    return (((b0 & 0x1f) << 6) | (b1 & 0x3f)) * 8 + 2;
  }
  // Valid second-byte ranges depend on the first byte (excludes overlongs and surrogates).
  let lo = 0x80, hi = 0xbf;
  if (b0 === 0xe0) lo = 0xa0;
  else if (b0 === 0xed) hi = 0x9f;
  else if (b0 === 0xf0) lo = 0x90;
  else if (b0 === 0xf4) hi = 0x8f;
  if (b1 < lo || b1 > hi) return bad;
  if (i + 2 >= n) return bad;
  const b2 = s.charCodeAt(i + 2);
  if ((b2 & 0xc0) !== 0x80) return bad;
  if (b0 < 0xf0) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) * 8 + 3;
  if (i + 3 >= n) return bad;
  const b3 = s.charCodeAt(i + 3);
  if ((b3 & 0xc0) !== 0x80) return bad;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) * 8 + 4;
}

/** utf8.ValidRune. */
function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

/** The UTF-8 encoding of r as a byte string (utf8.AppendRune: invalid runes become U+FFFD). */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** strconv.IsPrint. */
export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (r >= 0x20 && r <= 0x7e) return true;
    if (r >= 0xa1 && r <= 0xff) return r !== 0xad;
    return false;
  }
  // Binary search for the last range start <= r.
  let lo = 0, hi = printRanges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (printRanges[2 * mid]! <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && r <= printRanges[2 * lo - 1]!;
}

const hexDigits = "0123456789abcdef";

function hex(v: number, n: number): string {
  let s = "";
  for (let sh = (n - 1) * 4; sh >= 0; sh -= 4) s += hexDigits[(v >>> sh) & 0xf];
  return s;
}

/** strconv.Quote of a byte string; the result is a byte string (printable runes kept as UTF-8). */
export function quote(s: string): string {
  let out = '"';
  let start = 0; // start of the pending run of bytes that are copied unchanged
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) { i++; continue; }
    let r = c, width = 1;
    if (c >= 0x80) {
      const d = decodeRune(s, i);
      r = d >>> 3;
      width = d & 7;
      if (width > 1 && isPrint(r)) { i += width; continue; }
    }
    out += s.slice(start, i);
    if (width === 1 && r === RUNE_ERROR) out += "\\x" + hex(c, 2);
    else if (r === 0x22 || r === 0x5c) out += "\\" + String.fromCharCode(r);
    else out += escapeRune(r);
    i += width;
    start = i;
  }
  return out + s.slice(start, n) + '"';
}

function escapeRune(r: number): string {
  switch (r) {
    case 0x07: return "\\a";
    case 0x08: return "\\b";
    case 0x0c: return "\\f";
    case 0x0a: return "\\n";
    case 0x0d: return "\\r";
    case 0x09: return "\\t";
    case 0x0b: return "\\v";
  }
  if (r < 0x20 || r === 0x7f) return "\\x" + hex(r, 2);
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x10000) return "\\u" + hex(r, 4);
  return "\\U" + hex(r, 8);
}

/** The number of runes in a byte string (invalid bytes count one each), as utf8.RuneCountInString. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i) & 7;
  }
  return n;
}

/** The byte offset just after the first n runes of s. */
export function runeOffset(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i) & 7;
  }
  return i;
}

function unhex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Result of unquoteChar: the value, whether it must be encoded as UTF-8, and the next offset. */
export interface UnquotedChar { value: number; multibyte: boolean; next: number }

/** strconv.UnquoteChar on s[i:end]; null for a syntax error. */
export function unquoteChar(s: string, i: number, end: number, quote: number): UnquotedChar | null {
  if (i >= end) return null;
  const c = s.charCodeAt(i);
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= 0x80) {
    // Decode within the bounds of the slice.
    const d = decodeRune(end === s.length ? s : s.slice(0, end), i);
    return { value: d >>> 3, multibyte: true, next: i + (d & 7) };
  }
  if (c !== 0x5c) return { value: c, multibyte: false, next: i + 1 };
  if (i + 1 >= end) return null;
  const e = s.charCodeAt(i + 1);
  let p = i + 2;
  let value: number;
  let multibyte = false;
  switch (e) {
    case 0x61: value = 0x07; break; // \a
    case 0x62: value = 0x08; break; // \b
    case 0x66: value = 0x0c; break; // \f
    case 0x6e: value = 0x0a; break; // \n
    case 0x72: value = 0x0d; break; // \r
    case 0x74: value = 0x09; break; // \t
    case 0x76: value = 0x0b; break; // \v
    case 0x78: case 0x75: case 0x55: { // \x, \u, \U
      const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (end - p < n) return null;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(s.charCodeAt(p + j));
        if (x < 0) return null;
        v = v * 16 + x;
      }
      p += n;
      if (e === 0x78) { value = v; break; }
      if (!validRune(v)) return null;
      value = v;
      multibyte = true;
      break;
    }
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = e - 48;
      if (end - p < 2) return null;
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(p + j) - 48;
        if (x < 0 || x > 7) return null;
        v = (v << 3) | x;
      }
      p += 2;
      if (v > 255) return null;
      value = v;
      break;
    }
    case 0x5c: value = 0x5c; break;
    case 0x27: case 0x22:
      if (e !== quote) return null;
      value = e;
      break;
    default:
      return null;
  }
  return { value, multibyte, next: p };
}

function isValidUTF8(s: string, i: number, end: number): boolean {
  const t = end === s.length ? s : s.slice(0, end);
  while (i < end) {
    if (t.charCodeAt(i) < 0x80) { i++; continue; }
    const d = decodeRune(t, i);
    if ((d & 7) === 1) return false;
    i += d & 7;
  }
  return true;
}

/** strconv.Unquote: the byte string a Go string or rune literal denotes, or null. */
export function unquote(s: string): string | null {
  const n = s.length;
  if (n < 2) return null;
  const q = s.charCodeAt(0);
  const close = s.indexOf(s[0]!, 1);
  if (close < 0) return null;
  const end = close + 1; // position after the closing quote, if there are no escapes
  if (q === 0x60) { // raw string: carriage returns are dropped
    if (end !== n) return null;
    const body = s.slice(1, close);
    return body.indexOf("\r") < 0 ? body : body.replace(/\r/g, "");
  }
  if (q !== 0x22 && q !== 0x27) return null;
  const head = s.slice(0, end);
  if (head.indexOf("\\") < 0 && head.indexOf("\n") < 0) {
    let valid: boolean;
    if (q === 0x22) {
      valid = isValidUTF8(s, 1, close);
    } else {
      const d = close > 1 ? decodeRune(s.slice(0, close), 1) : RUNE_ERROR * 8 + 1;
      const w = close > 1 ? d & 7 : 0;
      valid = 1 + w + 1 === end && (d >>> 3 !== RUNE_ERROR || w !== 1);
    }
    if (valid) return end === n ? s.slice(1, close) : null;
  }
  let out = "";
  let i = 1;
  while (i < n && s.charCodeAt(i) !== q) {
    if (s.charCodeAt(i) === 0x0a) return null;
    const r = unquoteChar(s, i, n, q);
    if (r === null) return null;
    i = r.next;
    out += r.value < 0x80 || !r.multibyte ? String.fromCharCode(r.value) : encodeRune(r.value);
    if (q === 0x27) break;
  }
  if (!(i < n && s.charCodeAt(i) === q)) return null;
  return i + 1 === n ? out : null;
}

/** Formats a code point as Go's %#U verb does: U+00E9 'é'. Result is a byte string. */
export function formatSharpU(cp: number): string {
  let hex = cp.toString(16).toUpperCase();
  while (hex.length < 4) hex = "0" + hex;
  let s = "U+" + hex;
  if (cp <= 0x10ffff && isPrint(cp)) s += " '" + encodeRune(cp) + "'";
  return s;
}
