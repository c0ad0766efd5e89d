import { byteStringToText } from "../base/index.js";

// JavaScript names for Go identifiers. Go names are byte strings (UTF-8 inside) and may be
// JS reserved words or names with special meaning as properties (`__proto__`); generated
// names never collide with the compiler's own, which all contain `$` (Go identifiers cannot).

const RESERVED = new Set([
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
  "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
  "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
  "new", "null", "package", "private", "protected", "public", "return", "static", "super",
  "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "undefined", "NaN", "Infinity", "async", "of", "get", "set",
]);

/** Property names that objects already have or that change an object's behaviour. */
const SPECIAL_PROPS = new Set([
  "__proto__", "constructor", "prototype", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "toLocaleString", "toString", "valueOf", "__defineGetter__",
  "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "then",
]);

/**
 * A Go identifier as a JS identifier: ASCII stays, other bytes are decoded from UTF-8 and
 * spelled `$uXXXX` so the output is plain ASCII and valid whatever Unicode class the letter has.
 */
export function jsIdent(goName: string): string {
  let ascii = true;
  for (let i = 0; i < goName.length; i++) if (goName.charCodeAt(i) >= 0x80) { ascii = false; break; }
  let s = goName;
  if (!ascii) {
    const text = byteStringToText(goName);
    s = "";
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      s += c < 0x80 ? ch : `$u${c.toString(16)}`;
    }
  }
  if (RESERVED.has(s)) s += "$";
  return s;
}

/** A Go struct field or method name as a JS property name. */
export function jsProp(goName: string): string {
  const s = jsIdent(goName);
  return SPECIAL_PROPS.has(s) ? s + "$" : s;
}

/** Hands out unique names within one JS scope tree (a top-level function with its closures). */
export class NameScope {
  private readonly used = new Map<string, number>();

  constructor(private readonly reserved: Set<string> = new Set()) {}

  /** A fresh name based on `base`: base itself the first time, then base$1, base$2, ... */
  fresh(base: string): string {
    let n = this.used.get(base);
    if (n === undefined && !this.reserved.has(base)) {
      this.used.set(base, 0);
      return base;
    }
    n = n ?? 0;
    for (;;) {
      n++;
      const cand = `${base}$${n}`;
      if (!this.used.has(cand) && !this.reserved.has(cand)) {
        this.used.set(base, n);
        this.used.set(cand, 0);
        return cand;
      }
    }
  }
}
