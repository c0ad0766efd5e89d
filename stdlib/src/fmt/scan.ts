// fmt's scanning of operands: Scanner methods first, then by the pointed-to kind (booleans,
// integers with base prefixes and %c, floats with Go's syntax, complex numbers, strings as
// words, quoted or hex), and the format-driven Scanf with Go's rules for spaces and newlines.
// Numbers are converted by strconv's Go functions so that errors are its *NumError values.

import { type Iface, Kind, type Type } from "../../../runtime/type.js";
import { Complex } from "../../../runtime/complex.js";
import { stringToBytes, decodeRune, encodeRune } from "../../../runtime/string.js";
import { callGo, methodsOf } from "./methods.js";
import { isPredeclared } from "./print.js";
import { EOF, HUGE_WID, ScanFail, ScanState, goVals, isEOF, isSpace } from "./scanstate.js";

/** strconv functions, handed over by fmt's init. */
export const conv = {
  parseInt: null as unknown as Function,
  parseUint: null as unknown as Function,
  parseFloat: null as unknown as Function,
  atoi: null as unknown as Function,
  unquote: null as unknown as Function,
  /** Sets a *strconv.NumError's Num field (fmt reports the whole token). */
  setNum: null as unknown as Function,
  ldexp: null as unknown as Function,
};

const DECIMAL = "0123456789", BINARY = "01", OCTAL = "01234567", HEX = "0123456789aAbBcCdDeEfF";
const FLOAT_VERBS = "beEfFgGv";

function verbOK(s: ScanState, verb: number, okVerbs: string, typ: string): void {
  if (verb < 0x80 && okVerbs.indexOf(String.fromCharCode(verb)) >= 0) return;
  s.fail("bad verb '%" + runeStr(verb) + "' for " + typ);
}

function runeStr(r: number): string {
  return encodeRune(r);
}

