// Unions and terms in constraint interfaces (types2's union.go): parsing ~T | U into Union
// types and their restrictions.



export {};
