package p

func f() {
	if true {
	}
	else {
	}
}
