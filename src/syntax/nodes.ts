// STUB, replaced by the real AST.
export interface File { kind: "File" }
