// `gots run --faketime`: every testdata/faketime/X.go must print X.out, which real Go built
// with the playground's virtual clock printed (testdata/faketime/gen.sh), on every run. (The
// programs wait for timers an hour ahead: without the virtual clock they would not finish.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const dir = fileURLToPath(new URL("../../testdata/faketime/", import.meta.url));
const cli = fileURLToPath(new URL("./cli.js", import.meta.url));

for (const file of readdirSync(dir).filter((f) => f.endsWith(".go")).sort()) {
  test(`gots run --faketime ${file}`, () => {
    const r = spawnSync(process.execPath, [cli, "run", "--faketime", file], { cwd: dir, encoding: "latin1" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(dir + file.slice(0, -3) + ".out", "latin1"));
  });
}
