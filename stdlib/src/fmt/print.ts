// fmt's printer: one operand under one verb. printArg takes an interface value (the
// operand), looks for Formatter, GoStringer, error and Stringer methods as fmt does, and
// otherwise walks the value by its run-time type descriptor (printValue), the way fmt walks
// reflect values: structs, maps with sorted keys, slices, arrays, pointers (&{...} at the top
// level only), interfaces, and the error forms %!verb(type=value).

import { Iface, Kind, type Type, sliceOf, types } from "../../../runtime/type.js";
import type { I64 } from "../../../runtime/int64.js";
import type { Complex } from "../../../runtime/complex.js";
import type { Slice } from "../../../runtime/slice.js";
import { sizeof } from "../../../runtime/typesize.js";
import { fakeAddress } from "../../../runtime/objid.js";
import { pointerAddress } from "../../../runtime/unsafe.js";
import { funcPC } from "../../../runtime/traceback.js";
import { bytesToStringRaw, encodeRune } from "../../../runtime/string.js";
import { Fmt } from "./format.js";
import { callGo, methodsOf, recoverFrom } from "./methods.js";
import { sortedEntries } from "./mapsort.js";
import { reflectValueOperand } from "../reflect/fmthook.js";

const bytesType = sliceOf(types.uint8);

const V = 0x76, S = 0x73, X = 0x78, UX = 0x58, Q = 0x71, D = 0x64, W = 0x77, P = 0x70, T = 0x54;

const predeclared = new Set<Type>(Object.values(types).filter((t) => t.name !== "" && t.name !== "error"));

/** The predeclared basic types (fmt formats them without looking for methods). */
export function isPredeclared(t: Type): boolean {
  return predeclared.has(t);
}

/** Whether values of this kind are signed integers. */
function signedKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}

/** A signed value reinterpreted as uint64 (the %c, %q and %U verbs see integers that way). */
function asUint64(v: I64): I64 {
  if (v >= 0) return v;
  const u = (1n << 64n) + BigInt(v);
  return u <= 9007199254740991n ? Number(u) : u;
}

export class Printer extends Fmt {
  reordered = false;
  goodArgNum = true;
  panicking = false;
  erroring = false;
  wrapErrs = false;
  wrappedErrs: number[] = [];
  /** The operand being printed, for error forms: as an argument (printArg) or a value (printValue). */
  curT: Type | null = null;
  curV: any = null;
  curIsArg = false;
  /** The fmt.State handed to Format methods (made on first need by the native glue). */
  state: Iface | null = null;
  static makeState: (p: Printer) => Iface = () => { throw new Error("fmt: not initialized"); };

  writeRune(r: number): void {
    this.buf += r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
  }

  badVerb(verb: number): void {
    this.erroring = true;
    this.buf += "%!";
    this.writeRune(verb);
    this.buf += "(";
    const t = this.curT;
    if (t !== null) {
      this.buf += t.str + "=";
      if (this.curIsArg) this.printArg(new Iface(t, this.curV), V);
      else this.printValue(t, this.curV, V, 0, false);
    } else {
      this.buf += "<nil>";
    }
    this.buf += ")";
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: number): void {
    if (verb === 0x74 || verb === V) this.fmtBoolean(v);
    else this.badVerb(verb);
  }

  /** Hexadecimal with or without 0x whatever the flags say (pointers, %#v of unsigned). */
  fmt0x64(v: I64, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    super.fmtInteger(v, 16, false, V, false);
    this.sharp = sharp;
  }

  printInteger(v: I64, isSigned: boolean, verb: number): void {
    switch (verb) {
      case V:
        if (this.sharpV && !isSigned) this.fmt0x64(v, true);
        else super.fmtInteger(v, 10, isSigned, verb, false);
        return;
      case D: super.fmtInteger(v, 10, isSigned, verb, false); return;
      case 0x62: super.fmtInteger(v, 2, isSigned, verb, false); return;
      case 0x6f: case 0x4f: super.fmtInteger(v, 8, isSigned, verb, false); return;
      case X: super.fmtInteger(v, 16, isSigned, verb, false); return;
      case UX: super.fmtInteger(v, 16, isSigned, verb, true); return;
      case 0x63: this.fmtC(isSigned ? asUint64(v) : v); return;
      case Q: this.fmtQc(isSigned ? asUint64(v) : v); return;
      case 0x55: this.fmtUnicode(isSigned ? asUint64(v) : v); return;
      default: this.badVerb(verb);
    }
  }

