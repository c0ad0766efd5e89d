// Parsing of expressions: binary operators by precedence climbing, unary operators (including
// the `<-` ambiguity between receive operations and receive-only channel types), operands,
// primary expressions (selectors, index, slice, type assertions, calls) and composite literals.
//
// Composite literals: in `if x == T{} {`, the `{` after T could open the literal or the block.
// As in gc, xnest < 0 inside control clause headers means a bare type name followed by `{`
// is not a composite literal; parentheses (or any bracket) restore xnest >= 0.

import { TypeParser } from "./parse_type.js";
import { Operator, Token } from "./token.js";
import type { Pos } from "../source/index.js";
import {
  AssertExpr, BlockStmt, CallExpr, ChanDir, ChanType, CompositeLit, Expr, FuncLit, IndexExpr,
  KeyValueExpr, ListExpr, NodeKind, Operation, ParenExpr, SelectorExpr, SliceExpr,
  TypeSwitchGuard, unparen,
} from "./nodes.js";
import { exprString } from "./printer.js";

export abstract class ExprParser extends TypeParser {
  expr(): Expr {
    return this.binaryExpr(null, 0);
  }

  // Expression = UnaryExpr | Expression binary_op Expression .
  binaryExpr(x: Expr | null, prec: number): Expr {
    if (x === null) x = this.unaryExpr();
    while ((this.tok === Token.Operator || this.tok === Token.Star) && this.prec > prec) {
      const pos = this.pos();
      const op = this.op;
      const tprec = this.prec;
      this.next();
      x = new Operation(pos, op, x, this.binaryExpr(null, tprec));
    }
    return x;
  }

  // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
  unaryExpr(): Expr {
    switch (this.tok) {
      case Token.Operator:
      case Token.Star:
        switch (this.op) {
          case Operator.Mul: case Operator.Add: case Operator.Sub:
          case Operator.Not: case Operator.Xor: case Operator.Tilde: {
            const pos = this.pos();
            const op = this.op;
            this.next();
            return new Operation(pos, op, this.unaryExpr(), null);
          }
          case Operator.And: {
            const pos = this.pos();
            this.next();
            // &(T{...}): the operand may come back parenthesized
            // (see operand) - remove the parentheses
            return new Operation(pos, Operator.And, unparen(this.unaryExpr()), null);
          }
        }
        break;

      case Token.Arrow: {
        // a receive (<-x) or a receive-only channel type (<-chan E)
        const pos = this.pos();
        this.next();
        // If the next token is chan we still don't know: <-chan int vs <-chan int(ch).
        const x = this.unaryExpr();
        if (x.kind === NodeKind.ChanType) {
          // <-chan E: re-associate <- with the channel type: <-(chan E) => (<-chan E),
          // <-(chan<- E) => (<-chan (<-E)).
          return this.reassocRecvChan(x);
        }
        // a receive operation
        return new Operation(pos, Operator.Recv, x, null);
      }
    }
    // Parentheses are kept here so that "(x) := true" can be reported.
    return this.pexpr(null, true);
  }

  /** Turns the channel type t parsed after "<-" into a receive-only channel, as gc does. */
  private reassocRecvChan(t: ChanType): Expr {
    // Walk the chain of send-only channels: each "chan<-" becomes "<-chan" and moves the
    // arrow on to its element, which must in turn be a channel.
    const chain: ChanType[] = [];
    let dir = ChanDir.SendOnly;
    let cur: Expr = t;
    while (dir === ChanDir.SendOnly) {
      if (cur.kind !== NodeKind.ChanType) break;
      dir = cur.dir;
      if (dir === ChanDir.RecvOnly) {
        // <-<-chan E is not permitted
        this.syntaxError("unexpected <-, expected chan");
      }
      chain.push(cur);
      cur = cur.elem;
    }
    if (dir === ChanDir.SendOnly) {
      // the channel direction is <- but the element is not a channel
      this.syntaxError(`unexpected ${exprString(cur)}, expected chan`);
    }
    // Rebuild the chain from the innermost element outwards, every link receive-only.
    let res: Expr = cur;
    for (let i = chain.length - 1; i >= 0; i--) res = new ChanType(chain[i]!.pos, ChanDir.RecvOnly, res);
    return res;
  }

  // Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
  // Literal     = BasicLit | CompositeLit | FunctionLit .
  operand(keepParens: boolean): Expr {
    switch (this.tok) {
      case Token.Name:
        return this.name();

      case Token.Literal:
        return this.oliteral()!;

      case Token.Lparen: {
        const pos = this.pos();
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(Token.Rparen);
        // Parentheses are recorded only where errors need them: around a composite literal
        // type (if "{" follows, x may be one) and in go/defer statements (keepParens).
        if (this.tok === Token.Lbrace) keepParens = true;
        return keepParens ? new ParenExpr(pos, x) : x;
      }

      case Token.Func: {
        const pos = this.pos();
        this.next();
        const ftyp = this.funcType("function type")[1];
        if (this.tok === Token.Lbrace) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return new FuncLit(pos, ftyp, body);
        }
        return ftyp;
      }

      case Token.Lbrack: case Token.Chan: case Token.Map: case Token.Struct: case Token.Interface:
        return this.type_(); // othertype

      default: {
        const x = this.badExpr();
        this.syntaxError("expected expression");
        this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
        return x;
      }
    }
  }

  // PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
  //               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
  pexpr(x: Expr | null, keepParens: boolean): Expr {
    if (x === null) x = this.operand(keepParens);

    for (;;) {
      const pos = this.pos();
      switch (this.tok) {
        case Token.Dot: {
          this.next();
          switch (this.tok) {
            case Token.Name:
              x = new SelectorExpr(pos, x, this.name());
              break;
            case Token.Lparen:
              this.next();
              if (this.got(Token.Type)) {
                // the Lhs of a type switch guard is filled in by simpleStmt
                x = new TypeSwitchGuard(pos, null, x);
              } else {
                x = new AssertExpr(pos, x, this.type_());
              }
              this.want(Token.Rparen);
              break;
            default:
              this.syntaxError("expected name or (");
              this.advance(Token.Semi, Token.Rparen);
          }
          continue;
        }

        case Token.Lbrack: {
          this.next();
          let i: Expr | null = null;
          if (this.tok !== Token.Colon) {
            let comma = false;
            if (this.tok === Token.Rbrack) {
              // x[] is never valid: report it, then carry on as if it were an index
              this.syntaxError("expected operand");
              i = this.badExpr();
            } else {
              [i, comma] = this.typeList(false);
            }
            if (comma || this.tok === Token.Rbrack) {
              this.want(Token.Rbrack);
              // x[], x[i,] or x[i, j, ...]
              x = new IndexExpr(pos, x, i);
              continue;
            }
          }
          // x[i:...
          // Not want(Colon), for a better message (go.dev/issue/47704).
          if (!this.got(Token.Colon)) {
            this.syntaxError("expected comma, : or ]");
            this.advance(Token.Comma, Token.Colon, Token.Rbrack);
          }
          this.xnest++;
          let j: Expr | null = null, k: Expr | null = null, full = false;
          if (this.tok !== Token.Colon && this.tok !== Token.Rbrack) {
            // x[i:j...
            j = this.expr();
          }
          if (this.tok === Token.Colon) {
            full = true;
            // x[i:j:...]
            if (j === null) {
              this.error("middle index required in 3-index slice");
              j = this.badExpr();
            }
            this.next();
            if (this.tok !== Token.Rbrack) {
              // x[i:j:k...
              k = this.expr();
            } else {
              this.error("final index required in 3-index slice");
              k = this.badExpr();
            }
          }
          this.xnest--;
          this.want(Token.Rbrack);
          x = new SliceExpr(pos, x, [i, j, k], full);
          continue;
        }

        case Token.Lparen: {
          this.next();
          const args = this.argList();
          x = new CallExpr(pos, x, args, this.argsHasDots);
          continue;
        }

        case Token.Lbrace: {
          // operand may have returned a parenthesized composite literal type;
          // accept it but complain if we have a composite literal
          const t = unparen(x);
          // does '{' belong to a composite literal or a block statement?
          let complitOk = false;
          switch (t.kind) {
            case NodeKind.Name:
            case NodeKind.SelectorExpr:
              if (this.xnest >= 0) complitOk = true; // x is possibly a composite literal type
              break;
            case NodeKind.IndexExpr:
              if (this.xnest >= 0 && !isValue(t)) complitOk = true;
              break;
            case NodeKind.ArrayType:
            case NodeKind.SliceType:
            case NodeKind.StructType:
            case NodeKind.MapType:
              complitOk = true; // x is a composite type
              break;
          }
          if (!complitOk) return x;
          if (t !== x) {
            this.syntaxError("cannot parenthesize type in composite literal");
            // already progressed, no need to advance
          }
          x = this.complitexpr(x);
          continue;
        }

        default:
          return x;
      }
    }
  }

  // Element = Expression | LiteralValue .
  bareComplitexpr(): Expr {
    if (this.tok === Token.Lbrace) {
      // '{' start_complit braced_keyval_list '}'
      return this.complitexpr(null);
    }
    return this.expr();
  }

  // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
  complitexpr(type: Expr | null): CompositeLit {
    const pos = this.pos();
    const elems: Expr[] = [];
    let nkeys = 0;
    this.xnest++;
    this.want(Token.Lbrace);
    const rbrace = this.list("composite literal", Token.Comma, Token.Rbrace, () => {
      // value
      let e = this.bareComplitexpr();
      if (this.tok === Token.Colon) {
        // key ':' value
        const kpos = this.pos();
        this.next();
        e = new KeyValueExpr(kpos, e, this.bareComplitexpr());
        nkeys++;
      }
      elems.push(e);
      return false;
    });
    this.xnest--;
    return new CompositeLit(pos, type, elems, nkeys, rbrace);
  }

  /**
   * argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" . The "(" has been consumed.
   * Whether "..." followed the last argument is left in argsHasDots (no tuple to allocate).
   */
  /** Set by argList: the last argument was followed by "...". */
  protected argsHasDots = false;

  argList(): Expr[] {
    // This is list("argument list", Comma, Rparen, ...) written out: calls are the most
    // common list, and the inline loop avoids a closure per call.
    const list: Expr[] = [];
    let hasDots = false;
    this.xnest++;
    while (this.tok !== Token.EOF && this.tok !== Token.Rparen && !hasDots) {
      list.push(this.expr());
      hasDots = this.got(Token.DotDotDot);
      // the separator is optional before ")"
      if (!this.got(Token.Comma) && this.tok !== Token.Rparen) {
        this.syntaxError("in argument list; possibly missing comma or )");
        this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
        if (this.tok !== Token.Rparen) {
          this.xnest--;
          this.argsHasDots = hasDots;
          return list;
        }
      }
    }
    this.want(Token.Rparen);
    this.xnest--;
    this.argsHasDots = hasDots;
    return list;
  }

  // ExpressionList = Expression { "," Expression } .
  exprList(): Expr {
    const x = this.expr();
    if (this.got(Token.Comma)) {
      const list = [x, this.expr()];
      while (this.got(Token.Comma)) list.push(this.expr());
      return new ListExpr(x.pos, list);
    }
    return x;
  }

  abstract blockStmt(context: string): BlockStmt;
}

