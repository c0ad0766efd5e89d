// What the loader needs from the machine it runs on: reading directories and files. Keeping
// this behind an interface keeps src/loader free of Node imports (the CLI and the tools pass
// the Node implementation from src/nodehost.ts; unit tests can pass an in-memory one).

export interface DirEntry {
  name: string;
  /** Directories, and symlinks to directories, are "dir". */
  kind: "file" | "dir" | "other";
}

export interface LoaderHost {
  /** The current directory: relative patterns and printed paths are relative to it. */
  readonly cwd: string;
  /** The file's bytes, or an error message ("open F: no such file or directory"). */
  readFile(path: string): Uint8Array | { error: string };
  /** The directory's entries sorted by name (bytewise), or null if it is not a readable directory. */
  readDir(path: string): DirEntry[] | null;
  /** What path is (following symlinks), or null if it does not exist. */
  stat(path: string): "file" | "dir" | "other" | null;
}

/** An in-memory host: paths are absolute, directories are implied by the files under them. */
export function memoryHost(files: Record<string, string | Uint8Array>, cwd = "/"): LoaderHost {
  const enc = new TextEncoder();
  const data = new Map<string, Uint8Array>();
  const dirs = new Map<string, Map<string, "file" | "dir">>();
  const addDir = (d: string): void => { if (!dirs.has(d)) dirs.set(d, new Map()); };
  addDir("/");
  for (const [p, v] of Object.entries(files)) {
    data.set(p, typeof v === "string" ? enc.encode(v) : v);
    let child = p, kind: "file" | "dir" = "file";
    for (;;) {
      const i = child.lastIndexOf("/");
      const parent = i <= 0 ? "/" : child.slice(0, i);
      addDir(parent);
      dirs.get(parent)!.set(child.slice(i + 1), kind);
      if (parent === "/") break;
      child = parent;
      kind = "dir";
    }
  }
  return {
    cwd,
    readFile(p) {
      const b = data.get(p);
      return b ?? { error: `open ${p}: no such file or directory` };
    },
    readDir(p) {
      const d = dirs.get(p.length > 1 ? p.replace(/\/$/, "") : p);
      if (!d) return null;
      return Array.from(d.entries()).map(([name, kind]) => ({ name, kind: kind as DirEntry["kind"] }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    stat(p) {
      const q = p.length > 1 ? p.replace(/\/$/, "") : p;
      if (data.has(q)) return "file";
      if (dirs.has(q)) return "dir";
      return null;
    },
  };
}
