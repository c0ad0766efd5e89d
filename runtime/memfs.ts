// The file-system interface a host offers package os (system-call shaped: descriptors,
// positions, Linux error numbers), and MemFS, an in-memory implementation for hosts without
// files (browsers, tests). Paths are Go byte strings; errors are thrown as { errno } with
// Linux's numbers, as Node's fs errors carry them (negated there).

export interface HostStat {
  mode: number; // st_mode: type bits and permissions
  size: number;
  mtimeNs: bigint;
  dev: number;
  ino: number;
  nlink: number;
  uid: number;
  gid: number;
}

/** A directory entry: its name and the st_mode type bits of what it names. */
export interface HostDirEntry { name: string; type: number }

export interface HostFS {
  /** open(2) with Linux flag values; returns a descriptor. */
  open(path: string, flags: number, mode: number): number;
  close(fd: number): void;
  /** Reads at pos, or at the descriptor's own position when pos is null; 0 at end of file. */
  read(fd: number, buf: Uint8Array, pos: number | null): number;
  /** Writes at pos, or at the descriptor's position (the end for O_APPEND) when null. */
  write(fd: number, buf: Uint8Array, pos: number | null): number;
  fstat(fd: number): HostStat;
  stat(path: string): HostStat;
  lstat(path: string): HostStat;
  ftruncate(fd: number, size: number): void;
  truncate(path: string, size: number): void;
  fsync(fd: number): void;
  readdir(path: string): HostDirEntry[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  link(from: string, to: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  utimes(path: string, atimeNs: bigint, mtimeNs: bigint): void;
  chdir(path: string): void;
  getcwd(): string;
}

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000, S_IFCHR = 0o020000;
const EPERM = 1, ENOENT = 2, EBADF = 9, EBUSY = 16, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
  ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;
const O_ACCMODE = 3, O_WRONLY = 1, O_RDONLY = 0, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400,
  O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000;

class Node {
  data = new Uint8Array(0);
  size = 0;
  children: Map<string, Node> | null = null;
  target = "";
  parent: Node | null = null; // directories only
  name = "";
  nlink = 1;
  mtimeNs = nowNs();
  constructor(public ino: number, public mode: number) {}
  isDir(): boolean { return (this.mode & S_IFMT) === S_IFDIR; }
}

interface OpenFile { node: Node; pos: number; flags: number }

function nowNs(): bigint {
  return BigInt(Date.now()) * 1000000n;
}

function fail(errno: number): never {
  throw { errno, message: `errno ${errno}` };
}

export class MemFS implements HostFS {
  private nextIno = 1;
  private root: Node;
  private cwd: Node;
  private fds = new Map<number, OpenFile>();
  private umask = 0o022;

  constructor() {
    this.root = this.newDir(0o755);
    this.root.parent = this.root;
    this.cwd = this.root;
    const dev = this.newDir(0o755);
    this.attach(this.root, "dev", dev);
    this.attach(dev, "null", new Node(this.nextIno++, S_IFCHR | 0o666));
    this.attach(this.root, "tmp", this.newDir(0o1777));
  }

  private newDir(perm: number): Node {
    const d = new Node(this.nextIno++, S_IFDIR | perm);
    d.children = new Map();
    d.nlink = 2;
    return d;
  }

  private attach(dir: Node, name: string, n: Node): void {
    dir.children!.set(name, n);
    dir.mtimeNs = nowNs();
    if (n.isDir()) { n.parent = dir; n.name = name; }
  }

  /**
   * Walks path to its last element: the directory holding it, its name, and the node it
   * names (undefined when missing). Symbolic links on the way are followed; the last one
   * only when follow is set. A trailing slash requires (and follows to) a directory.
   */
  private walk(path: string, follow: boolean, depth = 0): { dir: Node; name: string; node: Node | undefined } {
    if (path === "") fail(ENOENT);
    let dir = path[0] === "/" ? this.root : this.cwd;
    const parts = path.split("/").filter((p) => p !== "");
    const trailing = path.endsWith("/");
    if (parts.length === 0) return { dir: this.root, name: "/", node: dir };
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      if (name.length > 255) fail(ENAMETOOLONG);
      const last = i === parts.length - 1;
      let node: Node | undefined = name === "." ? dir : name === ".." ? dir.parent! : dir.children!.get(name);
      if (last && !trailing && (!follow || node === undefined || (node.mode & S_IFMT) !== S_IFLNK)) return { dir, name, node };
      if (node === undefined) fail(ENOENT);
      if ((node.mode & S_IFMT) === S_IFLNK) {
        if (depth >= 40) fail(ELOOP);
        const base = node.target.startsWith("/") ? node.target : this.pathOf(dir) + "/" + node.target;
        const r = this.walk(base, true, depth + 1);
        if (r.node === undefined) fail(ENOENT);
        node = r.node;
      }
      if (last) {
        if (trailing && !node.isDir()) fail(ENOTDIR);
        return { dir, name, node };
      }
      if (!node.isDir()) fail(ENOTDIR);
      dir = node;
    }
    throw new Error("unreachable");
  }

  private existing(path: string, follow: boolean): Node {
    const n = this.walk(path, follow).node;
    if (n === undefined) fail(ENOENT);
    return n;
  }

  private pathOf(d: Node): string {
    let p = "";
    for (let n = d; n !== this.root; n = n.parent!) p = "/" + n.name + p;
    return p === "" ? "/" : p;
  }

  private file(fd: number): OpenFile {
    const f = this.fds.get(fd);
    if (f === undefined) fail(EBADF);
    return f;
  }

  private statOf(n: Node): HostStat {
    return { mode: n.mode, size: n.isDir() ? 4096 : (n.mode & S_IFMT) === S_IFLNK ? n.target.length : n.size, mtimeNs: n.mtimeNs,
      dev: 1, ino: n.ino, nlink: n.nlink, uid: 0, gid: 0 };
  }

  private resize(n: Node, size: number): void {
    if (size > n.data.length) {
      const d = new Uint8Array(Math.max(size, n.data.length * 2));
      d.set(n.data.subarray(0, n.size));
      n.data = d;
    } else if (size < n.size) {
      n.data.fill(0, size, n.size);
    }
    n.size = size;
    n.mtimeNs = nowNs();
  }

  open(path: string, flags: number, mode: number): number {
    const w = this.walk(path, (flags & O_NOFOLLOW) === 0);
    let node = w.node;
    const acc = flags & O_ACCMODE;
    if (node !== undefined) {
      if ((flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0) fail(EEXIST);
      if ((node.mode & S_IFMT) === S_IFLNK) fail(ELOOP);
      if (node.isDir() && acc !== O_RDONLY) fail(EISDIR);
      if (!node.isDir() && (flags & O_DIRECTORY) !== 0) fail(ENOTDIR);
      if ((flags & O_TRUNC) !== 0 && acc !== O_RDONLY && (node.mode & S_IFMT) === S_IFREG) this.resize(node, 0);
    } else {
      if ((flags & O_CREAT) === 0) fail(ENOENT);
      node = new Node(this.nextIno++, S_IFREG | (mode & 0o7777 & ~this.umask));
      this.attach(w.dir, w.name, node);
    }
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, { node, pos: 0, flags });
    return fd;
  }

  close(fd: number): void {
    this.file(fd);
    this.fds.delete(fd);
  }

  read(fd: number, buf: Uint8Array, pos: number | null): number {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_WRONLY) fail(EBADF);
    const n = f.node;
    if (n.isDir()) fail(EISDIR);
    if ((n.mode & S_IFMT) === S_IFCHR) return 0;
    const at = pos ?? f.pos;
    const count = Math.max(0, Math.min(buf.length, n.size - at));
    buf.set(n.data.subarray(at, at + count));
    if (pos === null) f.pos += count;
    return count;
  }

