// The raw formatter under fmt's printer: the flags, width and precision of one verb, padding,
// and the layout of integers, runes, floats, strings and byte strings as fmt writes them.
// Output accumulates in `buf`, a Go byte string. Widths and precisions of text count runes.

import { decodeRune, encodeRune } from "../../../runtime/string.js";
import type { I64 } from "../../../runtime/int64.js";
import { formatFloat } from "../strconv/ftoa.js";
import { QuoteMode, canBackquote, isPrint, quoteRuneWith, quoteWith } from "../strconv/quote.js";

/** The number of runes in a byte string (each invalid byte counts as one). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c < 0x80 ? 1 : decodeRune(s, i)[1];
  }
  return n;
}

/** The flags of one verb; saved and restored as a whole around nested output. */
export interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** %+v and %#v: the + and # of a v verb mean struct field names and Go syntax instead. */
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  prec: number;
}

const MAX_RUNE = 0x10ffff;

export class Fmt implements Flags {
  buf = "";
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  prec = 0;

  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
  }

  saveFlags(): Flags {
    return {
      widPresent: this.widPresent, precPresent: this.precPresent, minus: this.minus, plus: this.plus,
      sharp: this.sharp, space: this.space, zero: this.zero, plusV: this.plusV, sharpV: this.sharpV,
      wid: this.wid, prec: this.prec,
    };
  }

  restoreFlags(f: Flags): void {
    Object.assign(this, f);
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    // Zeros pad only on the left.
    this.buf += (this.zero && !this.minus ? "0" : " ").repeat(n);
  }

  /** Appends s padded to the width, on the left unless the minus flag is set. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  /** pad with the zero flag off: for text that zeros must not precede. */
  padNoZero(s: string): void {
    const z = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = z;
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? "true" : "false");
  }

  /** U+0078, or with the sharp flag U+0078 'x' for printable runes. u is a uint64. */
  fmtUnicode(u: I64): void {
    let hex = u.toString(16).toUpperCase();
    const prec = this.precPresent && this.prec > 4 ? this.prec : 4;
    if (hex.length < prec) hex = "0".repeat(prec - hex.length) + hex;
    let s = "U+" + hex;
    if (this.sharp && u <= MAX_RUNE && isPrint(Number(u))) s += " '" + encodeRune(Number(u)) + "'";
    this.padNoZero(s);
  }

  /**
   * An integer in base 2, 8, 10 or 16 with sign, precision (minimum digits), zero padding and
   * the # prefixes. v is the value as the Go type holds it (signed or not).
   */
  fmtInteger(v: I64, base: number, isSigned: boolean, verb: number, upper: boolean): void {
    const negative = isSigned && v < 0;
    const mag: I64 = negative ? -v : v;
    let digits = mag.toString(base);
    if (upper) digits = digits.toUpperCase();
    // Two ways to ask for leading zeros: %.3d and %03d; with both, the zero flag is ignored.
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && (mag === 0 || mag === 0n)) {
        // Precision 0 and value 0 print nothing but the padding.
        const z = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = z;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // room for the sign
    }
    if (digits.length < prec) digits = "0".repeat(prec - digits.length) + digits;
    if (this.sharp) {
      if (base === 2) digits = "0b" + digits;
      else if (base === 8) { if (digits[0] !== "0") digits = "0" + digits; }
      else if (base === 16) digits = (upper ? "0X" : "0x") + digits;
    }
    if (verb === 0x4f) digits = "0o" + digits; // %O
    if (negative) digits = "-" + digits;
    else if (this.plus) digits = "+" + digits;
    else if (this.space) digits = " " + digits;
    this.padNoZero(digits);
  }

  /** The precision applied to text: at most prec runes. */
  truncateString(s: string): string {
    if (!this.precPresent) return s;
    let n = this.prec;
    for (let i = 0; i < s.length;) {
      if (--n < 0) return s.slice(0, i);
      const c = s.charCodeAt(i);
      i += c < 0x80 ? 1 : decodeRune(s, i)[1];
    }
    return s;
  }

  fmtS(s: string): void {
    this.pad(this.truncateString(s));
  }

  /** Hexadecimal of the bytes of s, with the sharp (0x) and space (separate bytes) flags. */
  fmtSbx(s: string, upper: boolean): void {
    const digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    const prefix = upper ? "0X" : "0x";
    let out = this.sharp ? prefix : "";
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += " ";
        if (this.sharp) out += prefix;
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4]! + digits[c & 15]!;
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** A double-quoted Go string, or with # a raw string when possible; + escapes non-ASCII. */
  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.pad("`" + s + "`");
      return;
    }
    this.pad(quoteWith(s, 0x22, this.plus ? QuoteMode.ASCII : QuoteMode.Print));
  }

  /** The rune c (a uint64 value) as UTF-8; values beyond Unicode give U+FFFD. */
  fmtC(c: I64): void {
    const r = c > MAX_RUNE ? 0xfffd : Number(c);
    this.pad(encodeRune(r));
  }

  /** The rune c as a single-quoted Go rune literal. */
  fmtQc(c: I64): void {
    const r = c > MAX_RUNE ? 0xfffd : Number(c);
    this.pad(quoteRuneWith(r, this.plus ? QuoteMode.ASCII : QuoteMode.Print));
  }

  /**
   * A float with strconv's format verb and default precision prec (-1: shortest), then fmt's
   * sign, space, # (keep the point and trailing zeros) and zero-padding rules.
   */
  fmtFloat(v: number, size: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    if (num[0] !== "-" && num[0] !== "+") num = "+" + num;
    if (this.space && num[0] === "+" && !this.plus) num = " " + num.slice(1);
    // Infinities and NaN are not numbers to pad with zeros.
    if (num[1] === "I" || num[1] === "N") {
      if (num[1] === "N" && !this.space && !this.plus) num = num.slice(1);
      this.padNoZero(num);
      return;
    }
    if (this.sharp && verb !== "b") {
      let digits = 0;
      if (verb === "v" || verb === "g" || verb === "G" || verb === "x") {
        digits = prec;
        if (digits === -1) digits = 6;
      }
      let tail = "";
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const c = num[i]!;
        if (c === ".") {
          hasDecimalPoint = true;
          continue;
        }
        if (c === "p" || c === "P" || ((c === "e" || c === "E") && verb !== "x" && verb !== "X")) {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if (c !== "0") sawNonzeroDigit = true;
        // Count the significant digits after the first nonzero one.
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        // A lone 0 counts as a digit.
        if (num.length === 2 && num[1] === "0") digits--;
        num += ".";
      }
      if (digits > 0) num += "0".repeat(digits);
      num += tail;
    }
    if (this.plus || num[0] !== "+") {
      // Zero padding goes between the sign and the digits.
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}
