// Build constraint expressions (//go:build lines): parsing, evaluation and the minimum Go
// version an expression implies. The parser uses the version to set File.goVersion, as gc
// does; test harnesses use evaluation to decide which files apply.
//
// Grammar: expr = or; or = and { "||" and }; and = unary { "&&" unary };
// unary = "!" unary | "(" expr ")" | tag. A tag is letters, digits, '_' and '.'.

export type Constraint =
  | { op: "tag"; tag: string }
  | { op: "not"; x: Constraint }
  | { op: "and" | "or"; x: Constraint; y: Constraint };

/** Parses the text after "//go:build". Returns null if it is malformed. */
export function parseBuildConstraint(line: string): Constraint | null {
  let text = line.trim();
  if (text.startsWith("//go:build")) text = text.slice("//go:build".length);
  if (text.length > 0 && !/^[ \t]/.test(text)) return null;
  const toks = text.match(/&&|\|\||!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  function or(): Constraint | null {
    let x = and();
    while (x && peek() === "||") { i++; const y = and(); if (!y) return null; x = { op: "or", x, y }; }
    return x;
  }
  function and(): Constraint | null {
    let x = unary();
    while (x && peek() === "&&") { i++; const y = unary(); if (!y) return null; x = { op: "and", x, y }; }
    return x;
  }
  function unary(): Constraint | null {
    const t = toks[i++];
    if (t === undefined) return null;
    if (t === "!") { const x = unary(); return x ? { op: "not", x } : null; }
    if (t === "(") { const x = or(); if (!x || toks[i++] !== ")") return null; return x; }
    if (/^[A-Za-z0-9_.]+$/.test(t)) return { op: "tag", tag: t };
    return null;
  }
  const x = or();
  if (!x || i !== toks.length) return null;
  return x;
}

/** Evaluates a constraint with the given tag predicate. */
export function evalConstraint(c: Constraint, ok: (tag: string) => boolean): boolean {
  switch (c.op) {
    case "tag": return ok(c.tag);
    case "not": return !evalConstraint(c.x, ok);
    case "and": return evalConstraint(c.x, ok) && evalConstraint(c.y, ok);
    case "or": return evalConstraint(c.x, ok) || evalConstraint(c.y, ok);
  }
}

/**
 * The minimum Go version the constraint implies ("go1.21"), or "" if it can hold without any
 * go1.N tag. Versions are minor numbers: "and" takes the larger, "or" the smaller, a negation
 * swaps the two, and a negated tag implies nothing (-1).
 */
export function goVersion(c: Constraint): string {
  const v = minVersion(c, 1);
  return v < 0 ? "" : v === 0 ? "go1" : `go1.${v}`;
}

function minVersion(c: Constraint, sign: number): number {
  switch (c.op) {
    case "and": {
      const a = minVersion(c.x, sign), b = minVersion(c.y, sign);
      return sign < 0 ? Math.min(a, b) : Math.max(a, b);
    }
    case "or": {
      const a = minVersion(c.x, sign), b = minVersion(c.y, sign);
      return sign < 0 ? Math.max(a, b) : Math.min(a, b);
    }
    case "not":
      return minVersion(c.x, -sign);
    case "tag": {
      if (sign < 0) return -1;
      if (c.tag === "go1") return 0;
      const k = c.tag.indexOf("go1.");
      if (k < 0) return -1;
      const rest = c.tag.slice(k + 4);
      return /^[+-]?[0-9]+$/.test(rest) ? parseInt(rest, 10) : -1;
    }
  }
}
