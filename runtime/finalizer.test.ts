// Tests for runtime/finalizer.ts: the state of an object with a finalizer moves to a twin
// that the finalizer gets (structs, boxes, arrays, typed arrays, references to elements),
// clearing moves it back, the finalizer goroutine runs queued finalizers once, gc's fatal
// errors for bad arguments, and a real V8 collection through a host registry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { setFinalizer, resetFinalizers, newFinalizerG, deliverFinalizers, finalizersPending } from "./finalizer.js";
import { MemoryHost, setHost } from "./host.js";
import { resetScheduler } from "./sched.js";
import { Box, elemRef } from "./ptr.js";
import { Iface, arrayOf, funcOf, interfaceOf, ptrTo, sliceOf, structOf, types } from "./type.js";
import { GoFatal } from "./panic.js";
import { objectId } from "./objid.js";
import type { G } from "./proc.js";

class Pair {
  constructor(public a: number, public s: string) {}
}
const pairT = structOf([{ name: "a", js: "a", type: types.int, pkgPath: "main" }, { name: "s", js: "s", type: types.string, pkgPath: "main" }], Pair);
const pairP = ptrTo(pairT);
const strP = ptrTo(types.string);
const arrT = arrayOf(types.string, 3);
const arrP = ptrTo(arrT);
const bytesP = ptrTo(arrayOf(types.uint8, 4));
const u8P = ptrTo(types.uint8);
const anyT = interfaceOf([]);

/**
 * A registry whose collections the test decides: collect(target) queues the callback, which
 * cleanupSome delivers (as V8's registry does after a collection).
 */
class FakeRegistry {
  static last: FakeRegistry | null = null;
  cells = new Map<object, { target: object; held: unknown }>();
  due: unknown[] = [];
  constructor(private cb: (held: unknown) => void) { FakeRegistry.last = this; }
  register(target: object, held: unknown, token: object): void { this.cells.set(token, { target, held }); }
  unregister(token: object): boolean { return this.cells.delete(token); }
  cleanupSome(): void { for (const h of this.due.splice(0)) this.cb(h); }
  collect(target: object): void {
    for (const [k, c] of this.cells) if (c.target === target) { this.cells.delete(k); this.due.push(c.held); }
  }
}

/** A fresh program state with the fake registry; returns the finalizer goroutine. */
function setup(): G {
  setHost(Object.assign(new MemoryHost(), { finalizationRegistry: () => FakeRegistry as unknown as FinalizationRegistryConstructor }));
  resetScheduler();
  resetFinalizers();
  return newFinalizerG();
}

/** Runs the finalizer goroutine until it parks. */
function runFing(g: G): void {
  g.gen!.next();
}

function collect(g: G, target: object): void {
  FakeRegistry.last!.collect(target);
  assert.equal(deliverFinalizers(), true);
  runFing(g);
}

test("a struct's finalizer gets a twin with the values it had when it died", () => {
  const g = setup();
  const p = new Pair(1, "x");
  const id = objectId(p);
  const got: Pair[] = [];
  setFinalizer(new Iface(pairP, p), new Iface(funcOf([pairP], [], false), (q: Pair) => { got.push(q); }));
  assert.ok(finalizersPending());
  p.a = 42;
  p.s = "changed";
  assert.equal(p.a, 42);
  assert.deepEqual(Object.keys(p), ["a", "s"]);
  collect(g, p);
  assert.equal(got.length, 1);
  const q = got[0]!;
  assert.notEqual(q, p);
  assert.ok(q instanceof Pair);
  assert.deepEqual([q.a, q.s], [42, "changed"]);
  assert.equal(objectId(q), id, "the twin is the same Go pointer");
  assert.ok(!finalizersPending());
  // Runs once.
  runFing(g);
  assert.equal(got.length, 1);
});

test("clearing a finalizer moves the state back into the object", () => {
  const g = setup();
  const p = new Pair(1, "x");
  let ran = false;
  const f = new Iface(funcOf([pairP], [], false), () => { ran = true; });
  setFinalizer(new Iface(pairP, p), f);
  assert.equal(typeof Object.getOwnPropertyDescriptor(p, "a")!.get, "function");
  p.a = 5;
  setFinalizer(new Iface(pairP, p), null);
  assert.equal(Object.getOwnPropertyDescriptor(p, "a")!.value, 5);
  collect(g, p);
  assert.equal(ran, false);
  // Set again after clearing: allowed.
  setFinalizer(new Iface(pairP, p), f);
});

