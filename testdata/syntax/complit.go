package p

type T struct{ a int }

func f(x T) bool {
	if x == T{} {
		return true
	}
	if x == (T{}) {
		return false
	}
	for _ = range []T{{1}} {
	}
	return (T){a: 1} == x
}
