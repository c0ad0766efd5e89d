// Natives of encoding/json: the byte-level loops the decoder and encoder run over every
// input byte or string, written in JS instead of Go: the validity check Unmarshal and Valid
// run first (the Go scanner runs again only to describe an error), finding where a string
// or value ends, unquoting strings, and the test deciding whether a string needs escaping.
import { registerNatives, bytesToStringRaw, type Slice } from "../../../../runtime/index.js";

// Printable ASCII other than '"' and '\\' (DEL included, as Go's tables have it).
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7f]*$/;
const PLAIN_HTML = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * The length of the valid UTF-8 sequence at s[i] (a lead byte ≥ 0x80), or 0 if invalid:
 * no overlong forms, no surrogates, nothing above U+10FFFF.
 */
function utf8Len(at: (k: number) => number, i: number, n: number): number {
  const c = at(i);
  let len: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) len = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + len > n) return 0;
  const c1 = at(i + 1);
  if (c1 < lo || c1 > hi) return 0;
  for (let k = 2; k < len; k++) {
    const ck = at(i + k);
    if (ck < 0x80 || ck > 0xbf) return 0;
  }
  return len;
}

/** Whether s (with bytes beyond ASCII) can be written between quotes unchanged. */
function plainSlow(s: string, html: boolean): boolean {
  const n = s.length;
  const at = (k: number) => s.charCodeAt(k);
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
      if (html && (c === 0x3c || c === 0x3e || c === 0x26)) return false;
      i++;
      continue;
    }
    const len = utf8Len(at, i, n);
    if (len === 0) return false;
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
    if (c === 0xe2 && s.charCodeAt(i + 1) === 0x80 && (s.charCodeAt(i + 2) & 0xfe) === 0xa8) return false;
    i += len;
  }
  return true;
}

const SP = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;
const QUOTE = 0x22, BSLASH = 0x5c;
const MAX_DEPTH = 10000;

function isWs(c: number): boolean {
  return c === SP || c === LF || c === CR || c === TAB;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** The index after the valid string starting at b[i] (a quote), or -1. */
function scanString(b: Uint8Array, i: number, end: number): number {
  for (i++; i < end; i++) {
    const c = b[i]!;
    if (c === QUOTE) return i + 1;
    if (c < 0x20) return -1;
    if (c === BSLASH) {
      i++;
      if (i >= end) return -1;
      switch (b[i]) {
        case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case BSLASH: case 0x2f: case QUOTE:
          break;
        case 0x75:
          if (i + 4 >= end) return -1;
          for (let k = 1; k <= 4; k++) if (!isHex(b[i + k]!)) return -1;
          i += 4;
          break;
        default:
          return -1;
      }
    }
  }
  return -1;
}

/** The index after the valid number starting at b[i], or -1. */
function scanNumber(b: Uint8Array, i: number, end: number): number {
  if (b[i] === 0x2d) i++;
  if (i >= end) return -1;
  if (b[i] === 0x30) i++;
  else if (b[i]! >= 0x31 && b[i]! <= 0x39) {
    for (i++; i < end && isDigit(b[i]!); i++);
  } else return -1;
  if (i < end && b[i] === 0x2e) {
    i++;
    if (i >= end || !isDigit(b[i]!)) return -1;
    for (i++; i < end && isDigit(b[i]!); i++);
  }
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    i++;
    if (i < end && (b[i] === 0x2b || b[i] === 0x2d)) i++;
    if (i >= end || !isDigit(b[i]!)) return -1;
    for (i++; i < end && isDigit(b[i]!); i++);
  }
  return i;
}

function scanWord(b: Uint8Array, i: number, end: number, w: string): number {
  if (i + w.length > end) return -1;
  for (let k = 0; k < w.length; k++) if (b[i + k] !== w.charCodeAt(k)) return -1;
  return i + w.length;
}

