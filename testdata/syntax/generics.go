package p

type A[P any] []P
type B[P *int,] int
type C[P] int
type D[P any, Q] int
func f[](x int) {}
type E interface {
	m[T any]()
	~int | string
}
var _ = []int{1, 2, 3}[1:2:]
var _ = x[1::3]

