package p

//go:noinline
type T int

//go:embed x
const c = 1

//go:nosplit
func f() {
	func() {
		//go:noinline
		type L int
	}()
}

//go:build linux
var v int
