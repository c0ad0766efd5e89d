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
  return pr.result();
}

/** Prints one statement (for tests and debugging output). */
export function printStmt(s: Stmt, opts: PrintOptions = {}): string {
  const pr = new Printer(opts);
  pr.stmt(s);
  return pr.result();
}

/** Prints one expression as it would appear in a context binding at `level`. */
export function printExpr(e: Expr, opts: PrintOptions = {}, level: L = L.Lowest): string {
  const pr = new Printer(opts);
  pr.expr(e, level, 0);
  return pr.result();
}

const isLogAndOr = (e: Expr): boolean => e.kind === K.Binary && (e.op === BinOp.LogAnd || e.op === BinOp.LogOr);
const isNullish = (e: Expr): boolean => e.kind === K.Binary && e.op === BinOp.Nullish;

class Printer {
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

  // Output is appended to `cur` (V8 builds it as a rope), which is flattened and moved to
  // `parts` every few kilobytes: a rope of millions of tiny pieces kept alive to the end costs
  // more in garbage collection than printing itself. Reading characters back from a rope would
  // flatten it each time, so the last two characters written are kept aside in `tail`.
  private cur = "";
  private readonly parts: string[] = [];
  private base = 0;
  private tail = "";

  private w(s: string): void {
    this.cur += s;
    const n = s.length;
    if (n >= 2) this.tail = s.slice(n - 2);
    else if (n === 1) this.tail = this.tail.slice(-1) + s;
    if (this.cur.length > 8192) {
      const c = this.cur;
      c.charCodeAt(0); // flattens the rope in place
      this.parts.push(c);
      this.base += c.length;
      this.cur = "";
    }
  }

  /** The number of characters written so far. */
  private len(): number {
    return this.base + this.cur.length;
  }

  /** Everything written. */
  result(): string {
    return this.parts.join("") + this.cur;
  }

  private mark(pos: number | undefined, name?: string): void {
    if (pos !== undefined && this.sm !== undefined) this.sm.add(this.line, this.len() - this.lineStart, pos, name);
  }

  private space(): void {
    if (!this.minify) this.w(" ");
  }

  private newline(): void {
    if (!this.minify) {
      this.w("\n");
      this.line++;
      this.lineStart = this.len();
    }
  }

  private indent(): void {
    if (!this.minify && this.indentLevel > 0) this.w("  ".repeat(this.indentLevel));
  }

  /**
   * Writes an operator, separating it from the previous token where the two would run together:
   * `a - -b` (not `a--b`), `+ +x`, and `<! --x` (`<!--` opens an HTML comment in scripts).
   */
  private op(text: string): void {
    const tail = this.tail;
    const c = text.charCodeAt(0);
    if ((c === 0x2b || c === 0x2d) && tail.charCodeAt(tail.length - 1) === c) this.w(" ");
    else if (text === "--" && tail === "<!") this.w(" ");
    this.w(text);
  }

  private name(s: string): string {
    return this.ascii ? escapeIdentifier(s) : s;
  }

  // ---- expressions ----

