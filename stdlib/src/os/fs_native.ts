// Natives of package os for files: thin system calls on the host's file system (host.fs,
// else Node's when the process has one, see nodefs.ts). Each returns the Linux error number
// last (0 on success); without any file system every call fails with ENOSYS. The Go side
// keeps file offsets and builds the errors.
import { Slice, nilSlice, registerNatives } from "../../../runtime/index.js";
import { host, type HostFS, type HostStat } from "../../../runtime/host.js";
import { nodeHostFS } from "./nodefs.js";

const ENOSYS = 38;

function hostFS(): HostFS | null {
  return host.fs ?? nodeHostFS();
}

type I64 = number | bigint;

function num(x: I64): number {
  return typeof x === "bigint" ? Number(x) : x;
}

/** A bigint as a canonical int64 value (a number when it is a safe integer). */
function i64(x: bigint): I64 {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** The Linux error number of a thrown file-system error (rethrowing anything else). */
function errnoOf(e: unknown): number {
  const n = (e as { errno?: unknown })?.errno;
  if (typeof n === "number" && n !== 0) return Math.abs(n);
  throw e;
}

/** Runs op on the file system, giving [result, 0] or [fallback, errno]. */
function call<T>(fallback: T, op: (fs: HostFS) => T): [T, number] {
  const fs = hostFS();
  if (fs === null) return [fallback, ENOSYS];
  try {
    return [op(fs), 0];
  } catch (e) {
    return [fallback, errnoOf(e)];
  }
}

function errOnly(op: (fs: HostFS) => void): number {
  return call(undefined, op)[1];
}

function bytesOf(b: Slice): Uint8Array {
  return b.a === null ? new Uint8Array(0) : (b.a as Uint8Array).subarray(b.o, b.o + b.n);
}

/** The stat tuple of the Go declarations: mode, size, mtime (sec, nsec), dev, ino, errno. */
function statTuple(r: [HostStat | null, number]): unknown[] {
  const [st, e] = r;
  if (st === null) return [0, 0, 0, 0, 0, 0, e];
  const sec = st.mtimeNs / 1000000000n, nsec = st.mtimeNs % 1000000000n;
  return [st.mode >>> 0, st.size, i64(sec), Number(nsec), st.dev, st.ino, 0];
}

registerNatives("os", {
  hostStat(name: string, follow: boolean): unknown[] {
    return statTuple(call<HostStat | null>(null, (fs) => (follow ? fs.stat(name) : fs.lstat(name))));
  },
  sysFstat(fd: number): unknown[] {
    return statTuple(call<HostStat | null>(null, (fs) => fs.fstat(fd)));
  },
  hostReadDir(name: string): unknown[] {
    const [ents, e] = call(null, (fs) => fs.readdir(name));
    if (ents === null) return [nilSlice, nilSlice, e];
    const names = ents.map((d) => d.name), types = ents.map((d) => d.type);
    return [new Slice(names, 0, names.length, names.length), new Slice(types, 0, types.length, types.length), 0];
  },
  hostReadlink(name: string): unknown[] {
    return call("", (fs) => fs.readlink(name));
  },
  hostGetwd(): unknown[] {
    return call("", (fs) => fs.getcwd());
  },
  sysOpen(name: string, flag: I64, perm: number): unknown[] {
    return call(-1, (fs) => fs.open(name, num(flag), perm));
  },
  sysClose(fd: number): number {
    return errOnly((fs) => fs.close(fd));
  },
  sysRead(fd: number, b: Slice, off: I64): unknown[] {
    const o = num(off);
    return call(0, (fs) => fs.read(fd, bytesOf(b), o < 0 ? null : o));
  },
  sysWrite(fd: number, b: Slice, off: I64): unknown[] {
    const o = num(off);
    return call(0, (fs) => fs.write(fd, bytesOf(b), o < 0 ? null : o));
  },
  sysFtruncate(fd: number, size: I64): number {
    return errOnly((fs) => fs.ftruncate(fd, num(size)));
  },
  sysFsync(fd: number): number {
    return errOnly((fs) => fs.fsync(fd));
  },
  sysMkdir(name: string, perm: number): number {
    return errOnly((fs) => fs.mkdir(name, perm));
  },
  sysRmdir(name: string): number {
    return errOnly((fs) => fs.rmdir(name));
  },
  sysUnlink(name: string): number {
    return errOnly((fs) => fs.unlink(name));
  },
  sysRename(from: string, to: string): number {
    return errOnly((fs) => fs.rename(from, to));
  },
  sysSymlink(target: string, name: string): number {
    return errOnly((fs) => fs.symlink(target, name));
  },
  sysLink(from: string, to: string): number {
    return errOnly((fs) => fs.link(from, to));
  },
  sysChmod(name: string, mode: number): number {
    return errOnly((fs) => fs.chmod(name, mode));
  },
  sysTruncate(name: string, size: I64): number {
    return errOnly((fs) => fs.truncate(name, num(size)));
  },
  sysChdir(name: string): number {
    return errOnly((fs) => fs.chdir(name));
  },
  sysUtimes(name: string, atime: I64, mtime: I64): number {
    return errOnly((fs) => fs.utimes(name, BigInt(atime), BigInt(mtime)));
  },
  readStdin(b: Slice): unknown[] {
    if (host.readIn === undefined) return [0, 0];
    try {
      return [host.readIn(bytesOf(b)), 0];
    } catch (e) {
      return [0, errnoOf(e)];
    }
  },
});
