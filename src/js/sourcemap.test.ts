// Source map tests: VLQ encoding, and mappings recorded by the printer decoded back to the Go
// positions of the nodes that carried them.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as j from "./index.js";
import { BinOp } from "./index.js";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one VLQ-encoded group of fields. */
function decodeVLQs(s: string): number[] {
  const out: number[] = [];
  let v = 0, shift = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    assert.ok(d >= 0, `bad base64 digit ${ch}`);
    v += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else {
      out.push(v & 1 ? -Math.floor(v / 2) : Math.floor(v / 2));
      v = 0;
      shift = 0;
    }
  }
  assert.equal(shift, 0);
  return out;
}

interface Mapping { genLine: number; genCol: number; src: number; line: number; col: number; name?: number }

function decodeMappings(m: string): Mapping[] {
  const res: Mapping[] = [];
  let src = 0, line = 0, col = 0, name = 0;
  m.split(";").forEach((group, genLine) => {
    let genCol = 0;
    if (group === "") return;
    for (const seg of group.split(",")) {
      const f = decodeVLQs(seg);
      assert.ok(f.length === 4 || f.length === 5, seg);
      genCol += f[0]!;
      src += f[1]!;
      line += f[2]!;
      col += f[3]!;
      const mp: Mapping = { genLine, genCol, src, line, col };
      if (f.length === 5) { name += f[4]!; mp.name = name; }
      res.push(mp);
    }
  });
  return res;
}

test("VLQ round-trip", () => {
  for (const v of [0, 1, -1, 15, 16, -16, 31, 32, 1000, -1000, 2 ** 20, -(2 ** 29), 2 ** 30 - 1]) {
    assert.deepEqual(decodeVLQs(j.encodeVLQ(v)), [v], String(v));
  }
  assert.equal(j.encodeVLQ(0), "A");
  assert.equal(j.encodeVLQ(1), "C");
  assert.equal(j.encodeVLQ(-1), "D");
  assert.equal(j.encodeVLQ(16), "gB");
});

// Positions in these tests encode file, line and column: file*10000 + line*100 + column.
const resolve = (pos: number): j.ResolvedPosition | undefined =>
  pos < 0 ? undefined : { file: ["a.go", "b.go"][Math.floor(pos / 10000)]!, line: Math.floor(pos / 100) % 100, column: pos % 100 };

test("printer records a mapping at each positioned node", () => {
  for (const minify of [false, true]) {
    const sm = new j.SourceMapBuilder(resolve, { file: "out.js", sourceContent: (f) => (f === "a.go" ? "package a\n" : undefined) });
    const prog = j.program([
      j.funcDecl("f", ["x"], [
        j.return_(j.binary(BinOp.Add, j.ident("x", 305, "x"), j.call(j.ident("g", 307, "G"), [j.num(1, 309)], 308), 306), 302),
      ], {}, 201),
      j.exprStmt(j.call(j.ident("f", 10401, "F"), [j.str("s", 10403)], 10402), 10401),
      j.exprStmt(j.ident("ignored", -1)),
    ]);
    const code = j.printProgram(prog, { minify, sourceMap: sm });
    const map = sm.toJSON();
    assert.equal(map.version, 3);
    assert.equal(map.file, "out.js");
    assert.deepEqual(map.sources, ["a.go", "b.go"]);
    assert.deepEqual(map.sourcesContent, ["package a\n", null]);
    assert.deepEqual(map.names, ["x", "G", "F"]);
    const ms = decodeMappings(map.mappings);
    // The mapping whose generated position is where `text` (the n-th occurrence) begins.
    const at = (text: string, nth = 0): Mapping => {
      let idx = -1;
      for (let k = 0; k <= nth; k++) idx = code.indexOf(text, idx + 1);
      assert.ok(idx >= 0, text);
      const before = code.slice(0, idx);
      const genLine = before.split("\n").length - 1;
      const genCol = idx - (before.lastIndexOf("\n") + 1);
      const m = ms.find((m) => m.genLine === genLine && m.genCol === genCol);
      assert.ok(m, `no mapping at ${text} (${genLine}:${genCol}) in ${JSON.stringify(ms)}\n${code}`);
      return m;
    };
    const want = (m: Mapping, src: number, line: number, col: number, name?: number): void =>
      assert.deepEqual(m, name === undefined ? { genLine: m.genLine, genCol: m.genCol, src, line: line - 1, col: col - 1 } : { genLine: m.genLine, genCol: m.genCol, src, line: line - 1, col: col - 1, name }, code);
    want(at("function"), 0, 2, 1);
    want(at("return"), 0, 3, 2);
    // `x + g(1)` starts with x: the innermost node there wins over the binary expression.
    want(at(minify ? "x+" : "x + "), 0, 3, 5, 0);
    want(at("g("), 0, 3, 7, 1);
    want(at("1)"), 0, 3, 9);
    want(at("f(\"s\")"), 1, 4, 1, 2);
    want(at("\"s\""), 1, 4, 3);
    assert.equal(ms.length, 7, JSON.stringify(ms));
    // Mappings are sorted by generated position.
    for (let k = 1; k < ms.length; k++) {
      const p = ms[k - 1]!, q = ms[k]!;
      assert.ok(p.genLine < q.genLine || (p.genLine === q.genLine && p.genCol < q.genCol));
    }
    assert.equal(JSON.parse(sm.toString()).mappings, map.mappings);
  }
});

test("repeated source positions on a line are recorded once", () => {
  const sm = new j.SourceMapBuilder(resolve);
  sm.add(0, 0, 101);
  sm.add(0, 4, 101);
  sm.add(0, 8, 102);
  sm.add(2, 1, 102);
  sm.add(2, 1, 103);
  const ms = decodeMappings(sm.mappings());
  assert.deepEqual(ms.map((m) => [m.genLine, m.genCol, m.line, m.col]), [[0, 0, 0, 0], [0, 8, 0, 1], [2, 1, 0, 2]]);
  assert.equal(sm.mappings().split(";").length, 3);
});
