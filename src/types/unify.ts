// Type unification (types2 unify.go): matching two types while inferring type parameters.

export {};
