// Natives of package os for reading the file system (dir_extra.go), on Node's fs module when
// the host has one (fetched by name, so the runtime stays free of Node imports). Without it,
// every call fails with ENOSYS. Paths are Go byte strings, passed to Node as Buffers so that
// any bytes round-trip; error numbers are Linux's.
import { registerNatives, Slice, nilSlice } from "../../../runtime/index.js";

interface NodeFs {
  statSync(p: Uint8Array, o: { bigint: true }): BigStats;
  lstatSync(p: Uint8Array, o: { bigint: true }): BigStats;
  readdirSync(p: Uint8Array, o: { withFileTypes: true; encoding: "buffer" }): Dirent[];
  readlinkSync(p: Uint8Array, o: { encoding: "buffer" }): Uint8Array;
}
interface BigStats { mode: bigint; size: bigint; mtimeNs: bigint; dev: bigint; ino: bigint }
interface Dirent {
  name: Uint8Array;
  isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean;
  isCharacterDevice(): boolean; isBlockDevice(): boolean;
}

const ENOSYS = 38;
let fsMod: NodeFs | null | undefined;

function nodeFs(): NodeFs | null {
  if (fsMod === undefined) {
    const p = (globalThis as { process?: { getBuiltinModule?: (n: string) => unknown } }).process;
    fsMod = typeof p?.getBuiltinModule === "function" ? (p.getBuiltinModule("node:fs") as NodeFs) : null;
  }
  return fsMod;
}

function pathBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function byteString(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** A bigint as a canonical int64/uint64 value (a number when it is a safe integer). */
function i64(x: bigint): number | bigint {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** The Linux error number of a Node fs error. */
function errnoOf(e: unknown): number {
  const n = (e as { errno?: unknown })?.errno;
  if (typeof n === "number" && n !== 0) return Math.abs(n);
  throw e;
}

function typeBits(d: Dirent): number {
  if (d.isDirectory()) return 0o040000;
  if (d.isSymbolicLink()) return 0o120000;
  if (d.isFIFO()) return 0o010000;
  if (d.isSocket()) return 0o140000;
  if (d.isCharacterDevice()) return 0o020000;
  if (d.isBlockDevice()) return 0o060000;
  return 0o100000;
}

registerNatives("os", {
  hostStat(name: string, follow: boolean): unknown[] {
    const fs = nodeFs();
    if (fs === null) return [0, 0, 0, 0, 0, 0, ENOSYS];
    try {
      const st = follow ? fs.statSync(pathBytes(name), { bigint: true }) : fs.lstatSync(pathBytes(name), { bigint: true });
      const sec = st.mtimeNs / 1000000000n, nsec = st.mtimeNs % 1000000000n;
      return [Number(st.mode) >>> 0, i64(st.size), i64(sec), i64(nsec), i64(st.dev), i64(st.ino), 0];
    } catch (e) {
      return [0, 0, 0, 0, 0, 0, errnoOf(e)];
    }
  },
  hostReadDir(name: string): unknown[] {
    const fs = nodeFs();
    if (fs === null) return [nilSlice, nilSlice, ENOSYS];
    try {
      const ds = fs.readdirSync(pathBytes(name), { withFileTypes: true, encoding: "buffer" });
      const names = ds.map((d) => byteString(d.name));
      const types = ds.map(typeBits);
      return [new Slice(names, 0, names.length, names.length), new Slice(types, 0, types.length, types.length), 0];
    } catch (e) {
      return [nilSlice, nilSlice, errnoOf(e)];
    }
  },
  hostReadlink(name: string): unknown[] {
    const fs = nodeFs();
    if (fs === null) return ["", ENOSYS];
    try {
      return [byteString(fs.readlinkSync(pathBytes(name), { encoding: "buffer" })), 0];
    } catch (e) {
      return ["", errnoOf(e)];
    }
  },
  hostGetwd(): unknown[] {
    const p = (globalThis as { process?: { cwd?: () => string } }).process;
    if (typeof p?.cwd !== "function") return ["", ENOSYS];
    const utf8 = new TextEncoder().encode(p.cwd());
    return [byteString(utf8), 0];
  },
});
