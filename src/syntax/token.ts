// STUB, replaced by the real token table.
export enum Token { EOF }
export function tokenString(t: Token): string { return Token[t]!; }
