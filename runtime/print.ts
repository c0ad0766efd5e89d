// The formatting behind Go's built-in print and println, byte for byte as gc's runtime
// writes it (runtime/print.go): booleans, decimal integers, gc's own 7-digit float format,
// complex pairs, hexadecimal pointers, slice headers and interface words.
//
// Every function here is pure and returns a Go byte string (a JS string whose char codes are
// bytes 0..255); writing the result to standard error is the caller's business. Integer
// operands are `number | bigint`: a number must be an integer (compiled code passes numbers
// while values stay in the safe range), a bigint carries any 64-bit value. Either is reduced
// to the Go type's 64-bit range first, so a caller may pass an int64's bit pattern as an
// unsigned bigint or vice versa and get what gc prints for the typed value.

/** A 64-bit integer operand: a safe-integer number or a bigint (wrapped to 64 bits). */
export type Int64Like = number | bigint;

/** One operand of print/println, tagged with the runtime print routine gc would call. */
export type PrintArg =
  | { kind: "bool"; value: boolean }
  /** int, int8 … int64: printint */
  | { kind: "int"; value: Int64Like }
  /** uint, uint8 … uint64 and uintptr: printuint (decimal, as gc prints uintptr too) */
  | { kind: "uint"; value: Int64Like }
  /** the runtime's private `hex` type: printhex */
  | { kind: "hex"; value: Int64Like }
  /** float32 (already widened) and float64: printfloat */
  | { kind: "float"; value: number }
  /** complex64 (parts widened) and complex128: printcomplex */
  | { kind: "complex"; re: number; im: number }
  | { kind: "string"; value: string }
  /** pointers, unsafe.Pointer, channels, maps and funcs: printpointer of the address */
  | { kind: "pointer"; addr: Int64Like }
  /** slices of any element type: printslice */
  | { kind: "slice"; len: Int64Like; cap: Int64Like; addr: Int64Like }
  /** empty interfaces: printeface of the type word and data word */
  | { kind: "eface"; type: Int64Like; data: Int64Like }
  /** non-empty interfaces: printiface of the itab word and data word */
  | { kind: "iface"; tab: Int64Like; data: Int64Like };

const TWO64 = 1n << 64n;

/** Converts an integer operand to its unsigned 64-bit value as a bigint. */
function toU64(v: Int64Like): bigint {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new RangeError(`print: integer operand ${v} is not an integer`);
    v = BigInt(v);
  }
  return BigInt.asUintN(64, v);
}

/** Decimal digits of a non-negative value; numbers in the safe range skip bigint work. */
function decimal(v: Int64Like): string {
  if (typeof v === "number" && v >= 0 && v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v)) {
    return String(v);
  }
  return toU64(v).toString(10);
}

export function printbool(v: boolean): string {
  return v ? "true" : "false";
}

/** printuint: the value as uint64, in decimal without sign or padding. */
export function printuint(v: Int64Like): string {
  return decimal(v);
}

/**
 * printint: the value as int64 in decimal. gc negates and prints the result as unsigned, which
 * for math.MinInt64 wraps back to 1<<63 and so prints its magnitude correctly; bigint
 * arithmetic gives the same digits without the detour.
 */
export function printint(v: Int64Like): string {
  if (typeof v === "number" && Number.isSafeInteger(v)) {
    return String(v); // JS prints safe integers exactly as Go's decimal form, "-" included
  }
  const s = BigInt.asIntN(64, typeof v === "bigint" ? v : toU64(v));
  return s < 0n ? "-" + (-s).toString(10) : s.toString(10);
}

/** printhex: "0x" and lower-case hex digits, no padding (the runtime's minhexdigits is 0 here). */
export function printhex(v: Int64Like): string {
  if (typeof v === "number" && v >= 0 && v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v)) {
    return "0x" + v.toString(16);
  }
  return "0x" + toU64(v).toString(16);
}

/** printpointer and printuintptr-for-not-in-heap pointers: the address in hex. */
export function printpointer(addr: Int64Like): string {
  return printhex(addr);
}

/** printstring: the bytes unchanged. */
export function printstring(s: string): string {
  return s;
}

