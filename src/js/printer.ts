// The JavaScript printer: turns the AST of ast.ts into source text, readable (two-space
// indentation) or minified, inserting parentheses only where precedence, associativity or a
// grammar restriction needs them, and recording source mappings for nodes with a Go position.
//
// esbuild's js_printer is the model: printExpr(expr, level, flags) prints expr in a context
// that binds at `level`; an expression whose own precedence is not higher than the context's
// is wrapped. Flags carry the grammar restrictions that are not precedence: `new` callees
// cannot contain an unparenthesised call, `in` is forbidden in a for-init, and an expression
// statement or arrow body cannot start with `{` or `function` (detected by comparing the output
// length with where the statement or body started).
import {
  BinOp, K, MemberKind, PropKind, UnOp,
  type Expr, type FuncParts, type Program, type PropKey, type Stmt, type Var,
} from "./ast.js";
import type { SourceMapBuilder } from "./sourcemap.js";
import { isIdentifierName, numberText, quoteString } from "./lexical.js";

/** Binding levels, loosest first. */
export enum L {
  Lowest, Comma, Spread, Yield, Assign, Conditional, NullishCoalescing, LogicalOr, LogicalAnd,
  BitwiseOr, BitwiseXor, BitwiseAnd, Equals, Compare, Shift, Add, Multiply, Exponentiation,
  Prefix, Postfix, New, Call, Member,
}

const ForbidCall = 1;
const ForbidIn = 2;

// Indexed by BinOp.
const BIN_TEXT: readonly string[] = [
  "+", "-", "*", "/", "%", "**",
  "<<", ">>", ">>>", "&", "|", "^",
  "<", "<=", ">", ">=", "==", "!=", "===", "!==", "in", "instanceof",
  "&&", "||", "??",
];
const BIN_LEVEL: readonly L[] = [
  L.Add, L.Add, L.Multiply, L.Multiply, L.Multiply, L.Exponentiation,
  L.Shift, L.Shift, L.Shift, L.BitwiseAnd, L.BitwiseOr, L.BitwiseXor,
  L.Compare, L.Compare, L.Compare, L.Compare, L.Equals, L.Equals, L.Equals, L.Equals, L.Compare, L.Compare,
  L.LogicalAnd, L.LogicalOr, L.NullishCoalescing,
];
// Indexed by UnOp.
const UN_TEXT: readonly string[] = ["!", "~", "-", "+", "typeof", "void", "delete"];
const DECL_TEXT: readonly string[] = ["var", "let", "const"];

export interface PrintOptions {
  /** Compact output: no indentation, newlines or optional spaces. */
  minify?: boolean;
  /** Records a mapping for every node that carries a position. */
  sourceMap?: SourceMapBuilder;
  /**
   * Escape every non-ASCII character in strings and identifiers (the default), so the output
   * means the same whatever encoding it is read with.
   */
  asciiOnly?: boolean;
}

/** Prints a whole program. */
export function printProgram(p: Program, opts: PrintOptions = {}): string {
  const pr = new Printer(opts);
  for (const s of p.body) pr.stmt(s);
  return pr.out;
}

/** Prints one statement (for tests and debugging output). */
export function printStmt(s: Stmt, opts: PrintOptions = {}): string {
  const pr = new Printer(opts);
  pr.stmt(s);
  return pr.out;
}

/** Prints one expression as it would appear in a context binding at `level`. */
export function printExpr(e: Expr, opts: PrintOptions = {}, level: L = L.Lowest): string {
  const pr = new Printer(opts);
  pr.expr(e, level, 0);
  return pr.out;
}

const isLogAndOr = (e: Expr): boolean => e.kind === K.Binary && (e.op === BinOp.LogAnd || e.op === BinOp.LogOr);
const isNullish = (e: Expr): boolean => e.kind === K.Binary && e.op === BinOp.Nullish;

class Printer {
  out = "";
  private readonly minify: boolean;
  private readonly ascii: boolean;
  private readonly sm: SourceMapBuilder | undefined;
  private indentLevel = 0;
  private line = 0;
  private lineStart = 0;
  // Output offsets where an expression statement / arrow expression body begins.
  private stmtStart = -1;
  private arrowStart = -1;

