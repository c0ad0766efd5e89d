// A package: its import path, name, scope of package-level objects, imports, and whether it
// is completely type-checked (imported packages are).

import { Scope } from "./scope.js";

export class Package {
  imports: Package[] = [];
  /** All package-level objects are checked (always true for imported packages). */
  complete = false;
  /** The language version the package is checked with ("go1.23"), or "" for the newest. */
  goVersion = "";
  /** For fake packages created after an import error. */
  fake = false;

  constructor(readonly path: string, public name: string, readonly scope: Scope) {}

  toString(): string { return `package ${this.name} ("${this.path}")`; }
}
