// Literals (the literal cases of types2's expr.go and index.go's indexedElts): basic literals
// as untyped constants, function literals (bodies checked later), and composite literals of
// struct, array, slice and map types with their element checks.

import type { BasicLit, CompositeLit, Expr, FuncLit, KeyValueExpr } from "../syntax/index.js";
import { LitKind, NodeKind } from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { ArrayT, MapT, Struct, Type, TypeKind } from "./type.js";
import type { Var } from "./object.js";
import { identical, isNonTypeParamInterface, isValid } from "./predicates.js";
import { coreType } from "./under.js";
import { opPos } from "./expr.js";
import { lookupError } from "./selector.js";
import { fieldIndex } from "./lookup.js";
import { inSetup } from "./typexpr.js";
import { ValueKind } from "./const.js";

// ---------------------------------------------------------------------------------------------
// Basic and function literals

Checker.prototype.basicLit = function (this: Checker, x: Operand, e: BasicLit): boolean {
  if (e.bad) return false; // error reported during parsing
  switch (e.litKind) {
    case LitKind.Int: case LitKind.Float: case LitKind.Imag: {
      langCompat(this, e);
      // Untyped numeric values have at most 512 bits of mantissa (4048 bits for each part of
      // an exact fraction); longer literals are not meaningful and would only cost time.
      const limit = 10000;
      if (e.value.length > limit) {
        this.errorf(e, "excessively long constant: %s... (%d chars)", e.value.slice(0, 10), e.value.length);
        return false;
      }
      break;
    }
  }
  x.setConst(e.litKind, e.value);
  if (x.mode === OperandMode.Invalid) {
    // The parser already established syntactic correctness, so this is number
    // under-/overflow.
    this.errorf(e, "malformed constant: %s", e.value);
    return false;
  }
  // Integer literals must not exceed the constant limits (go.dev/issue/54280).
  x.expr = e; // make sure that overflow below has an error position
  this.overflow(x, opPos(x.expr));
  return true;
};

/** Reports numeric literal forms that need a newer language version. */
function langCompat(check: Checker, lit: BasicLit): void {
  const s = lit.value;
  if (s.length <= 2 || check.allowVersion(lit, "go1.13")) return;
  if (s.includes("_")) {
    check.versionErrorf(lit, "go1.13", "underscore in numeric literal");
    return;
  }
  if (s[0] !== "0") return;
  const radix = s[1];
  if (radix === "b" || radix === "B") {
    check.versionErrorf(lit, "go1.13", "binary literal");
    return;
  }
  if (radix === "o" || radix === "O") {
    check.versionErrorf(lit, "go1.13", "0o/0O-style octal literal");
    return;
  }
  if (lit.litKind !== LitKind.Int && (radix === "x" || radix === "X")) {
    check.versionErrorf(lit, "go1.13", "hexadecimal floating-point literal");
  }
}

Checker.prototype.funcLit = function (this: Checker, x: Operand, e: FuncLit): boolean {
  const sig = this.typ(e.type);
  if (sig.tkind !== TypeKind.Signature) {
    this.errorf(e, "invalid syntax tree: invalid function literal %v", e);
    return false;
  }
  // The scope's extent is the complete "func (...) {...}", so that innermost lookups work.
  if (sig.scope !== null) {
    sig.scope.pos = e.pos;
    sig.scope.end = e.body.rbrace + 1;
  }
  if (!this.conf.ignoreFuncBodies) {
    // Function literals are part of the init expression or function declaration containing
    // them: use its declaration info. Don't check the body right away because the literal
    // may be part of a type definition the body refers to; the statement checker runs
    // delayed actions before the enclosing scope changes (go.dev/issue/22992).
    const decl = this.env.decl;
    const iota = this.env.iota; // go.dev/issue/22345
    this.later(() => {
      this.funcBody(decl, "<function literal>", sig, e.body, iota);
    }, "func literal");
  }
  x.mode = OperandMode.Value;
  x.type = sig;
  return true;
};

// ---------------------------------------------------------------------------------------------
// Composite literals

