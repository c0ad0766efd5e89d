// Parsing of statements: simple statements (expressions, sends, inc/dec, assignments, short
// variable declarations, range clauses), blocks, labels, control flow (if, for, switch,
// select) with their headers, go/defer, return and branch statements.

import { ExprParser } from "./parse_expr.js";
import { Operator, Token } from "./token.js";
import type { Pos } from "../source/index.js";
import {
  AssignStmt, BadExpr, BlockStmt, BranchStmt, CallStmt, CaseClause, CommClause, Decl, DeclStmt,
  EmptyStmt, Expr, ExprStmt, ForStmt, Group, IfStmt, LabeledStmt, Name, NodeKind, RangeClause,
  ReturnStmt, SelectStmt, SendStmt, SimpleStmt, Stmt, SwitchStmt, TypeSwitchGuard, unparen,
} from "./nodes.js";
import { exprString, nodeString } from "./printer.js";
import { checkBranches } from "./branches.js";

export abstract class StmtParser extends ExprParser {
  abstract constDecl(group: Group | null): Decl;
  abstract typeDecl(group: Group | null): Decl;
  abstract varDecl(group: Group | null): Decl;
  abstract appendGroup(list: Decl[], f: (g: Group | null) => Decl | null): void;

  /** Count of branch and labeled statements parsed so far (see funcBody). */
  private nbranches = 0;