/**
 * The 5e-7 that gc adds to round to 7 digits. gc computes it at run time as 5 divided by ten
 * seven times, which gives a double one ulp above the one nearest 5e-7. For every scaled value
 * in [1, 10) the sum rounds to the same double with either, but computing it gc's way keeps
 * the emulation literal rather than resting on that argument.
 */
const ROUNDING_HALF: number = (() => {
  let h = 5.0;
  for (let i = 0; i < 7; i++) h /= 10;
  return h;
})();

const DIGITS = 7; // significant digits gc prints

/**
 * printfloat: gc's "+d.dddddde+ddd" format. It is not a correctly rounded %e: gc scales the
 * value into [1, 10) by repeated division or multiplication by ten, adds a rounding half that
 * was itself computed by repeated division, and then peels digits off by truncation and
 * multiplication, each step rounding to a double. JS numbers are IEEE doubles with the same
 * round-to-nearest-even operations as gc's SSE2 code on amd64, so repeating the steps in the
 * same order reproduces its digits, including where they differ from the exact decimal value.
 */
export function printfloat(v: number): string {
  if (v !== v) return "NaN";
  if (v + v === v && v > 0) return "+Inf";
  if (v + v === v && v < 0) return "-Inf";

  let sign = "+";
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = "-";
  } else {
    if (v < 0) {
      v = -v;
      sign = "-";
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    v += ROUNDING_HALF;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }

  // Digits by truncation. The fraction left after a digit is at most 1 - 2^-52, and ten times it
  // still rounds below ten, so every digit is 0..9; the byte mask only mirrors gc's byte(s+'0').
  const codes: number[] = [];
  for (let i = 0; i < DIGITS; i++) {
    const s = Math.trunc(v);
    codes.push((s + 48) & 0xff);
    v -= s;
    v *= 10;
  }
  let out = sign + String.fromCharCode(codes[0]!) + "." + String.fromCharCode(...codes.slice(1)) + "e";
  if (e < 0) {
    e = -e;
    out += "-";
  } else {
    out += "+";
  }
  // gc writes exactly three exponent digits (e/100, e/10%10, e%10); |e| never exceeds 324.
  out += String.fromCharCode(((Math.trunc(e / 100) + 48) & 0xff), (Math.trunc(e / 10) % 10) + 48, (e % 10) + 48);
  return out;
}

/** printcomplex: "(" real imag "i)", both parts in printfloat's format with no separator. */
export function printcomplex(re: number, im: number): string {
  return "(" + printfloat(re) + printfloat(im) + "i)";
}

/** printslice: "[len/cap]" then the backing array's address in hex. */
export function printslice(len: Int64Like, cap: Int64Like, addr: Int64Like): string {
  return "[" + printint(len) + "/" + printint(cap) + "]" + printpointer(addr);
}

/** printeface: "(type,data)" with both words in hex. */
export function printeface(type: Int64Like, data: Int64Like): string {
  return "(" + printpointer(type) + "," + printpointer(data) + ")";
}

/** printiface: "(itab,data)" with both words in hex. */
export function printiface(tab: Int64Like, data: Int64Like): string {
  return "(" + printpointer(tab) + "," + printpointer(data) + ")";
}

/** Formats one operand as gc's print routine for its type would. */
export function formatPrintArg(a: PrintArg): string {
  switch (a.kind) {
    case "bool":
      return printbool(a.value);
    case "int":
      return printint(a.value);
    case "uint":
      return printuint(a.value);
    case "hex":
      return printhex(a.value);
    case "float":
      return printfloat(a.value);
    case "complex":
      return printcomplex(a.re, a.im);
    case "string":
      return printstring(a.value);
    case "pointer":
      return printpointer(a.addr);
    case "slice":
      return printslice(a.len, a.cap, a.addr);
    case "eface":
      return printeface(a.type, a.data);
    case "iface":
      return printiface(a.tab, a.data);
  }
}

/**
 * The bytes of one print (newline false: operands back to back) or println (newline true:
 * operands separated by one space, then "\n") statement.
 */
export function formatPrintArgs(args: readonly PrintArg[], newline: boolean): string {
  let out = "";
  for (let i = 0; i < args.length; i++) {
    if (newline && i > 0) out += " ";
    out += formatPrintArg(args[i]!);
  }
  return newline ? out + "\n" : out;
}
