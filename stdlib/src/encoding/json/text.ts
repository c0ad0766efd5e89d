// Rewriting valid JSON text in JS for encoding/json's natives: unquoting a string literal
// into a Go string, and Compact and Indent of text already known to be valid.
import { bytesToStringRaw } from "../../../../runtime/index.js";
import { BSLASH, QUOTE, isWs, stringEnd, utf8Len } from "./scan.js";

function hex4(b: Uint8Array, i: number, end: number): number {
  if (i + 4 > end) return -1;
  let r = 0;
  for (let k = 0; k < 4; k++) {
    const c = b[i + k]!;
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x61 + 10;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x41 + 10;
    else return -1;
    r = (r << 4) | d;
  }
  return r;
}

function utf8(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

const REPLACEMENT = utf8(0xfffd);

/**
 * Decodes the JSON string literal b[o:o+n] (quotes included) to a Go string. Invalid UTF-8
 * bytes and unpaired surrogate escapes become U+FFFD. Fails for text that is not a string
 * literal (only the content of ",string" fields can be that).
 */
export function unquote(b: Uint8Array, o: number, n: number): [string, boolean] {
  if (n < 2 || b[o] !== QUOTE || b[o + n - 1] !== QUOTE) return ["", false];
  const start = o + 1, end = o + n - 1;
  const at = (k: number) => b[k]!;
  let i = start;
  // The prefix that needs no change.
  while (i < end) {
    const c = b[i]!;
    if (c === BSLASH || c === QUOTE || c < 0x20) break;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = utf8Len(at, i, end);
    if (len === 0) break;
    i += len;
  }
  if (i === end) return [bytesToStringRaw(b, start, end - start), true];
  const parts: string[] = [bytesToStringRaw(b, start, i - start)];
  let from = i;
  const flush = (k: number) => {
    if (from < k) parts.push(bytesToStringRaw(b, from, k - from));
  };
  while (i < end) {
    const c = b[i]!;
    if (c === BSLASH) {
      flush(i);
      i++;
      if (i >= end) return ["", false];
      const e = b[i]!;
      switch (e) {
        case QUOTE: case BSLASH: case 0x2f: case 0x27: parts.push(String.fromCharCode(e)); break;
        case 0x62: parts.push("\b"); break;
        case 0x66: parts.push("\f"); break;
        case 0x6e: parts.push("\n"); break;
        case 0x72: parts.push("\r"); break;
        case 0x74: parts.push("\t"); break;
        case 0x75: {
          let r = hex4(b, i + 1, end);
          if (r < 0) return ["", false];
          i += 4;
          if (r >= 0xd800 && r < 0xe000) {
            // A high surrogate followed by an escaped low one is one rune; anything else
            // leaves U+FFFD for this half.
            let r2 = -1;
            if (i + 2 < end && b[i + 1] === BSLASH && b[i + 2] === 0x75) r2 = hex4(b, i + 3, end);
            if (r < 0xdc00 && r2 >= 0xdc00 && r2 < 0xe000) {
              parts.push(utf8(0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00)));
              i += 7;
              from = i;
              continue;
            }
            r = 0xfffd;
          }
          parts.push(utf8(r));
          break;
        }
        default:
          return ["", false];
      }
      i++;
      from = i;
      continue;
    }
    if (c === QUOTE || c < 0x20) return ["", false];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = utf8Len(at, i, end);
    if (len === 0) {
      flush(i);
      parts.push(REPLACEMENT);
      i++;
      from = i;
      continue;
    }
    i += len;
  }
  flush(end);
  return [parts.join(""), true];
}

const HEX = "0123456789abcdef";

