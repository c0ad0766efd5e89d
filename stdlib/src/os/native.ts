// Natives of package os: arguments, exit, the environment and writes to the standard streams,
// all through the runtime's host. Strings from the host (UTF-16 JS text) become Go byte strings.
import { registerNatives, Slice, GoExit, stringFromUtf16, bytesToString } from "../../../runtime/index.js";
import { host } from "../../../runtime/host.js";

/** The environment as Go sees it, in order; made from the host's on first use. */
let env: Map<string, string> | null = null;

function environment(): Map<string, string> {
  if (env === null) {
    env = new Map();
    for (const [k, v] of Object.entries(host.env)) env.set(stringFromUtf16(k), stringFromUtf16(v));
  }
  return env;
}

function stringSlice(xs: string[]): Slice {
  return new Slice(xs, 0, xs.length, xs.length);
}

registerNatives("os", {
  runtimeArgs(): Slice {
    return stringSlice(host.args.map(stringFromUtf16));
  },
  Exit(code: number): never {
    throw new GoExit(code);
  },
  Getpid(): number {
    const p = (globalThis as { process?: { pid?: number } }).process;
    return p?.pid ?? 1;
  },
  LookupEnv(key: string): [string, boolean] {
    const v = environment().get(key);
    return v === undefined ? ["", false] : [v, true];
  },
  setenv(key: string, value: string): void {
    environment().set(key, value);
  },
  unsetenv(key: string): void {
    environment().delete(key);
  },
  Clearenv(): void {
    environment().clear();
  },
  Environ(): Slice {
    const out: string[] = [];
    for (const [k, v] of environment()) out.push(k + "=" + v);
    return stringSlice(out);
  },
  writeFd(fd: number, b: Slice): void {
    const s = bytesToString(b);
    if (fd === 1) host.writeOut(s); else host.writeErr(s);
  },
  writeStringFd(fd: number, s: string): void {
    if (fd === 1) host.writeOut(s); else host.writeErr(s);
  },
});
