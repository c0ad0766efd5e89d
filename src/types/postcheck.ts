// Checks gc makes after types2 accepted a package (in its noder and IR writer), so gots
// reports the same errors: where directives are placed, //go:embed and //go:linkname rules, and function
// declarations' directive and body rules ("missing function body").
//
// gc runs these only when the package had no errors so far; checkPackage calls them then.

import { checkDeclPragmas, Decl, File, FuncDecl, NodeKind, Pragma } from "../syntax/index.js";
import { PragmaFlag } from "../syntax/pragma.js";
import type { Checker } from "./check.js";
import { ObjKind } from "./object.js";
import { Type, TypeKind, unalias } from "./type.js";
import { identical } from "./predicates.js";
import { sizeof } from "./sizes.js";

const fields = (s: string) => s.split(/[ \t\n\r\v\f]+/).filter((x) => x !== "");

/** The declared functions' directive flags, or'ed. */
function pragmaFlags(list: readonly Pragma[]): number {
  let f = 0;
  for (const p of list) f |= p.flag;
  return f;
}

function importsPath(f: File, path: string): boolean {
  const lit = `"${path}"`;
  return f.declList.some((d) => d.kind === NodeKind.ImportDecl && d.path !== null && d.path.value === lit);
}

export function postCheck(check: Checker, files: readonly File[], complete: boolean): void {
  const report = (pos: number, msg: string) => check.errorf(pos, "%s", msg);

  sizeLimits(check, report);

  // Directive placement (declarations accept only some directives).
  for (const f of files) checkDeclPragmas(f, report);

  // //go:embed: the variable it applies to must suit it.
  for (const f of files) {
    const haveEmbed = importsPath(f, "embed");
    const topLevel = new Set<Decl>(f.declList);
    for (const d of f.pragmaDecls) {
      if (d.kind !== NodeKind.VarDecl) continue;
      const embed = d.pragmas.find((p) => p.embed);
      if (embed === undefined) continue;
      let msg = "";
      if (!haveEmbed) msg = `go:embed only allowed in Go files that import "embed"`;
      else if (d.nameList.length > 1) msg = "go:embed cannot apply to multiple vars";
      else if (d.values !== null) msg = "go:embed cannot apply to var with initializer";
      else if (d.type === null) msg = "go:embed cannot apply to var without type";
      else if (!topLevel.has(d)) msg = "go:embed cannot apply to var inside func";
      else if (!check.allowVersion(0, "go1.16")) msg = `go:embed requires go1.16 or later (-lang was set to ${check.conf.goVersion}; check go.mod)`;
      if (msg !== "") report(embed.pos, msg);
    }
  }

  // //go:linkname: only in files importing unsafe, and naming a declared function or variable.
  const linknamed = new Set<string>();
  const seen = new Set<string>();
  for (const f of files) {
    const unsafeOk = importsPath(f, "unsafe");
    for (const p of f.directives) {
      if (!p.blank || !p.text.startsWith("go:linkname ")) continue;
      const fl = fields(p.text);
      if (fl.length < 2 || fl.length > 3) continue; // usage error reported while parsing
      const local = fl[1]!;
      const remote = fl[2] ?? "";
      if (!unsafeOk) {
        report(p.pos, `//go:linkname only allowed in Go files that import "unsafe"`);
        continue;
      }
      if (remote.includes("[") && remote.includes("]")) {
        report(p.pos, "//go:linkname reference of an instantiation is not allowed");
        continue;
      }
      const obj = check.pkg.scope.lookup(local);
      if (obj !== undefined && (obj.okind === ObjKind.Func || obj.okind === ObjKind.Var)) {
        if (seen.has(local)) report(p.pos, `duplicate //go:linkname for ${local}`);
        seen.add(local);
        linknamed.add(local);
      } else if (check.allowVersion(0, "go1.18")) {
        // Before Go 1.18 such directives were ignored (modules relying on that still build).
        report(p.pos, "//go:linkname must refer to declared function or variable");
      }
    }
  }

  // Function declarations: directive combinations and bodies.
  const funcs: FuncDecl[] = [];
  for (const f of files) for (const d of f.declList as readonly Decl[]) if (d.kind === NodeKind.FuncDecl) funcs.push(d);
  for (const decl of funcs) {
    const flags = pragmaFlags(decl.pragmas);
    if ((flags & PragmaFlag.Systemstack) !== 0 && (flags & PragmaFlag.Nosplit) !== 0) {
      report(decl.pos, "go:nosplit and go:systemstack cannot be combined");
    }
    if (decl.body !== null) {
      if ((flags & PragmaFlag.Noescape) !== 0) report(decl.pos, "can only use //go:noescape with external func implementations");
      if ((flags & PragmaFlag.UintptrKeepAlive) !== 0 && (flags & PragmaFlag.UintptrEscapes) === 0 && (flags & PragmaFlag.Nosplit) === 0) {
        report(decl.pos, "go:uintptrkeepalive requires go:nosplit");
      }
    } else if (complete || decl.name.value === "init") {
      // Linknamed functions may have no body (the linkname target has one).
      if (decl.recv !== null || !linknamed.has(decl.name.value)) report(decl.pos, "missing function body");
    }
  }
}

/** gc's largest object size on amd64 (types.MaxWidth). */
const MAX_WIDTH = 1n << 50n;

/**
 * The limits gc's back end checks when it computes the sizes of declared variables and types:
 * an array may not be larger than the address space, and a channel's element must be
 * smaller than 64 kB. gc reports at the declarations (in source order) whose types contain
 * an offending type: a channel type once, an array type at every such declaration.
 */
function sizeLimits(check: Checker, report: (pos: number, msg: string) => void): void {
  const defs = [...check.info.defs].filter(([, obj]) => obj !== null && (obj.okind === ObjKind.Var || obj.okind === ObjKind.TypeName));
  defs.sort((a, b) => a[0].pos - b[0].pos);
  const seen: Type[] = [];
  const reported: Type[] = [];
  const isReported = (t: Type) => reported.some((r) => identical(r, t));
  let at = 0;
  const visit = (t: Type): void => {
    if (seen.includes(t)) return;
    seen.push(t);
    switch (t.tkind) {
      case TypeKind.Named:
        visit(t.underlying());
        return;
      case TypeKind.Alias:
        visit(unalias(t));
        return;
      case TypeKind.Struct:
        for (const f of t.fields) if (f.type !== null) visit(f.type);
        return;
      case TypeKind.Array: {
        visit(t.elem);
        const e = sizeof(t.elem);
        // (No record of reported arrays: gc leaves a failed size uncomputed, so every
        // declaration that needs it reports it again.)
        if (e > 0n && t.len > (MAX_WIDTH - 1n) / e) report(at, `type ${check.typeStr(t)} larger than address space`);
        return;
      }
      case TypeKind.Chan: {
        visit(t.elem);
        const e = sizeof(t.elem);
        if ((e >= 65536n || e < 0n) && !isReported(t)) {
          reported.push(t);
          report(at, "channel element type too large (>64kB)");
        }
        return;
      }
    }
  };
  for (const [name, obj] of defs) {
    if (obj!.type === null) continue;
    at = name.pos;
    seen.length = 0;
    visit(obj!.type);
  }
}
