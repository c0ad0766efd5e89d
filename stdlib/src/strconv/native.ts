// Natives of package strconv: number parsing and formatting and quoting, on Go byte strings.
// Failures come back as result codes that strconv's Go code turns into *NumError values.

import { registerNatives, Iface, types, gopanic } from "../../../runtime/index.js";
import type { I64 } from "../../../runtime/int64.js";
import { atoi, parseInt, parseUint } from "./atoi.js";
import { parseFloat, parseFloatPrefix } from "./atof.js";
import { formatFloat } from "./ftoa.js";
import { QuoteMode, canBackquote, isGraphic, isPrint, quoteRuneWith, quoteWith, unquoteChar, unquotePrefix } from "./quote.js";

function panicString(msg: string): never {
  gopanic(new Iface(types.string, msg));
}

function formatIntBase(i: I64, base: number): string {
  if (base < 2 || base > 36) panicString("strconv: illegal AppendInt/FormatInt base");
  return i.toString(base);
}

registerNatives("strconv", {
  parseUint,
  parseInt,
  atoi,
  parseFloat,
  parseFloatPrefix,
  Itoa(i: I64): string {
    return String(i);
  },
  FormatInt: formatIntBase,
  FormatUint: formatIntBase,
  FormatFloat(f: number, fmt: number, prec: I64, bitSize: I64): string {
    if (bitSize !== 32 && bitSize !== 64) panicString("strconv: illegal AppendFloat/FormatFloat bitSize");
    return formatFloat(f, String.fromCharCode(fmt), Number(prec), bitSize);
  },
  Quote(s: string): string {
    return quoteWith(s, 0x22, QuoteMode.Print);
  },
  QuoteToASCII(s: string): string {
    return quoteWith(s, 0x22, QuoteMode.ASCII);
  },
  QuoteToGraphic(s: string): string {
    return quoteWith(s, 0x22, QuoteMode.Graphic);
  },
  QuoteRune(r: number): string {
    return quoteRuneWith(r, QuoteMode.Print);
  },
  QuoteRuneToASCII(r: number): string {
    return quoteRuneWith(r, QuoteMode.ASCII);
  },
  QuoteRuneToGraphic(r: number): string {
    return quoteRuneWith(r, QuoteMode.Graphic);
  },
  CanBackquote: canBackquote,
  IsPrint: isPrint,
  IsGraphic: isGraphic,
  unquote(s: string): [string, boolean] {
    const r = unquotePrefix(s, true);
    return r === null || r[1] !== s.length ? ["", false] : [r[0], true];
  },
  unquoteChar(s: string, quote: number): [number, boolean, string, boolean] {
    const r = unquoteChar(s, 0, quote);
    return r === null ? [0, false, "", false] : [r[0], r[1], s.slice(r[2]), true];
  },
  quotedPrefix(s: string): [string, boolean] {
    const r = unquotePrefix(s, false);
    return r === null ? ["", false] : [r[0], true];
  },
});
