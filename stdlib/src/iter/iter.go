// Package iter: the iterator function types that range-over-func loops accept.
package iter

// Seq yields a sequence of values until yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs.
type Seq2[K, V any] func(yield func(K, V) bool)
