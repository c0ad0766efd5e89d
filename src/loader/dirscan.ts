// Which files of a directory make up its package, as go/build's Import decides for the build
// context: names (no _x.go or .x.go files, GOOS/GOARCH suffixes), build constraints in the
// leading comments, files importing "C" set aside when cgo is disabled, and the package
// clauses of all selected files (test files included) agreeing.
//
// Only file headers are read here (the package clause and the imports); the loader parses the
// files it keeps.

import { bytesToByteString } from "../base/index.js";
import { BuildContext, goodOSArchFile, readHeader, shouldBuild } from "./buildctx.js";
import { LoaderHost } from "./host.js";
import { join } from "./paths.js";

export interface ScannedFile {
  name: string;
  /** The file's bytes as a byte string (one char per byte). */
  text: string;
}

export interface DirScan {
  dir: string;
  /** The package name (of the first selected file), "" if none was found. */
  name: string;
  /** Non-test Go files that build, sorted, with their text. */
  goFiles: ScannedFile[];
  /** Go files excluded by build constraints, file names, or (cgo disabled) importing "C". */
  ignoredGoFiles: string[];
  /** _test.go files that build. */
  testGoFiles: string[];
  /**
   * Assembly (.s) and .syso files that build. With cgo disabled these are the only non-Go
   * files the go command counts: a package without any is compiled with -complete.
   */
  extFiles: string[];
  /** Whether the directory has any *.go file at all (the module loader's notion of a package directory). */
  hasGoFiles: boolean;
  /** The first package-name conflict, as go/build reports it. */
  conflict: { names: [string, string]; files: [string, string] } | null;
  /** Per-file problems that make the package invalid: "name: message". */
  fileErrors: string[];
  /** The directory could not be read. */
  missing: boolean;
}

export interface ScanOptions {
  /** Only these files (command-line file lists): build constraints and file-name suffixes are ignored. */
  only?: readonly string[];
}