  constructor(opts: PrintOptions) {
    this.minify = opts.minify ?? false;
    this.ascii = opts.asciiOnly ?? true;
    this.sm = opts.sourceMap;
  }

  // ---- output primitives ----

  private mark(pos: number | undefined, name?: string): void {
    if (pos !== undefined && this.sm !== undefined) this.sm.add(this.line, this.out.length - this.lineStart, pos, name);
  }

  private space(): void {
    if (!this.minify) this.out += " ";
  }

  private newline(): void {
    if (!this.minify) {
      this.out += "\n";
      this.line++;
      this.lineStart = this.out.length;
    }
  }

  private indent(): void {
    if (!this.minify && this.indentLevel > 0) this.out += "  ".repeat(this.indentLevel);
  }

  /**
   * Writes an operator, separating it from the previous token where the two would run together:
   * `a - -b` (not `a--b`), `+ +x`, and `<! --x` (`<!--` opens an HTML comment in scripts).
   */
  private op(text: string): void {
    const out = this.out;
    const last = out.charCodeAt(out.length - 1);
    const c = text.charCodeAt(0);
    if ((c === 0x2b || c === 0x2d) && last === c) this.out += " ";
    else if (text === "--" && out.endsWith("<!")) this.out += " ";
    this.out += text;
  }

  private name(s: string): string {
    return this.ascii ? escapeIdentifier(s) : s;
  }

  // ---- expressions ----

