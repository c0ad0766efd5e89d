// The Go syntax tree. Node shapes follow gc's syntax package (and so the spec's productions),
// because the type checker mirrors types2, which reads exactly these nodes.
//
// Invariants:
//  - Every node has a numeric `kind` (NodeKind) and a `pos`: an absolute position (FileSet base
//    + byte offset). Which token a node's pos points at follows gc, because the type checker
//    reports errors at these positions: e.g. a binary Operation is at its operator, a
//    SelectorExpr at its '.', an AssignStmt at its assignment operator, a CallExpr at its '('.
//  - The tree is immutable once parseFile returns (fields are readonly; only the parser builds
//    nodes). Facts computed later live in side tables keyed by node.
//  - Nodes of one kind are built by one class constructor, so objects of a kind share a shape.

import type { Pos } from "../source/index.js";
import type { Source } from "../source/index.js";
import { LitKind, Operator, Token } from "./token.js";

export enum NodeKind {
  // package
  File,
  // declarations
  ImportDecl, ConstDecl, TypeDecl, VarDecl, FuncDecl,
  // expressions
  BadExpr, Name, BasicLit, CompositeLit, KeyValueExpr, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, AssertExpr, TypeSwitchGuard, Operation, CallExpr, ListExpr,
  // types
  ArrayType, SliceType, DotsType, StructType, Field, InterfaceType, FuncType, MapType, ChanType,
  // statements
  EmptyStmt, LabeledStmt, BlockStmt, ExprStmt, SendStmt, DeclStmt, AssignStmt, BranchStmt,
  CallStmt, ReturnStmt, IfStmt, ForStmt, SwitchStmt, SelectStmt, RangeClause, CaseClause,
  CommClause,
}

export enum ChanDir {
  Both = 0,
  SendOnly = 1,
  RecvOnly = 2,
}

/** A directive comment (//go:xxx) recorded with its position; interpreted by later stages. */
export interface Pragma {
  readonly pos: Pos;     // position of the directive text (after the comment marker)
  readonly text: string; // the directive without its comment marker, e.g. "go:noinline"
  readonly blank: boolean; // the comment is alone on its line (only white space before it)
  readonly flag: number;   // PragmaFlag bits (pragma.ts) for placement checks
  readonly embed: boolean; // a well-formed //go:embed
}

/** Declarations of one parenthesized group share a Group object. */
export class Group {
  constructor(readonly pos: Pos) {}
}

// ---------------------------------------------------------------------------------------------
// Package

export class File {
  readonly kind = NodeKind.File;
  constructor(
    readonly pos: Pos,
    readonly source: Source,
    readonly pragmas: readonly Pragma[], // //go: directives before the package clause
    readonly pkgName: Name,
    readonly declList: readonly Decl[],
    readonly eof: Pos,
    readonly goVersion: string, // from a //go:build line before the package clause, or ""
    /** Every //go: directive in the file, in source order. */
    readonly directives: readonly Pragma[],
    /** The declarations (at any depth) that took directives, in source order. */
    readonly pragmaDecls: readonly Decl[],
  ) {}
}

// ---------------------------------------------------------------------------------------------
// Declarations

export type Decl = ImportDecl | ConstDecl | TypeDecl | VarDecl | FuncDecl;

//              Path
// LocalPkgName Path
export class ImportDecl {
  readonly kind = NodeKind.ImportDecl;
  constructor(
    readonly pos: Pos,
    readonly group: Group | null,
    readonly pragmas: readonly Pragma[],
    readonly localPkgName: Name | null, // including "."; null means no rename
    readonly path: BasicLit | null,     // null only after a syntax error
  ) {}
}

// NameList
// NameList      = Values
// NameList Type = Values
export class ConstDecl {
  readonly kind = NodeKind.ConstDecl;
  constructor(
    readonly pos: Pos,
    readonly group: Group | null,
    readonly pragmas: readonly Pragma[],
    readonly nameList: readonly Name[],
    readonly type: Expr | null,
    readonly values: Expr | null, // null means no values; a ListExpr for several
  ) {}
}

// Name Type
export class TypeDecl {
  readonly kind = NodeKind.TypeDecl;
  constructor(
    readonly pos: Pos,
    readonly group: Group | null,
    readonly pragmas: readonly Pragma[],
    readonly name: Name,
    readonly tParamList: readonly Field[] | null,
    readonly alias: boolean,
    readonly type: Expr,
  ) {}
}