Checker.prototype.compositeLit = function (this: Checker, x: Operand, e: CompositeLit, hint: Type | null): boolean {
  let typ: Type;
  let base: Type | null;

  if (e.type !== null) {
    // [...]T array types may only appear with composite literals; check for them here so
    // that ... needn't be handled in general.
    const atyp = e.type;
    if (atyp.kind === NodeKind.ArrayType && atyp.len === null) {
      // An "open" array type: its length (-1 for now) is set after checking the literal.
      typ = new ArrayT(this.varType(atyp.elem), -1n);
      base = typ;
    } else {
      typ = this.typ(e.type);
      base = typ;
    }
  } else if (hint !== null) {
    // no type written: the enclosing literal's element type (the hint) applies
    typ = hint;
    base = coreType(typ);
    if (base !== null && base.tkind === TypeKind.Pointer) base = base.base; // *T implies &T{}
    if (base === null) {
      this.errorf(e, "invalid composite literal element type %s (no core type)", typ);
      return false;
    }
  } else {
    this.errorf(e, "missing type in composite literal");
    return false;
  }

  const utyp = coreType(base);
  // Prevent a crash if the type referred to is not set up yet (go.dev/issue/18643): e.g.
  // type S struct{ s [len(S{}.s)]int }.
  if (utyp !== null && inSetup(utyp)) {
    switch (utyp.tkind) {
      case TypeKind.Struct: case TypeKind.Array: case TypeKind.Slice: case TypeKind.Map:
        this.errorf(e, "invalid recursive type");
        return false;
    }
  }
  switch (utyp === null ? -1 : utyp.tkind) {
    case TypeKind.Struct:
      structLit(this, x, e, utyp as Struct, base);
      break;

    case TypeKind.Array: {
      const at = utyp as ArrayT;
      const n = this.indexedElts(e.elemList, at.elem, at.len);
      // If we have an array of unknown length (usually [...]T, but also [n]T where n is
      // invalid), set the length now that we know it and record the type (usually done by
      // typ, which isn't called for [...]T). For invalid n it seems fair to guess the length
      // from the literal (see also arrayLength and go.dev/issue/27346).
      if (at.len < 0n) {
        (at as { len: bigint }).len = n;
        // e.type is missing for an element literal that omits its type; nothing to record
        if (e.type !== null) this.recordTypeAndValue(e.type, OperandMode.TypExpr, at, null);
      }
      break;
    }

    case TypeKind.Slice:
      this.indexedElts(e.elemList, (utyp as { elem: Type }).elem, -1n);
      break;

    case TypeKind.Map:
      mapLit(this, x, e, utyp as MapT);
      break;

    default: {
      // When "using" all elements, unpack KeyValueExpr explicitly because use doesn't accept
      // them. (Keys may be struct field names of some unknown type: give up on them.)
      for (let el of e.elemList) {
        if (el.kind === NodeKind.KeyValueExpr) el = el.value;
        this.use(el);
      }
      // if utyp is invalid, an error was reported before
      if (utyp === null || isValid(utyp)) {
        this.errorf(e, "invalid composite literal type %s", typ);
        return false;
      }
    }
  }

  x.mode = OperandMode.Value;
  x.type = typ;
  return true;
};

function structLit(check: Checker, x: Operand, e: CompositeLit, utyp: Struct, base: Type): void {
  if (e.elemList.length === 0) return;
  // Convention for error messages on invalid struct literals: we mention the struct type
  // only if it clarifies the error (e.g., a duplicate field error doesn't need it).
  const fields = utyp.fields;
  if (e.elemList[0]!.kind === NodeKind.KeyValueExpr) {
    // all elements must have keys
    const visited: boolean[] = new Array(fields.length).fill(false);
    for (const el of e.elemList) {
      if (el.kind !== NodeKind.KeyValueExpr) {
        check.errorf(el, "mixture of field:value and value elements in struct literal");
        continue;
      }
      const kv: KeyValueExpr = el;
      const key = kv.key.kind === NodeKind.Name ? kv.key : null;
      // do all possible checks early (before exiting due to errors) so we don't drop
      // information on the floor
      check.expr(null, x, kv.value);
      if (key === null) {
        check.errorf(kv, "invalid field name %s in struct literal", kv.key);
        continue;
      }
      const i = fieldIndex(fields, check.pkg, key.value, false);
      if (i < 0) {
        let alt: Var | null = null;
        const j = fieldIndex(fields, check.pkg, key.value, true);
        if (j >= 0) alt = fields[j]!;
        const msg = lookupError(check, base, key.value, alt, true);
        check.errorf(kv.key, "%s", msg);
        continue;
      }
      const fld = fields[i]!;
      check.recordUse(key, fld);
      check.assignment(x, fld.type, "struct literal");
      if (visited[i]) {
        check.errorf(kv, "duplicate field name %s in struct literal", key.value);
        continue;
      }
      visited[i] = true;
    }
  } else {
    // no element must have a key
    for (let i = 0; i < e.elemList.length; i++) {
      const el = e.elemList[i]!;
      if (el.kind === NodeKind.KeyValueExpr) {
        check.errorf(el, "mixture of field:value and value elements in struct literal");
        continue;
      }
      check.expr(null, x, el);
      if (i >= fields.length) {
        check.errorf(x, "too many values in struct literal of type %s", base);
        break; // cannot continue
      }
      const fld = fields[i]!;
      if (!fld.exported() && fld.pkg !== check.pkg) {
        check.errorf(x, "implicit assignment to unexported field %s in struct literal of type %s", fld.name, base);
        continue;
      }
      check.assignment(x, fld.type, "struct literal");
    }
    if (e.elemList.length < fields.length) {
      check.errorf(e.rbrace, "too few values in struct literal of type %s", base);
      // ok to continue
    }
  }
}

