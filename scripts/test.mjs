// Runs every compiled unit test (dist/**/*.test.js) with node's built-in test runner.
// `npm test -- --update` rewrites golden files instead of comparing against them.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".test.js")) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = args.filter((a) => {
  if (a === "--update") { env.GOTS_UPDATE_GOLDEN = "1"; return false; }
  return true;
});
const files = walk("dist", []).sort();
const r = spawnSync(process.execPath, ["--test", ...rest, ...files], { stdio: "inherit", env });
process.exit(r.status ?? 1);