/** Scans one directory. */
export function scanDir(host: LoaderHost, ctx: BuildContext, dir: string, opts: ScanOptions = {}): DirScan {
  const res: DirScan = {
    dir, name: "", goFiles: [], ignoredGoFiles: [], testGoFiles: [], extFiles: [], hasGoFiles: false, conflict: null, fileErrors: [], missing: false,
  };
  let names: string[];
  if (opts.only) {
    names = opts.only.slice();
  } else {
    const ents = host.readDir(dir);
    if (ents === null) { res.missing = true; return res; }
    names = ents.filter((e) => e.kind === "file").map((e) => e.name);
  }
  let firstFile = "";
  const useAll = opts.only !== undefined;
  for (const name of names) {
    if ((name.endsWith(".s") || name.endsWith(".syso")) && !useAll && !name.startsWith("_") && !name.startsWith(".") && goodOSArchFile(ctx, name)) {
      const bytes = name.endsWith(".s") ? host.readFile(join(dir, name)) : new Uint8Array(0);
      const sb = "error" in bytes ? { ok: false } : shouldBuild(ctx, readHeader(bytesToByteString(bytes)));
      if ("ok" in sb && sb.ok) res.extFiles.push(name);
      continue;
    }
    if (!name.endsWith(".go")) continue;
    res.hasGoFiles = true;
    if (name.startsWith("_") || name.startsWith(".")) continue;
    if (!useAll && !goodOSArchFile(ctx, name)) { res.ignoredGoFiles.push(name); continue; }
    const bytes = host.readFile(join(dir, name));
    if ("error" in bytes) { res.fileErrors.push(`${name}: ${bytes.error}`); continue; }
    const text = bytesToByteString(bytes);
    if (!useAll) {
      const sb = shouldBuild(ctx, readHeader(text));
      if ("error" in sb) { res.fileErrors.push(`${name}: ${sb.error}`); continue; }
      if (!sb.ok) { res.ignoredGoFiles.push(name); continue; }
    }
    const head = scanPackageClause(text);
    let pkg = head.name;
    if (pkg === "documentation") { res.ignoredGoFiles.push(name); continue; }
    const isTest = name.endsWith("_test.go");
    if (isTest && pkg.endsWith("_test") && res.name !== pkg) pkg = pkg.slice(0, -"_test".length);
    if (pkg !== "") {
      if (res.name === "") { res.name = pkg; firstFile = name; }
      else if (pkg !== res.name && res.conflict === null) {
        res.conflict = { names: [res.name, pkg], files: [firstFile, name] };
      }
    }
    if (head.importsC && !ctx.cgoEnabled) { res.ignoredGoFiles.push(name); continue; }
    if (isTest) res.testGoFiles.push(name);
    else res.goFiles.push({ name, text });
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// A minimal reader for the package clause and import declarations (go/build reads only the
// header too). It gives up quietly on anything unexpected: the parser reports syntax errors.

export interface PackageClause {
  /** "" when the file does not start with a package clause. */
  name: string;
  /** Import paths as written (unquoted), in order; only string-literal paths are seen. */
  imports: string[];
  importsC: boolean;
}

export function scanPackageClause(text: string): PackageClause {
  const out: PackageClause = { name: "", imports: [], importsC: false };
  let i = 0;
  const n = text.length;
  if (text.startsWith("\xef\xbb\xbf")) i = 3;
  // Returns the next token: an identifier, a string literal (quotes kept), a single
  // punctuation character, ";" for a newline, or "" at EOF.
  const next = (): string => {
    for (;;) {
      while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i++;
      if (i >= n) return "";
      const c = text[i]!;
      if (c === "\n") { i++; return ";"; }
      if (c === "/" && text[i + 1] === "/") {
        const j = text.indexOf("\n", i);
        i = j < 0 ? n : j;
        continue;
      }
      if (c === "/" && text[i + 1] === "*") {
        const j = text.indexOf("*/", i + 2);
        const body = text.slice(i, j < 0 ? n : j);
        i = j < 0 ? n : j + 2;
        if (body.includes("\n")) return ";";
        continue;
      }
      if (/[A-Za-z_\x80-\xff]/.test(c)) {
        let j = i + 1;
        while (j < n && /[A-Za-z0-9_\x80-\xff]/.test(text[j]!)) j++;
        const w = text.slice(i, j);
        i = j;
        return w;
      }
      if (c === '"') {
        let j = i + 1;
        while (j < n && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
        const w = text.slice(i, j + 1);
        i = j + 1;
        return w;
      }
      if (c === "`") {
        const j = text.indexOf("`", i + 1);
        const w = text.slice(i, j < 0 ? n : j + 1);
        i = j < 0 ? n : j + 1;
        return w;
      }
      i++;
      return c;
    }
  };
  let t = next();
  while (t === ";") t = next();
  if (t !== "package") return out;
  const name = next();
  if (!/^[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*$/.test(name)) return out;
  out.name = name;
  const spec = (tok: string): boolean => {
    // ImportSpec = [ "." | PackageName ] ImportPath
    if (tok === "." || /^[A-Za-z_\x80-\xff]/.test(tok)) tok = next();
    if (!tok.startsWith('"') && !tok.startsWith("`")) return false;
    const p = unquoteImportPath(tok);
    if (p === null) return false;
    out.imports.push(p);
    if (p === "C") out.importsC = true;
    return true;
  };
  for (;;) {
    t = next();
    if (t === ";") continue;
    if (t !== "import") break;
    t = next();
    if (t === "(") {
      for (;;) {
        t = next();
        if (t === ";") continue;
        if (t === ")" || t === "") break;
        if (!spec(t)) return out;
      }
    } else if (!spec(t)) return out;
  }
  return out;
}

/** The value of an import path literal (a byte string), or null if it is malformed. */
export function unquoteImportPath(lit: string): string | null {
  if (lit.length >= 2 && lit.startsWith("`") && lit.endsWith("`")) return lit.slice(1, -1);
  if (lit.length < 2 || !lit.startsWith('"') || !lit.endsWith('"')) return null;
  const body = lit.slice(1, -1);
  if (!body.includes("\\")) return body;
  let s = "";
  for (let k = 0; k < body.length; k++) {
    const c = body[k]!;
    if (c !== "\\") { s += c; continue; }
    const d = body[++k];
    switch (d) {
      case "\\": case '"': case "'": s += d; break;
      case "n": s += "\n"; break;
      case "t": s += "\t"; break;
      case "a": s += "\x07"; break;
      case "b": s += "\b"; break;
      case "f": s += "\f"; break;
      case "r": s += "\r"; break;
      case "v": s += "\v"; break;
      case "x": {
        const h = body.slice(k + 1, k + 3);
        if (!/^[0-9A-Fa-f]{2}$/.test(h)) return null;
        s += String.fromCharCode(parseInt(h, 16)); k += 2; break;
      }
      default: {
        const o = body.slice(k, k + 3);
        if (/^[0-7]{3}$/.test(o)) { s += String.fromCharCode(parseInt(o, 8) & 0xff); k += 2; break; }
        return null; // \u escapes in import paths are not worth supporting here
      }
    }
  }
  return s;
}
