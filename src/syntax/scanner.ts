// The Go scanner: turns a source (a byte string) into tokens, one per call of next().
//
// It reproduces gc's scanner: the same tokens, automatic semicolon insertion (a newline or EOF
// after an identifier, literal, one of break/continue/fallthrough/return, ++, --, ), ] or }
// becomes a ';' whose lit is "newline" or "EOF"), and the same error messages at the same
// positions. Invalid bytes (NUL, invalid UTF-8, a BOM after the first byte) are reported and
// skipped, so the parser never sees them.
//
// Positions are byte offsets into the source; the parser turns them into absolute positions.
// Comments are skipped except directives (//go:..., //line ..., /*line ...*/), which are handed
// to a callback with their offset and text.

import { InternalError } from "../base/index.js";
import { LitKind, Operator, Prec, Token, tokenString } from "./token.js";
import { isUnicodeDigit, isUnicodeLetter, quoteRune } from "./unicode.js";
import { decodeRune, formatSharpU } from "./strconv.js";

/**
 * The type of the scanner's current token. A plain Token would let TypeScript narrow
 * `this.tok` after a comparison and then reject later comparisons, not knowing that next()
 * changes it; the branded number union is never narrowed to a single member.
 */
export type TokenValue = Token | (number & { readonly __token?: undefined });
export type OperatorValue = Operator | (number & { readonly __operator?: undefined });

export type ErrorHandler = (offset: number, msg: string) => void;
/** Called for //go:, //line and /*line comments; text includes the comment markers. */
export type DirectiveHandler = (offset: number, text: string) => void;

// Character classes for ASCII bytes, for the hot loops.
const C_LETTER = 1, C_DIGIT = 2, C_HEX = 4;
const cclass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f) cclass[c] |= C_LETTER;
  if (c >= 0x30 && c <= 0x39) cclass[c] |= C_DIGIT | C_HEX;
  if ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) cclass[c] |= C_HEX;
}

const lower = (ch: number) => ch | 0x20; // lower-case of an ASCII letter
const isLetter = (ch: number) => ch >= 0 && ch < 128 && (cclass[ch]! & C_LETTER) !== 0;
const isDecimal = (ch: number) => ch >= 0x30 && ch <= 0x39;
const isHex = (ch: number) => ch >= 0 && ch < 128 && (cclass[ch]! & C_HEX) !== 0;

function baseName(base: number): string {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    case 16: return "hexadecimal";
  }
  throw new InternalError("invalid base");
}

export class Scanner {
  private readonly src: string;
  private readonly n: number;

  // The current character: ch is its code point (-1 at EOF), chOff its offset, r the offset
  // just after it.
  private ch: number & { readonly __char?: undefined } = 0x20; // not narrowed, as tok
  private chOff = 0;
  private r = 0;

  private nlsemi = false; // if set, a newline or EOF becomes ';'

  // The current token, valid after next().
  // Declared as number, not Token: TypeScript would otherwise narrow this.tok after a
  // comparison and not see that next() changes it.
  tok: TokenValue = Token.None;
  /** Offset of the current token's first byte. */
  offset = 0;
  /** Name text, literal source text, or for ';' one of "semicolon", "newline", "EOF". */
  lit = "";
  /** For a literal: it has an error (lit may be malformed). */
  bad = false;
  kind: LitKind = LitKind.Int;
  op: OperatorValue = Operator.None; // not narrowed either, as tok
  prec: number = Prec.None;

  /**
   * The source has no NUL and no byte >= 0x80: no character needs checking or decoding, so
   * comments and white space can be skipped with indexOf and tight loops. One native regexp
   * test per file decides; most Go files are plain ASCII.
   */
  private readonly plain: boolean;

  constructor(src: string, private readonly errh: ErrorHandler, private readonly dirh: DirectiveHandler | null) {
    this.src = src;
    this.n = src.length;
    this.plain = !/[\x00\x80-\xff]/.test(src);
    this.nextch();
  }

  private scanErrorAt(offset: number, msg: string): void { this.errh(offset, msg); }
  /** Reports an error at the current character. */
  private scanError(msg: string): void { this.errh(this.chOff, msg); }

