// The JavaScript AST that code generation emits and the printer prints: a kind-tagged union of
// plain objects holding just the constructs a Go compiler needs (no templates, regexps, patterns,
// modules or optional chaining), with factory helpers.
//
// Nodes are plain objects with a numeric `kind` so the printer dispatches with a switch on small
// integers, and operators are numeric enums indexing the printer's tables. Any node may carry
// `pos`, a Go position (one integer, see src/source); the printer records a source mapping for
// it, resolving it through a caller-supplied callback, so this package never imports the Go side.

/** Node kinds: expressions first, then statements. */
export enum K {
  // expressions
  Ident, Num, BigInt, Str, Bool, Null, Undefined, This, Super,
  Array, Object, Dot, Index, Call, New,
  Unary, Update, Binary, Cond, Assign, Seq,
  Arrow, Func, Yield, Await, Spread,
  // statements
  Var, ExprStmt, Block, If, For, ForOf, ForIn, While, DoWhile, Labeled,
  Break, Continue, Return, Throw, Try, Switch, FuncDecl, ClassDecl, Empty,
}

/** Prefix operators (update operators are K.Update). */
export enum UnOp { Not, BitNot, Neg, Pos, Typeof, Void, Delete }

/** Binary operators, including the logical ones and the keyword operators in/instanceof. */
export enum BinOp {
  Add, Sub, Mul, Div, Rem, Pow,
  Shl, Shr, UShr, BitAnd, BitOr, BitXor,
  Lt, Le, Gt, Ge, Eq, Ne, StrictEq, StrictNe, In, Instanceof,
  LogAnd, LogOr, Nullish,
}

/** var / let / const. */
export enum DeclKind { Var, Let, Const }

/** Object literal member kinds. */
export enum PropKind { Init, Method, Get, Set, Spread }

/** Class member kinds. */
export enum MemberKind { Method, Get, Set }

interface Base { pos?: number }

export interface Ident extends Base { kind: K.Ident; name: string; /** the Go name, recorded in source maps */ orig?: string }
export interface Num extends Base { kind: K.Num; value: number }
export interface BigIntLit extends Base { kind: K.BigInt; value: bigint }
export interface Str extends Base { kind: K.Str; value: string }
export interface Bool extends Base { kind: K.Bool; value: boolean }
export interface Null extends Base { kind: K.Null }
export interface Undefined extends Base { kind: K.Undefined }
export interface This extends Base { kind: K.This }
/** `super`, only as a call target (`super(...)`) or member target (`super.m`) in a class. */
export interface Super extends Base { kind: K.Super }
export interface ArrayLit extends Base { kind: K.Array; elems: Expr[] }
/** A property name: a string (printed bare when it is an identifier name) or a computed key. */
export type PropKey = string | Expr;
export interface Prop {
  kind: PropKind;
  key: PropKey;
  /** Init: the value; Spread: the spread operand. */
  value?: Expr;
  /** Method/Get/Set: the function (its name is ignored). */
  fn?: FuncParts;
}
export interface ObjectLit extends Base { kind: K.Object; props: Prop[] }
export interface Dot extends Base { kind: K.Dot; target: Expr; name: string }
export interface Index extends Base { kind: K.Index; target: Expr; index: Expr }
export interface Call extends Base { kind: K.Call; target: Expr; args: Expr[] }
export interface New extends Base { kind: K.New; target: Expr; args: Expr[] }
export interface Unary extends Base { kind: K.Unary; op: UnOp; arg: Expr }
export interface Update extends Base { kind: K.Update; inc: boolean; prefix: boolean; arg: Expr }
export interface Binary extends Base { kind: K.Binary; op: BinOp; left: Expr; right: Expr }
export interface Cond extends Base { kind: K.Cond; test: Expr; yes: Expr; no: Expr }
/** `left = right`, or `left op= right` when op is set (logical ops give &&=, ||=, ??=). */
export interface Assign extends Base { kind: K.Assign; op?: BinOp; left: Expr; right: Expr }
export interface Seq extends Base { kind: K.Seq; exprs: Expr[] }
/** The parts shared by functions, arrows and methods. */
export interface FuncParts {
  params: string[];
  /** The last parameter is a rest parameter (`...args`). */
  rest?: boolean;
  body: Stmt[];
  generator?: boolean;
  async?: boolean;
}
export interface Arrow extends Base { kind: K.Arrow; params: string[]; rest?: boolean; async?: boolean; body: Stmt[] | Expr }
export interface Func extends Base, FuncParts { kind: K.Func; name?: string }
export interface Yield extends Base { kind: K.Yield; arg?: Expr; delegate?: boolean }
export interface Await extends Base { kind: K.Await; arg: Expr }
/** Only valid as an element of an array literal or an argument list. */
export interface Spread extends Base { kind: K.Spread; arg: Expr }

