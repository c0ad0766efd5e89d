// The thread a `gots run` program runs on (with a Go-sized stack): runs the generated code
// handed over by runnode.ts and reports the exit status back.

import { parentPort, workerData } from "node:worker_threads";
import { runHere, type RunData } from "./runnode.js";

const r = runHere(workerData as RunData);
if (r instanceof Promise) r.then((code) => parentPort!.postMessage({ exit: code }));
else parentPort!.postMessage({ exit: r });