  expr(e: Expr, level: L, flags: number): void {
    if (e.pos !== undefined) this.mark(e.pos, e.kind === K.Ident ? e.orig : undefined);
    switch (e.kind) {
      case K.Ident:
        this.out += this.name(e.name);
        return;
      case K.Num:
        this.number(e.value, level);
        return;
      case K.BigInt: {
        const v = e.value;
        if (v < 0n) this.wrapped(level >= L.Prefix, () => { this.op("-"); this.out += `${-v}n`; });
        else this.out += `${v}n`;
        return;
      }
      case K.Str:
        this.out += quoteString(e.value, this.ascii);
        return;
      case K.Bool:
        this.out += e.value ? "true" : "false";
        return;
      case K.Null:
        this.out += "null";
        return;
      case K.Undefined:
        this.out += "undefined";
        return;
      case K.This:
        this.out += "this";
        return;
      case K.Array:
        this.out += "[";
        this.list(e.elems);
        this.out += "]";
        return;
      case K.Object:
        this.object(e.props);
        return;
      case K.Dot: {
        this.expr(e.target, L.Postfix, flags & ForbidCall);
        const t = e.target;
        // `1.x` would read as the number `1.`; `1..x` is the integer 1 then `.x`.
        if (t.kind === K.Num && t.value >= 0 && !Object.is(t.value, -0) && /^\d+$/.test(numberText(t.value, this.minify))) this.out += ".";
        if (isIdentifierName(e.name) && (!this.ascii || /^[\x00-\x7f]*$/.test(e.name))) this.out += "." + e.name;
        else this.out += "[" + quoteString(e.name, this.ascii) + "]";
        return;
      }
      case K.Index:
        this.expr(e.target, L.Postfix, flags & ForbidCall);
        this.out += "[";
        this.expr(e.index, L.Lowest, 0);
        this.out += "]";
        return;
      case K.Call: {
        const wrap = level >= L.New || (flags & ForbidCall) !== 0;
        if (wrap) this.out += "(";
        this.expr(e.target, L.Postfix, 0);
        this.out += "(";
        this.list(e.args);
        this.out += ")";
        if (wrap) this.out += ")";
        return;
      }
      case K.New: {
        const wrap = level >= L.Call;
        if (wrap) this.out += "(";
        this.out += "new ";
        this.expr(e.target, L.New, ForbidCall);
        this.out += "(";
        this.list(e.args);
        this.out += ")";
        if (wrap) this.out += ")";
        return;
      }
      case K.Unary: {
        const wrap = level >= L.Prefix;
        if (wrap) this.out += "(";
        const op = e.op;
        if (op >= UnOp.Typeof) this.out += UN_TEXT[op] + " ";
        else this.op(UN_TEXT[op]!);
        this.expr(e.arg, L.Prefix - 1, 0);
        if (wrap) this.out += ")";
        return;
      }
      case K.Update: {
        const text = e.inc ? "++" : "--";
        if (e.prefix) {
          const wrap = level >= L.Prefix;
          if (wrap) this.out += "(";
          this.op(text);
          this.expr(e.arg, L.Prefix - 1, 0);
          if (wrap) this.out += ")";
        } else {
          const wrap = level >= L.Postfix;
          if (wrap) this.out += "(";
          this.expr(e.arg, L.Postfix - 1, 0);
          this.out += text;
          if (wrap) this.out += ")";
        }
        return;
      }
      case K.Binary:
        this.binary(e.op, e.left, e.right, level, flags);
        return;
      case K.Cond: {
        const wrap = level >= L.Conditional;
        if (wrap) { this.out += "("; flags = 0; }
        this.expr(e.test, L.Conditional, flags & ForbidIn);
        this.space();
        this.out += "?";
        this.space();
        this.expr(e.yes, L.Comma, 0);
        this.space();
        this.out += ":";
        this.space();
        this.expr(e.no, L.Comma, flags & ForbidIn);
        if (wrap) this.out += ")";
        return;
      }
      case K.Assign: {
        const wrap = level >= L.Assign;
        if (wrap) { this.out += "("; flags = 0; }
        this.expr(e.left, L.Assign, flags & ForbidIn);
        this.space();
        this.out += e.op === undefined ? "=" : BIN_TEXT[e.op] + "=";
        this.space();
        this.expr(e.right, L.Assign - 1, flags & ForbidIn);
        if (wrap) this.out += ")";
        return;
      }
      case K.Seq: {
        const wrap = level >= L.Comma;
        if (wrap) { this.out += "("; flags = 0; }
        for (let i = 0; i < e.exprs.length; i++) {
          if (i > 0) { this.out += ","; this.space(); }
          this.expr(e.exprs[i]!, L.Comma, flags & ForbidIn);
        }
        if (wrap) this.out += ")";
        return;
      }
      case K.Arrow: {
        const wrap = level >= L.Assign;
        if (wrap) this.out += "(";
        if (e.async) this.out += "async ";
        this.params(e.params, e.rest);
        this.space();
        this.out += "=>";
        this.space();
        if (Array.isArray(e.body)) this.body(e.body);
        else {
          this.arrowStart = this.out.length;
          this.expr(e.body, L.Comma, flags & ForbidIn);
        }
        if (wrap) this.out += ")";
        return;
      }
      case K.Func: {
        const wrap = this.out.length === this.stmtStart;
        if (wrap) this.out += "(";
        this.func(e.name, e);
        if (wrap) this.out += ")";
        return;
      }
      case K.Yield: {
        const wrap = level >= L.Assign;
        if (wrap) this.out += "(";
        this.out += e.delegate ? "yield*" : "yield";
        if (e.arg !== undefined) {
          this.out += " ";
          this.expr(e.arg, L.Yield, 0);
        }
        if (wrap) this.out += ")";
        return;
      }
      case K.Await: {
        const wrap = level >= L.Prefix;
        if (wrap) this.out += "(";
        this.out += "await ";
        this.expr(e.arg, L.Prefix - 1, 0);
        if (wrap) this.out += ")";
        return;
      }
      case K.Spread:
        this.out += "...";
        this.expr(e.arg, L.Comma, 0);
        return;
    }
  }

  private wrapped(wrap: boolean, f: () => void): void {
    if (wrap) this.out += "(";
    f();
    if (wrap) this.out += ")";
  }

  private number(v: number, level: L): void {
    if (v !== v) this.out += "NaN";
    else if (v < 0 || Object.is(v, -0)) {
      // A negative number is a unary minus: it binds like one.
      this.wrapped(level >= L.Prefix, () => {
        this.op("-");
        this.out += v === -Infinity ? "Infinity" : numberText(-v, this.minify);
      });
    } else this.out += v === Infinity ? "Infinity" : numberText(v, this.minify);
  }

