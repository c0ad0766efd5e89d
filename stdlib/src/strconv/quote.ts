// strconv's quoting family on byte strings: Quote/QuoteToASCII/QuoteToGraphic and their rune
// forms, CanBackquote, IsPrint/IsGraphic, UnquoteChar, Unquote and QuotedPrefix, with Go's
// escapes (\a \b \f \n \r \t \v, \xNN for bytes and control characters, \u and \U beyond).
// The printability table is Go's own, shared with the compiler's front end.

import { isPrint } from "../../../src/syntax/strconv.js";
import { decodeRune, encodeRune } from "../../../runtime/string.js";

export { isPrint };

const RUNE_ERROR = 0xfffd;
const HEX = "0123456789abcdef";

/** Spaces that IsGraphic accepts beyond IsPrint (Unicode category Zs). */
const graphicExtra = [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000];

function inGraphicList(r: number): boolean {
  return r <= 0xffff && graphicExtra.indexOf(r) >= 0;
}

/** strconv.IsGraphic. */
export function isGraphic(r: number): boolean {
  return isPrint(r) || inGraphicList(r);
}

function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

function hexN(v: number, n: number): string {
  let s = "";
  for (let sh = (n - 1) * 4; sh >= 0; sh -= 4) s += HEX[Math.floor(v / 2 ** sh) & 0xf];
  return s;
}

/** Which runes may appear unescaped. */
export const enum QuoteMode { Print = 0, ASCII = 1, Graphic = 2 }

/** One rune as it appears inside a quoted literal delimited by quote (a char code). */
function escapedRune(r: number, quote: number, mode: QuoteMode): string {
  if (r === quote || r === 0x5c) return "\\" + String.fromCharCode(r);
  if (mode === QuoteMode.ASCII) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (mode === QuoteMode.Graphic && inGraphicList(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 0x07: return "\\a";
    case 0x08: return "\\b";
    case 0x0c: return "\\f";
    case 0x0a: return "\\n";
    case 0x0d: return "\\r";
    case 0x09: return "\\t";
    case 0x0b: return "\\v";
  }
  if (r < 0x20 || r === 0x7f) return "\\x" + hexN(r, 2);
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x10000) return "\\u" + hexN(r, 4);
  return "\\U" + hexN(r, 8);
}

/** Quote, QuoteToASCII or QuoteToGraphic of a byte string. */
export function quoteWith(s: string, quote: number, mode: QuoteMode): string {
  const q = String.fromCharCode(quote);
  let out = q;
  let start = 0; // pending run of bytes copied as they are
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 0x5c) { i++; continue; }
    let r = c, width = 1;
    if (c >= 0x80) [r, width] = decodeRune(s, i);
    if (start < i) out += s.slice(start, i);
    if (width === 1 && r === RUNE_ERROR) out += "\\x" + HEX[c >> 4] + HEX[c & 15];
    else if (width > 1 && mode !== QuoteMode.ASCII && isPrint(r)) out += s.slice(i, i + width);
    else out += escapedRune(r, quote, mode);
    i += width;
    start = i;
  }
  if (start < n) out += s.slice(start);
  return out + q;
}

/** QuoteRune, QuoteRuneToASCII or QuoteRuneToGraphic of a rune (any int32). */
export function quoteRuneWith(r: number, mode: QuoteMode): string {
  if (!validRune(r)) r = RUNE_ERROR;
  return "'" + escapedRune(r, 0x27, mode) + "'";
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c < 0x20 && c !== 0x09) || c === 0x60 || c === 0x7f) return false;
      i++;
      continue;
    }
    const [r, w] = decodeRune(s, i);
    if (w === 1 && r === RUNE_ERROR) return false;
    if (r === 0xfeff) return false;
    i += w;
  }
  return true;
}

