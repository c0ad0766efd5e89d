// Unicode classification for identifiers, as Go's unicode.IsLetter and unicode.IsDigit define
// it. JavaScript's \p{L} and \p{Nd} classes follow the same Unicode categories (L = Lu, Ll, Lt,
// Lm, Lo; Nd), so they serve as the table; results are cached per code point range query.

const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;

/** unicode.IsLetter for a non-ASCII code point. */
export function isUnicodeLetter(cp: number): boolean {
  return letterRe.test(String.fromCodePoint(cp));
}

/** unicode.IsDigit for a non-ASCII code point. */
export function isUnicodeDigit(cp: number): boolean {
  return digitRe.test(String.fromCodePoint(cp));
}

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

/** Formats a code point as Go's %#U verb does: U+00E9 'é'. Result is a byte string. */
export function formatSharpU(cp: number): string {
  let hex = cp.toString(16).toUpperCase();
  while (hex.length < 4) hex = "0" + hex;
  let s = "U+" + hex;
  if (isPrint(cp)) s += " '" + encodeRune(cp) + "'";
  return s;
}

/** UTF-8 encoding of a code point, as a byte string. */
export function encodeRune(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

const printRe = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return false;
  return printRe.test(String.fromCodePoint(cp));
}

/**
 * Formats a code point as Go's %q verb does for a rune: 'x', '\n', '\x00', '\u00a0'.
 * Result is a byte string.
 */
export function quoteRune(cp: number): string {
  switch (cp) {
    case 7: return "'\\a'";
    case 8: return "'\\b'";
    case 12: return "'\\f'";
    case 10: return "'\\n'";
    case 13: return "'\\r'";
    case 9: return "'\\t'";
    case 11: return "'\\v'";
    case 0x5c: return "'\\\\'";
    case 0x27: return "'\\''";
  }
  if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  if (isPrint(cp)) return "'" + encodeRune(cp) + "'";
  const hex = (n: number, w: number) => { let h = n.toString(16); while (h.length < w) h = "0" + h; return h; };
  if (cp < 0x80) return "'\\x" + hex(cp, 2) + "'";
  if (cp < 0x10000) return "'\\u" + hex(cp, 4) + "'";
  return "'\\U" + hex(cp, 8) + "'";
}
