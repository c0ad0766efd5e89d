package p

//go:build ignore

import "unsafe"

//go:noinline
type T int

var x = 1 //go:noinline

//go:noinline
func f() {
	//go:noinline
	var y int
	_ = y
	//go:norace
}

//go:embed
var s string

//go:linkname a
//go:linkname
func g()

//go:systemstack
func h() {}

//go:cgo_ldflag foo
func k() {}

//go:embed "a
//go:wasmimport a

var _ = unsafe.Sizeof(0)
