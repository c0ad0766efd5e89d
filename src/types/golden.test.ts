// Golden tests for type errors: `gots check X.go` on each testdata/check/X.go must print
// X.out exactly (stderr, as go build prints it). The .out files were compared with
// `go build`'s output when written; `npm test -- --update` rewrites them. The programs import
// nothing, so no Go installation is needed. The test directory's absolute path, which gc
// prints in some messages, appears as $DIR.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { expectGolden } from "../testutil/golden.js";

const dir = "testdata/check";
const cli = resolve("dist/src/cli.js");

for (const name of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`check golden ${name}`, () => {
    const r = spawnSync(process.execPath, [cli, "check", name], { cwd: dir, encoding: "latin1" });
    assert.ok(r.status === 0 || r.status === 1, `exit status ${r.status}: ${r.stderr}`);
    // gc prints some positions inside messages with absolute paths; the golden files say $DIR.
    const out = (r.stdout + r.stderr).split(resolve(dir)).join("$DIR");
    expectGolden(join(dir, name.replace(/\.go$/, ".out")), out);
  });
}
