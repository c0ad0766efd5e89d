package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func F[T any]() { F[*T]() }

func Zero[T any]() T { var z T; return z }

func main() {
	_ = Sum([]string{"a"})
	_ = Zero()
	F[int]()
}
