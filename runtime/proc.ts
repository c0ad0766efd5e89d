// The goroutine that is running, with the panic state the defer machinery needs. Until the
// scheduler lands there is one goroutine, the main one.

import type { GoPanic } from "./panic.js";
import type { Defer } from "./defer.js";

export class G {
  /** The newest panic of this goroutine; older ones follow `link`. */
  panic: GoPanic | null = null;
  /**
   * The deferred function being run by panic processing: recover() only recovers when
   * called from it directly (the function passes itself). RETURNING while deferred calls run
   * for a normal return.
   */
  deferFn: unknown = null;
  /** Whether a call of deferFn has entered (claimDefer): recursive calls cannot recover. */
  deferClaimed = false;
  /** The chain of stack- and heap-allocated defer records, newest first. */
  defers: Defer | null = null;
  /** The goroutine's body (null for a goroutine that runs plain code to completion). */
  gen: Generator | null = null;
  /** Status (sched.ts Status) and, while waiting, why. */
  status = 0;
  waitReason = "";
  /** A runtime goroutine (finalizers): not in deadlock dumps or NumGoroutine. */
  system = false;
  /** The function the goroutine started with (its JS name is looked up only for dumps), or a name. */
  startFn: Function | string = "";
  /** The start function of the goroutine whose go statement made this one, and its id. */
  createdBy: Function | string = "";
  parentId = 0;
  /** The go statement that made this goroutine: an index into the program's site table. */
  createdAt = -1;
  /** The JS stack recorded for a goroutine dump while parked (sched.ts parkedStack). */
  parkStack = "";
  constructor(readonly id: number) {}
}

export const RETURNING = Symbol("returning");

export let curG = new G(1);

export function setCurG(g: G): void {
  curG = g;
}

/** The running goroutine (for natives that park it). */
export function curGoroutine(): G {
  return curG;
}
