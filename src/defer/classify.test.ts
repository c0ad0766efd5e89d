// gc's choice of defer strategy, checked end to end: every testdata/defer/X.go built with
// `gots build -gcflags=...` must print what gc printed (X.<variant>.txt), and `gots defers`
// must print its golden (X.defers.golden; `npm test -- --update` rewrites those).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const dir = fileURLToPath(new URL("../../../testdata/defer/", import.meta.url));
const cli = fileURLToPath(new URL("../cli.js", import.meta.url));
const update = process.env.GOTS_UPDATE_GOLDEN === "1";

const variants: Record<string, string> = {
  default: "-d=defer",
  N: "-N -l -d=defer",
  noopendefer: "-d=defer,noopendefer=1",
};

function gots(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const out = mkdtempSync(join(tmpdir(), "gots-defer-"));
test.after(() => rmSync(out, { recursive: true, force: true }));

for (const file of readdirSync(dir).filter((f) => f.endsWith(".go")).sort()) {
  const base = file.slice(0, -3);
  for (const [variant, flags] of Object.entries(variants)) {
    const expected = join(dir, `${base}.${variant}.txt`);
    if (!existsSync(expected)) continue;
    test(`gots build -gcflags='${flags}' ${file}`, () => {
      const r = gots(["build", "-o", join(out, base + ".js"), `-gcflags=${flags}`, file]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stderr.split("\n").filter((l) => l !== "");
      assert.equal(lines[0], "# command-line-arguments");
      const got = lines.slice(1).map((l) => l.replace(/^\.\//, "")).join("\n") + "\n";
      assert.equal(got, readFileSync(expected, "utf8"));
    });
  }
  test(`gots defers ${file}`, () => {
    const r = gots(["defers", file]);
    assert.equal(r.status, 0, r.stderr);
    const golden = join(dir, `${base}.defers.golden`);
    if (update || !existsSync(golden)) writeFileSync(golden, r.stdout);
    else assert.equal(r.stdout, readFileSync(golden, "utf8"));
  });
}

test("gots build -gcflags rejects flags it does not know", () => {
  const r = gots(["build", "-o", join(out, "x.js"), "-gcflags=-d=nosuchkey", "defer1.go"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown debug key nosuchkey/);
});
