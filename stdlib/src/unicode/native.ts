// Natives of package unicode: the encoded tables, kept on the TypeScript side so that the
// Go source the compiler reads for every program stays small.
import { registerNatives } from "../../../runtime/index.js";
import { tables } from "./tablesdata.js";

registerNatives("unicode", {
  tableData(name: string): string {
    const s = tables[name];
    if (s === undefined) throw new Error(`unicode: no table ${name}`);
    return s;
  },
});
