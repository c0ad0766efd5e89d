// The format-string interpreter (Printf's verbs, flags, width, precision, `*` and [n]
// argument indexes, with fmt's error forms for bad or missing arguments) and the operand
// spacing of Print and Println.

import { Iface, Kind } from "../../../runtime/type.js";
import type { Slice } from "../../../runtime/slice.js";
import { decodeRune } from "../../../runtime/string.js";
import { Printer } from "./print.js";

const MAX_WIDTH = 1e6;

function tooLarge(x: number): boolean {
  return x > MAX_WIDTH || x < -MAX_WIDTH;
}

/** Digits at format[start:end]: [number, found, index after]. A huge number counts as none. */
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0, isnum = false, i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (c - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

/** The int value of argument argNum for a `*`: [value, isInt, next argument]. */
function intFromArg(a: (Iface | null)[], argNum: number): [number, boolean, number] {
  if (argNum >= a.length) return [0, false, argNum];
  const x = a[argNum]!;
  let num = 0, isInt = false;
  if (x !== null) {
    const k = x.t.kind;
    if ((k >= Kind.Int && k <= Kind.Int64) || (k >= Kind.Uint && k <= Kind.Uintptr)) {
      const v = x.v as number | bigint;
      // Unsigned values beyond int64 do not convert; anything large fails the size check below.
      if (typeof v === "number") { num = v; isInt = true; }
      else if (v < (1n << 63n)) { num = 1e7; isInt = true; }
    }
  }
  if (tooLarge(num)) {
    num = 0;
    isInt = false;
  }
  return [num, isInt, argNum + 1];
}

/** A bracketed argument index at format[i:] ("[n]"): [index, bytes consumed, ok]. */
function parseArgNumber(format: string, i: number): [number, number, boolean] {
  if (format.length - i < 3) return [0, 1, false];
  for (let j = i + 1; j < format.length; j++) {
    if (format.charCodeAt(j) === 0x5d) {
      const [width, ok, newi] = parsenum(format, i + 1, j);
      if (!ok || newi !== j) return [0, j - i + 1, false];
      return [width - 1, j - i + 1, true];
    }
  }
  return [0, 1, false];
}

function argNumber(p: Printer, argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
  if (format.length <= i || format.charCodeAt(i) !== 0x5b) return [argNum, i, false];
  p.reordered = true;
  const [index, wid, ok] = parseArgNumber(format, i);
  if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
  p.goodArgNum = false;
  return [argNum, i + wid, ok];
}

function args(s: Slice): (Iface | null)[] {
  if (s.n === 0) return [];
  return s.o === 0 && s.n === s.a.length ? s.a : s.a.slice(s.o, s.o + s.n);
}

function printVerb(p: Printer, arg: Iface | null, verb: number): void {
  if (verb === 0x76 || verb === 0x77) {
    // %#v is Go syntax and %+v names struct fields: they are not the # and + flags.
    p.sharpV = p.sharp;
    p.sharp = false;
    p.plusV = p.plus;
    p.plus = false;
  }
  p.printArg(arg, verb);
}

export function doPrintf(p: Printer, format: string, argSlice: Slice): void {
  const a = args(argSlice);
  const end = format.length;
  let argNum = 0;
  let afterIndex = false; // the previous item was an index like [3]
  p.reordered = false;
  let i = 0;
  formatLoop: while (i < end) {
    p.goodArgNum = true;
    const lasti = i;
    while (i < end && format.charCodeAt(i) !== 0x25) i++;
    if (i > lasti) p.buf += format.slice(lasti, i);
    if (i >= end) break;
    i++; // the %
    p.clearflags();
    simple: for (; i < end; i++) {
      const c = format.charCodeAt(i);
      switch (c) {
        case 0x23: p.sharp = true; break;
        case 0x30: p.zero = true; break;
        case 0x2b: p.plus = true; break;
        case 0x2d: p.minus = true; break;
        case 0x20: p.space = true; break;
        default:
          // The common case: flags and a lower-case verb, nothing else.
          if (c >= 0x61 && c <= 0x7a && argNum < a.length) {
            if (c === 0x77) p.wrappedErrs.push(argNum);
            printVerb(p, a[argNum]!, c);
            argNum++;
            i++;
            continue formatLoop;
          }
          break simple;
      }
    }

    [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);

    // Width.
    if (i < end && format.charCodeAt(i) === 0x2a) {
      i++;
      [p.wid, p.widPresent, argNum] = intFromArg(a, argNum);
      if (!p.widPresent) p.buf += "%!(BADWIDTH)";
      // A negative width means the minus flag and its magnitude.
      if (p.wid < 0) {
        p.wid = -p.wid;
        p.minus = true;
        p.zero = false;
      }
      afterIndex = false;
    } else {
      [p.wid, p.widPresent, i] = parsenum(format, i, end);
      if (afterIndex && p.widPresent) p.goodArgNum = false; // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format.charCodeAt(i) === 0x2e) {
      i++;
      if (afterIndex) p.goodArgNum = false; // "%[3].2d"
      [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);
      if (i < end && format.charCodeAt(i) === 0x2a) {
        i++;
        [p.prec, p.precPresent, argNum] = intFromArg(a, argNum);
        // A negative precision means none.
        if (p.prec < 0) {
          p.prec = 0;
          p.precPresent = false;
        }
        if (!p.precPresent) p.buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        [p.prec, p.precPresent, i] = parsenum(format, i, end);
        if (!p.precPresent) {
          p.prec = 0;
          p.precPresent = true;
        }
      }
    }

    if (!afterIndex) [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);

    if (i >= end) {
      p.buf += "%!(NOVERB)";
      break;
    }

    let verb = format.charCodeAt(i), size = 1;
    if (verb >= 0x80) [verb, size] = decodeRune(format, i);
    i += size;

    if (verb === 0x25) {
      // A percent sign takes no operand and ignores width and precision.
      p.buf += "%";
    } else if (!p.goodArgNum) {
      p.buf += "%!";
      p.writeRune(verb);
      p.buf += "(BADINDEX)";
    } else if (argNum >= a.length) {
      p.buf += "%!";
      p.writeRune(verb);
      p.buf += "(MISSING)";
    } else {
      if (verb === 0x77) p.wrappedErrs.push(argNum);
      printVerb(p, a[argNum]!, verb);
      argNum++;
    }
  }

  // Unused operands, unless indexes reordered them (then nobody can tell).
  if (!p.reordered && argNum < a.length) {
    p.clearflags();
    p.buf += "%!(EXTRA ";
    for (let k = argNum; k < a.length; k++) {
      if (k > argNum) p.buf += ", ";
      const arg = a[k]!;
      if (arg === null) p.buf += "<nil>";
      else {
        p.buf += arg.t.str + "=";
        p.printArg(arg, 0x76);
      }
    }
    p.buf += ")";
  }
}

/** Print: operands with a space between two that are not strings. */
export function doPrint(p: Printer, argSlice: Slice): void {
  const a = args(argSlice);
  let prevString = false;
  for (let k = 0; k < a.length; k++) {
    const arg = a[k]!;
    const isString = arg !== null && arg.t.kind === Kind.String;
    if (k > 0 && !isString && !prevString) p.buf += " ";
    p.printArg(arg, 0x76);
    prevString = isString;
  }
}

/** Println: operands separated by spaces, then a newline. */
export function doPrintln(p: Printer, argSlice: Slice): void {
  const a = args(argSlice);
  for (let k = 0; k < a.length; k++) {
    if (k > 0) p.buf += " ";
    p.printArg(a[k]!, 0x76);
  }
  p.buf += "\n";
}
