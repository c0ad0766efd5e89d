// Unicode classification for identifiers, as Go's unicode.IsLetter and unicode.IsDigit define
// it, and Go's %q of a rune for scanner messages. JavaScript's \p{L} and \p{Nd} classes follow the same Unicode categories (L = Lu, Ll, Lt,
// Lm, Lo; Nd), so they serve as the table; results are cached per code point range query.

import { encodeRune, isPrint } from "./strconv.js";

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
