// The host file system of package os on Node: Node's fs module (fetched by name, so that
// nothing here imports Node when the program runs elsewhere) behind the HostFS interface.
// Programs run on worker threads, where process.chdir is unavailable, so the current
// directory is kept here and relative paths are resolved against it before reaching Node.
// Paths go to Node as Buffers so that any bytes round-trip.
import type { HostFS, HostStat, HostDirEntry } from "../../../runtime/host.js";

interface BigStats { mode: bigint; size: bigint; mtimeNs: bigint; dev: bigint; ino: bigint; nlink: bigint; uid: bigint; gid: bigint }
interface Dirent {
  name: Uint8Array;
  isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean;
  isCharacterDevice(): boolean; isBlockDevice(): boolean;
}
type Path = Uint8Array;
interface NodeFsModule {
  openSync(p: Path, flags: number, mode: number): number;
  closeSync(fd: number): void;
  readSync(fd: number, b: Uint8Array, off: number, len: number, pos: number | null): number;
  writeSync(fd: number, b: Uint8Array, off: number, len: number, pos: number | null): number;
  fstatSync(fd: number, o: { bigint: true }): BigStats;
  statSync(p: Path, o: { bigint: true }): BigStats;
  lstatSync(p: Path, o: { bigint: true }): BigStats;
  ftruncateSync(fd: number, len: number): void;
  truncateSync(p: Path, len: number): void;
  fsyncSync(fd: number): void;
  readdirSync(p: Path, o: { withFileTypes: true; encoding: "buffer" }): Dirent[];
  mkdirSync(p: Path, mode: number): void;
  rmdirSync(p: Path): void;
  unlinkSync(p: Path): void;
  renameSync(a: Path, b: Path): void;
  symlinkSync(target: Path, p: Path): void;
  linkSync(a: Path, b: Path): void;
  readlinkSync(p: Path, o: { encoding: "buffer" }): Uint8Array;
  chmodSync(p: Path, mode: number): void;
  utimesSync(p: Path, a: number, m: number): void;
  realpathSync(p: Path, o: { encoding: "buffer" }): Uint8Array;
}

/** A path for Node: a Buffer (some fs functions take no plain Uint8Array). */
function bytes(s: string): Uint8Array {
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B !== undefined) return B.from(s, "latin1");
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

export function byteString(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function statOf(st: BigStats): HostStat {
  return { mode: Number(st.mode), size: Number(st.size), mtimeNs: st.mtimeNs, dev: Number(st.dev), ino: Number(st.ino),
    nlink: Number(st.nlink), uid: Number(st.uid), gid: Number(st.gid) };
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

const big = { bigint: true } as const;

class NodeFS implements HostFS {
  constructor(private fs: NodeFsModule, private cwd: string) {}

  /** path resolved against the kept current directory, as bytes for Node. */
  private p(path: string): Path {
    if (path === "") throw { errno: 2 };
    return bytes(path[0] === "/" ? path : this.cwd + "/" + path);
  }

  open(path: string, flags: number, mode: number): number { return this.fs.openSync(this.p(path), flags, mode); }
  close(fd: number): void { this.fs.closeSync(fd); }
  read(fd: number, buf: Uint8Array, pos: number | null): number { return this.fs.readSync(fd, buf, 0, buf.length, pos); }
  write(fd: number, buf: Uint8Array, pos: number | null): number { return this.fs.writeSync(fd, buf, 0, buf.length, pos); }
  fstat(fd: number): HostStat { return statOf(this.fs.fstatSync(fd, big)); }
  stat(path: string): HostStat { return statOf(this.fs.statSync(this.p(path), big)); }
  lstat(path: string): HostStat { return statOf(this.fs.lstatSync(this.p(path), big)); }
  ftruncate(fd: number, size: number): void { this.fs.ftruncateSync(fd, size); }
  truncate(path: string, size: number): void { this.fs.truncateSync(this.p(path), size); }
  fsync(fd: number): void { this.fs.fsyncSync(fd); }
  readdir(path: string): HostDirEntry[] {
    return this.fs.readdirSync(this.p(path), { withFileTypes: true, encoding: "buffer" }).map((d) => ({ name: byteString(d.name), type: typeBits(d) }));
  }
  mkdir(path: string, mode: number): void { this.fs.mkdirSync(this.p(path), mode); }
  rmdir(path: string): void { this.fs.rmdirSync(this.p(path)); }
  unlink(path: string): void { this.fs.unlinkSync(this.p(path)); }
  rename(from: string, to: string): void { this.fs.renameSync(this.p(from), this.p(to)); }
  // The link's text is stored as given: only where the link is made is resolved.
  symlink(target: string, path: string): void { this.fs.symlinkSync(bytes(target), this.p(path)); }
  link(from: string, to: string): void { this.fs.linkSync(this.p(from), this.p(to)); }
  readlink(path: string): string { return byteString(this.fs.readlinkSync(this.p(path), { encoding: "buffer" })); }
  chmod(path: string, mode: number): void { this.fs.chmodSync(this.p(path), mode); }
  utimes(path: string, atimeNs: bigint, mtimeNs: bigint): void {
    this.fs.utimesSync(this.p(path), Number(atimeNs) / 1e9, Number(mtimeNs) / 1e9);
  }
  chdir(path: string): void {
    const st = this.stat(path);
    if ((st.mode & 0o170000) !== 0o040000) throw { errno: 20 };
    this.cwd = byteString(this.fs.realpathSync(this.p(path), { encoding: "buffer" }));
  }
  getcwd(): string { return this.cwd; }
}

let nodeFS: HostFS | null | undefined;

/** Node's file system when the process has one, else null. */
export function nodeHostFS(): HostFS | null {
  if (nodeFS === undefined) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (n: string) => unknown; cwd?: () => string } }).process;
    if (typeof proc?.getBuiltinModule === "function") {
      const fs = proc.getBuiltinModule("node:fs") as NodeFsModule;
      nodeFS = new NodeFS(fs, byteString(new TextEncoder().encode(proc.cwd!())));
    } else {
      nodeFS = null;
    }
  }
  return nodeFS;
}