  printFloat(v: number, size: number, verb: number): void {
    switch (verb) {
      case V: this.fmtFloat(v, size, "g", -1); return;
      case 0x62: case 0x67: case 0x47: case X: case UX: this.fmtFloat(v, size, String.fromCharCode(verb), -1); return;
      case 0x66: case 0x65: case 0x45: this.fmtFloat(v, size, String.fromCharCode(verb), 6); return;
      case 0x46: this.fmtFloat(v, size, "f", 6); return;
      default: this.badVerb(verb);
    }
  }

  printComplex(v: Complex, size: number, verb: number): void {
    switch (verb) {
      case V: case 0x62: case 0x67: case 0x47: case X: case UX: case 0x66: case 0x46: case 0x65: case 0x45: {
        const oldPlus = this.plus;
        this.buf += "(";
        this.printFloat(v.re, size / 2, verb);
        // The imaginary part always has a sign.
        this.plus = true;
        this.printFloat(v.im, size / 2, verb);
        this.buf += "i)";
        this.plus = oldPlus;
        return;
      }
      default: this.badVerb(verb);
    }
  }

  printString(v: string, verb: number): void {
    switch (verb) {
      case V: if (this.sharpV) this.fmtQ(v); else this.fmtS(v); return;
      case S: this.fmtS(v); return;
      case X: this.fmtSbx(v, false); return;
      case UX: this.fmtSbx(v, true); return;
      case Q: this.fmtQ(v); return;
      default: this.badVerb(verb);
    }
  }

  /** A byte slice or array given as a byte string; typeString names it for %#v. */
  printBytes(v: string, isNil: boolean, verb: number, typeString: string, t: Type, raw: any): void {
    switch (verb) {
      case V: case D:
        if (this.sharpV) {
          this.buf += typeString;
          if (isNil) {
            this.buf += "(nil)";
            return;
          }
          this.buf += "{";
          for (let i = 0; i < v.length; i++) {
            if (i > 0) this.buf += ", ";
            this.fmt0x64(v.charCodeAt(i), true);
          }
          this.buf += "}";
        } else {
          this.buf += "[";
          for (let i = 0; i < v.length; i++) {
            if (i > 0) this.buf += " ";
            super.fmtInteger(v.charCodeAt(i), 10, false, verb, false);
          }
          this.buf += "]";
        }
        return;
      case S: this.pad(this.truncateString(v)); return;
      case X: this.fmtSbx(v, false); return;
      case UX: this.fmtSbx(v, true); return;
      case Q: this.fmtQ(v); return;
      default: this.printValue(t, raw, verb, 0, false);
    }
  }

  /** The address a reference value prints as. */
  addressOf(t: Type, v: any): I64 {
    if (v === null || v === undefined) return 0;
    if (t.kind === Kind.Slice) {
      const s = v as Slice;
      if (s.a === null) return 0;
      return fakeAddress(s.a) + s.o * sizeof(t.elem!);
    }
    // A func prints as its code address, which reflect's Value.Pointer gives too.
    if (t.kind === Kind.Func) return funcPC(v as Function) || pointerAddress(v);
    if (typeof v === "object" || typeof v === "function") return pointerAddress(v);
    if (typeof v === "number" || typeof v === "bigint") return v;
    return 0;
  }

  fmtPointer(t: Type, v: any, verb: number): void {
    switch (t.kind) {
      case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.Slice: case Kind.UnsafePointer:
        break;
      default:
        this.badVerb(verb);
        return;
    }
    const u = this.addressOf(t, v);
    switch (verb) {
      case V:
        if (this.sharpV) {
          this.buf += "(" + t.str + ")(";
          if (u === 0) this.buf += "nil";
          else this.fmt0x64(u, true);
          this.buf += ")";
        } else if (u === 0) {
          this.pad("<nil>");
        } else {
          this.fmt0x64(u, !this.sharp);
        }
        return;
      case P: this.fmt0x64(u, !this.sharp); return;
      case 0x62: case 0x6f: case D: case X: case UX: this.printInteger(u, false, verb); return;
      default: this.badVerb(verb);
    }
  }

