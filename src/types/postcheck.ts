// Checks gc makes after types2 accepted a package (in its noder and IR writer), so gots
// reports the same errors: where directives are placed, //go:embed and //go:linkname rules, and function
// declarations' directive and body rules ("missing function body").
//
// gc runs these only when the package had no errors so far; checkPackage calls them then.

import { checkDeclPragmas, Decl, File, FuncDecl, NodeKind, Pragma } from "../syntax/index.js";
import { PragmaFlag } from "../syntax/pragma.js";
import type { Checker } from "./check.js";
import { ObjKind } from "./object.js";

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
