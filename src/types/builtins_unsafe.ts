// The built-ins of package unsafe (their part of types2's builtins.go): Add, Alignof,
// Offsetof, Sizeof, Slice, SliceData, String and StringData. Sizes, alignments and offsets
// are gc's for amd64 (sizes.ts); they are constants unless the type's size depends on type
// parameters.

import type { CallExpr } from "../syntax/index.js";
import { NodeKind, unparen } from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker, SelectionKind } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { BuiltinId, ObjKind } from "./object.js";
import { BasicKind, Pointer, Slice, TypeKind } from "./type.js";
import { Typ, universeByte } from "./universe.js";
import { coreType } from "./under.js";
import { derefStructPtr, lookupFieldOrMethod } from "./lookup.js";
import { alignof, hasVarSize, offsetof, sizeof } from "./sizes.js";
import { invalidArg } from "./expr.js";
import { makeSig } from "./builtins.js";

/**
 * Checks a call of an unsafe built-in (arguments other than Offsetof's already evaluated into
 * args, the first one in x); reports whether it is valid, with the result in x.
 */
export function unsafeBuiltin(check: Checker, x: Operand, call: CallExpr, id: BuiltinId, args: Operand[]): boolean {
  const argList = call.argList;
  switch (id) {
    case BuiltinId.Add: {
      // unsafe.Add(ptr unsafe.Pointer, len IntegerType) unsafe.Pointer
      check.verifyVersionf(call.fun, "go1.17", "unsafe.Add");

      check.assignment(x, Typ[BasicKind.UnsafePointer]!, "argument to unsafe.Add");
      if (x.mode === OperandMode.Invalid) return false;

      const y = args[1]!;
      if (!check.isValidIndex(y, "length", true)) return false;

      x.mode = OperandMode.Value;
      x.type = Typ[BasicKind.UnsafePointer]!;
      check.recordBuiltinType(call.fun, makeSig(x.type, x.type, y.type!));
      break;
    }

    case BuiltinId.Alignof: {
      // unsafe.Alignof(x T) uintptr
      check.assignment(x, null, "argument to unsafe.Alignof");
      if (x.mode === OperandMode.Invalid) return false;

      if (hasVarSize(x.type!)) {
        x.mode = OperandMode.Value;
        check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr]!, x.type!));
      } else {
        x.mode = OperandMode.Constant;
        x.val = constant.makeInt64(alignof(x.type!));
        // result is constant - no need to record signature
      }
      x.type = Typ[BasicKind.Uintptr]!;
      break;
    }

    case BuiltinId.Offsetof: {
      // unsafe.Offsetof(x T) uintptr, where x must be a selector
      // (no argument evaluated yet)
      const arg0 = argList[0]!;
      const selx = unparen(arg0);
      if (selx.kind !== NodeKind.SelectorExpr) {
        check.errorf(arg0, invalidArg + "%s is not a selector expression", arg0);
        check.use(arg0);
        return false;
      }

      check.expr(null, x, selx.x);
      if (x.mode === OperandMode.Invalid) return false;

      const base = derefStructPtr(x.type!);
      const sel = selx.sel.value;
      const r = lookupFieldOrMethod(base, false, check.pkg, sel, false);
      const obj = r.obj;
      if (obj === null) {
        check.errorf(x, invalidArg + "%s has no single field %s", base, sel);
        return false;
      }
      if (obj.okind === ObjKind.Func) {
        // Using derefStructPtr may find methods that don't actually exist; an error either
        // way, if a confusing one.
        check.errorf(arg0, invalidArg + "%s is a method value", arg0);
        return false;
      }
      if (r.indirect) {
        check.errorf(x, invalidArg + "field %s is embedded via a pointer in %s", sel, base);
        return false;
      }

      check.recordSelection(selx, SelectionKind.FieldVal, base, obj, r.index!, false);

      // the selector expression gets recorded too (go.dev/issue/47895)
      {
        const y = new Operand();
        y.mode = x.mode === OperandMode.Variable || r.indirect ? OperandMode.Variable : OperandMode.Value;
        y.expr = selx;
        y.type = obj.type;
        check.record(y);
      }

      // The field offset is considered a variable even if the field is declared before the
      // part of the struct which is variable-sized. This makes the rules simpler and permits
      // a compiler to rearrange struct fields.
      if (hasVarSize(base)) {
        x.mode = OperandMode.Value;
        check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr]!, obj.type!));
      } else {
        const offs = offsetof(base, r.index!);
        if (offs < 0n) {
          check.errorf(x, "%s is too large", x);
          return false;
        }
        x.mode = OperandMode.Constant;
        x.val = constant.makeInt64(offs);
        // result is constant - no need to record signature
      }
      x.type = Typ[BasicKind.Uintptr]!;
      break;
    }

    case BuiltinId.Sizeof: {
      // unsafe.Sizeof(x T) uintptr
      check.assignment(x, null, "argument to unsafe.Sizeof");
      if (x.mode === OperandMode.Invalid) return false;

      if (hasVarSize(x.type!)) {
        x.mode = OperandMode.Value;
        check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr]!, x.type!));
      } else {
        const size = sizeof(x.type!);
        if (size < 0n) {
          check.errorf(x, "%s is too large", x);
          return false;
        }
        x.mode = OperandMode.Constant;
        x.val = constant.makeInt64(size);
        // result is constant - no need to record signature
      }
      x.type = Typ[BasicKind.Uintptr]!;
      break;
    }

    case BuiltinId.Slice: {
      // unsafe.Slice(ptr *T, len IntegerType) []T
      check.verifyVersionf(call.fun, "go1.17", "unsafe.Slice");

      const ptr = coreType(x.type!);
      if (ptr === null || ptr.tkind !== TypeKind.Pointer) {
        check.errorf(x, invalidArg + "%s is not a pointer", x);
        return false;
      }

      const y = args[1]!;
      if (!check.isValidIndex(y, "length", false)) return false;

      x.mode = OperandMode.Value;
      x.type = new Slice(ptr.base);
      check.recordBuiltinType(call.fun, makeSig(x.type, ptr, y.type!));
      break;
    }

    case BuiltinId.SliceData: {
      // unsafe.SliceData(slice []T) *T
      check.verifyVersionf(call.fun, "go1.20", "unsafe.SliceData");

      const slice = coreType(x.type!);
      if (slice === null || slice.tkind !== TypeKind.Slice) {
        check.errorf(x, invalidArg + "%s is not a slice", x);
        return false;
      }

      x.mode = OperandMode.Value;
      x.type = new Pointer(slice.elem);
      check.recordBuiltinType(call.fun, makeSig(x.type, slice));
      break;
    }

    case BuiltinId.String: {
      // unsafe.String(ptr *byte, len IntegerType) string
      check.verifyVersionf(call.fun, "go1.20", "unsafe.String");

      check.assignment(x, new Pointer(universeByte), "argument to unsafe.String");
      if (x.mode === OperandMode.Invalid) return false;

      const y = args[1]!;
      if (!check.isValidIndex(y, "length", false)) return false;

      x.mode = OperandMode.Value;
      x.type = Typ[BasicKind.String]!;
      check.recordBuiltinType(call.fun, makeSig(x.type, new Pointer(universeByte), y.type!));
      break;
    }

    case BuiltinId.StringData: {
      // unsafe.StringData(str string) *byte
      check.verifyVersionf(call.fun, "go1.20", "unsafe.StringData");

      check.assignment(x, Typ[BasicKind.String]!, "argument to unsafe.StringData");
      if (x.mode === OperandMode.Invalid) return false;

      x.mode = OperandMode.Value;
      x.type = new Pointer(universeByte);
      check.recordBuiltinType(call.fun, makeSig(x.type, Typ[BasicKind.String]!));
      break;
    }

  }
  return true;
}
