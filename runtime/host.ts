// The host a program runs on: standard output and error, standard input, exit, arguments,
// environment, and optionally a file system. The runtime core never touches Node or the DOM;
// a host is installed before running.
import { MemFS, type HostFS } from "./memfs.js";

export type { HostFS, HostStat, HostDirEntry } from "./memfs.js";

export interface Host {
  /** Writes a Go byte string (one char per byte) to standard output. */
  writeOut(s: string): void;
  writeErr(s: string): void;
  /** Ends the process with this status (Node) or stops the program (browser). */
  exit(code: number): void;
  args: string[];
  env: Record<string, string>;
  /** Reads standard input into buf; returns the count, 0 at end of input. Blocks the thread. */
  readIn?(buf: Uint8Array): number;
  /** The file system package os uses; without one, os uses Node's when the process has it. */
  fs?: HostFS;
  /** Bytes of the JS heap in use, for runtime.ReadMemStats (absent: unknown). */
  heapUsed?(): number;
  /** A full garbage collection, for runtime.GC (absent: none). */
  collectGarbage?(): void;
  /**
   * How runtime.SetFinalizer watches objects (finalizer.ts): a FinalizationRegistry
   * constructor, best one whose registries have cleanupSome, which hands over what
   * collectGarbage found at once (without it, the callbacks come later as tasks). Absent:
   * finalizers never run (MemoryHost; a browser embedder may return the global
   * FinalizationRegistry to have them run when the engine collects on its own).
   */
  finalizationRegistry?(): FinalizationRegistryConstructor;
  /** The number of CPUs (runtime.NumCPU, the default GOMAXPROCS); absent: 1. */
  numCPU?: number;
}

/** A host that collects output in memory (tests, browsers). */
export class MemoryHost implements Host {
  out = "";
  err = "";
  exitCode: number | null = null;
  args: string[] = ["main"];
  env: Record<string, string> = {};
  /** Standard input as a Go byte string, consumed by reads. */
  stdin = "";
  fs: HostFS = new MemFS();
  writeOut(s: string): void { this.out += s; }
  writeErr(s: string): void { this.err += s; }
  exit(code: number): void { this.exitCode = code; }
  readIn(buf: Uint8Array): number {
    const n = Math.min(buf.length, this.stdin.length);
    for (let i = 0; i < n; i++) buf[i] = this.stdin.charCodeAt(i);
    this.stdin = this.stdin.slice(n);
    return n;
  }
}

export let host: Host = new MemoryHost();

export function setHost(h: Host): void {
  host = h;
}

/** print/println write to standard error. */
export function printStderr(s: string): void {
  host.writeErr(s);
}
