// Natives of reflect.Value that run code or talk to channels: Call and CallSlice (generator
// natives, so that a called function may block), MakeFunc, method values (Method,
// MethodByName), Send/Recv/TrySend/TryRecv/Close, Select, and map iterators (MapIter).
//
// A function made by MakeFunc, or a method value, is called by compiled code as a plain JS
// function: when what it runs is a generator (code that may block), it is driven to the end
// at once, and really blocking there is a fatal error (a limit of gots' reflect).

import { Iface, Kind, type Type } from "../../../runtime/type.js";
import { Slice, makeSlice, nilSlice, sliceOfArray } from "../../../runtime/slice.js";
import { MapIter, type GoMap } from "../../../runtime/map.js";
import { type Chan, chanClose, chanrecv2, chansend, selectgo, type SelectCase } from "../../../runtime/chan.js";
import { isGenerator, PARK } from "../../../runtime/sched.js";
import { GoFatal } from "../../../runtime/panic.js";
import { curG } from "../../../runtime/proc.js";
import { deferredTarget } from "../../../runtime/defer.js";
import { goNameOf } from "../../../runtime/traceback.js";
import { sizeof } from "../../../runtime/typesize.js";
import type { I64 } from "../../../runtime/int64.js";
import {
  RO, type Val, invalidValue, load, mk, mustBe, mustBeAssignable, mustBeExported, num, panicStr, panicValueError,
  reg, ro, store, typeOfIface,
} from "./core.js";
import { assignTo } from "./assign.js";
import { assignable, exportedMethods } from "./typeops.js";

/** Runs a call's result to completion when it is a generator (see the file comment). */
function finish(r: any): any {
  if (!isGenerator(r)) return r;
  for (;;) {
    const step = r.next();
    if (step.done) return step.value;
    if (step.value === PARK) {
      throw new GoFatal("gots: a function called through reflect (MakeFunc or a method value) blocked; reflect cannot wait there");
    }
  }
}

/**
 * Runs `run`, the body of a reflect-made function `self` that calls Go function `target`,
 * as gc's wrappers are run: when a panic runs `self` as a deferred call, recover in
 * `target` recovers, as if `target` itself were the deferred call.
 */
function asWrapper(self: Function, target: Function, run: () => any): any {
  const g = curG;
  if (g.deferFn !== self) return run();
  g.deferFn = deferredTarget(target);
  try {
    return run();
  } finally {
    g.deferFn = self;
  }
}

/** The JS arguments of a call of function type ft with Values `in` (Go's rules and panics). */
function callArgs(ft: Type, in_: Slice, isSlice: boolean, op: string): any[] {
  const ins: Val[] = [];
  for (let i = 0; i < in_.n; i++) ins.push(in_.a[in_.o + i]);
  let n = ft.params.length;
  const variadic = ft.variadic;
  if (isSlice) {
    if (!variadic) panicStr("reflect: CallSlice of non-variadic function");
    if (ins.length < n) panicStr("reflect: CallSlice with too few input arguments");
    if (ins.length > n) panicStr("reflect: CallSlice with too many input arguments");
  } else {
    if (variadic) n--;
    if (ins.length < n) panicStr("reflect: Call with too few input arguments");
    if (!variadic && ins.length > n) panicStr("reflect: Call with too many input arguments");
  }
  for (const x of ins) if (x.flag === 0) panicStr("reflect: " + op + " using zero Value argument");
  for (let i = 0; i < n; i++) {
    const xt = ins[i]!.typ_!, targ = ft.params[i]!;
    if (!assignable(targ, xt)) panicStr("reflect: " + op + " using " + xt.str + " as type " + targ.str);
  }
  const args: any[] = [];
  for (let i = 0; i < n; i++) args.push(assignTo(ins[i]!, "reflect.Value.Call", ft.params[i]!));
  if (!isSlice && variadic) {
    const st = ft.params[n]!;
    const et = st.elem!;
    const m = ins.length - n;
    const s = makeSlice(et, m, m);
    for (let i = 0; i < m; i++) {
      const x = ins[n + i]!;
      if (!assignable(et, x.typ_!)) panicStr("reflect: cannot use " + x.typ_!.str + " as type " + et.str + " in " + op);
      mustBeExported(x, "reflect.Value.Set");
      s.a[i] = assignTo(x, "reflect.Set", et);
    }
    args.push(s);
  }
  return args;
}

