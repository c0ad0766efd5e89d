package p

func f() {
	if x := 1; x > 0 {
		g(x
	}
}
