// Prints a syntax tree as an indented outline, one node or field per line, for `gots parse
// -dump` and for debugging. Positions print as line:col; shared nodes (a type shared by
// several fields or parameters) are printed once and then referred to by a number.

import { File, NodeKind, Group } from "./nodes.js";
import { ChanDir } from "./nodes.js";
import { LitKind, Operator, Token, operatorString, tokenString } from "./token.js";
import { Source } from "../source/index.js";

export function dumpFile(f: File): string {
  const out: string[] = [];
  const src = f.source;
  const seen = new Map<object, number>();
  const groups = new Map<Group, number>();

  const posStr = (pos: number) => {
    if (pos === 0) return "-";
    const { line, col } = src.lineCol(pos - src.base);
    return `${line}:${col}`;
  };

  const enumName = (key: string, v: number): string => {
    switch (key) {
      case "op": return operatorString(v as Operator) || "=";
      case "tok": return tokenString(v as Token);
      case "litKind": return LitKind[v] ?? String(v);
      case "dir": return ChanDir[v] ?? String(v);
    }
    return String(v);
  };

  function value(key: string, v: unknown, indent: string): void {
    if (v === null || v === undefined) return; // absent fields are omitted
    if (Array.isArray(v)) {
      if (v.length === 0) return;
      out.push(`${indent}${key}: [${v.length}]\n`);
      v.forEach((e, i) => {
        if (e === null) out.push(`${indent}  ${i}: nil\n`);
        else node(`${i}`, e as Record<string, unknown>, indent + "  ");
      });
      return;
    }
    if (v instanceof Group) {
      let id = groups.get(v);
      if (id === undefined) { id = groups.size + 1; groups.set(v, id); }
      out.push(`${indent}${key}: group#${id}\n`);
      return;
    }
    if (typeof v === "object" && "kind" in (v as object)) {
      node(key, v as Record<string, unknown>, indent);
      return;
    }
    if (typeof v === "object") {
      // a pragma
      const p = v as { pos: number; text: string };
      out.push(`${indent}${key}: ${posStr(p.pos)} ${JSON.stringify(p.text)}\n`);
      return;
    }
    if (typeof v === "string") { out.push(`${indent}${key}: ${JSON.stringify(v)}\n`); return; }
    if (typeof v === "number" && (key === "rbrace" || key === "colon" || key === "eof")) {
      out.push(`${indent}${key}: ${posStr(v)}\n`);
      return;
    }
    if (typeof v === "number") { out.push(`${indent}${key}: ${enumName(key, v)}\n`); return; }
    if (v === false) return;
    out.push(`${indent}${key}: ${String(v)}\n`);
  }

  function node(key: string, n: Record<string, unknown>, indent: string): void {
    const kind = NodeKind[n.kind as number]!;
    const prev = seen.get(n);
    if (prev !== undefined) {
      out.push(`${indent}${key}: ${kind} #${prev} (shared)\n`);
      return;
    }
    const id = seen.size + 1;
    seen.set(n, id);
    out.push(`${indent}${key}: ${kind} #${id} @${posStr(n.pos as number)}\n`);
    for (const k of Object.keys(n)) {
      if (k === "kind" || k === "pos" || k === "source") continue;
      if (k === "directives") continue; // listed through the declarations' pragmas
      value(k, n[k], indent + "  ");
    }
  }

  node("File", f as unknown as Record<string, unknown>, "");
  return out.join("");
}

export type { Source };
