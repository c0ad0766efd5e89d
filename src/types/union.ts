// Unions and terms in constraint interfaces (types2's union.go): parsing an embedded element
// ~T | U | ... into a Union type (or a single type), with the restrictions on terms that can
// be checked right away; the checks that need complete types (misused ~, interfaces in
// unions, overlapping terms) run later, in typeset.ts's checkUnionTerms.

import { Expr, NodeKind, Operator, startPos } from "../syntax/index.js";
import type { Checker } from "./check.js";
import { OperandMode } from "./operand.js";
import { INVALID, Term, Union, type Type } from "./type.js";
import { isTypeParam, isValid } from "./predicates.js";
import { checkUnionTerms, maxTermCount } from "./typeset.js";

/** Parses uexpr as a union of terms: a Union, a single type, or the invalid type after some errors. */
export function parseUnion(check: Checker, uexpr: Expr): Type {
  const blist: Expr[] = [];
  const tlist: Expr[] = [];
  flattenUnion(blist, tlist, uexpr);

  const terms: Term[] = [];
  let u: Type = INVALID;
  for (let i = 0; i < tlist.length; i++) {
    const x = tlist[i]!;
    const term = parseTilde(check, x);
    if (tlist.length === 1 && !term.tilde) {
      // A single type: parseTilde made all relevant checks (and recorded the type).
      return term.type;
    }
    if (terms.length >= maxTermCount) {
      if (isValid(u)) {
        check.errorf(x, "cannot handle more than %d union terms (implementation limitation)", maxTermCount);
        u = INVALID;
      }
    } else {
      terms.push(term);
      u = new Union(terms.slice());
    }
    if (i > 0) check.recordTypeAndValue(blist[i - 1]!, OperandMode.TypExpr, u, null);
  }

  if (!isValid(u)) return u;

  // The validity of terms needs set-up types: check later.
  const positions = tlist.map((t) => startPos(t));
  check.later(() => { checkUnionTerms(check.typeSetEnv(), terms, positions); }, "check term validity");

  return u;
}

/** A term ~T or T of a union. */
function parseTilde(check: Checker, tx: Expr): Term {
  let x = tx;
  let tilde = false;
  if (x.kind === NodeKind.Operation && x.op === Operator.Tilde && x.y === null) {
    x = x.x;
    tilde = true;
  }
  let typ = check.typ(x);
  // Stand-alone type parameters cannot be embedded (go.dev/issue/47127).
  if (isTypeParam(typ)) {
    if (tilde) {
      check.errorf(x, "type in term %s cannot be a type parameter", tx);
    } else {
      check.errorf(x, "term cannot be a type parameter");
    }
    typ = INVALID;
  }
  const term = new Term(tilde, typ);
  if (tilde) check.recordTypeAndValue(tx, OperandMode.TypExpr, new Union([term]), null);
  return term;
}

/** Collects the binary expressions (blist) and leaf terms (tlist) of A | B | C | ... */
function flattenUnion(blist: Expr[], tlist: Expr[], x: Expr): void {
  if (x.kind === NodeKind.Operation && x.op === Operator.Or && x.y !== null) {
    flattenUnion(blist, tlist, x.x);
    blist.push(x);
    x = x.y;
  }
  tlist.push(x);
}