function unhex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** UnquoteChar(s[i:], quote): [value, multibyte, next offset], or null for a syntax error. */
export function unquoteChar(s: string, i: number, quote: number): [number, boolean, number] | null {
  const n = s.length;
  if (i >= n) return null;
  const c = s.charCodeAt(i);
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= 0x80) {
    const [r, w] = decodeRune(s, i);
    return [r, true, i + w];
  }
  if (c !== 0x5c) return [c, false, i + 1];
  if (i + 1 >= n) return null;
  const e = s.charCodeAt(i + 1);
  let p = i + 2;
  switch (e) {
    case 0x61: return [0x07, false, p];
    case 0x62: return [0x08, false, p];
    case 0x66: return [0x0c, false, p];
    case 0x6e: return [0x0a, false, p];
    case 0x72: return [0x0d, false, p];
    case 0x74: return [0x09, false, p];
    case 0x76: return [0x0b, false, p];
    case 0x78: case 0x75: case 0x55: {
      const len = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (n - p < len) return null;
      let v = 0;
      for (let j = 0; j < len; j++) {
        const x = unhex(s.charCodeAt(p + j));
        if (x < 0) return null;
        v = v * 16 + x;
      }
      p += len;
      if (e === 0x78) return [v, false, p];
      if (!validRune(v)) return null;
      return [v, true, p];
    }
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = e - 48;
      if (n - p < 2) return null;
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(p + j) - 48;
        if (x < 0 || x > 7) return null;
        v = v * 8 + x;
      }
      if (v > 255) return null;
      return [v, false, p + 2];
    }
    case 0x5c: return [0x5c, false, p];
    case 0x27: case 0x22:
      if (e !== quote) return null;
      return [e, false, p];
  }
  return null;
}

function validUTF8(s: string): boolean {
  for (let i = 0; i < s.length;) {
    if (s.charCodeAt(i) < 0x80) { i++; continue; }
    const [r, w] = decodeRune(s, i);
    if (w === 1 && r === RUNE_ERROR) return false;
    i += w;
  }
  return true;
}

/**
 * The quoted literal at the start of s: [text, length] where text is the unescaped value
 * (unescape) or the literal itself; null for a syntax error.
 */
export function unquotePrefix(s: string, unescape: boolean): [string, number] | null {
  if (s.length < 2) return null;
  const quote = s.charCodeAt(0);
  const close = s.indexOf(s[0]!, 1);
  if (close < 0) return null;
  let end = close + 1; // after the closing quote, if no escape hides an earlier one
  if (quote === 0x60) {
    if (!unescape) return [s.slice(0, end), end];
    const body = s.slice(1, end - 1);
    return [body.indexOf("\r") < 0 ? body : body.replaceAll("\r", ""), end];
  }
  if (quote !== 0x22 && quote !== 0x27) return null;
  const head = s.slice(0, end);
  if (head.indexOf("\\") < 0 && head.indexOf("\n") < 0) {
    let valid: boolean;
    const body = s.slice(1, end - 1);
    if (quote === 0x22) valid = validUTF8(body);
    else {
      const [r, w] = body.length > 0 ? decodeRune(body, 0) : [RUNE_ERROR, 0];
      valid = 1 + w + 1 === end && (r !== RUNE_ERROR || w !== 1);
    }
    if (valid) return [unescape ? body : head, end];
  }
  let out = "";
  let i = 1;
  while (i < s.length && s.charCodeAt(i) !== quote) {
    const u = unquoteChar(s, i, quote);
    if (s.charCodeAt(i) === 0x0a || u === null) return null;
    const [r, multibyte, next] = u;
    i = next;
    if (unescape) out += r < 0x80 || !multibyte ? String.fromCharCode(r) : encodeRune(r);
    if (quote === 0x27) break;
  }
  if (!(i < s.length && s.charCodeAt(i) === quote)) return null;
  end = i + 1;
  return [unescape ? out : s.slice(0, end), end];
}

/** strconv.Unquote: the value, or null for a syntax error. */
export function unquote(s: string): string | null {
  const r = unquotePrefix(s, true);
  if (r === null || r[1] !== s.length) return null;
  return r[0];
}