  write(fd: number, buf: Uint8Array, pos: number | null): number {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_RDONLY) fail(EBADF);
    const n = f.node;
    if ((n.mode & S_IFMT) === S_IFCHR) return buf.length;
    // Linux appends for O_APPEND even when a position is given.
    const at = (f.flags & O_APPEND) !== 0 ? n.size : pos ?? f.pos;
    if (at + buf.length > n.size) this.resize(n, at + buf.length);
    n.data.set(buf, at);
    n.mtimeNs = nowNs();
    if (pos === null) f.pos = at + buf.length;
    return buf.length;
  }

  fstat(fd: number): HostStat { return this.statOf(this.file(fd).node); }
  stat(path: string): HostStat { return this.statOf(this.existing(path, true)); }
  lstat(path: string): HostStat { return this.statOf(this.existing(path, false)); }

  ftruncate(fd: number, size: number): void {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_RDONLY || size < 0) fail(EINVAL);
    this.resize(f.node, size);
  }

  truncate(path: string, size: number): void {
    const n = this.existing(path, true);
    if (n.isDir()) fail(EISDIR);
    if (size < 0) fail(EINVAL);
    this.resize(n, size);
  }

  fsync(fd: number): void { this.file(fd); }

  readdir(path: string): HostDirEntry[] {
    const n = this.existing(path, true);
    if (!n.isDir()) fail(ENOTDIR);
    return [...n.children!].map(([name, c]) => ({ name, type: c.mode & S_IFMT }));
  }

  mkdir(path: string, mode: number): void {
    const w = this.walk(path, false);
    if (w.node !== undefined) fail(EEXIST);
    this.attach(w.dir, w.name, this.newDir(mode & 0o7777 & ~this.umask));
    w.dir.nlink++;
  }

  rmdir(path: string): void {
    const w = this.walk(path, false);
    if (w.node === undefined) fail(ENOENT);
    if (!w.node.isDir()) fail(ENOTDIR);
    if (w.node === this.root) fail(EBUSY);
    if (w.name === ".") fail(EINVAL);
    if (w.node.children!.size > 0) fail(ENOTEMPTY);
    w.dir.children!.delete(w.name);
    w.dir.nlink--;
    w.dir.mtimeNs = nowNs();
  }

  unlink(path: string): void {
    const w = this.walk(path, false);
    if (w.node === undefined) fail(ENOENT);
    if (w.node.isDir()) fail(EISDIR);
    w.dir.children!.delete(w.name);
    w.node.nlink--;
    w.dir.mtimeNs = nowNs();
  }

  rename(from: string, to: string): void {
    const a = this.walk(from, false);
    if (a.node === undefined) fail(ENOENT);
    const b = this.walk(to, false);
    const src = a.node;
    if (b.node === src) return;
    if (src.isDir()) {
      for (let d: Node = b.dir; ; d = d.parent!) {
        if (d === src) fail(EINVAL);
        if (d === this.root) break;
      }
    }
    if (b.node !== undefined) {
      if (src.isDir() && !b.node.isDir()) fail(ENOTDIR);
      if (!src.isDir() && b.node.isDir()) fail(EISDIR);
      if (b.node.isDir() && b.node.children!.size > 0) fail(ENOTEMPTY);
    }
    a.dir.children!.delete(a.name);
    a.dir.mtimeNs = nowNs();
    this.attach(b.dir, b.name, src);
  }

  symlink(target: string, path: string): void {
    const w = this.walk(path, false);
    if (w.node !== undefined) fail(EEXIST);
    const n = new Node(this.nextIno++, S_IFLNK | 0o777);
    n.target = target;
    this.attach(w.dir, w.name, n);
  }

  link(from: string, to: string): void {
    const src = this.existing(from, false);
    if (src.isDir()) fail(EPERM);
    const w = this.walk(to, false);
    if (w.node !== undefined) fail(EEXIST);
    src.nlink++;
    this.attach(w.dir, w.name, src);
  }

  readlink(path: string): string {
    const n = this.existing(path, false);
    if ((n.mode & S_IFMT) !== S_IFLNK) fail(EINVAL);
    return n.target;
  }

  chmod(path: string, mode: number): void {
    const n = this.existing(path, true);
    n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
  }

  utimes(path: string, _atimeNs: bigint, mtimeNs: bigint): void {
    this.existing(path, true).mtimeNs = mtimeNs;
  }

  chdir(path: string): void {
    const n = this.existing(path, true);
    if (!n.isDir()) fail(ENOTDIR);
    this.cwd = n;
  }

  getcwd(): string { return this.pathOf(this.cwd); }
}