  /** Runs a formatting method; a panic in it prints as %!verb(PANIC=Method method: value). */
  private callMethod(t: Type, v: any, verb: number, method: string, call: () => void): void {
    try {
      call();
    } catch (e) {
      const p = recoverFrom(e);
      // A nil pointer receiver most likely: print <nil> as for any nil pointer.
      if (t.kind === Kind.Pointer && v === null) {
        this.buf += "<nil>";
        return;
      }
      if (this.panicking) throw p; // the panic value's own printing panicked too
      const saved = this.saveFlags();
      this.clearflags();
      this.buf += "%!";
      this.writeRune(verb);
      this.buf += "(PANIC=" + method + " method: ";
      this.panicking = true;
      this.printArg(p.value, V);
      this.panicking = false;
      this.buf += ")";
      // Go restores the flags but not the width and precision, which stay cleared.
      saved.wid = 0;
      saved.prec = 0;
      this.restoreFlags(saved);
    }
  }

  /** Formats with the value's own methods if it has a suitable one; reports whether it did. */
  handleMethods(t: Type, v: any, verb: number): boolean {
    if (this.erroring) return false;
    this.curT = t;
    this.curV = v;
    this.curIsArg = true;
    const ms = methodsOf(t);
    if (verb === W) {
      // %w is for Errorf with an error operand only.
      if (ms.error === null || !this.wrapErrs) {
        this.badVerb(verb);
        return true;
      }
      verb = V;
    }
    if (ms.format !== null) {
      const f = ms.format;
      if (this.state === null) this.state = Printer.makeState(this);
      const st = this.state;
      this.callMethod(t, v, verb, "Format", () => callGo(f, v, st, verb));
      return true;
    }
    if (this.sharpV) {
      if (ms.goString === null) return false;
      const f = ms.goString;
      this.callMethod(t, v, verb, "GoString", () => this.fmtS(callGo(f, v) as string));
      return true;
    }
    if (verb === V || verb === S || verb === X || verb === UX || verb === Q) {
      if (ms.error !== null) {
        const f = ms.error;
        this.callMethod(t, v, verb, "Error", () => this.printString(callGo(f, v) as string, verb));
        return true;
      }
      if (ms.string !== null) {
        const f = ms.string;
        this.callMethod(t, v, verb, "String", () => this.printString(callGo(f, v) as string, verb));
        return true;
      }
    }
    return false;
  }

  printArg(arg: Iface | null, verb: number): void {
    if (arg === null) {
      this.curT = null;
      this.curV = null;
      this.curIsArg = true;
      if (verb === T || verb === V) this.pad("<nil>");
      else this.badVerb(verb);
      return;
    }
    const t = arg.t, v = arg.v;
    this.curT = t;
    this.curV = v;
    this.curIsArg = true;
    // %T and %p come first, whatever the type.
    if (verb === T) {
      this.fmtS(t.str);
      return;
    }
    if (verb === P) {
      this.fmtPointer(t, v, P);
      return;
    }
    if (isPredeclared(t)) {
      this.printBasic(t, v, verb);
      return;
    }
    if (t === bytesType) {
      const s = v as Slice;
      this.printBytes(s.a === null ? "" : bytesToStringRaw(s.a, s.o, s.n), s.a === null, verb, "[]byte", t, v);
      return;
    }
    const rv = reflectValueOperand(t, v);
    if (rv !== null) {
      this.printReflectValue(rv.t, rv.v, rv.canInterface, verb);
      return;
    }
    if (!this.handleMethods(t, v, verb)) this.printValue(t, v, verb, 0, false);
  }

  /**
   * A reflect.Value argument prints as the value it holds, as gc's fmt does: with that value's
   * own methods when reflect could hand it out as an interface, else by walking it (and
   * nothing under it may use methods either). The zero Value has its own text.
   */
  private printReflectValue(t: Type | null, v: any, canInterface: boolean, verb: number): void {
    if (t === null) {
      this.fmtS("<invalid reflect.Value>");
      return;
    }
    if (canInterface) {
      // Interface() of an interface-typed Value gives the dynamic value.
      if (t.kind !== Kind.Interface) {
        if (this.handleMethods(t, v, verb)) return;
      } else if (v !== null) {
        if (this.handleMethods((v as Iface).t, (v as Iface).v, verb)) return;
      }
    }
    this.printValue(t, v, verb, 0, !canInterface);
  }

  /** A value of a basic kind. */
  private printBasic(t: Type, v: any, verb: number): void {
    const k = t.kind;
    switch (k) {
      case Kind.Bool: this.fmtBool(v, verb); return;
      case Kind.Float32: this.printFloat(v, 32, verb); return;
      case Kind.Float64: this.printFloat(v, 64, verb); return;
      case Kind.Complex64: this.printComplex(v, 64, verb); return;
      case Kind.Complex128: this.printComplex(v, 128, verb); return;
      case Kind.String: this.printString(v, verb); return;
      case Kind.UnsafePointer: this.fmtPointer(t, v, verb); return;
      default: this.printInteger(v, signedKind(k), verb);
    }
  }

