// Unit tests for the scanner: token streams, automatic semicolons, literals, directives and
// gc's error messages at gc's positions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Scanner } from "./scanner.js";
import { Token, tokenString, operatorString, LitKind } from "./token.js";
import { textToByteString } from "../base/index.js";

interface Scanned { toks: string[]; errors: string[]; directives: string[] }

/** Scans src; text is UTF-8 encoded first unless raw (then src is already a byte string). */
function scan(src: string, raw = false): Scanned {
  const errors: string[] = [];
  const directives: string[] = [];
  const s = new Scanner(raw ? src : textToByteString(src), (off, msg) => errors.push(`${off}: ${msg}`), (off, text) => directives.push(`${off}: ${text}`));
  const toks: string[] = [];
  for (;;) {
    s.next();
    if (s.tok === Token.EOF) break;
    switch (s.tok) {
      case Token.Name: toks.push(`name(${s.lit})`); break;
      case Token.Literal: toks.push(`${LitKind[s.kind]}(${s.lit})${s.bad ? "!" : ""}`); break;
      case Token.Semi: toks.push(`;${s.lit}`); break;
      case Token.Operator: case Token.Star: toks.push(operatorString(s.op)); break;
      case Token.AssignOp: toks.push(operatorString(s.op) + "="); break;
      case Token.IncOp: toks.push(operatorString(s.op).repeat(2)); break;
      default: toks.push(tokenString(s.tok));
    }
    if (toks.length > 1000) throw new Error("runaway scanner");
  }
  return { toks, errors, directives };
}

function expectTokens(src: string, want: string): void {
  const r = scan(src);
  assert.deepEqual(r.errors, [], `errors for ${JSON.stringify(src)}`);
  assert.equal(r.toks.join(" "), want);
}

function expectErrors(src: string, ...want: string[]): void {
  assert.deepEqual(scan(src, true).errors, want, `errors for ${JSON.stringify(src)}`);
}

test("operators and punctuation", () => {
  expectTokens("+ - * / % & | ^ << >> &^ && || <- ++ -- == < > = ! ~ != <= >= := ...",
    "+ - * / % & | ^ << >> &^ && || <- ++ -- == < > = ! ~ != <= >= := ...");
  expectTokens("+= -= *= /= %= &= |= ^= <<= >>= &^=", "+= -= *= /= %= &= |= ^= <<= >>= &^=");
  expectTokens("( [ { , ; : . ) ] }", "( [ { , ;semicolon : . ) ] } ;EOF");
  expectTokens("a..b", "name(a) . . name(b) ;EOF");
});

test("keywords and identifiers", () => {
  expectTokens("break case chan const continue default defer else fallthrough for func go goto if",
    "break case chan const continue default defer else fallthrough for func go goto if");
  expectTokens("import interface map package range return select struct switch type var",
    "import interface map package range return select struct switch type var");
  expectTokens("x _y ΔΣ résumé 日本語 a1 breaks", "name(x) name(_y) name(\u00ce\u0094\u00ce\u00a3) name(r\u00c3\u00a9sum\u00c3\u00a9) name(\u00e6\u0097\u00a5\u00e6\u009c\u00ac\u00e8\u00aa\u009e) name(a1) name(breaks) ;EOF");
});

test("automatic semicolons", () => {
  expectTokens("x\ny", "name(x) ;newline name(y) ;EOF");
  expectTokens("return\nbreak\ncontinue\nfallthrough\n", ";newline".replace(/^/, "return ") + " break ;newline continue ;newline fallthrough ;newline");
  expectTokens("f()\n[]int{}\nx++\ny--\n", "name(f) ( ) ;newline [ ] name(int) { } ;newline name(x) ++ ;newline name(y) -- ;newline");
  expectTokens("x /* a\nb */ y", "name(x) ;newline name(y) ;EOF");
  expectTokens("x /* a b */ y", "name(x) name(y) ;EOF");
  expectTokens("x // comment\ny", "name(x) ;newline name(y) ;EOF");
  expectTokens("if x {\n}\n", "if name(x) { } ;newline"); // no ';' after '{'
  expectTokens("x\r\ny", "name(x) ;newline name(y) ;EOF");
});

