// Slash-separated file paths (POSIX), without node:path: the loader is host-independent and
// gots targets linux/amd64, whose paths are what the go command prints.

/** path.Clean / filepath.Clean on a slash path: no "." elements, ".." resolved, no trailing slash. */
export function clean(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const e of p.split("/")) {
    if (e === "" || e === ".") continue;
    if (e === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(e);
  }
  const s = out.join("/");
  return rooted ? "/" + s : s === "" ? "." : s;
}

export function join(...parts: string[]): string {
  return clean(parts.filter((p) => p !== "").join("/"));
}

export function isAbs(p: string): boolean {
  return p.startsWith("/");
}

/** The absolute form of p, relative paths taken from cwd. */
export function abs(p: string, cwd: string): string {
  return isAbs(p) ? clean(p) : join(cwd, p);
}

export function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return clean(p.slice(0, i));
}

export function basename(p: string): string {
  const q = p.replace(/\/+$/, "");
  const i = q.lastIndexOf("/");
  return i < 0 ? q : q.slice(i + 1);
}

/** filepath.Rel for absolute paths: the path of target relative to base ("." if equal). */
export function relative(base: string, target: string): string {
  const b = clean(base).split("/").filter((e) => e !== "");
  const t = clean(target).split("/").filter((e) => e !== "");
  let i = 0;
  while (i < b.length && i < t.length && b[i] === t[i]) i++;
  const up = b.slice(i).map(() => "..");
  const rel = up.concat(t.slice(i)).join("/");
  return rel === "" ? "." : rel;
}

/** str.HasPathPrefix: p is prefix itself or below it, element-wise. */
export function hasPathPrefix(p: string, prefix: string): boolean {
  if (prefix === "") return true;
  if (p === prefix) return true;
  if (prefix.endsWith("/")) return p.startsWith(prefix);
  return p.startsWith(prefix + "/");
}

/**
 * base.ShortPath: p relative to cwd when that is shorter, else p unchanged. The go command
 * prints file positions of loading errors this way.
 */
export function shortPath(p: string, cwd: string): string {
  const rel = relative(cwd, p);
  return rel.length < p.length ? rel : p;
}
