// Package base: leaf utilities shared by every compiler stage. Nothing here knows about Go.
//
// InternalError is the only exception a compiler stage may throw: it marks a bug in gots,
// never a problem with the user's program (those are diagnostics, reported through a sink).

/** A bug in gots itself. The CLI prints it with its stack, apart from user diagnostics. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InternalError";
  }
}

/** Throws an InternalError when cond is false. */
export function assert(cond: unknown, message = "assertion failed"): asserts cond {
  if (!cond) throw new InternalError(message);
}

/** Marks code that exhaustive switches make unreachable. */
export function unreachable(x?: never, what = "unreachable"): never {
  throw new InternalError(`${what}: ${String(x)}`);
}

/**
 * Go strings are held as byte strings: JS strings whose char codes are the bytes 0..255.
 * These convert between that form and ordinary (UTF-16) JS text.
 */
export function bytesToByteString(b: Uint8Array, start = 0, end = b.length): string {
  // Hosts that have Node's Buffer convert natively (latin1 maps each byte to one char); the
  // core does not import Node, so this is a feature test, with a portable fallback.
  const B = (globalThis as unknown as { Buffer?: { prototype: { latin1Slice?: unknown }; from(a: ArrayBuffer, o: number, l: number): { latin1Slice(s: number, e: number): string } } }).Buffer;
  if (B !== undefined && typeof B.prototype.latin1Slice === "function") {
    return B.from(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength).latin1Slice(start, end);
  }
  const CHUNK = 8192;
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  let s = "";
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Converts a byte string to its bytes. */
export function byteStringToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const utf8enc = new TextEncoder();
const utf8dec = new TextDecoder("utf-8");

/** Encodes JS text as UTF-8 and returns it as a byte string. */
export function textToByteString(s: string): string {
  // Fast path: pure ASCII text is already its own byte string.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  }
  return ascii ? s : bytesToByteString(utf8enc.encode(s));
}

/** Decodes a byte string as UTF-8 (invalid sequences become U+FFFD), for display. */
export function byteStringToText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return utf8dec.decode(byteStringToBytes(s));
  }
  return s;
}
