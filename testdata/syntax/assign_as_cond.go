package p

func f(a, b int) {
	if a = b {
	}
	for x := 0; x < 10; x := 1 {
	}
	if a == b; {
	}
	if a == b
	{
	}
}