export type Expr =
  | Ident | Num | BigIntLit | Str | Bool | Null | Undefined | This | Super
  | ArrayLit | ObjectLit | Dot | Index | Call | New
  | Unary | Update | Binary | Cond | Assign | Seq
  | Arrow | Func | Yield | Await | Spread;

export interface Declarator { name: string; init?: Expr }
export interface Var extends Base { kind: K.Var; declKind: DeclKind; decls: Declarator[] }
export interface ExprStmt extends Base { kind: K.ExprStmt; expr: Expr }
export interface Block extends Base { kind: K.Block; body: Stmt[] }
export interface If extends Base { kind: K.If; test: Expr; then: Stmt; else?: Stmt }
export interface For extends Base { kind: K.For; init?: Var | Expr; test?: Expr; update?: Expr; body: Stmt }
/** `for (left of right)`; a Var left declares one name without initialiser. */
export interface ForOf extends Base { kind: K.ForOf; left: Var | Expr; right: Expr; body: Stmt }
export interface ForIn extends Base { kind: K.ForIn; left: Var | Expr; right: Expr; body: Stmt }
export interface While extends Base { kind: K.While; test: Expr; body: Stmt }
export interface DoWhile extends Base { kind: K.DoWhile; body: Stmt; test: Expr }
export interface Labeled extends Base { kind: K.Labeled; label: string; body: Stmt }
export interface Break extends Base { kind: K.Break; label?: string }
export interface Continue extends Base { kind: K.Continue; label?: string }
export interface Return extends Base { kind: K.Return; arg?: Expr }
export interface Throw extends Base { kind: K.Throw; arg: Expr }
/** try/catch/finally; `param` absent with a handler prints `catch {`. */
export interface Try extends Base { kind: K.Try; block: Stmt[]; param?: string; handler?: Stmt[]; finalizer?: Stmt[] }
/** A case; `test` absent is `default:`. */
export interface Case { test?: Expr; body: Stmt[]; pos?: number }
export interface Switch extends Base { kind: K.Switch; disc: Expr; cases: Case[] }
export interface FuncDecl extends Base, FuncParts { kind: K.FuncDecl; name: string }
export interface ClassMember { kind: MemberKind; name: PropKey; static?: boolean; fn: FuncParts; pos?: number }
export interface ClassDecl extends Base { kind: K.ClassDecl; name: string; superClass?: Expr; members: ClassMember[] }
export interface Empty extends Base { kind: K.Empty }

export type Stmt =
  | Var | ExprStmt | Block | If | For | ForOf | ForIn | While | DoWhile | Labeled
  | Break | Continue | Return | Throw | Try | Switch | FuncDecl | ClassDecl | Empty;

export type Node = Expr | Stmt;

export interface Program { body: Stmt[] }

// ---- factories ----
// Each takes an optional Go position last, so code generation can write `call(f, args, pos)`.

function P<T>(n: T, pos: number | undefined): T {
  if (pos !== undefined) (n as Base).pos = pos;
  return n;
}

export const ident = (name: string, pos?: number, orig?: string): Ident =>
  orig === undefined ? P({ kind: K.Ident, name }, pos) : P({ kind: K.Ident, name, orig }, pos);