/** Whether b[o:o+n] is exactly one JSON value with optional surrounding space. */
function validJSON(b: Uint8Array, o: number, n: number): boolean {
  const end = o + n;
  // Open composites: 1 array, 2 object.
  const stack: number[] = [];
  let i = o;
  for (;;) {
    // A value starts here.
    while (i < end && isWs(b[i]!)) i++;
    if (i >= end) return false;
    const c = b[i]!;
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MAX_DEPTH) return false;
      i++;
      while (i < end && isWs(b[i]!)) i++;
      if (c === 0x5b) {
        if (i < end && b[i] === 0x5d) i++;
        else {
          stack.push(1);
          continue;
        }
      } else if (i < end && b[i] === 0x7d) i++;
      else {
        stack.push(2);
        if (i >= end || b[i] !== QUOTE) return false;
        i = scanString(b, i, end);
        if (i < 0) return false;
        while (i < end && isWs(b[i]!)) i++;
        if (i >= end || b[i] !== 0x3a) return false;
        i++;
        continue;
      }
    } else if (c === QUOTE) i = scanString(b, i, end);
    else if (c === 0x74) i = scanWord(b, i, end, "true");
    else if (c === 0x66) i = scanWord(b, i, end, "false");
    else if (c === 0x6e) i = scanWord(b, i, end, "null");
    else i = scanNumber(b, i, end);
    if (i < 0) return false;
    // After a value: close composites, or a separator before the next value.
    for (;;) {
      while (i < end && isWs(b[i]!)) i++;
      if (stack.length === 0) return i === end;
      if (i >= end) return false;
      const d = b[i++]!;
      const top = stack[stack.length - 1];
      if (d === 0x2c) {
        if (top === 2) {
          while (i < end && isWs(b[i]!)) i++;
          if (i >= end || b[i] !== QUOTE) return false;
          i = scanString(b, i, end);
          if (i < 0) return false;
          while (i < end && isWs(b[i]!)) i++;
          if (i >= end || b[i] !== 0x3a) return false;
          i++;
        }
        break;
      }
      if ((top === 1 && d === 0x5d) || (top === 2 && d === 0x7d)) {
        stack.pop();
        continue;
      }
      return false;
    }
  }
}

/** The index after the string starting at b[i] (valid input), relative to the slice. */
function stringEnd(b: Uint8Array, o: number, n: number, i: number): number {
  const end = o + n;
  for (let k = o + i + 1; k < end; k++) {
    const c = b[k]!;
    if (c === QUOTE) return k + 1 - o;
    if (c === BSLASH) k++;
  }
  return n;
}

