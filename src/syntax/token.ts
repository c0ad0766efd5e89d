// Tokens, operators and literal kinds of Go's lexical grammar, as the scanner reports them.
//
// The token set mirrors gc's syntax package: operators are grouped into a few token kinds
// (Operator, AssignOp, IncOp, Star) with the precise operator carried separately, which is
// what the parser's precedence climbing and gc's error texts ("unexpected +=") need.

export enum Token {
  None = 0,
  EOF,

  Name,
  Literal,

  Operator, // op
  AssignOp, // op=
  IncOp,    // opop
  Assign,   // =
  Define,   // :=
  Arrow,    // <-
  Star,     // *

  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,

  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,

  Count,
}

const tokenStrings: string[] = [
  "", "EOF", "name", "literal", "op", "op=", "opop", "=", ":=", "<-", "*",
  "(", "[", "{", ")", "]", "}", ",", ";", ":", ".", "...",
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
  "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
  "return", "select", "struct", "switch", "type", "var",
];

/** The token's spelling as gc's Token.String gives it. */
export function tokenString(t: Token): string {
  return tokenStrings[t] ?? `Token(${t})`;
}

/** Keyword lookup: name → token. */
export const keywords: ReadonlyMap<string, Token> = new Map(
  tokenStrings.slice(Token.Break, Token.Var + 1).map((s, i) => [s, (Token.Break + i) as Token]),
);

export enum LitKind {
  Int,
  Float,
  Imag,
  Rune,
  String,
}

export enum Operator {
  None = 0,
  Def,   // :
  Not,   // !
  Recv,  // <-
  Tilde, // ~

  OrOr,   // ||
  AndAnd, // &&

  Eql, // ==
  Neq, // !=
  Lss, // <
  Leq, // <=
  Gtr, // >
  Geq, // >=

  Add, // +
  Sub, // -
  Or,  // |
  Xor, // ^

  Mul,    // *
  Div,    // /
  Rem,    // %
  And,    // &
  AndNot, // &^
  Shl,    // <<
  Shr,    // >>
}

const operatorStrings = [
  "", ":", "!", "<-", "~", "||", "&&", "==", "!=", "<", "<=", ">", ">=",
  "+", "-", "|", "^", "*", "/", "%", "&", "&^", "<<", ">>",
];

export function operatorString(op: Operator): string {
  return operatorStrings[op] ?? `Operator(${op})`;
}

/** Binary operator precedences. */
export enum Prec {
  None = 0,
  OrOr = 1,
  AndAnd = 2,
  Cmp = 3,
  Add = 4,
  Mul = 5,
}
