// Locates the reference Go toolchain for the testing tools (difftest, bench, the parser fuzzer).
//
// Lookup order: $GOROOT; then `go env GOROOT` for a `go` found on PATH; then Debian's versioned
// golang-1.23-go package, asked of dpkg (that is where the CI install script puts it). Every
// caller must cope with "not found": difftest runs from its cache without Go, bench skips Go rows.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface GoToolchain {
  /** GOROOT with symlinks resolved at the root only (GOROOT/src itself may be a symlink). */
  goroot: string;
  /** The go command, or null when GOROOT has sources but no binary. */
  go: string | null;
  /** As `go env GOVERSION` prints it, e.g. "go1.23.5"; from GOROOT/VERSION if go is missing. */
  version: string;
}

let cached: GoToolchain | null | undefined;

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function quiet(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

function candidateRoots(): string[] {
  const out: string[] = [];
  if (process.env.GOROOT) out.push(process.env.GOROOT);
  const viaPath = quiet("go", ["env", "GOROOT"]);
  if (viaPath) out.push(viaPath);
  // Debian installs versioned toolchains outside PATH; dpkg knows where.
  const listing = quiet("dpkg", ["-L", "golang-1.23-go"]);
  if (listing) {
    const bin = listing.split("\n").find((l) => l.endsWith("/bin/go"));
    if (bin) out.push(dirname(dirname(bin)));
  }
  return out;
}

/** Finds the reference toolchain once per process; null if none is installed. */
export function findGo(): GoToolchain | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const root of candidateRoots()) {
    if (!isDir(join(root, "src"))) continue;
    const goroot = realpathSync(root);
    const bin = join(goroot, "bin", "go");
    const go = existsSync(bin) ? bin : null;
    let version = go ? quiet(go, ["env", "GOVERSION"]) : null;
    if (!version) {
      try { version = readFileSync(join(goroot, "VERSION"), "utf8").split("\n")[0]!.trim(); } catch { version = "unknown"; }
    }
    cached = { goroot, go, version };
    break;
  }
  return cached;
}

/**
 * Environment for the go command and the programs it builds: never download a toolchain or
 * consult a proxy, and drop settings that change what a Go program prints (GODEBUG,
 * GOTRACEBACK) so that results do not depend on the caller's shell.
 */
export function goEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const tc = findGo();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.GODEBUG;
  delete env.GOTRACEBACK;
  // The go command refuses to run without somewhere to cache builds.
  if (!env.GOCACHE && !env.XDG_CACHE_HOME && !env.HOME) env.GOCACHE = join(tmpdir(), "gots-go-cache");
  return {
    ...env,
    ...(tc ? { GOROOT: tc.goroot } : {}),
    GOTOOLCHAIN: "local",
    GOPROXY: "off",
    GOFLAGS: "",
    ...extra,
  };
}
