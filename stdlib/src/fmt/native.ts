// Natives of package fmt: the Sprint family and Errorf's formatting, the methods of the
// State and ScanState values handed to Format and Scan methods, and the scanning entry points.

import { registerNatives, Iface, Slice, type Type } from "../../../runtime/index.js";
import { stringToBytes, bytesToString } from "../../../runtime/string.js";
import { Printer } from "./print.js";
import { doPrint, doPrintf, doPrintln } from "./printf.js";
import { callGo, setInterfaceTypes } from "./methods.js";
import { ReaderSource, RuneScannerSource, type RuneSource, ScanFail, ScanState, StringSource, goVals, isSpace } from "./scanstate.js";
import { conv, doScan, doScanf } from "./scan.js";
import { ldexp } from "./ldexp.js";

/** *fmt.pp and *fmt.ss, the types of the State and ScanState values. */
let ppPtr: Type | null = null;
let ssPtr: Type | null = null;

Printer.makeState = (p: Printer): Iface => {
  const obj = ppPtr!.elem!.zero();
  obj.$printer = p;
  return new Iface(ppPtr!, obj);
};

function printerOf(recv: any): Printer {
  return recv.$printer as Printer;
}

function scanStateOf(recv: any): ScanState {
  return recv.$scan as ScanState;
}

function argList(s: Slice): (Iface | null)[] {
  return s.n === 0 ? [] : s.a.slice(s.o, s.o + s.n);
}

/** The source behind an io.Reader: its own ReadRune/UnreadRune when it has both. */
function sourceOf(r: Iface): RuneSource {
  const rr = r.t.m["ReadRune"], ur = r.t.m["UnreadRune"];
  if (rr !== undefined && ur !== undefined) return new RuneScannerSource(r.v, rr, ur);
  return new ReaderSource(r.v, r.t.m["Read"]!);
}

function scanWith(s: ScanState, run: (s: ScanState, st: () => Iface) => [number, Iface | null]): [number, Iface | null] {
  let state: Iface | null = null;
  return run(s, () => {
    if (state === null) {
      const obj = ssPtr!.elem!.zero();
      obj.$scan = s;
      state = new Iface(ssPtr!, obj);
    }
    return state;
  });
}

registerNatives("fmt", {
  setup(state: Iface, stateType: Iface, scanStateType: Iface, ss: Iface): void {
    ppPtr = state.t;
    ssPtr = ss.t;
    setInterfaceTypes(stateType.t.elem!, scanStateType.t.elem!);
  },
  setupScan(parseInt: Iface, parseUint: Iface, parseFloat: Iface, atoi: Iface, unquote: Iface, setNum: Iface,
    errorsNew: Iface, eof: Iface | null, unexpectedEOF: Iface | null): void {
    conv.parseInt = parseInt.v;
    conv.parseUint = parseUint.v;
    conv.parseFloat = parseFloat.v;
    conv.atoi = atoi.v;
    conv.unquote = unquote.v;
    conv.setNum = setNum.v;
    conv.ldexp = ldexp;
    goVals.errorsNew = errorsNew.v;
    goVals.eof = eof;
    goVals.unexpectedEOF = unexpectedEOF;
  },

  Sprintf(format: string, a: Slice): string {
    const p = new Printer();
    doPrintf(p, format, a);
    return p.buf;
  },
  Sprint(a: Slice): string {
    const p = new Printer();
    doPrint(p, a);
    return p.buf;
  },
  Sprintln(a: Slice): string {
    const p = new Printer();
    doPrintln(p, a);
    return p.buf;
  },
  errorf(format: string, a: Slice): [string, Slice] {
    const p = new Printer();
    p.wrapErrs = true;
    doPrintf(p, format, a);
    const w = p.wrappedErrs;
    if (p.reordered) w.sort((x, y) => x - y);
    return [p.buf, new Slice(w, 0, w.length, w.length)];
  },

  ppWrite(recv: any, b: Slice): [number, null] {
    printerOf(recv).buf += bytesToString(b);
    return [b.n, null];
  },
  ppWriteString(recv: any, s: string): [number, null] {
    printerOf(recv).buf += s;
    return [s.length, null];
  },
  ppWidth(recv: any): [number, boolean] {
    const p = printerOf(recv);
    return [p.wid, p.widPresent];
  },
  ppPrecision(recv: any): [number, boolean] {
    const p = printerOf(recv);
    return [p.prec, p.precPresent];
  },
  ppFlag(recv: any, c: number): boolean {
    const p = printerOf(recv);
    switch (c) {
      case 0x2d: return p.minus;
      case 0x2b: return p.plus || p.plusV;
      case 0x23: return p.sharp || p.sharpV;
      case 0x20: return p.space;
      case 0x30: return p.zero;
    }
    return false;
  },

  ssReadRune(recv: any): [number, number, Iface | null] {
    return scanStateOf(recv).readRune();
  },
  ssUnreadRune(recv: any): null {
    scanStateOf(recv).unreadRune();
    return null;
  },
  ssSkipSpace(recv: any): void {
    scanStateOf(recv).skipSpace();
  },
  ssToken(recv: any, skipSpace: boolean, f: Function | null): [Slice, Iface | null] {
    const s = scanStateOf(recv);
    s.buf = "";
    try {
      const pred = f === null ? null : (r: number) => callGo(f, r) as boolean;
      const tok = s.token(skipSpace, pred ?? ((r: number) => !isSpace(r)));
      return [stringToBytes(tok), null];
    } catch (e) {
      if (e instanceof ScanFail) return [stringToBytes(s.buf), e.err];
      throw e;
    }
  },
  ssWidth(recv: any): [number, boolean] {
    const s = scanStateOf(recv);
    return s.maxWid === 1 << 30 ? [0, false] : [s.maxWid, true];
  },

  Sscan(str: string, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(new StringSource(str), true, false), (s, st) => doScan(s, argList(a), st));
  },
  Sscanln(str: string, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(new StringSource(str), false, true), (s, st) => doScan(s, argList(a), st));
  },
  Sscanf(str: string, format: string, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(new StringSource(str), false, false), (s, st) => doScanf(s, format, argList(a), st));
  },
  Fscan(r: Iface, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(sourceOf(r), true, false), (s, st) => doScan(s, argList(a), st));
  },
  Fscanln(r: Iface, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(sourceOf(r), false, true), (s, st) => doScan(s, argList(a), st));
  },
  Fscanf(r: Iface, format: string, a: Slice): [number, Iface | null] {
    return scanWith(new ScanState(sourceOf(r), false, false), (s, st) => doScanf(s, format, argList(a), st));
  },
});
