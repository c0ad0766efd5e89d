// The parser's top layer: source files and declarations (import, const, type, var, func),
// and the parseFile entry point.
//
// A type declaration `type T[P C] ...` vs `type T [N]E` is decided as gc decides it: the
// bracketed expression is parsed first and then split into a type parameter name and
// constraint where the syntax allows (extractName).

import { Source } from "../source/index.js";
import { DiagnosticSink } from "../diag/index.js";
import { ParseOptions } from "./parse_core.js";
import { StmtParser } from "./parse_stmt.js";
import { isTypeElem } from "./parse_expr.js";
import { LitKind, Operator, Token } from "./token.js";
import {
  BasicLit, CallExpr, ConstDecl, Decl, Expr, Field, File, FuncDecl, FuncType, Group, ImportDecl, Name,
  NodeKind, Operation, Pragma, TypeDecl, VarDecl,
} from "./nodes.js";

export type { ParseOptions };

/**
 * Parses one source file. Every syntax error is reported to sink (unfiltered: gc's one error
 * per line rule is applied by the driver). Always returns a File, possibly partial.
 */
export function parseFile(src: Source, sink: DiagnosticSink, opts: ParseOptions = {}): File {
  const p = new Parser(src, sink, opts);
  try {
    p.next();
    return p.fileOrNil();
  } catch (e) {
    // The parser is recursive descent: input nested thousands of levels deep (which gc, with
    // its growable stacks, would accept) exhausts the JS stack. That is an implementation
    // limit, reported as an error rather than a crash.
    if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) throw e;
    p.errorAt(p.pos(), "syntax error: nesting too deep (gots implementation limit)");
    return new File(src.pos(0), src, [], new Name(src.pos(0), "_"), [], p.pos(), "", [], []);
  }
}

class Parser extends StmtParser {
  /** Declarations that took directives, for the placement check (pragma.ts). */
  private readonly pragmaDecls: Decl[] = [];

  /** Records d if it carries directives. */
  private noteDecl<D extends Decl>(d: D): D {
    if (d.pragmas.length > 0) this.pragmaDecls.push(d);
    return d;
  }

  // SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
  fileOrNil(): File {
    const pos = this.pos();
    const goVersion = this.goVersion;
    this.top = false;
    const decls: Decl[] = [];
    const finish = (pkg: Name, pragmas: readonly Pragma[]) =>
      new File(pos, this.source, pragmas, pkg, decls, this.pos(), goVersion, this.directives, this.pragmaDecls);

    // PackageClause
    if (!this.got(Token.Package)) {
      this.syntaxError("package statement must be first");
      return finish(new Name(pos, "_"), []);
    }
    const pragmas = this.takePragma();
    const pkgName = this.name();
    this.want(Token.Semi);

    // don't bother continuing if the package clause has errors
    if (this.hasFirst) return finish(pkgName, pragmas);

    // Imports after other declarations are parsed anyway (and reported), to recover well.
    // { ( ImportDecl | TopLevelDecl ) ";" }
    let prev = Token.Import;
    while (this.tok !== Token.EOF) {
      if (this.tok === Token.Import && prev !== Token.Import) {
        this.syntaxError("imports must appear before other declarations");
      }
      prev = this.tok;

      switch (this.tok) {
        case Token.Import:
          this.next();
          this.appendGroup(decls, (g) => this.importDecl(g));
          break;
        case Token.Const:
          this.next();
          this.appendGroup(decls, (g) => this.constDecl(g));
          break;
        case Token.Type:
          this.next();
          this.appendGroup(decls, (g) => this.typeDecl(g));
          break;
        case Token.Var:
          this.next();
          this.appendGroup(decls, (g) => this.varDecl(g));
          break;
        case Token.Func: {
          this.next();
          const d = this.funcDeclOrNil();
          if (d !== null) decls.push(d);
          break;
        }
        default: {
          const last = decls[decls.length - 1];
          if (this.tok === Token.Lbrace && last !== undefined && last.kind === NodeKind.FuncDecl && last.body === null) {
            // opening { of a function declaration on the next line
            this.syntaxError("unexpected semicolon or newline before {");
          } else {
            this.syntaxError("non-declaration statement outside function body");
          }
          this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
          continue;
        }
      }

      // Reset the pragma BEFORE advancing to the next token (consuming ';'): comments
      // before it may set pragmas for the next function declaration.
      this.clearPragma();

      if (this.tok !== Token.EOF && !this.got(Token.Semi)) {
        this.syntaxError("after top level declaration");
        this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
      }
    }

    this.clearPragma();
    return finish(pkgName, pragmas);
  }

