// Lexical forms of literals and names: identifier-name tests, shortest round-tripping number
// text and string quoting. The printer uses these; tests check them by evaluating the output.

const ID_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** Reports whether s can follow `.` or be an unquoted property name (reserved words can, in ES5+). */
export function isIdentifierName(s: string): boolean {
  return ID_NAME.test(s);
}

/**
 * The text of a finite, non-negative number that reads back as the same double. JS's own
 * number-to-string is already the shortest round-tripping form; minified output also drops a
 * leading zero (`.5`), the `+` of exponents, and writes long runs of trailing zeros as an
 * exponent (`1e6`).
 */
export function numberText(v: number, minify: boolean): string {
  let s = String(v);
  if (!minify) return s;
  if (s.startsWith("0.")) return s.slice(1);
  const e = s.indexOf("e+");
  if (e >= 0) return s.slice(0, e) + "e" + s.slice(e + 2);
  const m = /^(\d*[1-9])(0{3,})$/.exec(s);
  if (m) s = m[1] + "e" + m[2]!.length;
  return s;
}

const HEX = "0123456789abcdef";
const hex2 = (c: number): string => "\\x" + HEX[c >> 4] + HEX[c & 15];
const hex4 = (c: number): string => "\\u" + HEX[c >> 12] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];

/**
 * A double-quoted JS string literal for s. Control characters, U+2028/U+2029 (line
 * terminators inside literals before ES2019 and in JSON-minded tools) and lone surrogates
 * (which UTF-8 cannot encode) are escaped; with asciiOnly, so is everything above U+007E.
 */
export function quoteString(s: string, asciiOnly: boolean): string {
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) continue;
    let esc: string;
    if (c < 0x80) {
      switch (c) {
        case 0x22: esc = '\\"'; break;
        case 0x5c: esc = "\\\\"; break;
        case 0x0a: esc = "\\n"; break;
        case 0x0d: esc = "\\r"; break;
        case 0x09: esc = "\\t"; break;
        case 0x08: esc = "\\b"; break;
        case 0x0c: esc = "\\f"; break;
        case 0x0b: esc = "\\v"; break;
        case 0x00: {
          // `\0` followed by a digit would be an octal escape.
          const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
          esc = d >= 0x30 && d <= 0x39 ? "\\x00" : "\\0";
          break;
        }
        default: esc = hex2(c);
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const lo = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        // A valid pair: kept as is unless ASCII output is wanted.
        esc = asciiOnly ? hex4(c) + hex4(lo) : s.slice(i, i + 2);
        out += s.slice(start, i) + esc;
        i++;
        start = i + 1;
        continue;
      }
      esc = hex4(c);
    } else if (c === 0x2028 || c === 0x2029) esc = hex4(c);
    else if (!asciiOnly) continue;
    else esc = c <= 0xff ? hex2(c) : hex4(c);
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}
