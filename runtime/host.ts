// The host a program runs on: standard output and error, exit, arguments, environment.
// The runtime core never touches Node or the DOM; a host is installed before running.

export interface Host {
  /** Writes a Go byte string (one char per byte) to standard output. */
  writeOut(s: string): void;
  writeErr(s: string): void;
  /** Ends the process with this status (Node) or stops the program (browser). */
  exit(code: number): void;
  args: string[];
  env: Record<string, string>;
  /** Bytes of the JS heap in use, for runtime.ReadMemStats (absent: unknown). */
  heapUsed?(): number;
  /** A full garbage collection, for runtime.GC (absent: none). */
  collectGarbage?(): void;
}

/** A host that collects output in memory (tests, browsers). */
export class MemoryHost implements Host {
  out = "";
  err = "";
  exitCode: number | null = null;
  args: string[] = ["main"];
  env: Record<string, string> = {};
  writeOut(s: string): void { this.out += s; }
  writeErr(s: string): void { this.err += s; }
  exit(code: number): void { this.exitCode = code; }
}

export let host: Host = new MemoryHost();

export function setHost(h: Host): void {
  host = h;
}

/** print/println write to standard error. */
export function printStderr(s: string): void {
  host.writeErr(s);
}