  // one declaration, or a parenthesized group of them (the last ";" may be left out)
  appendGroup(list: Decl[], f: (g: Group | null) => Decl | null): void {
    if (this.tok === Token.Lparen) {
      const g = new Group(this.pos());
      this.clearPragma();
      this.next(); // must consume "(" after calling clearPragma!
      this.list("grouped declaration", Token.Semi, Token.Rparen, () => {
        const x = f(g);
        if (x !== null) list.push(x);
        return false;
      });
    } else {
      const x = f(null);
      if (x !== null) list.push(x);
    }
  }

  // ImportSpec = [ "." | PackageName ] ImportPath .
  // ImportPath = string_lit .
  importDecl(group: Group | null): Decl {
    const pos = this.pos();
    const pragmas = this.takePragma();
    let local: Name | null = null;
    switch (this.tok) {
      case Token.Name:
        local = this.name();
        break;
      case Token.Dot:
        local = new Name(this.pos(), ".");
        this.next();
        break;
    }
    let path = this.oliteral();
    if (path === null) {
      this.syntaxError("missing import path");
      this.advance(Token.Semi, Token.Rparen);
      return this.noteDecl(new ImportDecl(pos, group, pragmas, local, null));
    }
    if (!path.bad && path.litKind !== LitKind.String) {
      this.syntaxErrorAt(path.pos, "import path must be a string");
      path = new BasicLit(path.pos, path.value, path.litKind, true);
    }
    return this.noteDecl(new ImportDecl(pos, group, pragmas, local, path));
  }

  // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
  constDecl(group: Group | null): Decl {
    const pos = this.pos();
    const pragmas = this.takePragma();
    const names = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr | null = null;
    if (this.tok !== Token.EOF && this.tok !== Token.Semi && this.tok !== Token.Rparen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return this.noteDecl(new ConstDecl(pos, group, pragmas, names, type, values));
  }

  // TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
  typeDecl(group: Group | null): Decl {
    const pos = this.pos();
    const pragmas = this.takePragma();
    const name = this.name();
    let tparams: Field[] | null = null;
    let alias = false;
    let type: Expr | null;

    if (this.tok === Token.Lbrack) {
      // name "[" ...: an array or slice type, or a type parameter list
      const lpos = this.pos();
      this.next();
      switch (this.tok) {
        case Token.Name: {
          // An array length expression or the start of a type parameter list: parse an
          // expression x and analyze it. A type parameter's constraint may start with "["
          // (P []E); index or slice expressions are never constant array lengths, so a name
          // followed by "[" starts a constraint and we need not parse a full expression.
          let x: Expr = this.name();
          if (this.tok !== Token.Lbrack) {
            // The call sequence of expr() with name as operand.
            this.xnest++;
            x = this.binaryExpr(this.pexpr(x, false), 0);
            this.xnest--;
          }
          // If x splits into a type parameter name and an optional type, this is a type
          // parameter list; a lone name followed by "]" tilts towards an array declaration,
          // a type that could be a value followed by "," towards a type parameter list.
          const [pname, ptype] = extractName(x, this.tok === Token.Comma);
          if (pname !== null && (ptype !== null || this.tok !== Token.Rbrack)) {
            tparams = this.paramList(pname, ptype, Token.Rbrack, true);
            alias = this.gotAssign();
            type = this.typeOrNil();
          } else {
            type = this.arrayType(lpos, x);
          }
          break;
        }
        case Token.Rbrack:
          // name "[" "]" ...
          this.next();
          type = this.sliceType(lpos);
          break;
        default:
          // name "[" ...
          type = this.arrayType(lpos, null);
      }
    } else {
      alias = this.gotAssign();
      type = this.typeOrNil();
    }

    if (type === null) {
      type = this.badExpr();
      this.syntaxError("in type declaration");
      this.advance(Token.Semi, Token.Rparen);
    }
    return this.noteDecl(new TypeDecl(pos, group, pragmas, name, tparams, alias, type));
  }

  // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
  varDecl(group: Group | null): Decl {
    const pos = this.pos();
    const pragmas = this.takePragma();
    const names = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr | null = null;
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return this.noteDecl(new VarDecl(pos, group, pragmas, names, type, values));
  }

  // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
  // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
  private funcDeclOrNil(): FuncDecl | null {
    const pos = this.pos();
    const pragmas = this.takePragma();
    let recv: Field | null = null;
    let context = "";
    if (this.got(Token.Lparen)) {
      context = "method";
      const rcvr = this.paramList(null, null, Token.Rparen, false);
      switch (rcvr.length) {
        case 0:
          this.error("method has no receiver");
          break;
        default:
          this.error("method has multiple receivers");
          recv = rcvr[0]!;
          break;
        case 1:
          recv = rcvr[0]!;
      }
    }

    let name: Name;
    let tparams: Field[] | null = null;
    let type: FuncType;
    if (this.tok === Token.Name) {
      name = this.name();
      [tparams, type] = this.funcType(context);
    } else {
      name = new Name(this.pos(), "_");
      type = new FuncType(this.pos(), [], []);
      this.syntaxError(context !== "" ? "expected name" : "expected name or (");
      this.advance(Token.Lbrace, Token.Semi);
    }

    const body = this.tok === Token.Lbrace ? this.funcBody() : null;
    return this.noteDecl(new FuncDecl(pos, pragmas, recv, name, tparams, type, body));
  }
}

/**
 * Splits x into (name, expr) if x can be read as "name expr", where expr is a type element
 * (isTypeElem) or force is set. A plain name gives (name, null); no split gives (null, x).
 *
 *   x           force    name    expr
 *   P*[]int     T/F      P       *[]int
 *   P*E         T        P       *E
 *   P*E         F        null    P*E
 *   P([]int)    T/F      P       []int
 *   P(E)        T        P       E
 *   P*E|F|~G    T/F      P       *E|F|~G
 */
export function extractName(x: Expr, force: boolean): [Name | null, Expr | null] {
  switch (x.kind) {
    case NodeKind.Name:
      return [x, null];
    case NodeKind.Operation:
      if (x.y === null) break; // unary expression
      switch (x.op) {
        case Operator.Mul:
          if (x.x.kind === NodeKind.Name && (force || isTypeElem(x.y))) {
            // x = name *x.y: turn the operation into unary *x.y
            return [x.x, new Operation(x.pos, Operator.Mul, x.y, null)];
          }
          break;
        case Operator.Or: {
          const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
          if (name !== null && lhs !== null) {
            // x = name lhs|x.y
            return [name, new Operation(x.pos, Operator.Or, lhs, x.y)];
          }
          break;
        }
      }
      break;
    case NodeKind.CallExpr: {
      const c: CallExpr = x;
      if (c.fun.kind === NodeKind.Name) {
        if (c.argList.length === 1 && !c.hasDots && (force || isTypeElem(c.argList[0]!))) {
          // x = name "(" x.argList[0] ")"
          return [c.fun, c.argList[0]!];
        }
      }
      break;
    }
  }
  return [null, x];
}

export { ConstDecl, TypeDecl, VarDecl, ImportDecl };
