package p

func f() {
L:
	for {
		break M
	}
	goto N
	continue
	break
}

func g() {
	switch {
	case true:
		fallthrough
	}
L2:
	x := 1
	_ = x
	{
	L3:
	}
	goto L3
}