test("number literals", () => {
  expectTokens("0 123 0x1F 0X_ff 0o17 0O7 0b101 0B1 017 1_000_000",
    "Int(0) Int(123) Int(0x1F) Int(0X_ff) Int(0o17) Int(0O7) Int(0b101) Int(0B1) Int(017) Int(1_000_000) ;EOF");
  expectTokens("1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8p3 0X.8P0 1_0.2_5",
    "Float(1.5) Float(.5) Float(1.) Float(1e10) Float(1E-3) Float(0x1p-2) Float(0x1.8p3) Float(0X.8P0) Float(1_0.2_5) ;EOF");
  expectTokens("1i 0.5i 0x1p1i 089i 1e2i", "Imag(1i) Imag(0.5i) Imag(0x1p1i) Imag(089i) Imag(1e2i) ;EOF");
  expectTokens("089.5", "Float(089.5) ;EOF"); // decimal float with leading 0 is fine
});

test("number literal errors", () => {
  expectErrors("0x", "2: hexadecimal literal has no digits");
  expectErrors("0b", "2: binary literal has no digits");
  expectErrors("1e", "2: exponent has no digits");
  expectErrors("0b12", "3: invalid digit '2' in binary literal");
  expectErrors("09", "1: invalid digit '9' in octal literal");
  expectErrors("0o8", "2: invalid digit '8' in octal literal");
  expectErrors("1__0", "2: '_' must separate successive digits");
  expectErrors("1_", "1: '_' must separate successive digits");
  expectErrors("0x_1_", "4: '_' must separate successive digits");
  expectErrors("0x1.0", "5: hexadecimal mantissa requires a 'p' exponent");
  expectErrors("0o1.2", "3: invalid radix point in octal literal");
  expectErrors("0b1e2", "3: 'e' exponent requires decimal mantissa");
  expectErrors("1p2", "1: 'p' exponent requires hexadecimal mantissa");
});

test("rune and string literals", () => {
  expectTokens(`'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' '\\377' '\\''`,
    `Rune('a') Rune('\\n') Rune('\\x41') Rune('\\u00e9') Rune('\\U0001F600') Rune('\\377') Rune('\\'') ;EOF`);
  expectTokens(`"" "abc" "a\\"b" "\\a\\b\\f\\n\\r\\t\\v\\\\"`, `String("") String("abc") String("a\\"b") String("\\a\\b\\f\\n\\r\\t\\v\\\\") ;EOF`);
  expectTokens("`raw\\n\r\nline`", "String(`raw\\n\r\nline`) ;EOF");
});

test("rune and string errors", () => {
  expectErrors("''", "1: empty rune literal or unescaped '");
  expectErrors("'ab'", "0: more than one character in rune literal");
  expectErrors("'a", "2: rune literal not terminated".replace("2", "0"));
  expectErrors("'\n'", "1: newline in rune literal", "2: rune literal not terminated");
  expectErrors(`"abc`, "0: string not terminated");
  expectErrors("`abc", "0: string not terminated");
  expectErrors(`"a\nb"`, "2: newline in string", "4: string not terminated");
  expectErrors(`"\\q"`, "2: unknown escape");
  expectErrors(`"\\400"`, "5: octal escape value 256 > 255");
  expectErrors(`"\\uD800"`, "7: escape is invalid Unicode code point U+D800");
  expectErrors(`"\\U00110000"`, "11: escape is invalid Unicode code point U+110000");
  expectErrors(`"\\xg0"`, "3: invalid character 'g' in hexadecimal escape");
  expectErrors(`'\\"'`, "2: unknown escape");
});

test("invalid characters and encodings", () => {
  expectErrors("a @ b", "2: invalid character U+0040 '@'");
  expectErrors("x\x00y", "1: invalid NUL character");
  expectErrors("x \xff y", "2: invalid UTF-8 encoding");
  expectErrors("\xef\xbb\xbfx");
  expectErrors("x\xef\xbb\xbf", "1: invalid BOM in the middle of the file");
  expectErrors("a\u00b7b".replace("\u00b7", "\xc2\xb7"), "1: invalid character U+00B7 '\u00c2\u00b7' in identifier");
  expectErrors("/* abc", "0: comment not terminated");
  // a Unicode digit cannot start an identifier (U+0660 ARABIC-INDIC DIGIT ZERO)
  expectErrors("\xd9\xa0x", "0: identifier cannot begin with digit U+0660 '\u00d9\u00a0'");
});

test("directives", () => {
  const r = scan("//go:noinline\n//line foo.go:10\n// not a directive\n/*line bar.go:1:1*/x\n//go:build linux");
  assert.deepEqual(r.directives, ["0: //go:noinline", "14: //line foo.go:10", "50: /*line bar.go:1:1*/", "71: //go:build linux"]);
});
