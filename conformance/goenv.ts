// The reference Go toolchain as the conformance runner sees it: where GOROOT is, whether the
// go command can be run, and running gc (`compile`) on single files in parallel.
//
// The runner must work without Go when its oracle caches are complete, so everything here
// degrades to "Go unavailable" instead of throwing; only a missing GOROOT is fatal.

import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { BuildContext, defaultBuildContext } from "./recipe.js";

/** Where the Debian package of the reference toolchain installs it. */
const FALLBACK_GOROOT = "/usr/lib/go-1.23";

export interface GoEnv {
  goroot: string;
  /** How goroot was found, for messages. */
  gorootFrom: string;
  /** The go command, or null when none can be run. */
  goBin: string | null;
  /** "go1.23.5", from $GOROOT/VERSION (readable without running Go). */
  version: string;
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function runs(bin: string): boolean {
  const r = spawnSync(bin, ["version"], { encoding: "utf8", timeout: 30_000 });
  return r.status === 0;
}

/**
 * Finds GOROOT: $GOROOT, else `go env GOROOT` with the go on PATH, else the reference
 * install location. Throws with a message saying what was tried.
 */
export function findGoEnv(): GoEnv {
  let goroot = "", from = "";
  const env = process.env.GOROOT;
  if (env) {
    if (!isDir(env)) throw new Error(`GOROOT=${env} is not a directory`);
    goroot = env; from = "$GOROOT";
  } else {
    const r = spawnSync("go", ["env", "GOROOT"], { encoding: "utf8", timeout: 30_000 });
    const out = r.status === 0 ? r.stdout.trim() : "";
    if (out && isDir(out)) { goroot = out; from = "go env GOROOT"; }
    else if (isDir(FALLBACK_GOROOT)) { goroot = FALLBACK_GOROOT; from = "default location"; }
  }
  if (!goroot) {
    throw new Error(
      "cannot find a Go installation: set GOROOT, put go on PATH, or install the reference " +
      "toolchain with shared/tools/install-go-reference.sh (it prints the GOROOT)");
  }
  let goBin: string | null = join(goroot, "bin", "go");
  if (!existsSync(goBin) || !runs(goBin)) goBin = runs("go") ? "go" : null;
  return { goroot, gorootFrom: from, goBin, version: readVersion(goroot) };
}

function readVersion(goroot: string): string {
  try {
    return readFileSync(join(goroot, "VERSION"), "utf8").split("\n")[0]!.trim();
  } catch {
    return "unknown";
  }
}

/** Environment for go commands: no user go.env, no GOFLAGS, as the harness runs them. */
function goCommandEnv(goroot: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOROOT: goroot, GOENV: "off", GOFLAGS: "" };
  // The go command needs a build cache; without HOME it cannot find its default one.
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = join(tmpdir(), "gots-gocache");
  return env;
}

function goOut(env: GoEnv, args: string[], cwd?: string): string {
  if (!env.goBin) throw new Error("the go command is not available");
  const r = spawnSync(env.goBin, args, {
    encoding: "utf8", env: goCommandEnv(env.goroot), cwd, maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`go ${args.join(" ")}: ${(r.stderr || r.error?.message || "failed").trim()}`);
  return r.stdout;
}

/** The build context the harness would use, asked from the go command. */
export function queryBuildContext(env: GoEnv): BuildContext {
  const out = goOut(env, ["list", "-f", "{{context.GOOS}}|{{context.GOARCH}}|{{context.CgoEnabled}}|{{join context.ReleaseTags \",\"}}|{{join context.ToolTags \",\"}}", "runtime"]);
  const [goos, goarch, cgo, rel, tool] = out.trim().split("|");
  const gcflags = process.env.GO_GCFLAGS ?? "";
  const def = defaultBuildContext();
  return {
    goos: goos || def.goos,
    goarch: goarch || def.goarch,
    cgoEnabled: cgo === "true",
    releaseTags: rel ? rel.split(",") : def.releaseTags,
    toolTags: tool ? tool.split(",") : [],
    noOptEnv: gcflags.includes("-N") || gcflags.includes("-l"),
  };
}

/** The compile tool: $GOTOOLDIR/compile, run directly to skip the go command's start-up. */
export function compilerPath(env: GoEnv): string {
  const dir = goOut(env, ["env", "GOTOOLDIR"]).trim();
  const p = join(dir, "compile");
  if (!existsSync(p)) throw new Error(`no compile tool at ${p}`);
  return p;
}

export interface GcResult {
  /** Combined stdout+stderr, decoded as UTF-8. */
  output: string;
  exitCode: number | null;
  timedOut: boolean;
}

/**
 * Runs `compile -p=p -e -o OUT FILE` (cwd dir, relative file) for each file, a few at a
 * time. -C (no columns) is deliberately not passed: the syntax suites compare columns too.
 * OUT is a scratch file per worker, never /dev/null: gc removes its -o file when it exits
 * with errors, which would delete /dev/null when running as root.
 */
export async function runGcMany(
  compile: string, goroot: string, dir: string, files: string[],
  onProgress?: (done: number, total: number) => void, timeoutMs = 120_000,
): Promise<Map<string, GcResult>> {
  const results = new Map<string, GcResult>();
  const jobs = Math.max(1, availableParallelism());
  let next = 0, done = 0;
  const env = goCommandEnv(goroot);
  const scratch = mkdtempSync(join(tmpdir(), "gots-gc-"));
  const worker = async (w: number): Promise<void> => {
    const out = join(scratch, `w${w}.o`);
    while (next < files.length) {
      const f = files[next++]!;
      results.set(f, await runGc(compile, env, dir, f, out, timeoutMs));
      done++;
      onProgress?.(done, files.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, (_, w) => worker(w)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

function runGc(compile: string, env: NodeJS.ProcessEnv, dir: string, file: string, out: string, timeoutMs: number): Promise<GcResult> {
  return new Promise((resolve) => {
    execFile(compile, ["-p=p", "-e", "-o", out, file], {
      cwd: dir, env, encoding: "buffer", maxBuffer: 1 << 26, timeout: timeoutMs, killSignal: "SIGKILL",
    }, (err, stdout, stderr) => {
      // gc prints diagnostics on stdout and only crashes on stderr, so stdout then stderr
      // loses no ordering that matters.
      const output = Buffer.concat([stdout as Buffer, stderr as Buffer]).toString("utf8");
      const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      const timedOut = !!e?.killed;
      const exitCode = e ? (typeof e.code === "number" ? e.code : null) : 0;
      resolve({ output, exitCode, timedOut });
    });
  });
}

/** Builds and runs the go/parser pre-pass (conformance/oracle) over files relative to dir. */
export function runGoParserOracle(env: GoEnv, oracleDir: string, dir: string, files: string[]): string {
  if (!env.goBin) throw new Error("the go command is not available");
  const tmp = mkdtempSync(join(tmpdir(), "gots-oracle-"));
  try {
    const bin = join(tmp, "oracle");
    // Built from its own directory (file mode, no module): running it from inside
    // $GOROOT/src would put it in the std module.
    goOut(env, ["build", "-o", bin, "main.go"], oracleDir);
    const r = spawnSync(bin, [], { cwd: dir, input: files.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`oracle: ${(r.stderr || r.error?.message || "failed").trim()}`);
    return r.stdout;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