  expr(e: Expr, level: L, flags: number): void {
    if (e.pos !== undefined) this.mark(e.pos, e.kind === K.Ident ? e.orig : undefined);
    switch (e.kind) {
      case K.Ident:
        this.w(this.name(e.name));
        return;
      case K.Num:
        this.number(e.value, level);
        return;
      case K.BigInt: {
        const v = e.value;
        if (v < 0n) this.wrapped(level >= L.Prefix, () => { this.op("-"); this.w(`${-v}n`); });
        else this.w(`${v}n`);
        return;
      }
      case K.Str:
        this.w(quoteString(e.value, this.ascii));
        return;
      case K.Bool:
        this.w(e.value ? "true" : "false");
        return;
      case K.Null:
        this.w("null");
        return;
      case K.Undefined:
        this.w("undefined");
        return;
      case K.This:
        this.w("this");
        return;
      case K.Super:
        this.w("super");
        return;
      case K.Array:
        this.w("[");
        this.list(e.elems);
        this.w("]");
        return;
      case K.Object:
        this.object(e.props);
        return;
      case K.Dot: {
        this.expr(e.target, L.Postfix, flags & ForbidCall);
        const t = e.target;
        // `1.x` would read as the number `1.`; `1..x` is the integer 1 then `.x`.
        if (t.kind === K.Num && t.value >= 0 && !Object.is(t.value, -0) && /^\d+$/.test(numberText(t.value, this.minify))) this.w(".");
        if (isIdentifierName(e.name) && (!this.ascii || /^[\x00-\x7f]*$/.test(e.name))) this.w("." + e.name);
        else this.w("[" + quoteString(e.name, this.ascii) + "]");
        return;
      }
      case K.Index:
        this.expr(e.target, L.Postfix, flags & ForbidCall);
        this.w("[");
        this.expr(e.index, L.Lowest, 0);
        this.w("]");
        return;
      case K.Call: {
        const wrap = level >= L.New || (flags & ForbidCall) !== 0;
        if (wrap) this.w("(");
        const startLine = this.line;
        this.expr(e.target, L.Postfix, 0);
        // A callee spanning lines (a function literal called at once): V8 places the call
        // at its argument list, which then needs a mapping of its own.
        if (this.line !== startLine) this.mark(e.pos);
        this.w("(");
        this.list(e.args);
        this.w(")");
        if (wrap) this.w(")");
        return;
      }
      case K.New: {
        const wrap = level >= L.Call;
        if (wrap) this.w("(");
        this.w("new ");
        this.expr(e.target, L.New, ForbidCall);
        this.w("(");
        this.list(e.args);
        this.w(")");
        if (wrap) this.w(")");
        return;
      }
      case K.Unary: {
        const wrap = level >= L.Prefix;
        if (wrap) this.w("(");
        const op = e.op;
        if (op >= UnOp.Typeof) this.w(UN_TEXT[op] + " ");
        else this.op(UN_TEXT[op]!);
        this.expr(e.arg, L.Prefix - 1, 0);
        if (wrap) this.w(")");
        return;
      }
      case K.Update: {
        const text = e.inc ? "++" : "--";
        if (e.prefix) {
          const wrap = level >= L.Prefix;
          if (wrap) this.w("(");
          this.op(text);
          this.expr(e.arg, L.Prefix - 1, 0);
          if (wrap) this.w(")");
        } else {
          const wrap = level >= L.Postfix;
          if (wrap) this.w("(");
          this.expr(e.arg, L.Postfix - 1, 0);
          this.w(text);
          if (wrap) this.w(")");
        }
        return;
      }
      case K.Binary:
        this.binary(e.op, e.left, e.right, level, flags);
        return;
      case K.Cond: {
        const wrap = level >= L.Conditional;
        if (wrap) { this.w("("); flags = 0; }
        this.expr(e.test, L.Conditional, flags & ForbidIn);
        this.space();
        this.w("?");
        this.space();
        this.expr(e.yes, L.Comma, 0);
        this.space();
        this.w(":");
        this.space();
        this.expr(e.no, L.Comma, flags & ForbidIn);
        if (wrap) this.w(")");
        return;
      }
      case K.Assign: {
        const wrap = level >= L.Assign;
        if (wrap) { this.w("("); flags = 0; }
        this.expr(e.left, L.Assign, flags & ForbidIn);
        this.space();
        this.w(e.op === undefined ? "=" : BIN_TEXT[e.op] + "=");
        this.space();
        this.expr(e.right, L.Assign - 1, flags & ForbidIn);
        if (wrap) this.w(")");
        return;
      }
      case K.Seq: {
        const wrap = level >= L.Comma;
        if (wrap) { this.w("("); flags = 0; }
        for (let i = 0; i < e.exprs.length; i++) {
          if (i > 0) { this.w(","); this.space(); }
          this.expr(e.exprs[i]!, L.Comma, flags & ForbidIn);
        }
        if (wrap) this.w(")");
        return;
      }
      case K.Arrow: {
        const wrap = level >= L.Assign;
        if (wrap) this.w("(");
        if (e.async) this.w("async ");
        this.params(e.params, e.rest);
        this.space();
        this.w("=>");
        this.space();
        if (Array.isArray(e.body)) this.body(e.body);
        else {
          this.arrowStart = this.len();
          this.expr(e.body, L.Comma, flags & ForbidIn);
        }
        if (wrap) this.w(")");
        return;
      }
      case K.Func: {
        const wrap = this.len() === this.stmtStart;
        if (wrap) this.w("(");
        this.func(e.name, e);
        if (wrap) this.w(")");
        return;
      }
      case K.Yield: {
        const wrap = level >= L.Assign;
        if (wrap) this.w("(");
        this.w(e.delegate ? "yield*" : "yield");
        if (e.arg !== undefined) {
          this.w(" ");
          this.expr(e.arg, L.Yield, 0);
        }
        if (wrap) this.w(")");
        return;
      }
      case K.Await: {
        const wrap = level >= L.Prefix;
        if (wrap) this.w("(");
        this.w("await ");
        this.expr(e.arg, L.Prefix - 1, 0);
        if (wrap) this.w(")");
        return;
      }
      case K.Spread:
        this.w("...");
        this.expr(e.arg, L.Comma, 0);
        return;
    }
  }

  private wrapped(wrap: boolean, f: () => void): void {
    if (wrap) this.w("(");
    f();
    if (wrap) this.w(")");
  }

