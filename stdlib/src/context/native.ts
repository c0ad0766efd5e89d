// Natives of package context: what reflect would tell about a dynamic type, and a
// non-blocking poll of a Done channel.
import { registerNatives, selectgo, type Chan, type Iface } from "../../../runtime/index.js";

registerNatives("context", {
  typeString(v: Iface): string {
    return v.t.str;
  },
  comparable(v: Iface): boolean {
    return v.t.comparable;
  },
  ready(c: Chan | null): boolean {
    // With a default case the select never parks, so its generator finishes on the first step.
    const r = selectgo([[2, c, undefined]], true).next();
    return r.done === true && r.value[0] === 0;
  },
});
