// Type substitution (types2 subst.go): replacing type parameters by type arguments.

export {};