/** The results of a call of function type ft as a []Value. */
function callResults(ft: Type, r: any): Slice {
  const rs = ft.results;
  if (rs.length === 0) return nilSlice;
  if (rs.length === 1) return sliceOfArray([mk(rs[0]!, r, rs[0]!.kind)]);
  return sliceOfArray(rs.map((t, i) => mk(t, r[i], t.kind)));
}

function* call(v: Val, in_: Slice, isSlice: boolean): Generator<number, Slice, any> {
  const op = isSlice ? "CallSlice" : "Call";
  mustBe(v, Kind.Func, "reflect.Value." + op);
  mustBeExported(v, "reflect.Value." + op);
  const fn = load(v) as Function | null;
  if (fn === null) panicStr("reflect.Value.Call: call of nil function");
  const ft = v.typ_!;
  const args = callArgs(ft, in_, isSlice, op);
  let r = fn(...args);
  if (isGenerator(r)) r = yield* (r as Generator<number, any, any>);
  return callResults(ft, r);
}

function funcName(f: Function): string {
  return goNameOf(f.name) ?? "closure";
}

function makeFunc(t: Iface | null, fn: Function): Val {
  const ft = typeOfIface(t)!;
  if (ft.kind !== Kind.Func) panicStr("reflect: call of MakeFunc with non-Func type");
  const impl = (...args: any[]): any => {
    const ins: Val[] = ft.params.map((pt, i) => mk(pt, args[i], pt.kind));
    const out = asWrapper(impl, fn, () => finish(fn(sliceOfArray(ins)))) as Slice;
    const rts = ft.results;
    if (out.n !== rts.length) panicStr("reflect: wrong return count from function created by MakeFunc");
    const res: any[] = [];
    for (let i = 0; i < rts.length; i++) {
      const rv = out.a[out.o + i] as Val;
      const typ = rts[i]!;
      if (rv.flag === 0) panicStr("reflect: function created by MakeFunc using " + funcName(fn) + " returned zero Value");
      if ((rv.flag & RO) !== 0) {
        panicStr("reflect: function created by MakeFunc using " + funcName(fn) + " returned value obtained from unexported field");
      }
      res.push(sizeof(typ) === 0 ? typ.zero() : assignTo(rv, "reflect.MakeFunc", typ));
    }
    return res.length === 0 ? undefined : res.length === 1 ? res[0] : res;
  };
  return mk(ft, impl, Kind.Func);
}

/** v.Method(i): a func Value calling the method with v's value (read at each call) as receiver. */
function method(v: Val, i: number): Val {
  if (v.flag === 0) panicValueError("reflect.Value.Method", Kind.Invalid);
  const t = v.typ_!;
  const fl = ro(v.flag) | Kind.Func;
  const src = mk(t, v.ptr, v.flag);
  if (t.kind === Kind.Interface) {
    const m = t.imethods[i];
    if (m === undefined || !(i >= 0)) panicStr("reflect: Method index out of range");
    if (load(v) === null) panicStr("reflect: Method on nil interface value");
    const key = m.pkgPath === "" ? m.name : m.pkgPath + "." + m.name;
    const exported = m.pkgPath === "";
    const f = (...args: any[]): any => {
      if (!exported) panicStr("reflect: Call of unexported method");
      const x = load(src) as Iface | null;
      if (x === null) panicStr("reflect: Call of method on nil interface value");
      const target = x.t.m[key]!;
      return asWrapper(f, target, () => finish(target(x.v, ...args)));
    };
    return mk(m.type, f, fl);
  }
  const m = exportedMethods(t)[i];
  if (m === undefined || !(i >= 0)) panicStr("reflect: Method index out of range");
  const fn = m.fn;
  const f = (...args: any[]): any => asWrapper(f, fn, () => finish(fn(load(src), ...args)));
  return mk(m.type, f, fl);
}

function chanOf(v: Val, name: string): Chan | null {
  mustBe(v, Kind.Chan, name);
  mustBeExported(v, name);
  return load(v);
}

