// Parsing of types: type literals, parameter and type parameter lists, struct fields,
// interface elements (methods, embedded types, unions and ~T terms), type instances.
//
// Parameter lists are parsed without knowing whether a name is a parameter name or a type
// (`func(a, b int)` vs `func(a, b)`); fields are collected in a mutable draft form and the
// types distributed afterwards, as the spec's grammar requires.

import { ParserCore, tokstring } from "./parse_core.js";
import { LitKind, Operator, Token } from "./token.js";
import type { Pos } from "../source/index.js";
import {
  ArrayType, BadExpr, BasicLit, ChanDir, ChanType, DotsType, Expr, Field, FuncType, IndexExpr,
  InterfaceType, ListExpr, MapType, Name, NodeKind, Operation, SelectorExpr, SliceType, StructType,
  startPos, unparen,
} from "./nodes.js";

/** A parameter while its list is still being parsed: name and type may change. */
interface DraftField {
  pos: Pos;
  name: Name | null;
  type: Expr | null;
}

export abstract class TypeParser extends ParserCore {
  // Type = TypeName | TypeLit | "(" Type ")" .
  type_(): Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError("expected type");
      this.advance(Token.Comma, Token.Colon, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    }
    return typ;
  }

  /** Like type_ but returns null instead of reporting an error when there is no type. */
  typeOrNil(): Expr | null {
    const pos = this.pos();
    switch (this.tok) {
      case Token.Star:
        // ptrtype
        this.next();
        return new Operation(pos, Operator.Mul, this.type_(), null);

      case Token.Arrow: {
        // recvchantype
        this.next();
        this.want(Token.Chan);
        return new ChanType(pos, ChanDir.RecvOnly, this.chanElem());
      }

      case Token.Func: {
        this.next();
        return this.funcType("function type")[1];
      }

      case Token.Lbrack:
        // '[' oexpr ']' ntype  or  '[' ... ']' ntype
        this.next();
        if (this.got(Token.Rbrack)) return this.sliceType(pos);
        return this.arrayType(pos, null);

      case Token.Chan: {
        // chan non_recvchantype  or  chan <- ntype
        this.next();
        let dir = ChanDir.Both;
        if (this.got(Token.Arrow)) dir = ChanDir.SendOnly;
        return new ChanType(pos, dir, this.chanElem());
      }

      case Token.Map: {
        this.next();
        this.want(Token.Lbrack);
        const key = this.type_();
        this.want(Token.Rbrack);
        return new MapType(pos, key, this.type_());
      }

      case Token.Struct:
        return this.structType();

      case Token.Interface:
        return this.interfaceType();

      case Token.Name:
        return this.qualifiedName(null);

      case Token.Lparen: {
        this.next();
        const t = this.type_();
        this.want(Token.Rparen);
        return t;
      }
    }
    return null;
  }

  typeInstance(typ: Expr): Expr {
    const pos = this.pos();
    this.want(Token.Lbrack);
    let index: Expr;
    if (this.tok === Token.Rbrack) {
      this.syntaxError("expected type argument list");
      index = this.badExpr();
    } else {
      index = this.typeList(true)[0];
    }
    this.want(Token.Rbrack);
    return new IndexExpr(pos, typ, index);
  }

  /** Signature with optional type parameters. If context is not "", type parameters are errors. */
  funcType(context: string): [Field[] | null, FuncType] {
    const pos = this.pos();
    let tparamList: Field[] | null = null;
    if (this.got(Token.Lbrack)) {
      if (context !== "") {
        // accept but complain
        this.syntaxErrorAt(pos, context + " must have no type parameters");
      }
      if (this.tok === Token.Rbrack) {
        this.syntaxError("empty type parameter list");
        this.next();
      } else {
        tparamList = this.paramList(null, null, Token.Rbrack, true);
      }
    }
    this.want(Token.Lparen);
    const params = this.paramList(null, null, Token.Rparen, false);
    const results = this.funcResult();
    return [tparamList, new FuncType(pos, params, results)];
  }

  /** "[" has been consumed at pos; len is an already parsed length, or null. */
  arrayType(pos: Pos, len: Expr | null): Expr {
    if (len === null && !this.got(Token.DotDotDot)) {
      this.xnest++;
      len = this.expr();
      this.xnest--;
    }
    if (this.tok === Token.Comma) {
      // Trailing commas are accepted in type parameter lists but not in array types.
      this.syntaxError("unexpected comma; expected ]");
      this.next();
    }
    this.want(Token.Rbrack);
    return new ArrayType(pos, len, this.type_());
  }

  /** "[" and "]" have been consumed; pos is the position of "[". */
  sliceType(pos: Pos): Expr {
    return new SliceType(pos, this.type_());
  }

  chanElem(): Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError("missing channel element type");
      // assume the element type is simply absent - don't advance
    }
    return typ;
  }

  // StructType = "struct" "{" { FieldDecl ";" } "}" .
  structType(): StructType {
    const pos = this.pos();
    const fields: Field[] = [];
    const tags: (BasicLit | null)[] = [];
    this.want(Token.Struct);
    this.want(Token.Lbrace);
    this.list("struct type", Token.Semi, Token.Rbrace, () => {
      this.fieldDecl(fields, tags);
      return false;
    });
    return new StructType(pos, fields, tags);
  }

  // InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
  interfaceType(): InterfaceType {
    const pos = this.pos();
    const methods: Field[] = [];
    this.want(Token.Interface);
    this.want(Token.Lbrace);
    this.list("interface type", Token.Semi, Token.Rbrace, () => {
      let f: DraftField | null = null;
      if (this.tok === Token.Name) f = this.methodDecl();
      if (f === null || f.name === null) f = this.embeddedElem(f);
      methods.push(finish(f));
      return false;
    });
    return new InterfaceType(pos, methods);
  }

  // Result = Parameters | Type .
  funcResult(): Field[] {
    if (this.got(Token.Lparen)) return this.paramList(null, null, Token.Rparen, false);
    const pos = this.pos();
    const typ = this.typeOrNil();
    if (typ !== null) return [new Field(pos, null, typ)];
    return [];
  }

  private addField(fields: Field[], tags: (BasicLit | null)[], pos: Pos, name: Name | null, typ: Expr, tag: BasicLit | null): void {
    if (tag !== null) {
      while (tags.length < fields.length) tags.push(null);
      tags.push(tag);
    }
    fields.push(new Field(pos, name, typ));
  }

  // FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
  // AnonymousField = [ "*" ] TypeName .
  // Tag            = string_lit .
  private fieldDecl(fields: Field[], tags: (BasicLit | null)[]): void {
    const pos = this.pos();
    switch (this.tok) {
      case Token.Name: {
        const name = this.name();
        if (this.tok === Token.Dot || this.tok === Token.Literal || this.tok === Token.Semi || this.tok === Token.Rbrace) {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          this.addField(fields, tags, pos, null, typ, tag);
          break;
        }

        // name1, name2, ... Type [ tag ]
        const names = this.nameList(name);
        let typ: Expr;
        // We don't know yet whether this is an embedded instantiated type T[P1, P2, ...]
        // or a field T of array/slice type [P]E or []E.
        if (names.length === 1 && this.tok === Token.Lbrack) {
          typ = this.arrayOrTArgs(name);
          if (typ.kind === NodeKind.IndexExpr) {
            // embedded type T[P1, P2, ...]
            const tag = this.oliteral();
            this.addField(fields, tags, pos, null, typ, tag);
            break;
          }
        } else {
          // T P
          typ = this.type_();
        }
        const tag = this.oliteral();
        for (const n of names) this.addField(fields, tags, n.pos, n, typ, tag);
        break;
      }

      case Token.Star: {
        this.next();
        let typ: Expr;
        if (this.tok === Token.Lparen) {
          // *(T)
          this.syntaxError("cannot parenthesize embedded type");
          this.next();
          typ = this.qualifiedName(null);
          this.got(Token.Rparen); // no need to complain if missing
        } else {
          // *T
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        this.addField(fields, tags, pos, null, new Operation(pos, Operator.Mul, typ, null), tag);
        break;
      }

      case Token.Lparen: {
        this.syntaxError("cannot parenthesize embedded type");
        this.next();
        let typ: Expr;
        if (this.tok === Token.Star) {
          // (*T)
          const pos = this.pos();
          this.next();
          typ = new Operation(pos, Operator.Mul, this.qualifiedName(null), null);
        } else {
          // (T)
          typ = this.qualifiedName(null);
        }
        this.got(Token.Rparen); // no need to complain if missing
        const tag = this.oliteral();
        this.addField(fields, tags, pos, null, typ, tag);
        break;
      }

      default:
        this.syntaxError("expected field name or embedded type");
        this.advance(Token.Semi, Token.Rbrace);
    }
  }

  /**
   * After a name x at "[": parses either an array or slice type ([n]E, []E) or type arguments
   * (x[n,], x[n1, n2]); the latter is returned as an IndexExpr on x.
   */
  arrayOrTArgs(x: Expr): Expr {
    const pos = this.pos();
    this.want(Token.Lbrack);
    if (this.got(Token.Rbrack)) return this.sliceType(pos);

    // x [n]E or x[n,], x[n1, n2], ...
    const [n, comma] = this.typeList(false);
    this.want(Token.Rbrack);
    if (!comma) {
      const elem = this.typeOrNil();
      if (elem !== null) {
        // x [n]E
        return new ArrayType(pos, n, elem);
      }
    }
    // x[n,], x[n1, n2], ...
    return new IndexExpr(pos, x, n);
  }

  oliteral(): BasicLit | null {
    if (this.tok === Token.Literal) {
      const b = new BasicLit(this.pos(), this.lit, this.kind, this.bad);
      this.next();
      return b;
    }
    return null;
  }

  // MethodSpec        = MethodName Signature | InterfaceTypeName .
  // MethodName        = identifier .
  // InterfaceTypeName = TypeName .
  private methodDecl(): DraftField {
    const f: DraftField = { pos: this.pos(), name: null, type: null };
    const name = this.name();
    const context = "interface method";

    switch (this.tok) {
      case Token.Lparen:
        // method
        f.name = name;
        f.type = this.funcType(context)[1];
        break;

      case Token.Lbrack: {
        // A generic method m[T C](x T) (accepted, with an error) or an embedded instantiated
        // type T[P1, P2]: we can tell only after the bracketed list.
        const pos = this.pos();
        this.next();

        // Empty type parameter or argument lists are not permitted; treat as if [] were absent.
        if (this.tok === Token.Rbrack) {
          // name[]
          const pos = this.pos();
          this.next();
          if (this.tok === Token.Lparen) {
            // name[](
            this.errorAt(pos, "empty type parameter list");
            f.name = name;
            f.type = this.funcType(context)[1];
          } else {
            this.errorAt(pos, "empty type argument list");
            f.type = name;
          }
          break;
        }

        // A type argument list looks like a parameter list with only types.
        const list = this.paramList(null, null, Token.Rbrack, false);
        if (list.length === 0) {
          // Errors were reported by paramList; treat as if [] were absent.
          if (this.tok === Token.Lparen) {
            f.name = name;
            f.type = this.funcType(context)[1];
          } else {
            f.type = name;
          }
          break;
        }

        if (list[0]!.name !== null) {
          // generic method
          f.name = name;
          f.type = this.funcType(context)[1];
          this.errorAt(pos, "interface method must have no type parameters");
          break;
        }

        // embedded instantiated type
        let index: Expr;
        if (list.length === 1) {
          index = list[0]!.type;
        } else {
          index = new ListExpr(list[0]!.pos, list.map((p) => p.type));
        }
        f.type = new IndexExpr(pos, name, index);
        break;
      }

      default:
        // embedded type
        f.type = this.qualifiedName(name);
    }
    return f;
  }

  // EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
  private embeddedElem(f: DraftField | null): DraftField {
    if (f === null) {
      const pos = this.pos();
      f = { pos, name: null, type: this.embeddedTerm() };
    }
    while (this.tok === Token.Operator && this.op === Operator.Or) {
      const pos = this.pos();
      this.next();
      f.type = new Operation(pos, Operator.Or, f.type!, this.embeddedTerm());
    }
    return f;
  }

  // EmbeddedTerm = [ "~" ] Type .
  private embeddedTerm(): Expr {
    if (this.tok === Token.Operator && this.op === Operator.Tilde) {
      const pos = this.pos();
      this.next();
      return new Operation(pos, Operator.Tilde, this.type_(), null);
    }
    let t = this.typeOrNil();
    if (t === null) {
      t = this.badExpr();
      this.syntaxError("expected ~ term or type");
      this.advance(Token.Operator, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    }
    return t;
  }

  // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
  private paramDeclOrNil(name: Name | null, follow: Token): DraftField | null {
    // type parameter lists (closed by ]) allow ~T and unions
    const typeSetsOk = follow === Token.Rbrack;

    let pos = this.pos();
    if (name !== null) {
      pos = name.pos;
    } else if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Tilde) {
      // "~" ...
      return this.embeddedElem(null);
    }

    let f: DraftField = { pos, name: null, type: null };

    if (this.tok === Token.Name || name !== null) {
      if (name === null) name = this.name();

      if (this.tok === Token.Lbrack) {
        // name "[" ...
        const t = this.arrayOrTArgs(name);
        f.type = t;
        if (t.kind !== NodeKind.IndexExpr) {
          // name "[" n "]" E
          f.name = name;
        }
        if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or) {
          // name "[" ... "]" "|" ...
          f = this.embeddedElem(f);
        }
        return f;
      }

      if (this.tok === Token.Dot) {
        // name "." ...
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or) {
          f = this.embeddedElem(f);
        }
        return f;
      }

      if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or) {
        // name "|" ...
        f.type = name;
        return this.embeddedElem(f);
      }

      f.name = name;
    }

    if (this.tok === Token.DotDotDot) {
      // [name] "..." ...
      const pos = this.pos();
      this.next();
      let elem = this.typeOrNil();
      if (elem === null) {
        elem = this.badExpr();
        this.syntaxError("... is missing type");
      }
      f.type = new DotsType(pos, elem);
      return f;
    }

    if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Tilde) {
      // [name] "~" ...
      f.type = this.embeddedElem(null).type;
      return f;
    }

    f.type = this.typeOrNil();
    if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or && f.type !== null) {
      // [name] type "|"
      f = this.embeddedElem(f);
    }
    if (f.name !== null || f.type !== null) return f;

    this.syntaxError("expected " + tokstring(follow));
    this.advance(Token.Comma, follow);
    return null;
  }

  /**
   * Parameters    = "(" [ ParameterList [ "," ] ] ")" .
   * ParameterList = ParameterDecl { "," ParameterDecl } .
   * "(" or "[" has been consumed. name, if set, is the first name after it; typ, if set, its
   * type. In the result either every field has a name or none has.
   */
  paramList(name: Name | null, typ: Expr | null, close: Token, requireNames: boolean): Field[] {
    // If we already have a complete field and are at the end, list() would not call us.
    if (name !== null && typ !== null && this.tok === close) {
      this.next();
      return [new Field(name.pos, name, typ)];
    }

    const list: DraftField[] = [];
    let named = 0; // parameters with an explicit name and type
    let typed = 0; // parameters with an explicit type
    const end = this.list("parameter list", Token.Comma, close, () => {
      let par: DraftField | null;
      if (typ !== null) {
        par = { pos: name!.pos, name, type: typ };
      } else {
        par = this.paramDeclOrNil(name, close);
      }
      name = null; // the first name was consumed if present
      typ = null;  // the first type was consumed if present
      if (par !== null) {
        if (par.name !== null && par.type !== null) named++;
        if (par.type !== null) typed++;
        list.push(par);
      }
      return false;
    });

    if (list.length === 0) return [];

    // distribute parameter types
    if (named === 0 && !requireNames) {
      // all unnamed and not a type parameter list: the names found are types
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named !== list.length) {
      // some named, or a type parameter list: all must be named
      let errPos = 0; // leftmost error position, or 0
      let t: Expr | null = null; // current type, from right to left
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i]!;
        if (par.type !== null) {
          t = par.type;
          if (par.name === null) {
            errPos = startPos(t);
            par.name = new Name(errPos, "_");
          }
        } else if (t !== null) {
          par.type = t;
        } else {
          // only a name
          errPos = par.name!.pos;
          par.type = new BadExpr(errPos);
        }
      }
      if (errPos !== 0) {
        let msg: string;
        if (requireNames) {
          // If named == typed, the parameters without types are at the end (otherwise the
          // sweep above would have given them types): their constraints are missing.
          if (named === typed) {
            errPos = end; // at the closing ]
            msg = "missing type constraint";
          } else {
            msg = "missing type parameter name";
            if (list.length === 1) msg += " or invalid array length";
          }
        } else {
          msg = "mixed named and unnamed parameters";
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }

    return list.map(finish);
  }

  // ------------------------------------------------------------------------------------------
  // Common productions

  name(): Name {
    if (this.tok === Token.Name) {
      const n = new Name(this.pos(), this.lit);
      this.next();
      return n;
    }
    const n = new Name(this.pos(), "_");
    this.syntaxError("expected name");
    this.advance();
    return n;
  }

  // IdentifierList = identifier { "," identifier } .
  nameList(first: Name): Name[] {
    const l = [first];
    while (this.got(Token.Comma)) l.push(this.name());
    return l;
  }

  /** TypeName [TypeArgs]; name, if set, is the already parsed first name. */
  qualifiedName(name: Name | null): Expr {
    let x: Expr;
    if (name !== null) {
      x = name;
    } else if (this.tok === Token.Name) {
      x = this.name();
    } else {
      x = new Name(this.pos(), "_");
      this.syntaxError("expected name");
      this.advance(Token.Dot, Token.Semi, Token.Rbrace);
    }
    if (this.tok === Token.Dot) {
      const pos = this.pos();
      this.next();
      x = new SelectorExpr(pos, x, this.name());
    }
    if (this.tok === Token.Lbrack) x = this.typeInstance(x);
    return x;
  }

  /**
   * typeList = arg { "," arg } [ "," ] . With strict false the first element may be any
   * expression. Several elements make a ListExpr. comma reports a (separating or trailing) ",".
   */
  typeList(strict: boolean): [Expr, boolean] {
    let comma = false;
    this.xnest++;
    let x = strict ? this.type_() : this.expr();
    if (this.got(Token.Comma)) {
      comma = true;
      let t = this.typeOrNil();
      if (t !== null) {
        const list = [x, t];
        while (this.got(Token.Comma)) {
          t = this.typeOrNil();
          if (t === null) break;
          list.push(t);
        }
        x = new ListExpr(x.pos, list);
      }
    }
    this.xnest--;
    return [x, comma];
  }

  /**
   * list = [ f { sep f } [sep] ] close . Calls f for each element until it returns true;
   * returns the position of the closing token.
   */
  list(context: string, sep: Token, close: Token, f: () => boolean): Pos {
    let done = false;
    while (this.tok !== Token.EOF && this.tok !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.tok !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
        if (this.tok !== close) {
          // the position is approximate; an error was reported already
          return this.pos();
        }
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }
}

function finish(f: DraftField): Field {
  return new Field(f.pos, f.name, f.type ?? new BadExpr(f.pos));
}

// Re-exported for the expression layer.
export { unparen, LitKind };