export const num = (value: number, pos?: number): Num => P({ kind: K.Num, value }, pos);
export const bigint = (value: bigint, pos?: number): BigIntLit => P({ kind: K.BigInt, value }, pos);
export const str = (value: string, pos?: number): Str => P({ kind: K.Str, value }, pos);
export const bool = (value: boolean, pos?: number): Bool => P({ kind: K.Bool, value }, pos);
export const nul = (pos?: number): Null => P({ kind: K.Null }, pos);
export const undef = (pos?: number): Undefined => P({ kind: K.Undefined }, pos);
export const this_ = (pos?: number): This => P({ kind: K.This }, pos);
export const super_ = (pos?: number): Super => P({ kind: K.Super }, pos);
export const array = (elems: Expr[], pos?: number): ArrayLit => P({ kind: K.Array, elems }, pos);
export const object = (props: Prop[], pos?: number): ObjectLit => P({ kind: K.Object, props }, pos);
export const prop = (key: PropKey, value: Expr): Prop => ({ kind: PropKind.Init, key, value });
export const method = (key: PropKey, fn: FuncParts, kind: PropKind.Method | PropKind.Get | PropKind.Set = PropKind.Method): Prop =>
  ({ kind, key, fn });
export const spreadProp = (value: Expr): Prop => ({ kind: PropKind.Spread, key: "", value });
export const dot = (target: Expr, name: string, pos?: number): Dot => P({ kind: K.Dot, target, name }, pos);
export const index = (target: Expr, idx: Expr, pos?: number): Index => P({ kind: K.Index, target, index: idx }, pos);
export const call = (target: Expr, args: Expr[] = [], pos?: number): Call => P({ kind: K.Call, target, args }, pos);
export const new_ = (target: Expr, args: Expr[] = [], pos?: number): New => P({ kind: K.New, target, args }, pos);
export const unary = (op: UnOp, arg: Expr, pos?: number): Unary => P({ kind: K.Unary, op, arg }, pos);
export const not = (arg: Expr, pos?: number): Unary => unary(UnOp.Not, arg, pos);
export const neg = (arg: Expr, pos?: number): Unary => unary(UnOp.Neg, arg, pos);
export const update = (inc: boolean, prefix: boolean, arg: Expr, pos?: number): Update =>
  P({ kind: K.Update, inc, prefix, arg }, pos);
export const binary = (op: BinOp, left: Expr, right: Expr, pos?: number): Binary =>
  P({ kind: K.Binary, op, left, right }, pos);
/** A logical operator (&&, ||, ??) is a binary node; this names the intent. */
export const logical = (op: BinOp.LogAnd | BinOp.LogOr | BinOp.Nullish, left: Expr, right: Expr, pos?: number): Binary =>
  binary(op, left, right, pos);
export const cond = (test: Expr, yes: Expr, no: Expr, pos?: number): Cond => P({ kind: K.Cond, test, yes, no }, pos);
export const assign = (left: Expr, right: Expr, op?: BinOp, pos?: number): Assign =>
  op === undefined ? P({ kind: K.Assign, left, right }, pos) : P({ kind: K.Assign, op, left, right }, pos);
export const seq = (exprs: Expr[], pos?: number): Seq => P({ kind: K.Seq, exprs }, pos);
export const arrow = (params: string[], body: Stmt[] | Expr, pos?: number): Arrow => P({ kind: K.Arrow, params, body }, pos);
export const func = (name: string | undefined, params: string[], body: Stmt[], opts: { generator?: boolean; async?: boolean; rest?: boolean } = {}, pos?: number): Func => {
  const f: Func = { kind: K.Func, params, body, ...opts };
  if (name !== undefined) f.name = name;
  return P(f, pos);
};
export const yield_ = (arg?: Expr, delegate = false, pos?: number): Yield => {
  const y: Yield = { kind: K.Yield };
  if (arg !== undefined) y.arg = arg;
  if (delegate) y.delegate = true;
  return P(y, pos);
};
export const await_ = (arg: Expr, pos?: number): Await => P({ kind: K.Await, arg }, pos);
export const spread = (arg: Expr, pos?: number): Spread => P({ kind: K.Spread, arg }, pos);

