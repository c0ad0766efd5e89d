// Type parameter helpers (types2 typeparam.go).

export {};
