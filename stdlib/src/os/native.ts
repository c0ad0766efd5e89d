// Natives of package os: arguments, exit, the environment, process ids, the host name and
// writes to the standard streams, through the runtime's host (ids from Node's process). Strings from the
// host (UTF-16 JS text) become Go byte strings.
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

interface Proc {
  pid?: number; ppid?: number;
  getuid?(): number; geteuid?(): number; getgid?(): number; getegid?(): number;
  getBuiltinModule?(name: string): unknown;
}

/** Node's process object, when there is one. */
function proc(): Proc | undefined {
  return (globalThis as { process?: Proc }).process;
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
    return proc()?.pid ?? 1;
  },
  Getppid(): number {
    return proc()?.ppid ?? -1;
  },
  Getuid(): number {
    return proc()?.getuid?.() ?? -1;
  },
  Geteuid(): number {
    return proc()?.geteuid?.() ?? -1;
  },
  Getgid(): number {
    return proc()?.getgid?.() ?? -1;
  },
  Getegid(): number {
    return proc()?.getegid?.() ?? -1;
  },
  hostname(): [string, boolean] {
    const p = proc();
    if (typeof p?.getBuiltinModule !== "function") return ["", false];
    const os = p.getBuiltinModule("node:os") as { hostname(): string };
    return [stringFromUtf16(os.hostname()), true];
  },
  randUint32(): number {
    return Math.floor(Math.random() * 4294967296) >>> 0;
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