  funcBody(): BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const nbranches = this.nbranches;
    const body = this.blockStmt("");
    this.fnest--;
    // Branches are not checked after syntax errors in the function: incomplete trees give
    // spurious errors (e.g. test/switch2.go). A body without branch or labeled statements
    // (counting nested function literals, conservatively) has nothing to check.
    if (this.opts.checkBranches && errcnt === this.errcnt && nbranches !== this.nbranches) {
      checkBranches(body, (pos, msg) => this.errorAt(pos, msg), this.source, this.opts.branchTargets ?? null);
    }
    return body;
  }

  // SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
  simpleStmt(lhs: Expr | null, keyword: Token): SimpleStmt {
    if (keyword === Token.For && this.tok === Token.Range) {
      // range expr
      return this.newRangeClause(null, false);
    }

    if (lhs === null) lhs = this.exprList();

    if (lhs.kind !== NodeKind.ListExpr && this.tok !== Token.Assign && this.tok !== Token.Define) {
      // expr
      const pos = this.pos();
      switch (this.tok) {
        case Token.AssignOp: {
          // lhs op= rhs
          const op = this.op;
          this.next();
          return new AssignStmt(pos, op, lhs, this.expr());
        }
        case Token.IncOp: {
          // lhs++ or lhs--
          const op = this.op;
          this.next();
          return new AssignStmt(pos, op, lhs, null);
        }
        case Token.Arrow: {
          // lhs <- rhs
          this.next();
          return new SendStmt(pos, lhs, this.expr());
        }
        default:
          return new ExprStmt(lhs.pos, lhs);
      }
    }

    // expr_list
    switch (this.tok) {
      case Token.Assign:
      case Token.Define: {
        const pos = this.pos();
        const op = this.tok === Token.Define ? Operator.Def : Operator.None;
        this.next();

        if (keyword === Token.For && this.tok === Token.Range) {
          // expr_list op= range expr
          return this.newRangeClause(lhs, op === Operator.Def);
        }

        // expr_list op= expr_list
        const rhs = this.exprList();
        if (rhs.kind === NodeKind.TypeSwitchGuard && keyword === Token.Switch && op === Operator.Def) {
          if (lhs.kind === NodeKind.Name) {
            // switch … lhs := rhs.(type)
            const x = new TypeSwitchGuard(rhs.pos, lhs, rhs.x);
            return new ExprStmt(x.pos, x);
          }
        }
        return new AssignStmt(pos, op, lhs, rhs);
      }

      default: {
        this.syntaxError("expected := or = or comma");
        this.advance(Token.Semi, Token.Rbrace);
        // make the best of what we have
        const x = lhs.kind === NodeKind.ListExpr ? lhs.elemList[0]! : lhs;
        return new ExprStmt(x.pos, x);
      }
    }
  }

  private newRangeClause(lhs: Expr | null, def: boolean): RangeClause {
    const pos = this.pos();
    this.next(); // consume range
    return new RangeClause(pos, lhs, def, this.expr());
  }

  private labeledStmtOrNil(label: Name): Stmt | null {
    const pos = this.pos();
    this.want(Token.Colon);

    if (this.tok === Token.Rbrace) {
      // A statement must follow, and semicolons may be omitted before "}": this is an empty
      // statement.
      this.nbranches++;
      return new LabeledStmt(pos, label, new EmptyStmt(this.pos()));
    }

    const s = this.stmtOrNil();
    if (s !== null) {
      this.nbranches++;
      return new LabeledStmt(pos, label, s);
    }

    // report the error at the line of the ':'
    this.syntaxErrorAt(pos, "missing statement after label");
    // the labeled statement ends here already; nothing to skip
    return null; // avoids follow-on errors (see e.g. fixedbugs/bug274.go)
  }

  /** context must not be empty unless the current token is "{". */
  blockStmt(context: string): BlockStmt {
    const pos = this.pos();
    // braces are required in Go (unlike C): say so plainly
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("expected { after " + context);
      this.advance(Token.Name, Token.Rbrace);
      const rbrace = this.pos(); // in case we found "}"
      if (this.got(Token.Rbrace)) return new BlockStmt(pos, [], rbrace);
    }
    const list = this.stmtList();
    const rbrace = this.pos();
    this.want(Token.Rbrace);
    return new BlockStmt(pos, list, rbrace);
  }

  private declStmt(f: (g: Group | null) => Decl): DeclStmt {
    const pos = this.pos();
    this.next(); // const, type or var
    const list: Decl[] = [];
    this.appendGroup(list, f);
    return new DeclStmt(pos, list);
  }

  private forStmt(): Stmt {
    const pos = this.pos();
    const [init, cond, post] = this.header(Token.For);
    const body = this.blockStmt("for clause");
    return new ForStmt(pos, init, cond, post, body);
  }

  /** The header of an if, for or switch statement, up to (not including) the "{". */
  private header(keyword: Token): [SimpleStmt | null, Expr | null, SimpleStmt | null] {
    let init: SimpleStmt | null = null;
    let cond: Expr | null = null;
    let post: SimpleStmt | null = null;
    this.want(keyword);

    if (this.tok === Token.Lbrace) {
      if (keyword === Token.If) {
        this.syntaxError("missing condition in if statement");
        cond = this.badExpr();
      }
      return [init, cond, post];
    }

    const outer = this.xnest;
    this.xnest = -1;

    if (this.tok !== Token.Semi) {
      // accept a potential var declaration but complain
      if (this.got(Token.Var)) {
        this.syntaxError(`var declaration not allowed in ${tokstringKw(keyword)} initializer`);
      }
      init = this.simpleStmt(null, keyword);
      // A range clause ends the header (only possible for "for").
      if (init.kind === NodeKind.RangeClause) {
        this.xnest = outer;
        return [init, cond, post];
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semiPos: Pos = 0;
    let semiLit = "";
    done: {
      if (this.tok !== Token.Lbrace) {
        if (this.tok === Token.Semi) {
          semiPos = this.pos();
          semiLit = this.lit;
          this.next();
        } else {
          // expecting "{" here (not ";") gives the clearer message
          this.want(Token.Lbrace);
          if (this.tok !== Token.Lbrace) {
            this.advance(Token.Lbrace, Token.Rbrace); // for better synchronization (go.dev/issue/22581)
          }
        }
        if (keyword === Token.For) {
          if (this.tok !== Token.Semi) {
            if (this.tok === Token.Lbrace) {
              this.syntaxError("expected for loop condition");
              break done;
            }
            condStmt = this.simpleStmt(null, Token.None /* range not permitted */);
          }
          this.want(Token.Semi);
          if (this.tok !== Token.Lbrace) {
            post = this.simpleStmt(null, Token.None /* range not permitted */);
            if (post.kind === NodeKind.AssignStmt && post.op === Operator.Def) {
              this.syntaxErrorAt(post.pos, "cannot declare in post statement of for loop");
            }
          }
        } else if (this.tok !== Token.Lbrace) {
          condStmt = this.simpleStmt(null, keyword);
        }
      } else {
        condStmt = init;
        init = null;
      }
    }

    // unpack condStmt
    if (condStmt === null) {
      if (keyword === Token.If && semiPos !== 0) {
        if (semiLit !== "semicolon") {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, "missing condition in if statement");
        }
        cond = new BadExpr(semiPos);
      }
    } else if (condStmt.kind === NodeKind.ExprStmt) {
      cond = condStmt.x;
    } else {
      // A common mistake is '=' instead of '==', which turns an expression into an
      // assignment: say so explicitly.
      let str: string;
      if (condStmt.kind === NodeKind.AssignStmt && condStmt.op === Operator.None) {
        // Emphasize complex Lhs and Rhs of the assignment with parentheses.
        str = "assignment " + emphasize(condStmt.lhs) + " = " + emphasize(condStmt.rhs!);
      } else {
        str = nodeString(condStmt);
      }
      this.syntaxErrorAt(condStmt.pos, `cannot use ${str} as value`);
    }

    this.xnest = outer;
    return [init, cond, post];
  }

  private ifStmt(): IfStmt {
    const pos = this.pos();
    const [init, cond] = this.header(Token.If);
    const then = this.blockStmt("if clause");
    let else_: IfStmt | BlockStmt | null = null;
    if (this.got(Token.Else)) {
      switch (this.tok) {
        case Token.If:
          else_ = this.ifStmt();
          break;
        case Token.Lbrace:
          else_ = this.blockStmt("");
          break;
        default:
          this.syntaxError("else must be followed by if or statement block");
          this.advance(Token.Name, Token.Rbrace);
      }
    }
    return new IfStmt(pos, init, cond, then, else_);
  }

  private switchStmt(): SwitchStmt {
    const pos = this.pos();
    const [init, tag] = this.header(Token.Switch);
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("missing { after switch clause");
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const body: CaseClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) body.push(this.caseClause());
    const rbrace = this.pos();
    this.want(Token.Rbrace);
    return new SwitchStmt(pos, init, tag, body, rbrace);
  }

  private selectStmt(): SelectStmt {
    const pos = this.pos();
    this.want(Token.Select);
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("missing { after select clause");
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const body: CommClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) body.push(this.commClause());
    const rbrace = this.pos();
    this.want(Token.Rbrace);
    return new SelectStmt(pos, body, rbrace);
  }

  private caseClause(): CaseClause {
    const pos = this.pos();
    let cases: Expr | null = null;
    switch (this.tok) {
      case Token.Case:
        this.next();
        cases = this.exprList();
        break;
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError("expected case or default or }");
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.pos();
    this.want(Token.Colon);
    return new CaseClause(pos, cases, this.stmtList(), colon);
  }

  private commClause(): CommClause {
    const pos = this.pos();
    let comm: SimpleStmt | null = null;
    switch (this.tok) {
      case Token.Case:
        this.next();
        // Only sends, receives and assignments of receives are valid here; the type checker
        // rejects the other simple statements.
        comm = this.simpleStmt(null, Token.None);
        break;
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError("expected case or default or }");
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.pos();
    this.want(Token.Colon);
    return new CommClause(pos, comm, this.stmtList(), colon);
  }

  /** go or defer followed by a call. */
  private callStmt(): CallStmt {
    const pos = this.pos();
    const tok = this.tok;
    this.next();
    let x = this.pexpr(null, this.tok === Token.Lparen); // keep parens so we can report an error
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${tok === Token.Go ? "go" : "defer"} must not be parenthesized`);
      // already progressed, no need to advance
      x = t;
    }
    return new CallStmt(pos, tok, x);
  }

  /** Parses a statement if one is present, or returns null. */
  stmtOrNil(): Stmt | null {
    // Most statements (assignments) start with an identifier.
    if (this.tok === Token.Name) {
      this.clearPragma();
      const lhs = this.exprList();
      if (lhs.kind === NodeKind.Name && this.tok === Token.Colon) return this.labeledStmtOrNil(lhs);
      return this.simpleStmt(lhs, Token.None) as Stmt; // never a RangeClause without "for"
    }

    switch (this.tok) {
      case Token.Var: return this.declStmt((g) => this.varDecl(g));
      case Token.Const: return this.declStmt((g) => this.constDecl(g));
      case Token.Type: return this.declStmt((g) => this.typeDecl(g));
    }

    this.clearPragma();

    switch (this.tok) {
      case Token.Lbrace:
        return this.blockStmt("");

      case Token.Operator:
      case Token.Star:
        switch (this.op) {
          case Operator.Add: case Operator.Sub: case Operator.Mul:
          case Operator.And: case Operator.Xor: case Operator.Not:
            return this.simpleStmt(null, Token.None) as Stmt; // unary operators
        }
        break;

      case Token.Literal: case Token.Func: case Token.Lparen: // operands
      case Token.Lbrack: case Token.Struct: case Token.Map: case Token.Chan: case Token.Interface: // composite types
      case Token.Arrow: // receive operator
        return this.simpleStmt(null, Token.None) as Stmt;

      case Token.For:
        return this.forStmt();
      case Token.Switch:
        return this.switchStmt();
      case Token.Select:
        return this.selectStmt();
      case Token.If:
        return this.ifStmt();

      case Token.Fallthrough: {
        const pos = this.pos();
        this.next();
        this.nbranches++;
        return new BranchStmt(pos, Token.Fallthrough, null);
      }

      case Token.Break:
      case Token.Continue: {
        const pos = this.pos();
        const tok = this.tok;
        this.next();
        let label: Name | null = null;
        if (this.tok === Token.Name) label = this.name();
        this.nbranches++;
        return new BranchStmt(pos, tok, label);
      }

      case Token.Go:
      case Token.Defer:
        return this.callStmt();

      case Token.Goto: {
        const pos = this.pos();
        this.next();
        this.nbranches++;
        return new BranchStmt(pos, Token.Goto, this.name());
      }

      case Token.Return: {
        const pos = this.pos();
        this.next();
        let results: Expr | null = null;
        if (this.tok !== Token.Semi && this.tok !== Token.Rbrace) results = this.exprList();
        return new ReturnStmt(pos, results);
      }

      case Token.Semi:
        return new EmptyStmt(this.pos());
    }

    return null;
  }

  // StatementList = { Statement ";" } .
  stmtList(): Stmt[] {
    const l: Stmt[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace && this.tok !== Token.Case && this.tok !== Token.Default) {
      const s = this.stmtOrNil();
      this.clearPragma();
      if (s === null) break;
      l.push(s);
      // ";" is optional before "}"
      if (!this.got(Token.Semi) && this.tok !== Token.Rbrace) {
        this.syntaxError("at end of statement");
        this.advance(Token.Semi, Token.Rbrace, Token.Case, Token.Default);
        this.got(Token.Semi); // avoid a spurious empty statement
      }
    }
    return l;
  }
}

function tokstringKw(tok: Token): string {
  return tok === Token.For ? "for" : tok === Token.If ? "if" : "switch";
}

/** x as a string, with a top-level binary expression in parentheses. */
function emphasize(x: Expr): string {
  const s = exprString(x);
  if (x.kind === NodeKind.Operation && x.y !== null) return "(" + s + ")";
  return s;
}
