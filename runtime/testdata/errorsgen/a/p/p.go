// Package p declares a type whose name prints like b/p's.
package p

type T struct{}
