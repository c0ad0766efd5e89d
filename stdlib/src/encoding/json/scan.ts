// The byte loops over JSON text behind encoding/json's natives: a validity check (the
// scanner's rules without its error reporting), where strings and values end, and UTF-8
// sequence lengths.

/**
 * The length of the valid UTF-8 sequence at s[i] (a lead byte ≥ 0x80), or 0 if invalid:
 * no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function utf8Len(at: (k: number) => number, i: number, n: number): number {
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

export const SP = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;
export const QUOTE = 0x22, BSLASH = 0x5c;
const MAX_DEPTH = 10000;

export function isWs(c: number): boolean {
  return c === SP || c === LF || c === CR || c === TAB;
}

export function isDigit(c: number): boolean {
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
export function validJSON(b: Uint8Array, o: number, n: number): boolean {
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
export function stringEnd(b: Uint8Array, o: number, n: number, i: number): number {
  const end = o + n;
  for (let k = o + i + 1; k < end; k++) {
    const c = b[k]!;
    if (c === QUOTE) return k + 1 - o;
    if (c === BSLASH) k++;
  }
  return n;
}

export function valueEnd(b: Uint8Array, o: number, n: number, i: number): number {
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
