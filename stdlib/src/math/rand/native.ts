// Natives of math/rand: the lagged Fibonacci step over the generator's words held as
// 32-bit halves (Uint32Arrays hi and lo of the rngSource struct), the host's entropy for
// the global source, and whether GODEBUG asks for the Go 1 seeding of the global source.
import { registerNatives } from "../../../../runtime/index.js";
import { host } from "../../../../runtime/host.js";
import { entropy64, u64 } from "./v2/native.js";

const LEN = 607;

interface RngSource { tap: number; feed: number; hi: Uint32Array; lo: Uint32Array }

function step(r: RngSource): number {
  let tap = r.tap - 1;
  if (tap < 0) tap += LEN;
  let feed = r.feed - 1;
  if (feed < 0) feed += LEN;
  r.tap = tap;
  r.feed = feed;
  const lo = r.lo[feed]! + r.lo[tap]!;
  const hi = (r.hi[feed]! + r.hi[tap]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  r.lo[feed] = lo;
  r.hi[feed] = hi;
  return feed;
}

registerNatives("math/rand", {
  rngSource$Uint64(r: RngSource): number | bigint {
    const i = step(r);
    return u64(r.hi[i]!, r.lo[i]!);
  },
  rngSource$Int63(r: RngSource): number | bigint {
    const i = step(r);
    return u64(r.hi[i]! & 0x7fffffff, r.lo[i]!);
  },
  runtimeRand: entropy64,
  autoseedOff(): boolean {
    const d = host.env["GODEBUG"] ?? "";
    let off = false;
    // Later settings override earlier ones, as in GODEBUG parsing.
    for (const kv of d.split(",")) if (kv.startsWith("randautoseed=")) off = kv === "randautoseed=0";
    return off;
  },
});
