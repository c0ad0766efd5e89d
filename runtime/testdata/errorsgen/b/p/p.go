// Package p declares a type whose name prints like a/p's.
package p

type T struct{}
