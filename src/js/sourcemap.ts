// Source map v3 builder: records mappings from generated (line, column) to Go source positions
// and encodes them as base64 VLQ `mappings`.
//
// Go positions are single integers (see src/source); this package must not import the Go side,
// so the caller supplies a resolver turning a position into file, line and column. Mappings
// must be added in generated order, which is the order the printer writes them.

/** A resolved Go position: 1-based line and column, as Go reports them. */
export interface ResolvedPosition {
  file: string;
  line: number;
  column: number;
}

export type PositionResolver = (pos: number) => ResolvedPosition | undefined;

/** The JSON object of a version 3 source map. */
export interface SourceMapV3 {
  version: 3;
  file?: string;
  sourceRoot?: string;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

export interface SourceMapOptions {
  /** The generated file's name, recorded as `file`. */
  file?: string;
  sourceRoot?: string;
  /** Returns a source's text for `sourcesContent`; omitted, the field is left out. */
  sourceContent?: (file: string) => string | undefined;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The base64 VLQ encoding of v. */
export function encodeVLQ(v: number): string {
  let x = v < 0 ? (-v << 1) | 1 : v << 1;
  let s = "";
  do {
    let digit = x & 31;
    x >>>= 5;
    if (x !== 0) digit |= 32;
    s += B64[digit];
  } while (x !== 0);
  return s;
}

// Each mapping is six numbers in a flat array: generated line, generated column, source index,
// source line, source column (all 0-based) and name index (-1 for none).
const STRIDE = 6;

export class SourceMapBuilder {
  private readonly resolve: PositionResolver;
  private readonly opts: SourceMapOptions;
  private readonly sources: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly m: number[] = [];

  constructor(resolve: PositionResolver, opts: SourceMapOptions = {}) {
    this.resolve = resolve;
    this.opts = opts;
  }

  /** The number of mappings recorded so far. */
  get length(): number {
    return this.m.length / STRIDE;
  }

  /** Registers a source file and returns its index (stable across calls). */
  addSource(file: string): number {
    let i = this.sourceIndex.get(file);
    if (i === undefined) {
      i = this.sources.length;
      this.sources.push(file);
      this.sourceIndex.set(file, i);
    }
    return i;
  }

  /**
   * Maps the generated position (0-based line and column) to the Go position pos. Positions the
   * resolver does not know are ignored.
   */
  add(genLine: number, genCol: number, pos: number, name?: string): void {
    const r = this.resolve(pos);
    if (r === undefined) return;
    this.addResolved(genLine, genCol, r.file, r.line, r.column, name);
  }

  /** Like add, with the source position given as file and 1-based line and column. */
  addResolved(genLine: number, genCol: number, file: string, line: number, column: number, name?: string): void {
    const src = this.addSource(file);
    let ni = -1;
    if (name !== undefined) {
      const k = this.nameIndex.get(name);
      if (k === undefined) {
        ni = this.names.length;
        this.names.push(name);
        this.nameIndex.set(name, ni);
      } else ni = k;
    }
    const m = this.m;
    const n = m.length;
    const l0 = line - 1, c0 = Math.max(column - 1, 0);
    if (n > 0 && m[n - STRIDE] === genLine) {
      if (m[n - STRIDE + 1] === genCol) {
        // Nested nodes starting at the same place: the innermost (the last) is the most precise.
        m[n - STRIDE + 2] = src; m[n - STRIDE + 3] = l0; m[n - STRIDE + 4] = c0; m[n - STRIDE + 5] = ni;
        return;
      }
      // A lookup finds the closest mapping to the left, so a repeat of the same source
      // position adds nothing.
      if (m[n - STRIDE + 2] === src && m[n - STRIDE + 3] === l0 && m[n - STRIDE + 4] === c0 && m[n - STRIDE + 5] === ni) return;
    }
    m.push(genLine, genCol, src, l0, c0, ni);
  }

  /** The `mappings` string. */
  mappings(): string {
    const m = this.m;
    let out = "";
    let line = 0, prevCol = 0, prevSrc = 0, prevLine = 0, prevSrcCol = 0, prevName = 0;
    let first = true;
    for (let i = 0; i < m.length; i += STRIDE) {
      const gl = m[i]!;
      if (gl !== line) {
        out += ";".repeat(gl - line);
        line = gl;
        prevCol = 0;
        first = true;
      }
      if (!first) out += ",";
      first = false;
      out += encodeVLQ(m[i + 1]! - prevCol);
      prevCol = m[i + 1]!;
      out += encodeVLQ(m[i + 2]! - prevSrc);
      prevSrc = m[i + 2]!;
      out += encodeVLQ(m[i + 3]! - prevLine);
      prevLine = m[i + 3]!;
      out += encodeVLQ(m[i + 4]! - prevSrcCol);
      prevSrcCol = m[i + 4]!;
      const ni = m[i + 5]!;
      if (ni >= 0) {
        out += encodeVLQ(ni - prevName);
        prevName = ni;
      }
    }
    return out;
  }

  toJSON(): SourceMapV3 {
    const sm: SourceMapV3 = { version: 3, sources: this.sources.slice(), names: this.names.slice(), mappings: this.mappings() };
    if (this.opts.file !== undefined) sm.file = this.opts.file;
    if (this.opts.sourceRoot !== undefined) sm.sourceRoot = this.opts.sourceRoot;
    const content = this.opts.sourceContent;
    if (content) sm.sourcesContent = this.sources.map((f) => content(f) ?? null);
    return sm;
  }

  toString(): string {
    return JSON.stringify(this.toJSON());
  }
}

const B64_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;

/**
 * Decodes a v3 `mappings` string: for each generated line, its segments with absolute values
 * [generated column, source index, source line, source column(, name index)], all 0-based.
 */
export function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  let line: number[][] = [];
  let src = 0, srcLine = 0, srcCol = 0, name = 0, genCol = 0;
  let seg: number[] = [];
  let value = 0, shift = 0;
  const endSegment = (): void => {
    if (seg.length === 0) return;
    genCol += seg[0]!;
    const out = [genCol];
    if (seg.length >= 4) {
      src += seg[1]!; srcLine += seg[2]!; srcCol += seg[3]!;
      out.push(src, srcLine, srcCol);
      if (seg.length >= 5) { name += seg[4]!; out.push(name); }
    }
    line.push(out);
    seg = [];
  };
  for (let i = 0; i < mappings.length; i++) {
    const c = mappings.charCodeAt(i);
    if (c === 0x3b /* ; */) {
      endSegment();
      lines.push(line);
      line = [];
      genCol = 0;
      continue;
    }
    if (c === 0x2c /* , */) { endSegment(); continue; }
    const d = B64_INDEX[c]!;
    value += (d & 31) << shift;
    if (d & 32) { shift += 5; continue; }
    seg.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  endSegment();
  lines.push(line);
  return lines;
}
