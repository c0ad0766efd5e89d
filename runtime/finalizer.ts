// runtime.SetFinalizer: finalizers run by gc's finalizer goroutine (runfinq) once the JS
// engine has collected their object, watched by a FinalizationRegistry the host provides.
//
// A finalizer is called with its object, but JS never hands back a collected object. So the
// object's state moves out when its finalizer is set: a twin of the same shape takes its
// field or element values, and the object's own properties become accessors that read and
// write the twin (a typed array's twin is a second view of the same buffer, with no
// accessors). The registry holds the twin strongly, the object weakly; when the object is
// collected, the twin stands for it in the finalizer call. This is gc's rule as well: what
// an object with a finalizer points to stays alive until the finalizer has run, while the
// object itself may die (and an object reachable from itself, or from its own finalizer,
// never does). Clearing the finalizer moves the state back.
//
// Registry callbacks reach the finalizer goroutine through a queue. After runtime.GC's
// collection they are delivered at once when the registry has cleanupSome (Node, where the
// host exposes V8's); otherwise they arrive later as host tasks, which wake the scheduler.
// A host without a registry (browsers by default, MemoryHost) never runs finalizers.

import { host } from "./host.js";
import type { G } from "./proc.js";
import { newG, ready, parking, PARK, DUMP, probeStack, isGenerator, wakeScheduler } from "./sched.js";
import { Iface, Kind, type Type } from "./type.js";
import { FieldRef, ElemRef, fieldRef, elemRef } from "./ptr.js";
import { GoFatal } from "./panic.js";
import { missingMethod } from "./iface.js";
import { sizeof, hasPointers } from "./typesize.js";
import { objectId, setObjectId } from "./objid.js";

/** A block whose state lives in its twin while finalizers are set on it. */
interface Block {
  twin: any;
  /** Finalizers set on the block (on it, or on a field or element reference into it). */
  users: number;
}

/** One SetFinalizer: what the finalizer goroutine calls, and how to rebuild the pointer. */
interface Fin {
  fn: Function;
  block: Block;
  /** For a pointer to a field or element: its key in the block. */
  ref: { field: boolean; k: string | number } | null;
  /** The pointer's type, when the finalizer takes an interface (the argument is then boxed). */
  ifaceOf: Type | null;
}

interface Registry {
  register(target: object, held: Fin, token: object): void;
  unregister(token: object): boolean;
  cleanupSome?(cb?: (held: Fin) => void): void;
}

let registry: Registry | null | undefined;
/** Whether the registry delivers a collection's finds at once (cleanupSome). */
let synchronous = false;
const blocks = new WeakMap<object, Block>();
/** The finalizer set on each pointer (the object itself, or a field/element reference). */
const fins = new WeakMap<object, Fin>();
/** Registered finalizers whose objects have not been collected yet. */
let pending = 0;

/** Finalizers queued for the finalizer goroutine (gc's finq): finq[finqHead..]. */
let finq: { fn: Function; arg: unknown }[] = [];
let finqHead = 0;
let fing: G | null = null;
/** The finalizer goroutine is parked waiting for finalizers. */
let fingWaiting = false;
/** Counts program runs, so that a late callback from an earlier run is dropped. */
let generation = 0;

/** A fresh state for a new program run. */
export function resetFinalizers(): void {
  generation++;
  registry = undefined;
  synchronous = false;
  pending = 0;
  finq = [];
  finqHead = 0;
  fing = null;
  fingWaiting = false;
}

/**
 * gc's finalizer goroutine: made at the start when package os is linked (os sets finalizers
 * on its files, so gc's runtime has it as goroutine 5), otherwise by the first SetFinalizer.
 */
export function newFinalizerG(): G {
  const g = newG(runfinq(), "runtime.runfinq");
  g.system = true;
  fing = g;
  return g;
}

