// The parser's foundation: token handling, error reporting and recovery, directives.
//
// The parser is split by construct into a class chain, each file adding one layer:
//   ParserCore (this file) → TypeParser (parse_type.ts) → ExprParser (parse_expr.ts)
//   → StmtParser (parse_stmt.ts) → Parser (parser.ts: files and declarations).
// Productions a layer needs from a later one are declared abstract here.
//
// Error reporting follows gc: syntax errors read "syntax error: unexpected X, expected Y",
// where X names the current token; after an error, advance() skips to a token of a follow
// set (plus statement keywords inside function bodies) so one mistake yields one message.

import { Source } from "../source/index.js";
import { DiagnosticSink } from "../diag/index.js";
import { Scanner } from "./scanner.js";
import { Token, tokenString, operatorString } from "./token.js";
import { BadExpr, BlockStmt, Expr, Field, FuncType, Name, Pragma } from "./nodes.js";
import { parseBuildConstraint, goVersion } from "./buildconstraint.js";
import { handleDirective, unusedPragmas, PragmaPolicy } from "./pragma.js";
import type { Pos } from "../source/index.js";

export interface ParseOptions {
  /** Check labels and branch statements in function bodies, as gc does. */
  checkBranches?: boolean;
  /** Check //go: directives as gc's front end does while parsing (default true). */
  checkPragmas?: boolean;
  /** Which directives are allowed: gc's rules differ for the standard library and the runtime. */
  pragmaPolicy?: PragmaPolicy;
  /** Filled with the statement each break/continue/goto/fallthrough transfers control to. */
  branchTargets?: Map<unknown, unknown>;
}

/** Tokens that start a statement: synchronization points inside function bodies. */
const stopset: readonly Token[] = [
  Token.Break, Token.Const, Token.Continue, Token.Defer, Token.Fallthrough, Token.For, Token.Go,
  Token.Goto, Token.If, Token.Return, Token.Select, Token.Switch, Token.Type, Token.Var,
];

const POS_MAX = 1 << 30;

const NO_PRAGMAS: readonly Pragma[] = Object.freeze([]);

/** gc's English word for punctuation tokens in error messages. */
export function tokstring(tok: Token): string {
  switch (tok) {
    case Token.Comma: return "comma";
    case Token.Semi: return "semicolon or newline";
  }
  return tokenString(tok);
}

export abstract class ParserCore extends Scanner {
  protected readonly base: number;
  protected errcnt = 0;
  protected hasFirst = false; // an error has been reported
  protected top = true;       // before the package clause
  protected fnest = 0;        // function nesting level
  protected xnest = 0;        // expression nesting level (composite literal ambiguity)
  protected goVersion = "";
  protected pragma: Pragma[] = [];       // directives waiting for a declaration
  protected readonly directives: Pragma[] = [];
  private baseFilename: string;          // file name of the current //line base

  constructor(
    protected readonly source: Source,
    protected readonly sink: DiagnosticSink,
    protected readonly opts: ParseOptions,
  ) {
    // The handlers run during the Scanner constructor (it reads the first character), so they
    // must not rely on fields initialized after super(): they are arrow functions over `self`.
    let self: ParserCore | null = null;
    const early: Array<() => void> = [];
    super(
      source.text,
      (off, msg) => { if (self) self.errorAt(source.pos(off), msg); else early.push(() => self!.errorAt(source.pos(off), msg)); },
      (off, text) => { if (self) self.directive(off, text); else early.push(() => self!.directive(off, text)); },
    );
    self = this;
    this.base = source.base;
    this.baseFilename = source.filename;
    for (const f of early) f();
  }

  // ------------------------------------------------------------------------------------------
  // Positions and errors

  /** The position of the current token. */
  pos(): Pos { return this.base + this.offset; }

  errorAt(pos: Pos, msg: string): void {
    this.hasFirst = true;
    this.errcnt++;
    this.sink.report({ source: this.source, offset: pos - this.base, message: msg, kind: "syntax" });
  }

  error(msg: string): void { this.errorAt(this.pos(), msg); }

  syntaxError(msg: string): void { this.syntaxErrorAt(this.pos(), msg); }

  syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tok === Token.EOF && this.hasFirst) return; // avoid meaningless follow-up errors

    if (msg === "") {
      // nothing to add
    } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
      msg = " " + msg;
    } else if (msg.startsWith("expected ")) {
      msg = ", " + msg;
    } else {
      // plain error: the current token does not matter
      this.errorAt(pos, "syntax error: " + msg);
      return;
    }

    let tok: string;
    switch (this.tok) {
      case Token.Name: tok = "name " + this.lit; break;
      case Token.Semi: tok = this.lit; break;
      case Token.Literal: tok = "literal " + this.lit; break;
      case Token.Operator: tok = operatorString(this.op); break;
      case Token.AssignOp: tok = operatorString(this.op) + "="; break;
      case Token.IncOp: tok = operatorString(this.op) + operatorString(this.op); break;
      default: tok = tokstring(this.tok);
    }
    this.errorAt(pos, "syntax error: unexpected " + tok + msg);
  }

  /**
   * Skips tokens until one in the follow list (or, inside a function, a statement keyword).
   * With an empty list it consumes exactly one token, to guarantee progress.
   */
  advance(...followlist: Token[]): void {
    if (followlist.length === 0) {
      if (this.tok !== Token.EOF) this.next();
      return;
    }
    const follow = new Uint8Array(Token.Count);
    follow[Token.EOF] = 1;
    if (this.fnest > 0) for (const t of stopset) follow[t] = 1;
    for (const t of followlist) follow[t] = 1;
    while (follow[this.tok] === 0) this.next();
  }

  got(tok: Token): boolean {
    if (this.tok === tok) {
      this.next();
      return true;
    }
    return false;
  }

  want(tok: Token): void {
    if (!this.got(tok)) {
      this.syntaxError("expected " + tokstring(tok));
      this.advance();
    }
  }

  /** Like got(Token.Assign) but also accepts ":=" (with an error), for better recovery. */
  gotAssign(): boolean {
    if (this.tok === Token.Define) {
      this.syntaxError("expected =");
      this.next();
      return true;
    }
    if (this.tok === Token.Assign) {
      this.next();
      return true;
    }
    return false;
  }

  badExpr(): BadExpr { return new BadExpr(this.pos()); }

  // ------------------------------------------------------------------------------------------
  // Directives

  /** Handles a //go:, //line or /*line comment found by the scanner at offset. */
  private directive(off: number, msg: string): void {
    const isBlock = msg.charCodeAt(1) === 0x2a; // '*'
    let text: string;
    if (isBlock) text = msg.slice(2, msg.length - 2);
    else text = msg.slice(2, msg.endsWith("\r") ? msg.length - 1 : msg.length);

    if (text.startsWith("line ")) {
      // //line directives must start at column 1; /*line*/ directives may be anywhere.
      const lineStart = this.source.text.lastIndexOf("\n", off - 1) + 1;
      if (isBlock || off === lineStart) {
        let at: number; // offset where the directive takes effect
        if (!isBlock) {
          const nl = this.source.text.indexOf("\n", off);
          if (nl < 0) return; // nothing follows the directive
          at = nl + 1;
        } else {
          if (msg.indexOf("\n") >= 0) return; // a multi-line /*line*/ comment is no directive
          at = off + msg.length;
        }
        this.updateBase(at, off + 2 + 5, text.slice(5));
      }
      return;
    }

    if (text.startsWith("go:")) {
      if (this.top && msg.startsWith("//go:build")) {
        const c = parseBuildConstraint(msg);
        if (c !== null) this.goVersion = goVersion(c);
      }
      const p: Pragma = { pos: this.source.pos(off + 2), text, blank: this.isBlankBefore(off), flag: 0, embed: false };
      this.directives.push(p);
      if (this.opts.checkPragmas === false) {
        this.pragma.push(p);
      } else {
        const rec = handleDirective(p, this.source.filename, (pos, msg) => this.errorAt(pos, msg), this.opts.pragmaPolicy);
        if (rec !== null) this.pragma.push(rec);
      }
    }
  }

  /** Reports whether only white space precedes offset on its line. */
  private isBlankBefore(off: number): boolean {
    const t = this.source.text;
    for (let i = off - 1; i >= 0; i--) {
      const c = t.charCodeAt(i);
      if (c === 0x0a) return true;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
    }
    return true;
  }

  /**
   * Applies a line directive "filename:line[:col]" taking effect at offset `at`. textOff is
   * the offset of the directive's text, for error positions.
   */
  private updateBase(at: number, textOff: number, text: string): void {
    let [i, n, ok] = trailingDigits(text);
    if (i === 0) return; // no ':' - not a line directive
    if (!ok) {
      this.errorAt(this.source.pos(textOff + i), "invalid line number: " + text.slice(i));
      return;
    }
    let line: number, col = 0;
    const [i2, n2, ok2] = trailingDigits(text.slice(0, i - 1));
    if (ok2) {
      // filename:line:col
      const icol = i;
      i = i2;
      line = n2;
      col = n;
      if (col === 0 || col > POS_MAX) {
        this.errorAt(this.source.pos(textOff + icol), "invalid column number: " + text.slice(icol));
        return;
      }
      text = text.slice(0, icol - 1);
    } else {
      line = n;
    }
    if (line === 0 || line > POS_MAX) {
      this.errorAt(this.source.pos(textOff + i), "invalid line number: " + text.slice(i));
      return;
    }
    let filename = text.slice(0, i - 1);
    if (filename === "" && ok2) filename = this.baseFilename;
    this.baseFilename = filename;
    this.source.addLineDirective(at, filename, line, col);
  }

  /** Hands the pending directives to the declaration being parsed. */
  takePragma(): readonly Pragma[] {
    const p = this.pragma;
    if (p.length === 0) return NO_PRAGMAS; // never hand out the pending list itself
    this.pragma = [];
    return p;
  }

  /** Drops pending directives at a place that takes none, reporting them as gc does. */
  clearPragma(): void {
    if (this.pragma.length > 0) {
      if (this.opts.checkPragmas !== false) unusedPragmas(this.pragma, (pos, msg) => this.errorAt(pos, msg));
      this.pragma = [];
    }
  }

  // ------------------------------------------------------------------------------------------
  // Productions implemented by later layers

  abstract expr(): Expr;
  abstract type_(): Expr;
  abstract typeOrNil(): Expr | null;
  abstract funcBody(): BlockStmt;
  abstract funcType(context: string): [Field[] | null, FuncType];
  abstract name(): Name;
}

/**
 * Splits "text:digits" at its last ':'. Returns [index after ':', value, ok]; index 0 means
 * there is no ':'. ok is false when the suffix is not a valid unsigned number.
 */
function trailingDigits(text: string): [number, number, boolean] {
  const i = text.lastIndexOf(":");
  if (i < 0) return [0, 0, false];
  const d = text.slice(i + 1);
  if (!/^[0-9]+$/.test(d) || d.length > 20) return [i + 1, 0, false];
  const v = Number(d);
  if (v > 18446744073709551615) return [i + 1, 0, false];
  return [i + 1, v, true];
}
