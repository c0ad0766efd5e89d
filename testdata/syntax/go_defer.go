package p

func f() {
	defer (g())
	go (g)()
	defer g
	go func() {}
}