  /** Advances to the next character, reporting and skipping NUL, invalid UTF-8 and late BOMs. */
  private nextch(): void {
    const s = this.src;
    for (;;) {
      const r = this.r;
      if (r >= this.n) {
        this.ch = -1;
        this.chOff = this.n;
        return;
      }
      const c = s.charCodeAt(r);
      if (c < 0x80) {
        this.chOff = r;
        this.r = r + 1;
        if (c === 0) {
          this.scanErrorAt(r, "invalid NUL character");
          continue;
        }
        this.ch = c;
        return;
      }
      const d = decodeRune(s, r);
      const cp = d >>> 3, w = d & 7;
      if (cp === 0xfffd && w === 1) {
        this.chOff = r;
        this.r = r + 1;
        this.scanErrorAt(r, "invalid UTF-8 encoding");
        continue;
      }
      if (cp === 0xfeff) {
        this.chOff = r;
        this.r = r + w;
        if (r > 0) this.scanErrorAt(r, "invalid BOM in the middle of the file");
        continue;
      }
      this.chOff = r;
      this.r = r + w;
      this.ch = cp;
      return;
    }
  }

  /** Moves back so that the character at offset is current again. */
  private rewindTo(offset: number): void {
    this.r = offset;
    this.nextch();
  }

  /** Reads the next token. */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    const s = this.src;