// NameList Type
// NameList Type = Values
// NameList      = Values
export class VarDecl {
  readonly kind = NodeKind.VarDecl;
  constructor(
    readonly pos: Pos,
    readonly group: Group | null,
    readonly pragmas: readonly Pragma[],
    readonly nameList: readonly Name[],
    readonly type: Expr | null,
    readonly values: Expr | null,
  ) {}
}

// func          Name TParamList Type { Body }
// func (Recv)   Name Type { Body }
export class FuncDecl {
  readonly kind = NodeKind.FuncDecl;
  constructor(
    readonly pos: Pos,
    readonly pragmas: readonly Pragma[],
    readonly recv: Field | null,
    readonly name: Name,
    readonly tParamList: readonly Field[] | null,
    readonly type: FuncType,
    readonly body: BlockStmt | null,
  ) {}
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | BadExpr | Name | BasicLit | CompositeLit | KeyValueExpr | FuncLit | ParenExpr | SelectorExpr
  | IndexExpr | SliceExpr | AssertExpr | TypeSwitchGuard | Operation | CallExpr | ListExpr
  | ArrayType | SliceType | DotsType | StructType | InterfaceType | FuncType | MapType | ChanType;

/** Placeholder for something that failed to parse. */
export class BadExpr {
  readonly kind = NodeKind.BadExpr;
  constructor(readonly pos: Pos) {}
}

export class Name {
  readonly kind = NodeKind.Name;
  constructor(readonly pos: Pos, readonly value: string) {}
}

/** Value is the literal's source text (raw, as written); Bad marks a literal with errors. */
export class BasicLit {
  readonly kind = NodeKind.BasicLit;
  constructor(readonly pos: Pos, readonly value: string, readonly litKind: LitKind, readonly bad: boolean) {}
}

// Type { ElemList[0], ElemList[1], ... }
export class CompositeLit {
  readonly kind = NodeKind.CompositeLit;
  constructor(
    readonly pos: Pos, // position of '{'
    readonly type: Expr | null,
    readonly elemList: readonly Expr[],
    readonly nKeys: number, // number of KeyValueExpr elements
    readonly rbrace: Pos,
  ) {}
}

// Key: Value
export class KeyValueExpr {
  readonly kind = NodeKind.KeyValueExpr;
  constructor(readonly pos: Pos, readonly key: Expr, readonly value: Expr) {}
}

// func Type { Body }
export class FuncLit {
  readonly kind = NodeKind.FuncLit;
  constructor(readonly pos: Pos, readonly type: FuncType, readonly body: BlockStmt) {}
}

// (X)
export class ParenExpr {
  readonly kind = NodeKind.ParenExpr;
  constructor(readonly pos: Pos, readonly x: Expr) {}
}

// X.Sel
export class SelectorExpr {
  readonly kind = NodeKind.SelectorExpr;
  constructor(readonly pos: Pos, readonly x: Expr, readonly sel: Name) {}
}

// X[Index]
// X[T1, T2, ...]: several type arguments make Index a ListExpr
export class IndexExpr {
  readonly kind = NodeKind.IndexExpr;
  constructor(readonly pos: Pos, readonly x: Expr, readonly index: Expr) {}
}

// X[Index[0] : Index[1] : Index[2]]
export class SliceExpr {
  readonly kind = NodeKind.SliceExpr;
  constructor(
    readonly pos: Pos,
    readonly x: Expr,
    readonly index: readonly [Expr | null, Expr | null, Expr | null],
    readonly full: boolean, // true for a 3-index slice x[i:j:k]
  ) {}
}

// X.(Type)
export class AssertExpr {
  readonly kind = NodeKind.AssertExpr;
  constructor(readonly pos: Pos, readonly x: Expr, readonly type: Expr) {}
}

// [Lhs :=] X.(type)   (Lhs is null if absent)
export class TypeSwitchGuard {
  readonly kind = NodeKind.TypeSwitchGuard;
  constructor(readonly pos: Pos, readonly lhs: Name | null, readonly x: Expr) {}
}

// Op X    (unary, y === null)
// X Op Y  (binary)
export class Operation {
  readonly kind = NodeKind.Operation;
  constructor(readonly pos: Pos, readonly op: Operator, readonly x: Expr, readonly y: Expr | null) {}
}

// Fun(ArgList[0], ArgList[1], ...)
export class CallExpr {
  readonly kind = NodeKind.CallExpr;
  constructor(readonly pos: Pos, readonly fun: Expr, readonly argList: readonly Expr[], readonly hasDots: boolean) {}
}

// ElemList[0], ElemList[1], ...
export class ListExpr {
  readonly kind = NodeKind.ListExpr;
  constructor(readonly pos: Pos, readonly elemList: readonly Expr[]) {}
}

// ---------------------------------------------------------------------------------------------
// Types

// [Len]Elem; Len === null means [...]Elem
export class ArrayType {
  readonly kind = NodeKind.ArrayType;
  constructor(readonly pos: Pos, readonly len: Expr | null, readonly elem: Expr) {}
}

// []Elem
export class SliceType {
  readonly kind = NodeKind.SliceType;
  constructor(readonly pos: Pos, readonly elem: Expr) {}
}

// ...Elem
export class DotsType {
  readonly kind = NodeKind.DotsType;
  constructor(readonly pos: Pos, readonly elem: Expr) {}
}

// struct: fields in order, each with its tag (if any) at the same index
export class StructType {
  readonly kind = NodeKind.StructType;
  constructor(
    readonly pos: Pos,
    readonly fieldList: readonly Field[],
    readonly tagList: readonly (BasicLit | null)[], // i >= tagList.length means no tag for field i
  ) {}
}

// Name Type
//      Type
export class Field {
  readonly kind = NodeKind.Field;
  constructor(readonly pos: Pos, readonly name: Name | null, readonly type: Expr) {}
}

// interface with methods and embedded elements, in source order
export class InterfaceType {
  readonly kind = NodeKind.InterfaceType;
  constructor(readonly pos: Pos, readonly methodList: readonly Field[]) {}
}

export class FuncType {
  readonly kind = NodeKind.FuncType;
  constructor(readonly pos: Pos, readonly paramList: readonly Field[], readonly resultList: readonly Field[]) {}
}

// map[Key]Value
export class MapType {
  readonly kind = NodeKind.MapType;
  constructor(readonly pos: Pos, readonly key: Expr, readonly value: Expr) {}
}

//   chan Elem
// <-chan Elem
// chan<- Elem
export class ChanType {
  readonly kind = NodeKind.ChanType;
  constructor(readonly pos: Pos, readonly dir: ChanDir, readonly elem: Expr) {}
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | EmptyStmt | LabeledStmt | BlockStmt | ExprStmt | SendStmt | DeclStmt | AssignStmt
  | BranchStmt | CallStmt | ReturnStmt | IfStmt | ForStmt | SwitchStmt | SelectStmt;

export type SimpleStmt = EmptyStmt | ExprStmt | SendStmt | AssignStmt | RangeClause;

export class EmptyStmt {
  readonly kind = NodeKind.EmptyStmt;
  constructor(readonly pos: Pos) {}
}

export class LabeledStmt {
  readonly kind = NodeKind.LabeledStmt;
  constructor(readonly pos: Pos, readonly label: Name, readonly stmt: Stmt) {}
}

export class BlockStmt {
  readonly kind = NodeKind.BlockStmt;
  constructor(readonly pos: Pos, readonly list: readonly Stmt[], readonly rbrace: Pos) {}
}

export class ExprStmt {
  readonly kind = NodeKind.ExprStmt;
  constructor(readonly pos: Pos, readonly x: Expr) {}
}

export class SendStmt {
  readonly kind = NodeKind.SendStmt;
  constructor(readonly pos: Pos, readonly chan: Expr, readonly value: Expr) {}
}

export class DeclStmt {
  readonly kind = NodeKind.DeclStmt;
  constructor(readonly pos: Pos, readonly declList: readonly Decl[]) {}
}

// Lhs Op= Rhs; Op is None for plain '=' and Def for ':='. For x++ and x--, Rhs is null and
// Op is Add or Sub.
export class AssignStmt {
  readonly kind = NodeKind.AssignStmt;
  constructor(readonly pos: Pos, readonly op: Operator, readonly lhs: Expr, readonly rhs: Expr | null) {}
}

// break, continue, fallthrough or goto, with an optional label. The statement a branch
// transfers control to is recorded by the branch checker in a side table.
export class BranchStmt {
  readonly kind = NodeKind.BranchStmt;
  constructor(readonly pos: Pos, readonly tok: Token, readonly label: Name | null) {}
}

// go Call / defer Call
export class CallStmt {
  readonly kind = NodeKind.CallStmt;
  constructor(readonly pos: Pos, readonly tok: Token, readonly call: Expr) {}
}

export class ReturnStmt {
  readonly kind = NodeKind.ReturnStmt;
  constructor(readonly pos: Pos, readonly results: Expr | null) {}
}

export class IfStmt {
  readonly kind = NodeKind.IfStmt;
  constructor(
    readonly pos: Pos,
    readonly init: SimpleStmt | null,
    readonly cond: Expr | null,
    readonly then: BlockStmt,
    readonly else_: IfStmt | BlockStmt | null,
  ) {}
}

export class ForStmt {
  readonly kind = NodeKind.ForStmt;
  constructor(
    readonly pos: Pos,
    readonly init: SimpleStmt | null, // a RangeClause for range loops
    readonly cond: Expr | null,
    readonly post: SimpleStmt | null,
    readonly body: BlockStmt,
  ) {}
}

export class SwitchStmt {
  readonly kind = NodeKind.SwitchStmt;
  constructor(
    readonly pos: Pos,
    readonly init: SimpleStmt | null,
    readonly tag: Expr | null, // a TypeSwitchGuard for type switches
    readonly body: readonly CaseClause[],
    readonly rbrace: Pos,
  ) {}
}

export class SelectStmt {
  readonly kind = NodeKind.SelectStmt;
  constructor(readonly pos: Pos, readonly body: readonly CommClause[], readonly rbrace: Pos) {}
}

// [Lhs = | Lhs :=] range X
export class RangeClause {
  readonly kind = NodeKind.RangeClause;
  constructor(readonly pos: Pos, readonly lhs: Expr | null, readonly def: boolean, readonly x: Expr) {}
}

// case Cases: Body   (Cases null for default)
export class CaseClause {
  readonly kind = NodeKind.CaseClause;
  constructor(readonly pos: Pos, readonly cases: Expr | null, readonly body: readonly Stmt[], readonly colon: Pos) {}
}

// case Comm: Body   (Comm null for default)
export class CommClause {
  readonly kind = NodeKind.CommClause;
  constructor(readonly pos: Pos, readonly comm: SimpleStmt | null, readonly body: readonly Stmt[], readonly colon: Pos) {}
}

export type Node = File | Decl | Expr | Stmt | Field | RangeClause | CaseClause | CommClause;

/** x with any enclosing parentheses removed. */
export function unparen(x: Expr): Expr {
  while (x.kind === NodeKind.ParenExpr) x = x.x;
  return x;
}

/** The elements of a ListExpr, or [x] for any other expression, or [] for null. */
export function unpackListExpr(x: Expr | null): readonly Expr[] {
  if (x === null) return [];
  return x.kind === NodeKind.ListExpr ? x.elemList : [x];
}

/**
 * The position of the leftmost token of n, which for some nodes (binary operations,
 * selectors, calls, ...) differs from n.pos.
 */
export function startPos(n: Node): Pos {
  for (let m: Node = n; ;) {
    switch (m.kind) {
      case NodeKind.CompositeLit:
        if (m.type !== null) { m = m.type; continue; }
        return m.pos;
      case NodeKind.KeyValueExpr: m = m.key; continue;
      case NodeKind.SelectorExpr: m = m.x; continue;
      case NodeKind.IndexExpr: m = m.x; continue;
      case NodeKind.AssertExpr: m = m.x; continue;
      case NodeKind.TypeSwitchGuard:
        if (m.lhs !== null) { m = m.lhs; continue; }
        m = m.x; continue;
      case NodeKind.Operation:
        if (m.y !== null) { m = m.x; continue; }
        return m.pos;
      case NodeKind.CallExpr: m = m.fun; continue;
      case NodeKind.ListExpr:
        if (m.elemList.length > 0) { m = m.elemList[0]!; continue; }
        return m.pos;
      // (Fields and expression statements keep their own position, as in gc.)
      case NodeKind.SendStmt: m = m.chan; continue;
      case NodeKind.AssignStmt: m = m.lhs; continue;
      case NodeKind.RangeClause:
        if (m.lhs !== null) { m = m.lhs; continue; }
        m = m.x; continue;
      case NodeKind.File:
        return m.source.pos(0); // a file starts at its first byte (line 1, column 1)
      default:
        return m.pos;
    }
  }
}
