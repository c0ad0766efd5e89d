// STUB
import { File } from "./nodes.js";
export function dumpFile(f: File): string { return JSON.stringify(f) + "\n"; }