function* runfinq(): Generator<number, void, any> {
  for (;;) {
    if (finqHead === finq.length) {
      finq = [];
      finqHead = 0;
      fingWaiting = true;
      parking("finalizer wait");
      while ((yield PARK) === DUMP) probeStack();
      continue;
    }
    // gc counts the finalizer goroutine as a user goroutine while it runs user code
    // (NumGoroutine, deadlock dumps).
    fing!.system = false;
    let blocked = runNext();
    if (blocked !== null) yield* blocked;
    blocked = null;
    fing!.system = true;
  }
}

/**
 * Calls the next queued finalizer; returns its generator when it blocks. The call is made
 * here rather than in runfinq, whose suspended frame would keep the last object alive.
 */
function runNext(): Generator<number, unknown, any> | null {
  const f = finq[finqHead]!;
  finq[finqHead++] = null!;
  const r = f.fn(f.arg);
  return isGenerator(r) ? (r as Generator<number, unknown, any>) : null;
}

/** The registry callback: queues the finalizer for the finalizer goroutine and wakes it. */
function collected(gen: number, fin: Fin): void {
  if (gen !== generation) return;
  pending--;
  const b = fin.block;
  b.users--;
  let p: unknown = b.twin;
  if (fin.ref !== null) p = fin.ref.field ? fieldRef(b.twin, fin.ref.k as string) : elemRef(b.twin, fin.ref.k as number);
  finq.push({ fn: fin.fn, arg: fin.ifaceOf !== null ? new Iface(fin.ifaceOf, p) : p });
  if (fingWaiting && fing !== null) {
    fingWaiting = false;
    ready(fing);
    wakeScheduler();
  }
}

function getRegistry(): Registry | null {
  if (registry === undefined) {
    const FR = host.finalizationRegistry?.() as (new (cb: (held: Fin) => void) => Registry) | undefined;
    const gen = generation;
    registry = FR === undefined ? null : new FR((fin) => collected(gen, fin));
    synchronous = typeof registry?.cleanupSome === "function";
  }
  return registry;
}

/** Finalizers set whose objects are still alive: runtime.GC has something to look for. */
export function finalizersPending(): boolean {
  return pending > 0;
}

/**
 * After a full collection: hands what it found to the finalizer goroutine now. False when
 * the registry cannot (its callbacks come later, as host tasks).
 */
export function deliverFinalizers(): boolean {
  const r = getRegistry();
  if (r === null || !synchronous) return false;
  r.cleanupSome!();
  return true;
}

function fatal(msg: string): never {
  throw new GoFatal("runtime.SetFinalizer: " + msg);
}

/** Whether gc's type has an "uncommon" part: a name or methods. */
function uncommon(t: Type): boolean {
  return t.name !== "" || t.methods.length > 0;
}

