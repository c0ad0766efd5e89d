// Go panics as JavaScript exceptions, and the exceptions that end a program without being
// panics (os.Exit, fatal errors). See docs/values.md "Panics".
//
// A `GoPanic` carries the panic value as a Go `any` (an `Iface`, or null only under
// GODEBUG=panicnil=1). Frames with defers catch every exception, turn foreign ones into Go
// panics (`toPanic`: a JS TypeError is Go's nil dereference), run their deferred calls, and
// either return normally (recovered) or rethrow.

import { Iface } from "./type.js";

export class GoPanic {
  /** Set when a deferred call recovered this panic. */
  recovered = false;
  /** The panic this one replaced while it was running deferred calls (printed first). */
  link: GoPanic | null = null;
  /** Set for hardware-fault panics (nil dereference), which print a [signal SIGSEGV ...] line. */
  fault = false;
  /** Set for the pseudo-panic of runtime.Goexit, which deferred calls cannot recover. */
  goexit = false;
  /** The Goexit this panic interrupted (it resumes if this panic is recovered). */
  goexitBelow: GoPanic | null = null;
  /** A newer panic escaped a deferred call run for this one. */
  aborted = false;
  /** A JS error captured where the panic started, for the traceback. */
  jsError: Error | null = null;
  constructor(readonly value: Iface | null) {}
}

/**
 * Fatal errors (`fatal error: ...`): not panics, never recovered, deferred calls do not run.
 * `detail` lines are printed before the `fatal error:` line (stack overflow's runtime lines).
 */
export class GoFatal {
  constructor(
    readonly message: string,
    readonly detail: string[] = [],
    readonly dumpGoroutines = true,
    /** Dump every goroutine with its wait reason (deadlocks), not the running one. */
    readonly allGoroutines = false,
  ) {}
}

/** os.Exit: unwinds straight to the top without running deferred calls. */
export class GoExit {
  constructor(readonly code: number) {}
}

/** True for exceptions that pass through deferred-call frames untouched. */
export function isTerminal(e: unknown): boolean {
  return e instanceof GoExit || e instanceof GoFatal;
}

/** Hooks for converting JS errors, filled in by errors.ts (which needs the runtime's Go types). */
export const panicHooks = {
  nilDeref(): GoPanic {
    return new GoPanic(null);
  },
  stackOverflow(): GoFatal {
    return new GoFatal("stack overflow", ["runtime: goroutine stack exceeds 1000000000-byte limit"]);
  },
};

/**
 * Turns any exception reaching Go code into a Go panic or terminal exception. JS TypeErrors
 * come from null dereferences (nil pointers, maps, funcs, interfaces); RangeError "Maximum call
 * stack size exceeded" is stack exhaustion. Anything else is a bug in gots and is rethrown.
 */
export function toPanic(e: unknown): GoPanic | GoFatal | GoExit {
  if (e instanceof GoPanic || e instanceof GoFatal || e instanceof GoExit) return e;
  if (e instanceof TypeError) {
    const p = panicHooks.nilDeref();
    p.fault = true;
    p.jsError = e;
    return p;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) return panicHooks.stackOverflow();
  throw e;
}