  private binary(op: BinOp, left: Expr, right: Expr, level: L, flags: number): void {
    const lv = BIN_LEVEL[op]!;
    const wrap = level >= lv || (op === BinOp.In && (flags & ForbidIn) !== 0);
    if (wrap) { this.out += "("; flags = 0; }
    let leftLevel: L = lv - 1, rightLevel: L = lv;
    if (op === BinOp.Pow) {
      // Right-associative, and the left operand cannot be a unary expression: `(-1) ** 2`.
      leftLevel = L.Prefix;
      rightLevel = lv - 1;
    }
    // `??` does not mix with `||` or `&&` without parentheses, in either direction.
    if (op === BinOp.Nullish) {
      if (isLogAndOr(left)) leftLevel = L.Prefix;
      if (isLogAndOr(right)) rightLevel = L.Prefix;
    } else if (op === BinOp.LogAnd || op === BinOp.LogOr) {
      if (isNullish(left)) leftLevel = L.Prefix;
      if (isNullish(right)) rightLevel = L.Prefix;
    }
    this.expr(left, leftLevel, flags & ForbidIn);
    const text = BIN_TEXT[op]!;
    if (op === BinOp.In || op === BinOp.Instanceof) this.out += " " + text + " ";
    else if (this.minify) this.op(text);
    else this.out += " " + text + " ";
    this.expr(right, rightLevel, flags & ForbidIn);
    if (wrap) this.out += ")";
  }

