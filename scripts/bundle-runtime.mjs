// Bundles the runtime, the standard library's natives and the Node host into one script
// (dist/runtime.node.js) that `gots build` puts in front of every program. It defines the
// global $gotsRuntime.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/hosts/node.js"],
  bundle: true,
  platform: "node",
  format: "iife",
  globalName: "$gotsRuntime",
  outfile: "dist/runtime.node.js",
  target: "node20",
  logLevel: "warning",
});
