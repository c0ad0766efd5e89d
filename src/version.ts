// The gots version, printed by `gots version`.
export const VERSION = "0.1.0";