  /** Comma-separated elements or arguments. */
  private list(items: Expr[]): void {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) { this.out += ","; this.space(); }
      this.expr(items[i]!, L.Comma, 0);
    }
  }

  private params(params: string[], rest: boolean | undefined): void {
    this.out += "(";
    for (let i = 0; i < params.length; i++) {
      if (i > 0) { this.out += ","; this.space(); }
      if (rest && i === params.length - 1) this.out += "...";
      this.out += this.name(params[i]!);
    }
    this.out += ")";
  }

  private func(name: string | undefined, f: FuncParts): void {
    if (f.async) this.out += "async ";
    this.out += f.generator ? "function*" : "function";
    if (name !== undefined) {
      if (!f.generator || !this.minify) this.out += " ";
      this.out += this.name(name);
    }
    this.params(f.params, f.rest);
    this.space();
    this.body(f.body);
  }

  private propKey(key: PropKey): void {
    if (typeof key !== "string") {
      this.out += "[";
      this.expr(key, L.Comma, 0);
      this.out += "]";
    } else if (isIdentifierName(key) && (!this.ascii || /^[\x00-\x7f]*$/.test(key))) this.out += key;
    else if (/^(0|[1-9]\d{0,14})$/.test(key)) this.out += key;
    else this.out += quoteString(key, this.ascii);
  }

  private object(props: { kind: PropKind; key: PropKey; value?: Expr; fn?: FuncParts }[]): void {
    const wrap = this.out.length === this.stmtStart || this.out.length === this.arrowStart;
    if (wrap) this.out += "(";
    if (props.length === 0) this.out += "{}";
    else {
      // Objects holding functions go one property per line; others stay on one line.
      const multiline = !this.minify && props.some((p) => p.fn !== undefined || (p.value !== undefined && (p.value.kind === K.Func || (p.value.kind === K.Arrow && Array.isArray(p.value.body)))));
      this.out += "{";
      if (multiline) { this.indentLevel++; this.newline(); } else this.space();
      for (let i = 0; i < props.length; i++) {
        const p = props[i]!;
        if (i > 0) {
          this.out += ",";
          if (multiline) this.newline(); else this.space();
        }
        if (multiline) this.indent();
        switch (p.kind) {
          case PropKind.Init:
            this.propKey(p.key);
            this.out += ":";
            this.space();
            this.expr(p.value!, L.Comma, 0);
            break;
          case PropKind.Spread:
            this.out += "...";
            this.expr(p.value!, L.Comma, 0);
            break;
          default:
            this.method(p.kind === PropKind.Get ? MemberKind.Get : p.kind === PropKind.Set ? MemberKind.Set : MemberKind.Method, p.key, p.fn!);
        }
      }
      if (multiline) { this.indentLevel--; this.newline(); this.indent(); } else this.space();
      this.out += "}";
    }
    if (wrap) this.out += ")";
  }

  private method(kind: MemberKind, key: PropKey, f: FuncParts): void {
    if (kind === MemberKind.Get) this.out += "get ";
    else if (kind === MemberKind.Set) this.out += "set ";
    if (f.async) this.out += "async ";
    if (f.generator) this.out += "*";
    this.propKey(key);
    this.params(f.params, f.rest);
    this.space();
    this.body(f.body);
  }

  // ---- statements ----

  /** `{ stmts }` starting at the current position, ending after `}`. */
  private body(stmts: Stmt[]): void {
    this.out += "{";
    if (stmts.length > 0) {
      this.newline();
      this.indentLevel++;
      for (const s of stmts) this.stmt(s);
      this.indentLevel--;
      this.indent();
    }
    this.out += "}";
  }

  /**
   * The body of if/for/while/labels: a block as `{ ... }`, anything else braced in readable
   * output and bare when minified. `forceBlock` braces it anyway (a `then` branch before `else`,
   * where a bare `if` would capture the else).
   */
  private sub(s: Stmt, forceBlock = false): void {
    if (s.kind === K.Block) {
      this.space();
      this.mark(s.pos);
      this.body(s.body);
    } else if (!this.minify || forceBlock) {
      this.space();
      this.body(s.kind === K.Empty ? [] : [s]);
    } else {
      const saved = this.indentLevel;
      this.indentLevel = 0;
      // `else x()` and `do x()` need a space; `)x()` does not.
      if (s.kind !== K.Empty && /[\w$]$/.test(this.out)) this.out += " ";
      this.stmt(s, true);
      this.indentLevel = saved;
    }
  }

  private semi(): void {
    this.out += ";";
    this.newline();
  }

  /** Prints one statement on its own line(s). `inline` omits the indentation. */
  stmt(s: Stmt, inline = false): void {
    if (!inline) this.indent();
    if (s.pos !== undefined) this.mark(s.pos);
    switch (s.kind) {
      case K.Var:
        this.varDecl(s, 0);
        this.semi();
        return;
      case K.ExprStmt:
        this.stmtStart = this.out.length;
        this.expr(s.expr, L.Lowest, 0);
        this.semi();
        return;
      case K.Block:
        this.body(s.body);
        this.newline();
        return;
      case K.If: {
        let cur: Stmt = s;
        for (;;) {
          if (cur.kind !== K.If) break;
          this.out += "if";
          this.space();
          this.out += "(";
          this.expr(cur.test, L.Lowest, 0);
          this.out += ")";
          const els: Stmt | undefined = cur.else;
          if (els === undefined) {
            this.sub(cur.then);
            this.newline();
            return;
          }
          this.sub(cur.then, true);
          this.space();
          this.out += "else";
          if (els.kind === K.If) {
            this.out += " ";
            cur = els;
            continue;
          }
          this.sub(els);
          this.newline();
          return;
        }
        return;
      }
      case K.For:
        this.out += "for";
        this.space();
        this.out += "(";
        if (s.init !== undefined) {
          if (s.init.kind === K.Var) this.varDecl(s.init, ForbidIn);
          else this.expr(s.init, L.Lowest, ForbidIn);
        }
        this.out += ";";
        if (s.test !== undefined) { this.space(); this.expr(s.test, L.Lowest, 0); }
        this.out += ";";
        if (s.update !== undefined) { this.space(); this.expr(s.update, L.Lowest, 0); }
        this.out += ")";
        this.loopBody(s.body);
        return;
      case K.ForOf:
      case K.ForIn:
        this.out += "for";
        this.space();
        this.out += "(";
        if (s.left.kind === K.Var) this.varDecl(s.left, ForbidIn);
        else this.expr(s.left, L.Postfix, ForbidIn);
        this.out += s.kind === K.ForOf ? " of " : " in ";
        this.expr(s.right, s.kind === K.ForOf ? L.Comma : L.Lowest, 0);
        this.out += ")";
        this.loopBody(s.body);
        return;
      case K.While:
        this.out += "while";
        this.space();
        this.out += "(";
        this.expr(s.test, L.Lowest, 0);
        this.out += ")";
        this.loopBody(s.body);
        return;
      case K.DoWhile:
        this.out += "do";
        if (s.body.kind === K.Block || !this.minify) this.sub(s.body);
        else { this.out += " "; this.stmt(s.body, true); }
        this.space();
        this.out += "while";
        this.space();
        this.out += "(";
        this.expr(s.test, L.Lowest, 0);
        this.out += ")";
        this.semi();
        return;
      case K.Labeled:
        // The labeled statement stays on the label's line.
        this.out += this.name(s.label) + ":";
        this.space();
        this.stmt(s.body, true);
        return;
      case K.Break:
      case K.Continue:
        this.out += s.kind === K.Break ? "break" : "continue";
        if (s.label !== undefined) this.out += " " + this.name(s.label);
        this.semi();
        return;
      case K.Return:
        this.out += "return";
        if (s.arg !== undefined) {
          this.out += " ";
          this.expr(s.arg, L.Lowest, 0);
        }
        this.semi();
        return;
      case K.Throw:
        this.out += "throw ";
        this.expr(s.arg, L.Lowest, 0);
        this.semi();
        return;
      case K.Try:
        this.out += "try";
        this.space();
        this.body(s.block);
        if (s.handler !== undefined) {
          this.space();
          this.out += "catch";
          this.space();
          if (s.param !== undefined) {
            this.out += "(" + this.name(s.param) + ")";
            this.space();
          }
          this.body(s.handler);
        }
        if (s.finalizer !== undefined) {
          this.space();
          this.out += "finally";
          this.space();
          this.body(s.finalizer);
        }
        this.newline();
        return;
      case K.Switch:
        this.out += "switch";
        this.space();
        this.out += "(";
        this.expr(s.disc, L.Lowest, 0);
        this.out += ")";
        this.space();
        this.out += "{";
        this.newline();
        this.indentLevel++;
        for (const c of s.cases) {
          this.indent();
          if (c.pos !== undefined) this.mark(c.pos);
          if (c.test !== undefined) {
            this.out += "case ";
            this.expr(c.test, L.Lowest, 0);
            this.out += ":";
          } else this.out += "default:";
          this.newline();
          this.indentLevel++;
          for (const b of c.body) this.stmt(b);
          this.indentLevel--;
        }
        this.indentLevel--;
        this.indent();
        this.out += "}";
        this.newline();
        return;
      case K.FuncDecl:
        this.func(s.name, s);
        this.newline();
        return;
      case K.ClassDecl:
        this.out += "class " + this.name(s.name);
        if (s.superClass !== undefined) {
          this.out += " extends ";
          this.expr(s.superClass, L.Postfix, 0);
        }
        this.space();
        this.out += "{";
        this.newline();
        this.indentLevel++;
        for (const m of s.members) {
          this.indent();
          if (m.pos !== undefined) this.mark(m.pos);
          if (m.static) this.out += "static ";
          this.method(m.kind, m.name, m.fn);
          this.newline();
        }
        this.indentLevel--;
        this.indent();
        this.out += "}";
        this.newline();
        return;
      case K.Empty:
        this.semi();
        return;
    }
  }

  private loopBody(body: Stmt): void {
    this.sub(body);
    this.newline();
  }

  private varDecl(v: Var, flags: number): void {
    this.out += DECL_TEXT[v.declKind] + " ";
    for (let i = 0; i < v.decls.length; i++) {
      const d = v.decls[i]!;
      if (i > 0) { this.out += ","; this.space(); }
      this.out += this.name(d.name);
      if (d.init !== undefined) {
        this.space();
        this.out += "=";
        this.space();
        this.expr(d.init, L.Comma, flags);
      }
    }
  }
}

/** Escapes non-ASCII characters of an identifier as \u escapes, which JS accepts in names. */
function escapeIdentifier(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\u{" + c.toString(16) + "}";
  }
  return out;
}