export const varDecl = (declKind: DeclKind, decls: Declarator[], pos?: number): Var => P({ kind: K.Var, declKind, decls }, pos);
/** One declarator: `let name = init`. */
export const let_ = (name: string, init?: Expr, pos?: number): Var =>
  varDecl(DeclKind.Let, [init === undefined ? { name } : { name, init }], pos);
export const const_ = (name: string, init: Expr, pos?: number): Var => varDecl(DeclKind.Const, [{ name, init }], pos);
export const var_ = (name: string, init?: Expr, pos?: number): Var =>
  varDecl(DeclKind.Var, [init === undefined ? { name } : { name, init }], pos);
/** A declaration of one name without initialiser, the left side of for-of / for-in. */
export const binding = (declKind: DeclKind, name: string, pos?: number): Var => varDecl(declKind, [{ name }], pos);
export const exprStmt = (expr: Expr, pos?: number): ExprStmt => P({ kind: K.ExprStmt, expr }, pos);
export const block = (body: Stmt[], pos?: number): Block => P({ kind: K.Block, body }, pos);
export const if_ = (test: Expr, then: Stmt, else_?: Stmt, pos?: number): If =>
  else_ === undefined ? P({ kind: K.If, test, then }, pos) : P({ kind: K.If, test, then, else: else_ }, pos);
export const for_ = (init: Var | Expr | undefined, test: Expr | undefined, upd: Expr | undefined, body: Stmt, pos?: number): For => {
  const f: For = { kind: K.For, body };
  if (init !== undefined) f.init = init;
  if (test !== undefined) f.test = test;
  if (upd !== undefined) f.update = upd;
  return P(f, pos);
};
export const forOf = (left: Var | Expr, right: Expr, body: Stmt, pos?: number): ForOf => P({ kind: K.ForOf, left, right, body }, pos);
export const forIn = (left: Var | Expr, right: Expr, body: Stmt, pos?: number): ForIn => P({ kind: K.ForIn, left, right, body }, pos);
export const while_ = (test: Expr, body: Stmt, pos?: number): While => P({ kind: K.While, test, body }, pos);
export const doWhile = (body: Stmt, test: Expr, pos?: number): DoWhile => P({ kind: K.DoWhile, body, test }, pos);
export const labeled = (label: string, body: Stmt, pos?: number): Labeled => P({ kind: K.Labeled, label, body }, pos);
export const break_ = (label?: string, pos?: number): Break => P(label === undefined ? { kind: K.Break } : { kind: K.Break, label }, pos);
export const continue_ = (label?: string, pos?: number): Continue =>
  P(label === undefined ? { kind: K.Continue } : { kind: K.Continue, label }, pos);
export const return_ = (arg?: Expr, pos?: number): Return => P(arg === undefined ? { kind: K.Return } : { kind: K.Return, arg }, pos);
export const throw_ = (arg: Expr, pos?: number): Throw => P({ kind: K.Throw, arg }, pos);
export const try_ = (blk: Stmt[], param: string | undefined, handler: Stmt[] | undefined, finalizer?: Stmt[], pos?: number): Try => {
  const t: Try = { kind: K.Try, block: blk };
  if (param !== undefined) t.param = param;
  if (handler !== undefined) t.handler = handler;
  if (finalizer !== undefined) t.finalizer = finalizer;
  return P(t, pos);
};
export const case_ = (test: Expr | undefined, body: Stmt[]): Case => (test === undefined ? { body } : { test, body });
export const switch_ = (disc: Expr, cases: Case[], pos?: number): Switch => P({ kind: K.Switch, disc, cases }, pos);
export const funcDecl = (name: string, params: string[], body: Stmt[], opts: { generator?: boolean; async?: boolean; rest?: boolean } = {}, pos?: number): FuncDecl =>
  P({ kind: K.FuncDecl, name, params, body, ...opts }, pos);
export const classDecl = (name: string, superClass: Expr | undefined, members: ClassMember[], pos?: number): ClassDecl =>
  P(superClass === undefined ? { kind: K.ClassDecl, name, members } : { kind: K.ClassDecl, name, superClass, members }, pos);
export const empty = (pos?: number): Empty => P({ kind: K.Empty }, pos);
export const program = (body: Stmt[]): Program => ({ body });
