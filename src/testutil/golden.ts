// Golden-file comparison for tests: compares output with a file, or rewrites the file when
// GOTS_UPDATE_GOLDEN is set (`npm test -- --update`). Golden diffs are reviewed like code.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import assert from "node:assert/strict";

export const updating = process.env.GOTS_UPDATE_GOLDEN === "1";

export function expectGolden(path: string, actual: string): void {
  if (updating) {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden file ${path} (run npm test -- --update)`);
  assert.equal(actual, readFileSync(path, "latin1"), `output differs from ${path}`);
}