  private number(v: number, level: L): void {
    if (v !== v) this.w("NaN");
    else if (v < 0 || Object.is(v, -0)) {
      // A negative number is a unary minus: it binds like one.
      this.wrapped(level >= L.Prefix, () => {
        this.op("-");
        this.w(v === -Infinity ? "Infinity" : numberText(-v, this.minify));
      });
    } else this.w(v === Infinity ? "Infinity" : numberText(v, this.minify));
  }

  private binary(op: BinOp, left: Expr, right: Expr, level: L, flags: number): void {
    const lv = BIN_LEVEL[op]!;
    const wrap = level >= lv || (op === BinOp.In && (flags & ForbidIn) !== 0);
    if (wrap) { this.w("("); flags = 0; }
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
    if (op === BinOp.In || op === BinOp.Instanceof) this.w(" " + text + " ");
    else if (this.minify) this.op(text);
    else this.w(" " + text + " ");
    this.expr(right, rightLevel, flags & ForbidIn);
    if (wrap) this.w(")");
  }

  /** Comma-separated elements or arguments. */
  private list(items: Expr[]): void {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) { this.w(","); this.space(); }
      this.expr(items[i]!, L.Comma, 0);
    }
  }

  private params(params: string[], rest: boolean | undefined): void {
    this.w("(");
    for (let i = 0; i < params.length; i++) {
      if (i > 0) { this.w(","); this.space(); }
      if (rest && i === params.length - 1) this.w("...");
      this.w(this.name(params[i]!));
    }
    this.w(")");
  }

  private func(name: string | undefined, f: FuncParts): void {
    if (f.async) this.w("async ");
    this.w(f.generator ? "function*" : "function");
    if (name !== undefined) {
      if (!f.generator || !this.minify) this.w(" ");
      this.w(this.name(name));
    }
    this.params(f.params, f.rest);
    this.space();
    this.body(f.body);
  }

  private propKey(key: PropKey): void {
    if (typeof key !== "string") {
      this.w("[");
      this.expr(key, L.Comma, 0);
      this.w("]");
    } else if (isIdentifierName(key) && (!this.ascii || /^[\x00-\x7f]*$/.test(key))) this.w(key);
    else if (/^(0|[1-9]\d{0,14})$/.test(key)) this.w(key);
    else this.w(quoteString(key, this.ascii));
  }

  private object(props: { kind: PropKind; key: PropKey; value?: Expr; fn?: FuncParts }[]): void {
    const wrap = this.len() === this.stmtStart || this.len() === this.arrowStart;
    if (wrap) this.w("(");
    if (props.length === 0) this.w("{}");
    else {
      // Objects holding functions go one property per line; others stay on one line.
      const multiline = !this.minify && props.some((p) => p.fn !== undefined || (p.value !== undefined && (p.value.kind === K.Func || (p.value.kind === K.Arrow && Array.isArray(p.value.body)))));
      this.w("{");
      if (multiline) { this.indentLevel++; this.newline(); } else this.space();
      for (let i = 0; i < props.length; i++) {
        const p = props[i]!;
        if (i > 0) {
          this.w(",");
          if (multiline) this.newline(); else this.space();
        }
        if (multiline) this.indent();
        switch (p.kind) {
          case PropKind.Init:
            this.propKey(p.key);
            this.w(":");
            this.space();
            this.expr(p.value!, L.Comma, 0);
            break;
          case PropKind.Spread:
            this.w("...");
            this.expr(p.value!, L.Comma, 0);
            break;
          default:
            this.method(p.kind === PropKind.Get ? MemberKind.Get : p.kind === PropKind.Set ? MemberKind.Set : MemberKind.Method, p.key, p.fn!);
        }
      }
      if (multiline) { this.indentLevel--; this.newline(); this.indent(); } else this.space();
      this.w("}");
    }
    if (wrap) this.w(")");
  }

  private method(kind: MemberKind, key: PropKey, f: FuncParts): void {
    if (kind === MemberKind.Get) this.w("get ");
    else if (kind === MemberKind.Set) this.w("set ");
    if (f.async) this.w("async ");
    if (f.generator) this.w("*");
    this.propKey(key);
    this.params(f.params, f.rest);
    this.space();
    this.body(f.body);
  }

  // ---- statements ----

  /** `{ stmts }` starting at the current position, ending after `}`. */
  private body(stmts: Stmt[]): void {
    this.w("{");
    if (stmts.length > 0) {
      this.newline();
      this.indentLevel++;
      for (const s of stmts) this.stmt(s);
      this.indentLevel--;
      this.indent();
    }
    this.w("}");
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
      if (s.kind !== K.Empty && /[\w$]$/.test(this.tail)) this.w(" ");
      this.stmt(s, true);
      this.indentLevel = saved;
    }
  }

  private semi(): void {
    this.w(";");
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
        this.stmtStart = this.len();
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
          this.w("if");
          this.space();
          this.w("(");
          this.expr(cur.test, L.Lowest, 0);
          this.w(")");
          const els: Stmt | undefined = cur.else;
          if (els === undefined) {
            this.sub(cur.then);
            this.newline();
            return;
          }
          this.sub(cur.then, true);
          this.space();
          this.w("else");
          if (els.kind === K.If) {
            this.w(" ");
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
        this.w("for");
        this.space();
        this.w("(");
        if (s.init !== undefined) {
          if (s.init.kind === K.Var) this.varDecl(s.init, ForbidIn);
          else this.expr(s.init, L.Lowest, ForbidIn);
        }
        this.w(";");
        if (s.test !== undefined) { this.space(); this.expr(s.test, L.Lowest, 0); }
        this.w(";");
        if (s.update !== undefined) { this.space(); this.expr(s.update, L.Lowest, 0); }
        this.w(")");
        this.loopBody(s.body);
        return;
      case K.ForOf:
      case K.ForIn:
        this.w("for");
        this.space();
        this.w("(");
        if (s.left.kind === K.Var) this.varDecl(s.left, ForbidIn);
        else this.expr(s.left, L.Postfix, ForbidIn);
        this.w(s.kind === K.ForOf ? " of " : " in ");
        this.expr(s.right, s.kind === K.ForOf ? L.Comma : L.Lowest, 0);
        this.w(")");
        this.loopBody(s.body);
        return;
      case K.While:
        this.w("while");
        this.space();
        this.w("(");
        this.expr(s.test, L.Lowest, 0);
        this.w(")");
        this.loopBody(s.body);
        return;
      case K.DoWhile:
        this.w("do");
        if (s.body.kind === K.Block || !this.minify) this.sub(s.body);
        else { this.w(" "); this.stmt(s.body, true); }
        this.space();
        this.w("while");
        this.space();
        this.w("(");
        this.expr(s.test, L.Lowest, 0);
        this.w(")");
        this.semi();
        return;
      case K.Labeled:
        // The labeled statement stays on the label's line.
        this.w(this.name(s.label) + ":");
        this.space();
        this.stmt(s.body, true);
        return;
      case K.Break:
      case K.Continue:
        this.w(s.kind === K.Break ? "break" : "continue");
        if (s.label !== undefined) this.w(" " + this.name(s.label));
        this.semi();
        return;
      case K.Return:
        this.w("return");
        if (s.arg !== undefined) {
          this.w(" ");
          this.expr(s.arg, L.Lowest, 0);
        }
        this.semi();
        return;
      case K.Throw:
        this.w("throw ");
        this.expr(s.arg, L.Lowest, 0);
        this.semi();
        return;
      case K.Try:
        this.w("try");
        this.space();
        this.body(s.block);
        if (s.handler !== undefined) {
          this.space();
          this.w("catch");
          this.space();
          if (s.param !== undefined) {
            this.w("(" + this.name(s.param) + ")");
            this.space();
          }
          this.body(s.handler);
        }
        if (s.finalizer !== undefined) {
          this.space();
          this.w("finally");
          this.space();
          this.body(s.finalizer);
        }
        this.newline();
        return;
      case K.Switch:
        this.w("switch");
        this.space();
        this.w("(");
        this.expr(s.disc, L.Lowest, 0);
        this.w(")");
        this.space();
        this.w("{");
        this.newline();
        this.indentLevel++;
        for (const c of s.cases) {
          this.indent();
          if (c.pos !== undefined) this.mark(c.pos);
          if (c.test !== undefined) {
            this.w("case ");
            this.expr(c.test, L.Lowest, 0);
            this.w(":");
          } else this.w("default:");
          this.newline();
          this.indentLevel++;
          for (const b of c.body) this.stmt(b);
          this.indentLevel--;
        }
        this.indentLevel--;
        this.indent();
        this.w("}");
        this.newline();
        return;
      case K.FuncDecl:
        this.func(s.name, s);
        this.newline();
        return;
      case K.ClassDecl:
        this.w("class " + this.name(s.name));
        if (s.superClass !== undefined) {
          this.w(" extends ");
          this.expr(s.superClass, L.Postfix, 0);
        }
        this.space();
        this.w("{");
        this.newline();
        this.indentLevel++;
        for (const m of s.members) {
          this.indent();
          if (m.pos !== undefined) this.mark(m.pos);
          if (m.static) this.w("static ");
          this.method(m.kind, m.name, m.fn);
          this.newline();
        }
        this.indentLevel--;
        this.indent();
        this.w("}");
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
    this.w(DECL_TEXT[v.declKind] + " ");
    for (let i = 0; i < v.decls.length; i++) {
      const d = v.decls[i]!;
      if (i > 0) { this.w(","); this.space(); }
      this.w(this.name(d.name));
      if (d.init !== undefined) {
        this.space();
        this.w("=");
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
