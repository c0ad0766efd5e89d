// The input side of fmt's scanning: rune sources (a string, an io.RuneScanner, or any
// io.Reader read a byte at a time with one rune of look-back, as fmt wraps readers) and the
// scan state with Go's rules for widths, newlines, spaces and errors. Errors unwind as
// ScanFail exceptions carrying the Go error value, as fmt panics with scanError internally.

import type { Iface } from "../../../runtime/type.js";
import { Slice } from "../../../runtime/slice.js";
import { decodeRune, encodeRune } from "../../../runtime/string.js";
import { callGo } from "./methods.js";

export const EOF = -1;
export const HUGE_WID = 1 << 30;

/** Go values the scanner needs, handed over by fmt's init. */
export const goVals = {
  errorsNew: null as unknown as (s: string) => Iface,
  eof: null as Iface | null,
  unexpectedEOF: null as Iface | null,
};

export function newError(msg: string): Iface {
  return callGo(goVals.errorsNew, msg) as Iface;
}

export function isEOF(e: Iface | null): boolean {
  const eof = goVals.eof;
  return e !== null && eof !== null && e.t === eof.t && e.v === eof.v;
}

/** A scanning error: fmt reports err as the call's error. */
export class ScanFail {
  constructor(readonly err: Iface) {}
}

export interface RuneSource {
  /** [rune, size, error]; error io.EOF at the end. */
  readRune(): [number, number, Iface | null];
  unreadRune(): void;
}

export class StringSource implements RuneSource {
  private pos = 0;
  private last = 0;
  constructor(private readonly s: string) {}
  readRune(): [number, number, Iface | null] {
    if (this.pos >= this.s.length) return [0, 0, goVals.eof];
    const c = this.s.charCodeAt(this.pos);
    const [r, w] = c < 0x80 ? [c, 1] : decodeRune(this.s, this.pos);
    this.pos += w;
    this.last = w;
    return [r, w, null];
  }
  unreadRune(): void {
    this.pos -= this.last;
    this.last = 0;
  }
}

/** An io.RuneScanner's own ReadRune and UnreadRune. */
export class RuneScannerSource implements RuneSource {
  constructor(private readonly v: any, private readonly read: Function, private readonly unread: Function) {}
  readRune(): [number, number, Iface | null] {
    return callGo(this.read, this.v) as [number, number, Iface | null];
  }
  unreadRune(): void {
    callGo(this.unread, this.v);
  }
}

/** Any io.Reader, read one byte at a time; bytes of a bad UTF-8 sequence wait for later reads. */
export class ReaderSource implements RuneSource {
  private pending: number[] = [];
  /** The next rune when ≥ 0; otherwise ~(the previous rune), for UnreadRune. */
  private peek = -1;
  private readonly one = new Slice(new Uint8Array(1), 0, 1, 1);
  constructor(private readonly v: any, private readonly read: Function) {}

  private readByte(): [number, Iface | null] {
    if (this.pending.length > 0) return [this.pending.shift()!, null];
    // io.ReadFull of one byte.
    for (;;) {
      const [n, err] = callGo(this.read, this.v, this.one) as [number, Iface | null];
      if (n >= 1) return [this.one.a[0], null];
      if (err !== null) return [0, err];
    }
  }

  readRune(): [number, number, Iface | null] {
    if (this.peek >= 0) {
      const r = this.peek;
      this.peek = ~r;
      return [r, encodeRune(r).length, null];
    }
    const [b0, err] = this.readByte();
    if (err !== null) return [0, 0, err];
    if (b0 < 0x80) {
      this.peek = ~b0;
      return [b0, 1, null];
    }
    let bytes = String.fromCharCode(b0);
    while (!fullRune(bytes)) {
      const [b, e] = this.readByte();
      if (e !== null) {
        if (isEOF(e)) break;
        return [0, 0, e];
      }
      bytes += String.fromCharCode(b);
    }
    const [r, size] = decodeRune(bytes, 0);
    for (let i = size; i < bytes.length; i++) this.pending.push(bytes.charCodeAt(i));
    this.peek = ~r;
    return [r, size, null];
  }