// ---- map iterators ----

interface Iter {
  m: Val;
  it: MapIter | null;
  key: any;
  val: any;
  state: number;
}

const BEFORE = 0, AT = 1, DONE = 2;

function iterAt(it: Iter, what: string, prefix: string): void {
  if (it.state === BEFORE) panicStr(prefix + what + " called before Next");
  if (it.state === DONE) panicStr(prefix + what + " called on exhausted iterator");
}

export const valueCallNatives = {
  *Value$Call(v: Val, in_: Slice): Generator<number, Slice, any> {
    return yield* call(v, in_, false);
  },
  *Value$CallSlice(v: Val, in_: Slice): Generator<number, Slice, any> {
    return yield* call(v, in_, true);
  },
  Value$callSync(v: Val, in_: Slice): Slice {
    return finish(call(v, in_, false));
  },
  MakeFunc: makeFunc,
  Value$Method(v: Val, i: I64): Val {
    return method(v, num(i));
  },
  Value$MethodByName(v: Val, name: string): Val {
    if (v.flag === 0) panicValueError("reflect.Value.MethodByName", Kind.Invalid);
    const t = v.typ_!;
    if (t.kind === Kind.Interface && load(v) === null) panicStr("reflect: MethodByName on nil interface value");
    const i = t.kind === Kind.Interface
      ? t.imethods.findIndex((m) => m.name === name)
      : exportedMethods(t).findIndex((m) => m.name === name);
    return i < 0 ? invalidValue() : method(v, i);
  },
  *Value$Send(v: Val, x: Val): Generator<number, void, any> {
    const c = chanOf(v, "reflect.Value.Send");
    if ((v.typ_!.dir & 2) === 0) panicStr("reflect: send on recv-only channel");
    mustBeExported(x, "reflect.Value.Send");
    const val = assignTo(x, "reflect.Value.Send", v.typ_!.elem!);
    yield* chansend(c, val);
  },
  Value$TrySend(v: Val, x: Val): boolean {
    const c = chanOf(v, "reflect.Value.TrySend");
    if ((v.typ_!.dir & 2) === 0) panicStr("reflect: send on recv-only channel");
    mustBeExported(x, "reflect.Value.TrySend");
    const val = assignTo(x, "reflect.Value.Send", v.typ_!.elem!);
    const r = selectgo([[1, c, val]], true).next();
    return (r.value as [number, any, boolean])[0] === 0;
  },
  *Value$Recv(v: Val): Generator<number, [Val, boolean], any> {
    const c = chanOf(v, "reflect.Value.Recv");
    if ((v.typ_!.dir & 1) === 0) panicStr("reflect: recv on send-only channel");
    const et = v.typ_!.elem!;
    const [x, ok] = yield* chanrecv2(c);
    return [mk(et, x, et.kind), ok];
  },
  Value$TryRecv(v: Val): [Val, boolean] {
    const c = chanOf(v, "reflect.Value.TryRecv");
    if ((v.typ_!.dir & 1) === 0) panicStr("reflect: recv on send-only channel");
    const et = v.typ_!.elem!;
    const [i, x, ok] = selectgo([[2, c, undefined]], true).next().value as [number, any, boolean];
    if (i < 0) return [invalidValue(), false];
    return [mk(et, x, et.kind), ok];
  },
  Value$Close(v: Val): void {
    const c = chanOf(v, "reflect.Value.Close");
    if (v.typ_!.dir === 1) panicStr("reflect: close of receive-only channel");
    chanClose(c);
  },
  *Select(cases: Slice): Generator<number, [number, Val, boolean], any> {
    if (cases.n > 65536) panicStr("reflect.Select: too many cases (max 65536)");
    const run: SelectCase[] = [];
    const which: number[] = [];
    let dflt = -1;
    for (let i = 0; i < cases.n; i++) {
      const c = cases.a[cases.o + i];
      const dir = num(c.Dir), ch = c.Chan as Val, send = c.Send as Val;
      switch (dir) {
        case 3:
          if (dflt >= 0) panicStr("reflect.Select: multiple default cases");
          dflt = i;
          if (ch.flag !== 0) panicStr("reflect.Select: default case has Chan value");
          if (send.flag !== 0) panicStr("reflect.Select: default case has Send value");
          break;
        case 1: {
          if (ch.flag === 0) {
            run.push([1, null, undefined]);
            which.push(i);
            break;
          }
          mustBe(ch, Kind.Chan, "unknown method");
          mustBeExported(ch, "unknown method");
          if ((ch.typ_!.dir & 2) === 0) panicStr("reflect.Select: SendDir case using recv-only channel");
          if (send.flag === 0) panicStr("reflect.Select: SendDir case missing Send value");
          mustBeExported(send, "unknown method");
          run.push([1, load(ch), assignTo(send, "reflect.Select", ch.typ_!.elem!)]);
          which.push(i);
          break;
        }
        case 2: {
          if (send.flag !== 0) panicStr("reflect.Select: RecvDir case has Send value");
          if (ch.flag === 0) {
            run.push([2, null, undefined]);
            which.push(i);
            break;
          }
          mustBe(ch, Kind.Chan, "unknown method");
          mustBeExported(ch, "unknown method");
          if ((ch.typ_!.dir & 1) === 0) panicStr("reflect.Select: RecvDir case using send-only channel");
          run.push([2, load(ch), undefined]);
          which.push(i);
          break;
        }
        default:
          panicStr("reflect.Select: invalid Dir");
      }
    }
    const [k, x, ok] = yield* selectgo(run, dflt >= 0);
    if (k < 0) return [dflt, invalidValue(), false];
    const chosen = which[k]!;
    if (run[k]![0] === 2) {
      const ct = (cases.a[cases.o + chosen].Chan as Val).typ_!;
      const et = ct.elem!;
      return [chosen, mk(et, x, et.kind), ok];
    }
    return [chosen, invalidValue(), false];
  },

  Value$MapRange(v: Val): Iter {
    mustBe(v, Kind.Map, "reflect.Value.MapRange");
    return new reg.MapIter(v, null, null, null, BEFORE);
  },
  MapIter$Reset(it: Iter, v: Val): void {
    if (v.flag !== 0) mustBe(v, Kind.Map, "unknown method");
    it.m = v;
    it.it = null;
    it.key = it.val = null;
    it.state = BEFORE;
  },
  MapIter$Next(it: Iter): boolean {
    if (it.m.flag === 0) panicStr("MapIter.Next called on an iterator that does not have an associated map Value");
    if (it.state === DONE) panicStr("MapIter.Next called on exhausted iterator");
    if (it.it === null) it.it = new MapIter(load(it.m) as GoMap | null);
    if (it.it.next()) {
      it.key = it.it.k;
      it.val = it.it.v;
      it.state = AT;
      return true;
    }
    it.key = it.val = null;
    it.state = DONE;
    return false;
  },
  MapIter$Key(it: Iter): Val {
    iterAt(it, "Key", "MapIter.");
    const kt = it.m.typ_!.key!;
    return mk(kt, it.key, ro(it.m.flag) | kt.kind);
  },
  MapIter$Value(it: Iter): Val {
    iterAt(it, "Value", "MapIter.");
    const et = it.m.typ_!.elem!;
    return mk(et, it.val, ro(it.m.flag) | et.kind);
  },
  Value$SetIterKey(v: Val, it: Iter): void {
    iterAt(it, "SetIterKey", "reflect: Value.");
    mustBeAssignable(v, "reflect.Value.SetIterKey");
    mustBeExported(it.m, "reflect.Value.SetIterKey");
    const kt = it.m.typ_!.key!;
    store(v, assignTo(mk(kt, it.key, kt.kind), "reflect.MapIter.SetKey", v.typ_!));
  },
  Value$SetIterValue(v: Val, it: Iter): void {
    iterAt(it, "SetIterValue", "reflect: Value.");
    mustBeAssignable(v, "reflect.Value.SetIterValue");
    mustBeExported(it.m, "reflect.Value.SetIterValue");
    const et = it.m.typ_!.elem!;
    store(v, assignTo(mk(et, it.val, et.kind), "reflect.MapIter.SetValue", v.typ_!));
  },
};
