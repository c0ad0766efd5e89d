// The loader's view of the machine, on Node: files and directories through node:fs, and where
// to find a Go standard library when none is given.
//
// GOROOT fallback: gots will ship its own standard library; until it does, packages import
// the reference toolchain's sources. Without --goroot, the GOROOT is found like the
// conformance tools find it: $GOROOT; `go env GOROOT` for a go command on PATH; the directory
// of Debian's golang-1.23-go package (asked of dpkg); $GOROOT's default install location
// /usr/lib/go-1.23. null if none of these has a src directory.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { DirEntry, LoaderHost } from "./loader/index.js";

export function nodeLoaderHost(cwd = process.cwd()): LoaderHost {
  return {
    cwd,
    readFile(path) {
      try {
        return readFileSync(path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied"
          : code === "EISDIR" ? "is a directory" : String((e as Error).message);
        return { error: `open ${path}: ${why}` };
      }
    },
    readDir(path) {
      let ents;
      try {
        ents = readdirSync(path, { withFileTypes: true });
      } catch {
        return null;
      }
      const out: DirEntry[] = ents.map((e) => {
        let kind: DirEntry["kind"] = e.isDirectory() ? "dir" : e.isFile() ? "file" : "other";
        if (e.isSymbolicLink()) {
          try {
            const st = statSync(`${path}/${e.name}`);
            kind = st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
          } catch { kind = "other"; }
        }
        return { name: e.name, kind };
      });
      // Go sorts directory entries bytewise.
      return out.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    },
    stat(path) {
      try {
        const st = statSync(path);
        return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
      } catch {
        return null;
      }
    },
  };
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function quiet(cmd: string, args: string[]): string | null {
  try {
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "ignore"] });
    return r.status === 0 ? r.stdout.trim() : null;
  } catch {
    return null;
  }
}

/** Where the reference toolchain's install script puts it. */
const DEFAULT_GOROOT = "/usr/lib/go-1.23";

export interface FoundGoroot { goroot: string; from: string }

/** Finds a Go installation to take the standard library from (see the comment at the top). */
export function findGoroot(env: NodeJS.ProcessEnv = process.env): FoundGoroot | null {
  const cands: FoundGoroot[] = [];
  if (env.GOROOT) cands.push({ goroot: env.GOROOT, from: "$GOROOT" });
  const viaPath = quiet("go", ["env", "GOROOT"]);
  if (viaPath) cands.push({ goroot: viaPath, from: "go env GOROOT" });
  const listing = quiet("dpkg", ["-L", "golang-1.23-go"]);
  if (listing) {
    const bin = listing.split("\n").find((l) => l.endsWith("/bin/go"));
    if (bin) cands.push({ goroot: dirname(dirname(bin)), from: "dpkg golang-1.23-go" });
  }
  cands.push({ goroot: DEFAULT_GOROOT, from: "default location" });
  return cands.find((c) => isDir(`${c.goroot}/src`)) ?? null;
}