test("boxes, arrays, typed arrays and element references", () => {
  const g = setup();
  const got: unknown[] = [];
  const rec = (v: unknown): void => { got.push(v); };
  const b = new Box("s");
  setFinalizer(new Iface(strP, b), new Iface(funcOf([strP], [], false), rec));
  b.v = "t";
  const arr = ["a", "b", "c"];
  setFinalizer(new Iface(arrP, arr), new Iface(funcOf([arrP], [], false), rec));
  arr[1] = "B";
  const bytes = new Uint8Array([1, 2, 3, 4]);
  setFinalizer(new Iface(bytesP, bytes), new Iface(funcOf([bytesP], [], false), rec));
  bytes[0] = 9;
  const backing = new Uint8Array([5, 6]);
  setFinalizer(new Iface(u8P, elemRef(backing, 0)), new Iface(funcOf([u8P], [], false), rec));
  backing[0] = 7;
  for (const t of [b, arr, bytes, backing]) collect(g, t);
  assert.equal(got.length, 4);
  assert.equal((got[0] as Box).v, "t");
  assert.deepEqual(got[1], ["a", "B", "c"]);
  assert.deepEqual([...(got[2] as Uint8Array)], [9, 2, 3, 4]);
  assert.equal((got[3] as { v: number }).v, 7);
});

test("a finalizer taking an interface gets the pointer in an interface value", () => {
  const g = setup();
  const p = new Pair(3, "i");
  let got: unknown = null;
  setFinalizer(new Iface(pairP, p), new Iface(funcOf([anyT], [], false), (v: unknown) => { got = v; }));
  collect(g, p);
  assert.ok(got instanceof Iface);
  assert.equal((got as Iface).t, pairP);
  assert.equal(((got as Iface).v as Pair).a, 3);
});

test("gc's fatal errors", () => {
  setup();
  const msg = (f: () => void): string => {
    try { f(); } catch (e) { if (e instanceof GoFatal) return e.message; throw e; }
    return "none";
  };
  const fn = (t: Parameters<typeof ptrTo>[0]) => new Iface(funcOf([t], [], false), () => {});
  assert.equal(msg(() => setFinalizer(null, null)), "runtime.SetFinalizer: first argument is nil");
  assert.equal(msg(() => setFinalizer(new Iface(types.int, 3), null)), "runtime.SetFinalizer: first argument is int, not pointer");
  assert.equal(msg(() => setFinalizer(new Iface(pairP, null), null)), "runtime.SetFinalizer: pointer not in allocated block");
  assert.equal(msg(() => setFinalizer(new Iface(pairP, new Pair(0, "")), new Iface(types.int, 1))), "runtime.SetFinalizer: second argument is int, not a function");
  assert.equal(msg(() => setFinalizer(new Iface(pairP, new Pair(0, "")), fn(types.int))), "runtime.SetFinalizer: cannot pass *struct { a int; s string } to finalizer func(int)");
  assert.equal(msg(() => setFinalizer(new Iface(pairP, new Pair(0, "")), new Iface(funcOf([sliceOf(pairP)], [], true), () => {}))),
    "runtime.SetFinalizer: cannot pass *struct { a int; s string } to finalizer func(...*struct { a int; s string }) because dotdotdot");
  assert.equal(msg(() => setFinalizer(new Iface(strP, elemRef(["a", "b"], 1)), fn(strP))), "runtime.SetFinalizer: pointer not at beginning of allocated block");
  const p = new Pair(0, "");
  setFinalizer(new Iface(pairP, p), fn(pairP));
  assert.equal(msg(() => setFinalizer(new Iface(pairP, p), fn(pairP))), "runtime.SetFinalizer: finalizer already set");
});

test("a real collection: V8's registry with cleanupSome hands over what gc() found", () => {
  setFlagsFromString("--expose-gc");
  setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
  const gc = runInNewContext("gc") as () => void;
  const FR = runInNewContext("FinalizationRegistry") as FinalizationRegistryConstructor;
  setHost(Object.assign(new MemoryHost(), { collectGarbage: gc, finalizationRegistry: () => FR }));
  resetScheduler();
  resetFinalizers();
  const g = newFinalizerG();
  const got: number[] = [];
  (function () {
    for (let i = 0; i < 5; i++) {
      setFinalizer(new Iface(pairP, new Pair(i, "")), new Iface(funcOf([pairP], [], false), (q: Pair) => { got.push(q.a); }));
    }
  })();
  gc();
  gc();
  assert.equal(deliverFinalizers(), true);
  runFing(g);
  assert.deepEqual(got.sort(), [0, 1, 2, 3, 4]);
  assert.ok(!finalizersPending());
});

test("without a registry from the host, finalizers are accepted and never run", () => {
  setHost(new MemoryHost());
  resetScheduler();
  resetFinalizers();
  setFinalizer(new Iface(pairP, new Pair(1, "")), new Iface(funcOf([pairP], [], false), () => {}));
  assert.ok(!finalizersPending());
  assert.equal(deliverFinalizers(), false);
});