/** A growing byte buffer the rewritten text is written to. */
class Out {
  a: Uint8Array;
  n = 0;
  constructor(cap: number) {
    this.a = new Uint8Array(Math.max(cap, 16));
  }
  room(k: number): void {
    if (this.n + k <= this.a.length) return;
    const b = new Uint8Array(Math.max(this.a.length * 2, this.n + k));
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
  byte(c: number): void {
    this.room(1);
    this.a[this.n++] = c;
  }
  bytes(b: Uint8Array, from: number, to: number): void {
    if (from >= to) return;
    this.room(to - from);
    this.a.set(b.subarray(from, to), this.n);
    this.n += to - from;
  }
  /** A byte string (chars 0-255). */
  str(s: string): void {
    this.room(s.length);
    for (let k = 0; k < s.length; k++) this.a[this.n++] = s.charCodeAt(k);
  }
}

/**
 * Compacts valid JSON: space outside strings dropped; with escape, <, > and & and
 * U+2028/U+2029 written as \u escapes (inside strings, the only place they can be).
 * Returns the buffer and its length.
 */
export function compactValid(b: Uint8Array, o: number, n: number, escape: boolean): [Uint8Array, number] {
  const end = o + n;
  const out = new Out(n);
  let from = o;
  for (let i = o; i < end; i++) {
    const c = b[i]!;
    if (isWs(c)) {
      out.bytes(b, from, i);
      from = i + 1;
    } else if (c === QUOTE) {
      // Through the string, escaping if asked.
      for (i++; i < end; i++) {
        const d = b[i]!;
        if (d === QUOTE) break;
        if (d === BSLASH) {
          i++;
          continue;
        }
        if (!escape) continue;
        if (d === 0x3c || d === 0x3e || d === 0x26) {
          out.bytes(b, from, i);
          out.str("\\u00" + HEX[d >> 4] + HEX[d & 15]);
          from = i + 1;
        } else if (d === 0xe2 && i + 2 < end && b[i + 1] === 0x80 && (b[i + 2]! & 0xfe) === 0xa8) {
          out.bytes(b, from, i);
          out.str("\\u202" + HEX[b[i + 2]! & 15]);
          i += 2;
          from = i + 1;
        }
      }
    }
  }
  out.bytes(b, from, end);
  return [out.a, out.n];
}

/**
 * Indents valid JSON as Indent does: one element per line, prefix and one indent per
 * level after each newline, ": " after keys, empty composites kept on one line, space
 * before the value dropped and space after the top-level value kept. Returns the buffer
 * and its length.
 */
export function indentValid(b: Uint8Array, o: number, n: number, prefix: string, indent: string): [Uint8Array, number] {
  const end = o + n;
  const out = new Out(2 * n);
  const newline = (depth: number) => {
    out.byte(0x0a);
    out.str(prefix);
    for (let k = 0; k < depth; k++) out.str(indent);
  };
  let depth = 0;
  let i = o;
  while (i < end && isWs(b[i]!)) i++;
  for (; i < end; i++) {
    const c = b[i]!;
    if (isWs(c)) {
      if (depth === 0) {
        // After the top-level value, space is copied.
        out.bytes(b, i, end);
        break;
      }
      continue;
    }
    switch (c) {
      case 0x7b: case 0x5b: {
        let j = i + 1;
        while (j < end && isWs(b[j]!)) j++;
        if (b[j] === c + 2) {
          // {} or []
          out.byte(c);
          out.byte(c + 2);
          i = j;
          if (depth === 0) {
            out.bytes(b, i + 1, end);
            return [out.a, out.n];
          }
          continue;
        }
        out.byte(c);
        depth++;
        newline(depth);
        continue;
      }
      case 0x7d: case 0x5d:
        depth--;
        newline(depth);
        out.byte(c);
        if (depth === 0) {
          out.bytes(b, i + 1, end);
          return [out.a, out.n];
        }
        continue;
      case 0x2c:
        out.byte(c);
        newline(depth);
        continue;
      case 0x3a:
        out.byte(c);
        out.byte(0x20);
        continue;
      case QUOTE: {
        const j = stringEnd(b, o, n, i - o) + o;
        out.bytes(b, i, j);
        i = j - 1;
        continue;
      }
    }
    // A number or word: copy up to the next delimiter or space.
    let j = i + 1;
    while (j < end) {
      const d = b[j]!;
      if (isWs(d) || d === 0x2c || d === 0x5d || d === 0x7d || d === 0x3a) break;
      j++;
    }
    out.bytes(b, i, j);
    i = j - 1;
  }
  return [out.a, out.n];
}
