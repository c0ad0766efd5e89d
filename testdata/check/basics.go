package main

func f(x int) int {
	y := 3
	var s string = x
	return x + "a"
}

func g(n int) int {
	if n > 0 {
		return 1
	}
}

func main() {
	z := 1
	f()
	undefinedVar++
	var u uint8 = 300
	_ = u
	for i := range 10 {
		_ = i
	}
}