    for (;;) {
      // skip white space
      let ch = this.ch;
      while (ch === 0x20 || ch === 0x09 || (ch === 0x0a && !nlsemi) || ch === 0x0d) {
        // Plain ASCII white space needs no decoding: scan it in a local loop. (The outer loop
        // repeats when a skipped invalid byte is followed by more white space.)
        let r = this.r;
        const n = this.n;
        let c = r < n ? s.charCodeAt(r) : -1;
        while (c === 0x20 || c === 0x09 || (c === 0x0a && !nlsemi) || c === 0x0d) {
          r++;
          c = r < n ? s.charCodeAt(r) : -1;
        }
        if (c > 0 && c < 0x80) {
          this.chOff = r;
          this.r = r + 1;
          this.ch = ch = c;
        } else {
          this.r = r;
          this.nextch();
          ch = this.ch;
        }
      }

      this.offset = this.chOff;

      if (ch < 0x80 ? (ch >= 0 && (cclass[ch]! & C_LETTER) !== 0) : this.atIdentChar(true)) {
        this.ident();
        return;
      }

      switch (ch) {
        case -1:
          if (nlsemi) {
            this.lit = "EOF";
            this.tok = Token.Semi;
            return;
          }
          this.tok = Token.EOF;
          return;
        case 0x0a: // \n
          this.nextch();
          this.lit = "newline";
          this.tok = Token.Semi;
          return;
        case 0x30: case 0x31: case 0x32: case 0x33: case 0x34:
        case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
          this.number(false);
          return;
        case 0x22: // "
          this.stdString();
          return;
        case 0x60: // `
          this.rawString();
          return;
        case 0x27: // '
          this.rune();
          return;
        case 0x28: this.nextch(); this.tok = Token.Lparen; return;
        case 0x5b: this.nextch(); this.tok = Token.Lbrack; return;
        case 0x7b: this.nextch(); this.tok = Token.Lbrace; return;
        case 0x2c: this.nextch(); this.tok = Token.Comma; return;
        case 0x3b: this.nextch(); this.lit = "semicolon"; this.tok = Token.Semi; return;
        case 0x29: this.nextch(); this.nlsemi = true; this.tok = Token.Rparen; return;
        case 0x5d: this.nextch(); this.nlsemi = true; this.tok = Token.Rbrack; return;
        case 0x7d: this.nextch(); this.nlsemi = true; this.tok = Token.Rbrace; return;
        case 0x3a: // :
          this.nextch();
          if (this.ch === 0x3d) { this.nextch(); this.tok = Token.Define; return; }
          this.tok = Token.Colon;
          return;
        case 0x2e: { // .
          this.nextch();
          if (isDecimal(this.ch)) { this.number(true); return; }
          if (this.ch === 0x2e) {
            const second = this.chOff;
            this.nextch();
            if (this.ch === 0x2e) { this.nextch(); this.tok = Token.DotDotDot; return; }
            this.rewindTo(second); // now ch is the 2nd '.'
          }
          this.tok = Token.Dot;
          return;
        }
        case 0x2b: // +
          this.nextch();
          this.op = Operator.Add; this.prec = Prec.Add;
          if (this.ch !== 0x2b) { this.assignop(); return; }
          this.nextch(); this.nlsemi = true; this.tok = Token.IncOp;
          return;
        case 0x2d: // -
          this.nextch();
          this.op = Operator.Sub; this.prec = Prec.Add;
          if (this.ch !== 0x2d) { this.assignop(); return; }
          this.nextch(); this.nlsemi = true; this.tok = Token.IncOp;
          return;
        case 0x2a: // *
          this.nextch();
          this.op = Operator.Mul; this.prec = Prec.Mul;
          // not assignop: '*' alone is the Star token
          if (this.ch === 0x3d) { this.nextch(); this.tok = Token.AssignOp; return; }
          this.tok = Token.Star;
          return;
        case 0x2f: // /
          this.nextch();
          if (this.ch === 0x2f) {
            this.nextch();
            this.lineComment();
            continue;
          }
          if (this.ch === 0x2a) {
            this.nextch();
            const start = this.offset;
            this.fullComment();
            if (nlsemi && s.indexOf("\n", start) >= 0 && s.indexOf("\n", start) < this.chOff) {
              // A multi-line comment acts like a newline.
              this.lit = "newline";
              this.tok = Token.Semi;
              return;
            }
            continue;
          }
          this.op = Operator.Div; this.prec = Prec.Mul;
          this.assignop();
          return;
        case 0x25: // %
          this.nextch();
          this.op = Operator.Rem; this.prec = Prec.Mul;
          this.assignop();
          return;
        case 0x26: // &
          this.nextch();
          if (this.ch === 0x26) {
            this.nextch();
            this.op = Operator.AndAnd; this.prec = Prec.AndAnd; this.tok = Token.Operator;
            return;
          }
          this.op = Operator.And; this.prec = Prec.Mul;
          if (this.ch === 0x5e) { this.nextch(); this.op = Operator.AndNot; }
          this.assignop();
          return;
        case 0x7c: // |
          this.nextch();
          if (this.ch === 0x7c) {
            this.nextch();
            this.op = Operator.OrOr; this.prec = Prec.OrOr; this.tok = Token.Operator;
            return;
          }
          this.op = Operator.Or; this.prec = Prec.Add;
          this.assignop();
          return;
        case 0x5e: // ^
          this.nextch();
          this.op = Operator.Xor; this.prec = Prec.Add;
          this.assignop();
          return;
        case 0x3c: // <
          this.nextch();
          if (this.ch === 0x3d) { this.nextch(); this.op = Operator.Leq; this.prec = Prec.Cmp; this.tok = Token.Operator; return; }
          if (this.ch === 0x3c) { this.nextch(); this.op = Operator.Shl; this.prec = Prec.Mul; this.assignop(); return; }
          if (this.ch === 0x2d) { this.nextch(); this.tok = Token.Arrow; return; }
          this.op = Operator.Lss; this.prec = Prec.Cmp; this.tok = Token.Operator;
          return;
        case 0x3e: // >
          this.nextch();
          if (this.ch === 0x3d) { this.nextch(); this.op = Operator.Geq; this.prec = Prec.Cmp; this.tok = Token.Operator; return; }
          if (this.ch === 0x3e) { this.nextch(); this.op = Operator.Shr; this.prec = Prec.Mul; this.assignop(); return; }
          this.op = Operator.Gtr; this.prec = Prec.Cmp; this.tok = Token.Operator;
          return;
        case 0x3d: // =
          this.nextch();
          if (this.ch === 0x3d) { this.nextch(); this.op = Operator.Eql; this.prec = Prec.Cmp; this.tok = Token.Operator; return; }
          this.tok = Token.Assign;
          return;
        case 0x21: // !
          this.nextch();
          if (this.ch === 0x3d) { this.nextch(); this.op = Operator.Neq; this.prec = Prec.Cmp; this.tok = Token.Operator; return; }
          this.op = Operator.Not; this.prec = Prec.None; this.tok = Token.Operator;
          return;
        case 0x7e: // ~
          this.nextch();
          this.op = Operator.Tilde; this.prec = Prec.None; this.tok = Token.Operator;
          return;
        default:
          this.scanError(`invalid character ${formatSharpU(ch)}`);
          this.nextch();
          continue;
      }
    }
  }

  private assignop(): void {
    if (this.ch === 0x3d) {
      this.nextch();
      this.tok = Token.AssignOp;
      return;
    }
    this.tok = Token.Operator;
  }

  private ident(): void {
    const s = this.src;
    // Fast path: ASCII letters and digits. (Past the end, charCodeAt gives NaN and the class
    // lookup undefined, which ends the loop; bytes >= 0x80 are outside the table likewise.)
    let r = this.r;
    while ((cclass[s.charCodeAt(r)]! & (C_LETTER | C_DIGIT)) !== 0) r++;
    this.r = r;
    this.nextch();
    if (this.ch >= 0x80) {
      // General case; atIdentChar also accepts ASCII letters and digits that follow.
      while (this.atIdentChar(false)) this.nextch();
    }
    const start = this.offset, len = this.chOff - start;
    if (len >= 2 && len <= 11) {
      // Keywords are found by a perfect hash on the first two bytes and the length, then
      // confirmed in place, so no string is made for them.
      const kw = keywordHashTable[keywordHash(s.charCodeAt(start), s.charCodeAt(start + 1), len)]!;
      if (kw !== Token.None && keywordLen[kw] === len && matchAt(s, start, keywordText[kw]!)) {
        this.nlsemi = kw === Token.Break || kw === Token.Continue || kw === Token.Fallthrough || kw === Token.Return;
        this.tok = kw;
        return;
      }
    }
    // (Interning names through a hash table to save allocations was measured: slower.)
    this.nlsemi = true;
    this.tok = Token.Name;
    this.lit = s.substring(start, this.chOff);
  }

  /** Reports whether ch (non-ASCII, or at an identifier start) can be part of an identifier. */
  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch < 0) return false;
    if (ch < 0x80) {
      if (isLetter(ch)) return true;
      if (isDecimal(ch)) {
        return !first; // an ASCII digit never starts an identifier (it starts a number)
      }
      return false;
    }
    if (isUnicodeLetter(ch)) return true;
    if (isUnicodeDigit(ch)) {
      if (first) this.scanError(`identifier cannot begin with digit ${formatSharpU(ch)}`);
      return true;
    }
    this.scanError(`invalid character ${formatSharpU(ch)} in identifier`);
    return true;
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true;
    this.tok = Token.Literal;
    this.lit = this.src.substring(this.offset, this.chOff);
    this.bad = !ok;
    this.kind = kind;
  }

  // digits accepts { digit | '_' }. For base <= 10 it accepts any decimal digit but records,
  // in invalidDigit (when checkInvalid) the offset, relative to the literal start, of the first
  // digit >= base.
  // Result bit 0: a digit was seen; bit 1: a '_' was seen.
  private invalidDigit = -1; // offset (from the literal start) of the first invalid digit, or -1

  private digits(base: number, checkInvalid: boolean): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 0x30 + base;
      while (isDecimal(this.ch) || this.ch === 0x5f) {
        let ds = 1;
        if (this.ch === 0x5f) ds = 2;
        else if (this.ch >= max && checkInvalid && this.invalidDigit < 0) this.invalidDigit = this.chOff - this.offset;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 0x5f) {
        digsep |= this.ch === 0x5f ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean): void {
    let ok = true;
    let kind = LitKind.Int;
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
    let digsep = 0;
    this.invalidDigit = -1;

    if (!seenPoint) {
      if (this.ch === 0x30) {
        this.nextch();
        switch (lower(this.ch)) {
          case 0x78: this.nextch(); base = 16; prefix = 0x78; break;
          case 0x6f: this.nextch(); base = 8; prefix = 0x6f; break;
          case 0x62: this.nextch(); base = 2; prefix = 0x62; break;
          default: base = 8; prefix = 0x30; digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, true);
      if (this.ch === 0x2e) {
        if (prefix === 0x6f || prefix === 0x62) {
          this.scanError(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }

    if (seenPoint) {
      kind = LitKind.Float;
      digsep |= this.digits(base, true);
    }

    if ((digsep & 1) === 0 && ok) {
      this.scanError(`${baseName(base)} literal has no digits`);
      ok = false;
    }

    const e = lower(this.ch);
    if (e === 0x65 || e === 0x70) { // e or p
      if (ok) {
        if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
          this.scanError(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 0x70 && prefix !== 0x78) {
          this.scanError(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = LitKind.Float;
      if (this.ch === 0x2b || this.ch === 0x2d) this.nextch();
      digsep = this.digits(10, false) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.scanError("exponent has no digits");
        ok = false;
      }
    } else if (prefix === 0x78 && kind === LitKind.Float && ok) {
      this.scanError("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    if (this.ch === 0x69) { // i
      kind = LitKind.Imag;
      this.nextch();
    }

    this.setLit(kind, ok);

    if (kind === LitKind.Int && this.invalidDigit >= 0 && ok) {
      const i = this.invalidDigit;
      this.scanErrorAt(this.offset + i, `invalid digit ${quoteRune(this.lit.charCodeAt(i))} in ${baseName(base)} literal`);
      ok = false;
    }

    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.scanErrorAt(this.offset + i, "'_' must separate successive digits");
        ok = false;
      }
    }

    this.bad = !ok;
  }

  private rune(): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      if (this.ch === 0x27) {
        if (ok) {
          if (n === 0) {
            this.scanError("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.scanErrorAt(this.offset, "more than one character in rune literal");
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x27)) ok = false;
        continue;
      }
      if (this.ch === 0x0a) {
        if (ok) {
          this.scanError("newline in rune literal");
          ok = false;
        }
        break;
      }
      if (this.ch < 0) {
        if (ok) {
          this.scanErrorAt(this.offset, "rune literal not terminated");
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit(LitKind.Rune, ok);
  }

  private stdString(): void {
    let ok = true;
    const s = this.src;
    this.nextch();
    for (;;) {
      const ch = this.ch;
      if (ch === 0x22) { this.nextch(); break; }
      if (ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x22)) ok = false;
        continue;
      }
      if (ch === 0x0a) {
        this.scanError("newline in string");
        ok = false;
        break;
      }
      if (ch < 0) {
        this.scanErrorAt(this.offset, "string not terminated");
        ok = false;
        break;
      }
      // Fast path over plain printable ASCII.
      const r = this.r;
      const c = r < this.n ? s.charCodeAt(r) : -1;
      if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) {
        this.chOff = r;
        this.r = r + 1;
        this.ch = c;
      } else {
        this.nextch();
      }
    }
    this.setLit(LitKind.String, ok);
  }

  private rawString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 0x60) { this.nextch(); break; }
      if (this.ch < 0) {
        this.scanErrorAt(this.offset, "string not terminated");
        ok = false;
        break;
      }
      this.nextch();
    }
    // Carriage returns stay in lit: they are part of the literal's text, though not its value.
    this.setLit(LitKind.String, ok);
  }

  private skipLine(): void {
    // The '\n' is not consumed: the semicolon logic needs it.
    const s = this.src;
    const i = s.indexOf("\n", this.chOff);
    if (i < 0) {
      // Skip to EOF, still reporting invalid bytes.
      while (this.ch >= 0) this.nextch();
      return;
    }
    // Fast path when the rest of the line is plain ASCII without NUL; otherwise decode.
    let plain = true;
    if (!this.plain) for (let k = this.chOff; k < i; k++) {
      const c = s.charCodeAt(k);
      if (c === 0 || c >= 0x80) { plain = false; break; }
    }
    if (plain) {
      this.rewindTo(i);
      return;
    }
    while (this.ch >= 0 && this.ch !== 0x0a) this.nextch();
  }

  private lineComment(): void {
    // "//" has been consumed. Directives are //go:... and //line ... .
    const start = this.offset;
    const s = this.src;
    const isDirective = this.dirh !== null &&
      ((this.ch === 0x67 && s.startsWith("go:", this.chOff)) || (this.ch === 0x6c && s.startsWith("line ", this.chOff)));
    this.skipLine();
    if (isDirective) this.dirh!(start, s.substring(start, this.chOff));
  }

  private skipComment(): boolean {
    const s = this.src;
    for (;;) {
      // Fast scan to the next '*' when the bytes in between need no checking.
      const i = s.indexOf("*/", this.chOff);
      if (i >= 0) {
        let plain = true;
        if (!this.plain) for (let k = this.chOff; k < i; k++) {
          const c = s.charCodeAt(k);
          if (c === 0 || c >= 0x80) { plain = false; break; }
        }
        if (plain) {
          this.rewindTo(i + 2);
          return true;
        }
      }
      while (this.ch >= 0) {
        while (this.ch === 0x2a) {
          this.nextch();
          if (this.ch === 0x2f) { this.nextch(); return true; }
        }
        this.nextch();
      }
      this.scanErrorAt(this.offset, "comment not terminated");
      return false;
    }
  }

  private fullComment(): void {
    // "/*" has been consumed. The only directive form is /*line ...*/.
    const start = this.offset;
    const isDirective = this.dirh !== null && this.ch === 0x6c && this.src.startsWith("line ", this.chOff);
    if (this.skipComment() && isDirective) this.dirh!(start, this.src.substring(start, this.chOff));
  }

  private escape(quote: number): boolean {
    let n: number, base: number, max: number;
    switch (this.ch) {
      case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
        this.nextch();
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        n = 3; base = 8; max = 255;
        break;
      case 0x78: this.nextch(); n = 2; base = 16; max = 255; break;
      case 0x75: this.nextch(); n = 4; base = 16; max = 0x10ffff; break;
      case 0x55: this.nextch(); n = 8; base = 16; max = 0x10ffff; break;
      default:
        if (this.ch < 0) return true; // the caller complains about EOF
        this.scanError("unknown escape");
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true; // the caller complains about EOF
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 0x30;
      else if (this.ch < 0x80 && lower(this.ch) >= 0x61 && lower(this.ch) <= 0x66) d = lower(this.ch) - 0x61 + 10;
      if (d >= base) {
        this.scanError(`invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }
    if (x > max && base === 8) {
      this.scanError(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.scanError(`escape is invalid Unicode code point ${formatSharpU(x)}`);
      return false;
    }
    return true;
  }
}

/**
 * Reports whether s contains w at offset start. (A charCodeAt loop: for the short words
 * compared here it is several times faster than String.prototype.startsWith with a position,
 * which V8 does not inline.)
 */
function matchAt(s: string, start: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    if (s.charCodeAt(start + i) !== w.charCodeAt(i)) return false;
  }
  return true;
}

// Keyword recognition: a perfect hash of (first byte, second byte, length) into 64 slots, as
// gc's scanner uses; a test at start-up guarantees there are no collisions.
const keywordText: string[] = [];
const keywordLen = new Uint8Array(Token.Count);
const keywordHashTable = new Uint8Array(64);

function keywordHash(c0: number, c1: number, len: number): number {
  return (((c0 << 4) ^ c1) + len) & 63;
}

for (let t = Token.Break; t <= Token.Var; t++) {
  const text = tokenString(t);
  keywordText[t] = text;
  keywordLen[t] = text.length;
  const h = keywordHash(text.charCodeAt(0), text.charCodeAt(1), text.length);
  if (keywordHashTable[h] !== 0) throw new InternalError("imperfect keyword hash");
  keywordHashTable[h] = t;
}

/** The index of the first misplaced '_' in a number literal, or -1. */
export function invalidSep(x: string): number {
  let x1 = 0x20; // prefix char; only 'x' matters
  let d = 0x2e;  // digit class of the previous char: '_', '0' (a digit), or '.' (other)
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 0x30) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 0x78 || x1 === 0x6f || x1 === 0x62) {
      d = 0x30;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 0x5f) {
      if (p !== 0x30) return i;
    } else if (isDecimal(d) || (x1 === 0x78 && isHex(d))) {
      d = 0x30;
    } else {
      if (p === 0x5f) return i - 1;
      d = 0x2e;
    }
  }
  if (d === 0x5f) return x.length - 1;
  return -1;
}
