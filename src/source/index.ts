// Package source: source files, positions and the offset → line:column mapping.
//
// A position (Pos) is one integer: the file's base in its FileSet plus a byte offset, as in
// go/token. Line and column are computed only when a position is printed, by binary search
// over line starts that are themselves computed lazily, once per file. Columns are 1-based
// byte columns, as gc prints them.
//
// //line directives are recorded by the scanner (addLineDirective) and applied when a
// position is formatted, so reported positions match gc's.

/** A position: file base + byte offset. 0 means "no position". */
export type Pos = number;
export const NoPos: Pos = 0;

/** A position after //line adjustment, ready to print. */
export interface Position {
  filename: string;
  line: number;
  col: number; // 0 when a //line directive gave a line but no column
}

interface LineDirective {
  offset: number;   // byte offset where the directive takes effect (start of the next line)
  filename: string;
  line: number;
  col: number;      // 0: no column given
  fromLine: number; // physical line number where offset lies
}

/** One Go source file: its name and its text as a byte string (one char per byte). */
export class Source {
  /** Base of this file in its FileSet; positions in it are base + offset. */
  base = 1;
  private lineStarts: number[] | null = null;
  private directives: LineDirective[] = [];

  constructor(readonly filename: string, readonly text: string) {}

  get size(): number { return this.text.length; }

  pos(offset: number): Pos { return this.base + offset; }
  offset(pos: Pos): number { return pos - this.base; }

  private starts(): number[] {
    let ls = this.lineStarts;
    if (ls === null) {
      ls = [0];
      const t = this.text;
      let i = t.indexOf("\n");
      while (i >= 0) {
        ls.push(i + 1);
        i = t.indexOf("\n", i + 1);
      }
      this.lineStarts = ls;
    }
    return ls;
  }

  /** Physical 1-based line and byte column of an offset (no //line adjustment). */
  lineCol(offset: number): { line: number; col: number } {
    const ls = this.starts();
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - ls[lo]! + 1 };
  }

  /** Records a //line (or /*line*\/) directive taking effect at offset. */
  addLineDirective(offset: number, filename: string, line: number, col: number): void {
    this.directives.push({ offset, filename, line, col, fromLine: this.lineCol(offset).line });
  }

  /** The position of an offset as gc reports it, //line directives applied. */
  position(offset: number): Position {
    const { line, col } = this.lineCol(offset);
    const ds = this.directives;
    let d: LineDirective | undefined;
    // Directives are added in source order; find the last one at or before offset.
    for (let i = ds.length - 1; i >= 0; i--) {
      if (ds[i]!.offset <= offset) { d = ds[i]; break; }
    }
    if (d === undefined) return { filename: this.filename, line, col };
    const dl = line - d.fromLine;
    if (d.col === 0) return { filename: d.filename, line: d.line + dl, col: 0 };
    // A column in the directive applies to the first line only.
    const dcol = this.lineCol(d.offset).col;
    return { filename: d.filename, line: d.line + dl, col: dl === 0 ? d.col + col - dcol : col };
  }
}

/** A set of sources with disjoint position ranges. */
export class FileSet {
  private files: Source[] = [];
  private next = 1;

  add(src: Source): Source {
    src.base = this.next;
    this.next += src.size + 1; // +1 so the EOF position of one file is not the next file's first
    this.files.push(src);
    return src;
  }

  file(pos: Pos): Source | undefined {
    const fs = this.files;
    let lo = 0, hi = fs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = fs[mid]!;
      if (pos < f.base) hi = mid - 1;
      else if (pos > f.base + f.size) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  position(pos: Pos): Position | undefined {
    const f = this.file(pos);
    return f === undefined ? undefined : f.position(pos - f.base);
  }
}

/** Formats a position as gc does: file:line:col, or file:line when the column is unknown. */
export function formatPosition(p: Position): string {
  return p.col > 0 ? `${p.filename}:${p.line}:${p.col}` : `${p.filename}:${p.line}`;
}