  /**
   * A value reached by walking: ro marks values reached through unexported struct fields,
   * whose methods fmt cannot call (as reflect cannot make interfaces of them).
   */
  printValue(t: Type, v: any, verb: number, depth: number, ro: boolean): void {
    if (depth > 0 && !ro && this.handleMethods(t, v, verb)) return;
    this.curT = t;
    this.curV = v;
    this.curIsArg = false;
    const k = t.kind;
    switch (k) {
      case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128: case Kind.String:
        this.printBasic(t, v, verb);
        return;
      case Kind.Map: {
        if (this.sharpV) {
          this.buf += t.str;
          if (v === null) {
            this.buf += "(nil)";
            return;
          }
          this.buf += "{";
        } else {
          this.buf += "map[";
        }
        const entries = sortedEntries(t, v);
        for (let i = 0; i < entries.length; i++) {
          if (i > 0) this.buf += this.sharpV ? ", " : " ";
          this.printValue(t.key!, entries[i]![0], verb, depth + 1, ro);
          this.buf += ":";
          this.printValue(t.elem!, entries[i]![1], verb, depth + 1, ro);
        }
        this.buf += this.sharpV ? "}" : "]";
        return;
      }
      case Kind.Struct: {
        if (this.sharpV) this.buf += t.str;
        this.buf += "{";
        const fields = t.fields;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!;
          if (i > 0) this.buf += this.sharpV ? ", " : " ";
          if (this.plusV || this.sharpV) this.buf += f.name + ":";
          let ft = f.type, fv = v[f.js];
          // A non-nil interface field prints as the value inside it.
          if (ft.kind === Kind.Interface && fv !== null) {
            ft = (fv as Iface).t;
            fv = (fv as Iface).v;
          }
          this.printValue(ft, fv, verb, depth + 1, ro || !f.exported);
        }
        this.buf += "}";
        return;
      }
      case Kind.Interface: {
        if (v === null) {
          if (this.sharpV) this.buf += t.str + "(nil)";
          else this.buf += "<nil>";
        } else {
          this.printValue((v as Iface).t, (v as Iface).v, verb, depth + 1, ro);
        }
        return;
      }
      case Kind.Array: case Kind.Slice: {
        const isSlice = k === Kind.Slice;
        const a: any = isSlice ? (v as Slice).a : v;
        const off = isSlice ? (v as Slice).o : 0;
        const n = isSlice ? (v as Slice).n : t.len;
        if ((verb === S || verb === Q || verb === X || verb === UX) && t.elem!.kind === Kind.Uint8) {
          const bytes = n === 0 ? "" : ArrayBuffer.isView(a) ? bytesToStringRaw(a as Uint8Array, off, n)
            : String.fromCharCode(...(a as number[]).slice(off, off + n));
          this.printBytes(bytes, isSlice && a === null, verb, t.str, t, v);
          return;
        }
        const et = t.elem!;
        if (this.sharpV) {
          this.buf += t.str;
          if (isSlice && a === null) {
            this.buf += "(nil)";
            return;
          }
          this.buf += "{";
          for (let i = 0; i < n; i++) {
            if (i > 0) this.buf += ", ";
            this.printValue(et, a[off + i], verb, depth + 1, ro);
          }
          this.buf += "}";
        } else {
          this.buf += "[";
          for (let i = 0; i < n; i++) {
            if (i > 0) this.buf += " ";
            this.printValue(et, a[off + i], verb, depth + 1, ro);
          }
          this.buf += "]";
        }
        return;
      }
      case Kind.Pointer:
        // A pointer to an array, slice, struct or map prints &contents at the top level only
        // (deeper, cycles would never end).
        if (depth === 0 && v !== null) {
          const e = t.elem!;
          switch (e.kind) {
            case Kind.Array: case Kind.Struct:
              this.buf += "&";
              this.printValue(e, v, verb, depth + 1, ro);
              return;
            case Kind.Slice: case Kind.Map:
              this.buf += "&";
              this.printValue(e, v.v, verb, depth + 1, ro);
              return;
          }
        }
        this.fmtPointer(t, v, verb);
        return;
      case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
        this.fmtPointer(t, v, verb);
        return;
      default:
        this.buf += "?" + t.str + "?";
    }
  }
}
