packag p

func f() {}