function scanBool(s: ScanState, verb: number): boolean {
  s.skipSpace();
  s.notEOF();
  verbOK(s, verb, "tv", "boolean");
  const bad = (): never => s.fail("syntax error scanning boolean");
  switch (s.getRune()) {
    case 0x30: return false;
    case 0x31: return true;
    case 0x74: case 0x54:
      if (s.accept("rR") && (!s.accept("uU") || !s.accept("eE"))) bad();
      return true;
    case 0x66: case 0x46:
      if (s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE"))) bad();
      return false;
  }
  return false;
}

function getBase(s: ScanState, verb: number): [number, string] {
  verbOK(s, verb, "bdoUxXv", "integer");
  switch (verb) {
    case 0x62: return [2, BINARY];
    case 0x6f: return [8, OCTAL];
    case 0x78: case 0x58: case 0x55: return [16, HEX];
  }
  return [10, DECIMAL];
}

function scanNumber(s: ScanState, digits: string, haveDigits: boolean): string {
  if (!haveDigits) {
    s.notEOF();
    if (!s.accept(digits)) s.fail("expected integer");
  }
  while (s.accept(digits)) { /* more digits */ }
  return s.buf;
}

/** %c: one rune, which must fit the integer's bit size as a signed value. */
function scanRune(s: ScanState, bitSize: number): number {
  s.notEOF();
  const r = s.getRune();
  if (bitSize < 64) {
    const shift = 32 - Math.min(bitSize, 32);
    const x = bitSize >= 32 ? r | 0 : (r << shift) >> shift;
    if (x !== r) s.fail("overflow on character value " + runeStr(r));
  }
  return r;
}

function scanBasePrefix(s: ScanState): [number, string, boolean] {
  if (!s.peek("0")) return [0, DECIMAL + "_", false];
  s.accept("0");
  if (s.peek("bB")) { s.consume("bB", true); return [0, BINARY + "_", true]; }
  if (s.peek("oO")) { s.consume("oO", true); return [0, OCTAL + "_", true]; }
  if (s.peek("xX")) { s.consume("xX", true); return [0, HEX + "_", true]; }
  return [0, OCTAL + "_", true];
}

function fits(v: bigint, bitSize: number, signed: boolean): boolean {
  if (bitSize >= 64) return true;
  const b = BigInt(bitSize);
  return signed ? v >= -(1n << (b - 1n)) && v < (1n << (b - 1n)) : v < (1n << b);
}

function scanInteger(s: ScanState, verb: number, bitSize: number, signed: boolean): number | bigint {
  if (verb === 0x63) return scanRune(s, bitSize);
  s.skipSpace();
  s.notEOF();
  let [base, digits] = getBase(s, verb);
  let haveDigits = false;
  if (verb === 0x55) {
    if (!s.consume("U", false) || !s.consume("+", false)) s.fail("bad unicode format ");
  } else {
    if (signed) s.accept("+-");
    if (verb === 0x76) [base, digits, haveDigits] = scanBasePrefix(s);
  }
  const tok = scanNumber(s, digits, haveDigits);
  const [v, err] = callGo(signed ? conv.parseInt : conv.parseUint, tok, base, 64) as [number | bigint, Iface | null];
  if (err !== null) throw new ScanFail(err);
  if (!fits(BigInt(v), bitSize, signed)) s.fail((signed ? "integer" : "unsigned integer") + " overflow on token " + tok);
  return v;
}

function floatToken(s: ScanState): string {
  s.buf = "";
  if (s.accept("nN") && s.accept("aA") && s.accept("nN")) return s.buf;
  s.accept("+-");
  if (s.accept("iI") && s.accept("nN") && s.accept("fF")) return s.buf;
  let digits = DECIMAL + "_";
  let exp = "eEpP";
  if (s.accept("0") && s.accept("xX")) {
    digits = HEX + "_";
    exp = "pP";
  }
  while (s.accept(digits)) { /* mantissa */ }
  if (s.accept(".")) while (s.accept(digits)) { /* fraction */ }
  if (s.accept(exp)) {
    s.accept("+-");
    while (s.accept(DECIMAL + "_")) { /* exponent */ }
  }
  return s.buf;
}

/** A float token to a value; a decimal mantissa with a p exponent means mantissa × 2^exp. */
function convertFloat(s: ScanState, str: string, n: number): number {
  const p = str.indexOf("p");
  if (p >= 0 && str.indexOf("x") < 0 && str.indexOf("X") < 0) {
    const [f, err] = callGo(conv.parseFloat, str.slice(0, p), n) as [number, Iface | null];
    if (err !== null) {
      callGo(conv.setNum, err, str);
      throw new ScanFail(err);
    }
    const [m, err2] = callGo(conv.atoi, str.slice(p + 1)) as [number, Iface | null];
    if (err2 !== null) {
      callGo(conv.setNum, err2, str);
      throw new ScanFail(err2);
    }
    return callGo(conv.ldexp, f, m) as number;
  }
  const [f, err] = callGo(conv.parseFloat, str, n) as [number, Iface | null];
  if (err !== null) throw new ScanFail(err);
  return f;
}

function scanComplex(s: ScanState, verb: number, n: number): Complex {
  verbOK(s, verb, FLOAT_VERBS, "complex");
  s.skipSpace();
  s.notEOF();
  const bad = (): never => s.fail("syntax error scanning complex number");
  const parens = s.accept("(");
  const re = floatToken(s);
  s.buf = "";
  if (!s.accept("+-")) bad();
  const imSign = s.buf;
  const im = floatToken(s);
  if (!s.accept("i")) bad();
  if (parens && !s.accept(")")) bad();
  return new Complex(convertFloat(s, re, n / 2), convertFloat(s, imSign + im, n / 2));
}

function convertString(s: ScanState, verb: number): string {
  verbOK(s, verb, "svqxX", "string");
  s.skipSpace();
  s.notEOF();
  switch (verb) {
    case 0x71: return quotedString(s);
    case 0x78: case 0x58: return hexString(s);
  }
  return s.token(true, (r) => !isSpace(r));
}

function quotedString(s: ScanState): string {
  s.notEOF();
  const quote = s.getRune();
  if (quote === 0x60) {
    for (;;) {
      const r = s.mustReadRune();
      if (r === quote) break;
      s.writeRune(r);
    }
    return s.buf;
  }
  if (quote === 0x22) {
    s.buf += '"';
    for (;;) {
      const r = s.mustReadRune();
      s.writeRune(r);
      if (r === 0x5c) s.writeRune(s.mustReadRune());
      else if (r === 0x22) break;
    }
    const [v, err] = callGo(conv.unquote, s.buf) as [string, Iface | null];
    if (err !== null) throw new ScanFail(err);
    return v;
  }
  s.fail("expected quoted string");
}

function hexDigit(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return -1;
}

function hexString(s: ScanState): string {
  s.notEOF();
  for (;;) {
    const r1 = s.getRune();
    if (r1 === EOF) break;
    const v1 = hexDigit(r1);
    if (v1 < 0) {
      s.unreadRune();
      break;
    }
    const v2 = hexDigit(s.mustReadRune());
    if (v2 < 0) s.fail("illegal hex digit");
    s.buf += String.fromCharCode((v1 << 4) | v2);
  }
  if (s.buf.length === 0) s.fail("no hex data for %x string");
  return s.buf;
}

function bitsOf(k: Kind): number {
  switch (k) {
    case Kind.Int8: case Kind.Uint8: return 8;
    case Kind.Int16: case Kind.Uint16: return 16;
    case Kind.Int32: case Kind.Uint32: case Kind.Float32: return 32;
    case Kind.Complex64: return 64;
    case Kind.Complex128: return 128;
    default: return 64;
  }
}

/** Scans one operand into arg, which must be a pointer (or implement Scanner). */
export function scanOne(s: ScanState, verb: number, arg: Iface | null, state: () => Iface): void {
  s.buf = "";
  if (arg !== null) {
    const scan = methodsOf(arg.t).scan;
    if (scan !== null) {
      let err = callGo(scan, arg.v, state(), verb) as Iface | null;
      if (err !== null) {
        if (isEOF(err)) err = goVals.unexpectedEOF;
        throw new ScanFail(err!);
      }
      return;
    }
  }
  if (arg === null || arg.t.kind !== Kind.Pointer) {
    s.fail("type not a pointer: " + (arg === null ? "<nil>" : arg.t.str));
  }
  const pt = arg.t;
  const et: Type = pt.elem!;
  const p = arg.v;
  const k = et.kind;
  const exact = isPredeclared(et);
  switch (k) {
    case Kind.Bool: p.v = scanBool(s, verb); return;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      p.v = scanInteger(s, verb, bitsOf(k), true);
      return;
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr: {
      const v = scanInteger(s, verb, bitsOf(k), false);
      p.v = v;
      return;
    }
    case Kind.Float32: case Kind.Float64: {
      // Only the predeclared float types check the verb (as fmt does).
      if (exact) verbOK(s, verb, FLOAT_VERBS, et.str);
      s.skipSpace();
      s.notEOF();
      const f = convertFloat(s, floatToken(s), bitsOf(k));
      p.v = k === Kind.Float32 ? Math.fround(f) : f;
      return;
    }
    case Kind.Complex64: case Kind.Complex128: {
      const c = scanComplex(s, verb, bitsOf(k));
      p.v = k === Kind.Complex64 ? new Complex(Math.fround(c.re), Math.fround(c.im)) : c;
      return;
    }
    case Kind.String: p.v = convertString(s, verb); return;
    case Kind.Slice:
      if (et.elem!.kind !== Kind.Uint8) s.fail("can't scan type: " + pt.str);
      p.v = stringToBytes(convertString(s, verb));
      return;
  }
  s.fail("can't scan type: " + pt.str);
}

/** Scan and Scanln: operands separated by space (Scanln: ending at a newline). */
export function doScan(s: ScanState, a: (Iface | null)[], state: () => Iface): [number, Iface | null] {
  let n = 0;
  try {
    for (const arg of a) {
      scanOne(s, 0x76, arg, state);
      n++;
    }
    if (s.nlIsEnd) {
      for (;;) {
        const r = s.getRune();
        if (r === 0x0a || r === EOF) break;
        if (!isSpace(r)) {
          s.fail("expected newline");
        }
      }
    }
  } catch (e) {
    if (e instanceof ScanFail) return [n, e.err];
    throw e;
  }
  return [n, null];
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0, isnum = false, i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (num > 1e6) return [0, false, end];
    num = num * 10 + (c - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

/**
 * Matches the literal part of the format at its start against the input: spaces and
 * newlines by Go's rules, other runes exactly. Returns the bytes of format consumed, 0 at a
 * verb, -1 on a mismatch.
 */
function advance(s: ScanState, format: string): number {
  let i = 0;
  const dec = (j: number): [number, number] => j >= format.length ? [0xfffd, 0] : format.charCodeAt(j) < 0x80 ? [format.charCodeAt(j), 1] : decodeRune(format, j);
  while (i < format.length) {
    let [fmtc, w] = dec(i);
    if (isSpace(fmtc)) {
      let newlines = 0;
      let trailingSpace = false;
      while (isSpace(fmtc) && i < format.length) {
        if (fmtc === 0x0a) {
          newlines++;
          trailingSpace = false;
        } else {
          trailingSpace = true;
        }
        i += w;
        [fmtc, w] = dec(i);
      }
      for (let j = 0; j < newlines; j++) {
        let inputc = s.getRune();
        while (isSpace(inputc) && inputc !== 0x0a) inputc = s.getRune();
        if (inputc !== 0x0a && inputc !== EOF) s.fail("newline in format does not match input");
      }
      if (trailingSpace) {
        let inputc = s.getRune();
        if (newlines === 0) {
          // A space in the format needs at least one in the input (a newline does not do).
          if (!isSpace(inputc) && inputc !== EOF) s.fail("expected space in input to match format");
          if (inputc === 0x0a) s.fail("newline in input does not match format");
        }
        while (isSpace(inputc) && inputc !== 0x0a) inputc = s.getRune();
        if (inputc !== EOF) s.unreadRune();
      }
      continue;
    }
    if (fmtc === 0x25) {
      if (i + w === format.length) s.fail("missing verb: % at end of format string");
      const [nextc] = dec(i + w);
      if (nextc !== 0x25) return i;
      i += w; // %% matches one %
    }
    const inputc = s.mustReadRune();
    if (fmtc !== inputc) {
      s.unreadRune();
      return -1;
    }
    i += w;
  }
  return i;
}

export function doScanf(s: ScanState, format: string, a: (Iface | null)[], state: () => Iface): [number, Iface | null] {
  let n = 0;
  try {
    const end = format.length - 1;
    for (let i = 0; i <= end;) {
      const w = advance(s, format.slice(i));
      if (w > 0) {
        i += w;
        continue;
      }
      if (format.charCodeAt(i) !== 0x25) {
        if (w < 0) s.fail("input does not match format");
        break; // out of format: done
      }
      i++;
      let widPresent: boolean;
      [s.maxWid, widPresent, i] = parsenum(format, i, end);
      if (!widPresent) s.maxWid = HUGE_WID;
      let c: number, cw: number;
      if (i >= format.length) [c, cw] = [0xfffd, 0];
      else if (format.charCodeAt(i) < 0x80) [c, cw] = [format.charCodeAt(i), 1];
      else [c, cw] = decodeRune(format, i);
      i += cw;
      if (c !== 0x63) s.skipSpace();
      if (c === 0x25) {
        s.skipSpace();
        s.notEOF();
        if (!s.accept("%")) s.fail("missing literal %");
        continue;
      }
      s.argLimit = s.limit;
      const f = s.count + s.maxWid;
      if (f < s.argLimit) s.argLimit = f;
      if (n >= a.length) {
        s.fail("too few operands for format '%" + format.slice(i - cw) + "'");
      }
      scanOne(s, c, a[n]!, state);
      n++;
      s.argLimit = s.limit;
    }
    if (n < a.length) s.fail("too many operands");
  } catch (e) {
    if (e instanceof ScanFail) return [n, e.err];
    throw e;
  }
  return [n, null];
}
