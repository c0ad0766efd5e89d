// Natives of package sync: fatal errors (not panics: deferred calls do not run and recover
// cannot stop them).
import { registerNatives, GoFatal } from "../../../runtime/index.js";

registerNatives("sync", {
  fatal(msg: string): never {
    throw new GoFatal(msg);
  },
});