function valueEnd(b: Uint8Array, o: number, n: number, i: number): number {
  const end = o + n;
  let k = o + i;
  const c = b[k]!;
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (; k < end; k++) {
      const d = b[k]!;
      if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        if (--depth === 0) return k + 1 - o;
      } else if (d === QUOTE) k = o + stringEnd(b, o, n, k - o) - 1;
    }
    return n;
  }
  if (c === QUOTE) return stringEnd(b, o, n, i);
  if (c === 0x74 || c === 0x6e) return i + 4;
  if (c === 0x66) return i + 5;
  for (k++; k < end; k++) {
    const d = b[k]!;
    if (!isDigit(d) && d !== 0x2e && d !== 0x65 && d !== 0x45 && d !== 0x2b && d !== 0x2d) break;
  }
  return k - o;
}

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
function unquote(b: Uint8Array, o: number, n: number): [string, boolean] {
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

/**
 * Compacts valid JSON: space outside strings dropped; with escape, <, > and & and
 * U+2028/U+2029 written as \u escapes (inside strings, the only place they can be).
 */
function compactValid(b: Uint8Array, o: number, n: number, escape: boolean): string {
  const end = o + n;
  const parts: string[] = [];
  let from = o;
  const flush = (k: number) => {
    if (from < k) parts.push(bytesToStringRaw(b, from, k - from));
  };
  for (let i = o; i < end; i++) {
    const c = b[i]!;
    if (isWs(c)) {
      flush(i);
      from = i + 1;
    } else if (c === QUOTE) {
      // Copy the string, escaping if asked.
      for (i++; i < end; i++) {
        const d = b[i]!;
        if (d === QUOTE) break;
        if (d === BSLASH) {
          i++;
          continue;
        }
        if (!escape) continue;
        if (d === 0x3c || d === 0x3e || d === 0x26) {
          flush(i);
          parts.push("\\u00" + HEX[d >> 4] + HEX[d & 15]);
          from = i + 1;
        } else if (d === 0xe2 && i + 2 < end && b[i + 1] === 0x80 && (b[i + 2]! & 0xfe) === 0xa8) {
          flush(i);
          parts.push("\\u202" + HEX[b[i + 2]! & 15]);
          i += 2;
          from = i + 1;
        }
      }
    }
  }
  flush(end);
  return parts.join("");
}

/**
 * Indents valid JSON as Indent does: one element per line, prefix and one indent per
 * level after each newline, ": " after keys, empty composites kept on one line, space
 * before the value dropped and space after the top-level value kept.
 */
function indentValid(b: Uint8Array, o: number, n: number, prefix: string, indent: string): string {
  const end = o + n;
  const out: string[] = [];
  const lines: string[] = ["\n" + prefix];
  const newline = (depth: number) => {
    while (lines.length <= depth) lines.push(lines[lines.length - 1] + indent);
    out.push(lines[depth]!);
  };
  let depth = 0;
  let i = o;
  while (i < end && isWs(b[i]!)) i++;
  for (; i < end; i++) {
    const c = b[i]!;
    if (isWs(c)) {
      if (depth === 0) {
        // After the top-level value, space is copied.
        out.push(bytesToStringRaw(b, i, end - i));
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
          out.push(String.fromCharCode(c, c + 2));
          i = j;
          if (depth === 0) {
            const rest = i + 1;
            if (rest < end) out.push(bytesToStringRaw(b, rest, end - rest));
            return out.join("");
          }
          continue;
        }
        out.push(String.fromCharCode(c));
        depth++;
        newline(depth);
        continue;
      }
      case 0x7d: case 0x5d:
        depth--;
        newline(depth);
        out.push(String.fromCharCode(c));
        if (depth === 0) {
          const rest = i + 1;
          if (rest < end) out.push(bytesToStringRaw(b, rest, end - rest));
          return out.join("");
        }
        continue;
      case 0x2c:
        out.push(",");
        newline(depth);
        continue;
      case 0x3a:
        out.push(": ");
        continue;
      case QUOTE: {
        const j = stringEnd(b, o, n, i - o) + o;
        out.push(bytesToStringRaw(b, i, j - i));
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
    out.push(bytesToStringRaw(b, i, j - i));
    i = j - 1;
  }
  return out.join("");
}

registerNatives("encoding/json", {
  compactValid(data: Slice, escape: boolean): string {
    if (data.a === null) return "";
    return compactValid(data.a as Uint8Array, data.o, data.n, escape);
  },
  indentValid(data: Slice, prefix: string, indent: string): string {
    if (data.a === null) return "";
    return indentValid(data.a as Uint8Array, data.o, data.n, prefix, indent);
  },
  plainString(s: string, html: boolean): boolean {
    if ((html ? PLAIN_HTML : PLAIN).test(s)) return true;
    if (ASCII_ONLY.test(s)) return false;
    return plainSlow(s, html);
  },
  validFast(data: Slice): boolean {
    return validJSON(data.a as Uint8Array ?? new Uint8Array(0), data.o, data.n);
  },
  stringEnd(data: Slice, i: number): number {
    return stringEnd(data.a as Uint8Array, data.o, data.n, i);
  },
  valueEnd(data: Slice, i: number): number {
    return valueEnd(data.a as Uint8Array, data.o, data.n, i);
  },
  unquote(s: Slice): [string, boolean] {
    if (s.a === null) return ["", false];
    return unquote(s.a as Uint8Array, s.o, s.n);
  },
});