  unreadRune(): void {
    if (this.peek >= 0) return; // nothing to give back
    this.peek = ~this.peek;
  }
}

/** Whether the bytes begin with a complete (possibly invalid) UTF-8 sequence. */
function fullRune(b: string): boolean {
  const n = b.length;
  if (n === 0) return false;
  const c = b.charCodeAt(0);
  if (c < 0x80 || c < 0xc2 || c > 0xf4) return true;
  const need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (n >= need) return true;
  // A continuation byte out of range ends the sequence early (it is invalid already).
  if (n >= 2) {
    const c1 = b.charCodeAt(1);
    let lo = 0x80, hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    if (c1 < lo || c1 > hi) return true;
    if (n >= 3 && (b.charCodeAt(2) & 0xc0) !== 0x80) return true;
  }
  return false;
}

/** Unicode white space as fmt's scanner knows it. */
export function isSpace(r: number): boolean {
  if (r >= 0x10000) return false;
  return (r >= 0x09 && r <= 0x0d) || r === 0x20 || r === 0x85 || r === 0xa0 || r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

export class ScanState {
  count = 0;
  atEOF = false;
  argLimit = HUGE_WID;
  limit = HUGE_WID;
  maxWid = HUGE_WID;
  /** The token being accumulated, a byte string. */
  buf = "";
  constructor(readonly src: RuneSource, readonly nlIsSpace: boolean, readonly nlIsEnd: boolean) {}

  readRune(): [number, number, Iface | null] {
    if (this.atEOF || this.count >= this.argLimit) return [0, 0, goVals.eof];
    const res = this.src.readRune();
    if (res[2] === null) {
      this.count++;
      if (this.nlIsEnd && res[0] === 0x0a) this.atEOF = true;
    } else if (isEOF(res[2])) {
      this.atEOF = true;
    }
    return res;
  }

  getRune(): number {
    const [r, , err] = this.readRune();
    if (err !== null) {
      if (isEOF(err)) return EOF;
      throw new ScanFail(err);
    }
    return r;
  }

  mustReadRune(): number {
    const r = this.getRune();
    if (r === EOF) throw new ScanFail(goVals.unexpectedEOF!);
    return r;
  }

  unreadRune(): void {
    this.src.unreadRune();
    this.atEOF = false;
    this.count--;
  }

  fail(msg: string): never {
    throw new ScanFail(newError(msg));
  }

  writeRune(r: number): void {
    this.buf += r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
  }

  skipSpace(): void {
    for (;;) {
      const r = this.getRune();
      if (r === EOF) return;
      if (r === 0x0d && this.peek("\n")) continue;
      if (r === 0x0a) {
        if (this.nlIsSpace) continue;
        this.fail("unexpected newline");
      }
      if (!isSpace(r)) {
        this.unreadRune();
        return;
      }
    }
  }

  /** Runes satisfying f (maybe after spaces) appended to buf. */
  token(skipSpace: boolean, f: (r: number) => boolean): string {
    if (skipSpace) this.skipSpace();
    for (;;) {
      const r = this.getRune();
      if (r === EOF) break;
      if (!f(r)) {
        this.unreadRune();
        break;
      }
      this.writeRune(r);
    }
    return this.buf;
  }

  /** Reads the next rune if it is one of ok (appending it to buf if accept). */
  consume(ok: string, accept: boolean): boolean {
    const r = this.getRune();
    if (r === EOF) return false;
    if (indexRune(ok, r)) {
      if (accept) this.writeRune(r);
      return true;
    }
    if (accept) this.unreadRune();
    return false;
  }

  peek(ok: string): boolean {
    const r = this.getRune();
    if (r !== EOF) this.unreadRune();
    return indexRune(ok, r);
  }

  /** Out of input: the call ends with io.EOF. */
  notEOF(): void {
    if (this.getRune() === EOF) throw new ScanFail(goVals.eof!);
    this.unreadRune();
  }

  accept(ok: string): boolean {
    return this.consume(ok, true);
  }
}

/** Whether rune r occurs in the ASCII set ok (r may be EOF). */
function indexRune(ok: string, r: number): boolean {
  return r >= 0 && r < 0x80 && ok.indexOf(String.fromCharCode(r)) >= 0;
}