/** Reports whether x must syntactically be a value (not a type) expression. */
export function isValue(x: Expr): boolean {
  switch (x.kind) {
    case NodeKind.BasicLit: case NodeKind.CompositeLit: case NodeKind.FuncLit: case NodeKind.SliceExpr:
    case NodeKind.AssertExpr: case NodeKind.TypeSwitchGuard: case NodeKind.CallExpr:
      return true;
    case NodeKind.Operation:
      return x.op !== Operator.Mul || x.y !== null; // *T may be a type
    case NodeKind.ParenExpr:
      return isValue(x.x);
    case NodeKind.IndexExpr:
      return isValue(x.x) || isValue(x.index);
  }
  return false;
}

/**
 * Reports whether x is a (possibly parenthesized) type element expression. It is false if x
 * could be a type element or an ordinary value expression.
 */
export function isTypeElem(x: Expr): boolean {
  switch (x.kind) {
    case NodeKind.ArrayType: case NodeKind.StructType: case NodeKind.FuncType: case NodeKind.InterfaceType:
    case NodeKind.SliceType: case NodeKind.MapType: case NodeKind.ChanType:
      return true;
    case NodeKind.Operation:
      return isTypeElem(x.x) || (x.y !== null && isTypeElem(x.y)) || x.op === Operator.Tilde;
    case NodeKind.ParenExpr:
      return isTypeElem(x.x);
  }
  return false;
}

export type { Pos };