/** runtime.SetFinalizer(obj, finalizer), with gc's checks and fatal errors. */
export function setFinalizer(obj: Iface | null, finalizer: Iface | null): void {
  if (obj === null) fatal("first argument is nil");
  const etyp = obj.t;
  if (etyp.kind !== Kind.Pointer) fatal(`first argument is ${etyp.str}, not pointer`);
  const p = obj.v;
  if (p === null) fatal("pointer not in allocated block");
  const elem = etyp.elem!;
  // Zero-size objects all live at one address in gc (zerobase), where finalizers are ignored.
  if (sizeof(elem) === 0) return;
  let block: object = p;
  let ref: Fin["ref"] = null;
  if (p instanceof FieldRef || p instanceof ElemRef) {
    block = p.o;
    const field = p instanceof FieldRef;
    ref = { field, k: p.k };
    const first = field ? Object.keys(p.o)[0] === p.k : p.k === 0;
    // gc allows an interior pointer only where its tiny allocator could have put the object.
    if (!first && (hasPointers(elem) || sizeof(elem) >= 16)) fatal("pointer not at beginning of allocated block");
  }
  if (finalizer === null) {
    clear(p, block);
    return;
  }
  const ftyp = finalizer.t;
  if (ftyp.kind !== Kind.Func) fatal(`second argument is ${ftyp.str}, not a function`);
  if (ftyp.variadic) fatal(`cannot pass ${etyp.str} to finalizer ${ftyp.str} because dotdotdot`);
  if (ftyp.params.length !== 1) fatal(`cannot pass ${etyp.str} to finalizer ${ftyp.str}`);
  const fint = ftyp.params[0]!;
  let ifaceOf: Type | null = null;
  if (fint === etyp) {
    // the pointer as is
  } else if (fint.kind === Kind.Pointer && (!uncommon(fint) || !uncommon(etyp)) && fint.elem === elem) {
    // an unnamed pointer type with the same element
  } else if (fint.kind === Kind.Interface && (fint.imethods.length === 0 || missingMethod(etyp, fint) === "")) {
    ifaceOf = etyp;
  } else {
    fatal(`cannot pass ${etyp.str} to finalizer ${ftyp.str}`);
  }
  if (fins.has(p)) fatal("finalizer already set");
  if (fing === null) {
    // gc starts the finalizer goroutine at the first SetFinalizer (a go statement: runnext).
    ready(newFinalizerG());
  }
  const r = getRegistry();
  if (r === null) return;
  let b = blocks.get(block);
  if (b === undefined) {
    b = { twin: detach(block), users: 0 };
    blocks.set(block, b);
  }
  b.users++;
  const fin: Fin = { fn: finalizer.v, block: b, ref, ifaceOf };
  fins.set(p, fin);
  r.register(block, fin, p);
  pending++;
}

function clear(p: object, block: object): void {
  const fin = fins.get(p);
  if (fin === undefined) return;
  fins.delete(p);
  registry?.unregister(p);
  pending--;
  if (--fin.block.users === 0) {
    attach(block, fin.block.twin);
    blocks.delete(block);
  }
}

/** Own properties of a block that hold its state (all, for structs and boxes; the elements of an array). */
function stateKeys(o: any): string[] {
  return Array.isArray(o) ? Array.from(o.keys(), String) : Object.keys(o);
}

/** Moves o's state into a twin and makes o's properties forward to it; returns the twin. */
function detach(o: any): any {
  if (ArrayBuffer.isView(o)) {
    const t = o as unknown as { constructor: new (b: ArrayBufferLike, off: number, n: number) => unknown; buffer: ArrayBufferLike; byteOffset: number; length: number };
    const twin = new t.constructor(t.buffer, t.byteOffset, t.length);
    setObjectId(twin as object, objectId(o));
    return twin;
  }
  const twin: any = Array.isArray(o) ? o.slice() : Object.create(Object.getPrototypeOf(o));
  const keys = stateKeys(o);
  if (!Array.isArray(o)) for (const k of keys) twin[k] = o[k];
  for (const k of keys) {
    Object.defineProperty(o, k, {
      get: () => twin[k],
      set: (v: unknown) => { twin[k] = v; },
      enumerable: true,
      configurable: true,
    });
  }
  // The twin is the same Go pointer: %p and map keys of pointers print and hash alike.
  setObjectId(twin, objectId(o));
  return twin;
}

/** Undoes detach: o's properties hold its state again. */
function attach(o: any, twin: any): void {
  if (ArrayBuffer.isView(o)) return;
  for (const k of stateKeys(o)) {
    Object.defineProperty(o, k, { value: twin[k], writable: true, enumerable: true, configurable: true });
  }
}

/**
 * Whether a finalizer is set on p or on the block it points into: unsafe's address registry
 * (runtime/unsafe.ts) leaves such pointers out, since a WeakRef keeps its target alive until
 * the program next yields to the host, and the finalizer would never run.
 */
export function hasFinalizer(p: object): boolean {
  return fins.has(p) || blocks.has(p);
}

/** runtime.KeepAlive: x is used here (an opaque use the JS compiler cannot drop). */
let keepSink: unknown = null;
export function keepAlive(x: unknown): void {
  if (x === keepSink) keepSink = null;
}
