// Natives of package runtime/debug: collection history and tracebacks from the runtime
// package's natives, the stack-overflow report's limit, crash-report detail, per-goroutine
// fault settings and the build information the compiler recorded.
import { registerNatives, host, GoFatal, Slice, type G } from "../../../../runtime/index.js";
import { panicHooks } from "../../../../runtime/panic.js";
import { curG } from "../../../../runtime/proc.js";
import { buildInfoText, crashOptions } from "../../../../runtime/main.js";
import { gcHistory, stackDump, runtimeFrame } from "../native.js";

const panicOnFault = new WeakMap<G, boolean>();

/** $GOTRACEBACK's levels as gc orders them; anything else is "all". */
function tracebackLevel(s: string): number {
  switch (s) {
    case "none": return 0;
    case "": case "single": return 1;
    case "all": return 2;
    case "system": return 3;
    case "crash": return 4;
    default: return 2;
  }
}

registerNatives("runtime/debug", {
  gcHistory(): [number | bigint, number, Slice, Slice] {
    const h = gcHistory();
    return [h.last, h.total, new Slice(h.pauses, 0, h.pauses.length, h.pauses.length), new Slice(h.ends, 0, h.ends.length, h.ends.length)];
  },
  setStackLimitText(bytes: number | bigint): void {
    panicHooks.stackOverflow = () => new GoFatal("stack overflow", [`runtime: goroutine stack exceeds ${bytes}-byte limit`]);
  },
  SetPanicOnFault(enabled: boolean): boolean {
    const old = panicOnFault.get(curG) ?? false;
    panicOnFault.set(curG, enabled);
    return old;
  },
  SetTraceback(level: string): void {
    const env = tracebackLevel(host.env["GOTRACEBACK"] ?? "");
    crashOptions.all = Math.max(env, tracebackLevel(level)) >= 2;
  },
  getenv(key: string): string {
    return host.env[key] ?? "";
  },
  stackText(print: boolean): string {
    let top = runtimeFrame("runtime/debug.Stack", "debug/stack.go", 26);
    if (print) top += runtimeFrame("runtime/debug.PrintStack", "debug/stack.go", 18);
    return stackDump(top);
  },
  modinfo(): string {
    return buildInfoText();
  },
});