function mapLit(check: Checker, x: Operand, e: CompositeLit, utyp: MapT): void {
  // If the key type is an interface (but not a type parameter), the type of a constant key
  // matters when checking for duplicates.
  const keyIsInterface = isNonTypeParamInterface(utyp.key);
  const visited = new Map<unknown, Type[]>();
  for (const el of e.elemList) {
    if (el.kind !== NodeKind.KeyValueExpr) {
      check.errorf(el, "missing key in map literal");
      continue;
    }
    check.exprWithHint(x, el.key, utyp.key);
    check.assignment(x, utyp.key, "map literal");
    if (x.mode === OperandMode.Invalid) continue;
    if (x.mode === OperandMode.Constant) {
      let duplicate = false;
      const xkey = keyVal(x.val!);
      if (keyIsInterface) {
        const seen = visited.get(xkey);
        if (seen !== undefined) {
          for (const vt of seen) {
            if (identical(vt, x.type!)) {
              duplicate = true;
              break;
            }
          }
          seen.push(x.type!);
        } else {
          visited.set(xkey, [x.type!]);
        }
      } else {
        duplicate = visited.has(xkey);
        visited.set(xkey, []);
      }
      if (duplicate) {
        check.errorf(x, "duplicate key %s in map literal", x.val);
        continue;
      }
    }
    check.exprWithHint(x, el.value, utyp.elem);
    check.assignment(x, utyp.elem, "map literal");
  }
}

/**
 * A JS map key for a constant: equal for constants of different kinds but equal value (1,
 * 1.0, 1+0i), as types2's keyVal maps them to the same Go value. Values that don't fit a
 * machine number stay the Value itself (compared by identity, as in types2).
 */
function keyVal(x: constant.Value): unknown {
  switch (x.kind) {
    case ValueKind.Complex: {
      const f = constant.toFloat(x);
      if (f.kind !== ValueKind.Float) {
        const [r] = constant.float64Val(constant.real(x));
        const [i] = constant.float64Val(constant.imag(x));
        return `c${r},${i}`;
      }
      return floatKey(f);
    }
    case ValueKind.Float:
      return floatKey(x);
    case ValueKind.Int:
      return intKey(x);
    case ValueKind.String:
      return "s" + constant.stringVal(x);
    case ValueKind.Bool:
      return constant.boolVal(x);
  }
  return x;
}

function floatKey(x: constant.Value): unknown {
  const i = constant.toInt(x);
  if (i.kind !== ValueKind.Int) {
    const [v] = constant.float64Val(x);
    return v;
  }
  return intKey(i);
}

function intKey(x: constant.Value): unknown {
  const [v, ok] = constant.int64Val(x);
  if (ok) return v;
  const [u, uok] = constant.uint64Val(x);
  if (uok) return u;
  return x;
}

/**
 * Checks the elements of an array or slice literal against the element type typ, and their
 * indices against the length if known (length >= 0). Returns the literal's length (maximum
 * index + 1).
 */
Checker.prototype.indexedElts = function (this: Checker, elts: readonly Expr[], typ: Type, length: bigint): bigint {
  const visited = new Set<bigint>();
  let index = 0n;
  let max = 0n;
  for (const e of elts) {
    // determine and check index
    let validIndex = false;
    let evalExpr = e;
    if (e.kind === NodeKind.KeyValueExpr) {
      const r = this.index(e.key, length);
      if (r.type !== null && isValid(r.type)) {
        if (r.val >= 0n) {
          index = r.val;
          validIndex = true;
        } else {
          this.errorf(e, "index %s must be integer constant", e.key);
        }
      }
      evalExpr = e.value;
    } else if (length >= 0n && index >= length) {
      this.errorf(e, "index %d is out of bounds (>= %d)", index, length);
    } else {
      validIndex = true;
    }

    // a valid index may not repeat
    if (validIndex) {
      if (visited.has(index)) this.errorf(e, "duplicate index %d in array or slice literal", index);
      visited.add(index);
    }
    index++;
    if (index > max) max = index;

    // each element must suit the literal's element type
    const x = new Operand();
    this.exprWithHint(x, evalExpr, typ);
    this.assignment(x, typ, "array or slice literal");
  }
  return max;
};

declare module "./check.js" {
  interface Checker {
    basicLit(x: Operand, e: BasicLit): boolean;
    funcLit(x: Operand, e: FuncLit): boolean;
    compositeLit(x: Operand, e: CompositeLit, hint: Type | null): boolean;
    indexedElts(elts: readonly Expr[], typ: Type, length: bigint): bigint;
  }
}
