package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func exercise(name string, r *rand.Rand) {
	fmt.Println("==", name)
	for i := 0; i < 3; i++ {
		fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
	}
	fmt.Println(r.IntN(10), r.IntN(1000000007), r.Int64N(1<<40+3), r.Int64N(1<<62), r.Int32N(7), r.Int32N(1<<30), r.Uint32N(3), r.Uint64N(math.MaxUint64), r.UintN(99))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Float64(), " ", r.Float32(), " ")
	}
	fmt.Println()
	fmt.Println(r.Perm(10), r.Perm(0), r.Perm(1))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 6; i++ {
		fmt.Printf("%.17g %.17g\n", r.NormFloat64(), r.ExpFloat64())
	}
	sum, esum := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		sum += r.NormFloat64()
		esum += r.ExpFloat64()
	}
	fmt.Printf("%.12f %.12f\n", sum, esum)
	hist := make([]int, 10)
	for i := 0; i < 10000; i++ {
		hist[r.IntN(10)]++
	}
	fmt.Println(hist)
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
}

func main() {
	exercise("pcg 1,2", rand.New(rand.NewPCG(1, 2)))
	exercise("pcg big", rand.New(rand.NewPCG(0xdeadbeefcafebabe, math.MaxUint64)))
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the test run..")
	exercise("chacha8", rand.New(rand.NewChaCha8(seed)))
	exercise("chacha8 zero", rand.New(rand.NewChaCha8([32]byte{})))

	// A long run across several reseeds of ChaCha8.
	c := rand.NewChaCha8(seed)
	var x uint64
	for i := 0; i < 1000; i++ {
		x ^= c.Uint64()
	}
	fmt.Println("xor1000", x)
	// Marshal round trips.
	c = rand.NewChaCha8(seed)
	for i := 0; i < 77; i++ {
		c.Uint64()
	}
	b, err := c.MarshalBinary()
	fmt.Printf("%x %v\n", b, err)
	c2 := rand.NewChaCha8([32]byte{})
	fmt.Println(c2.UnmarshalBinary(b), c2.Uint64() == c.Uint64())
	buf := make([]byte, 13)
	n, err := c.Read(buf)
	fmt.Println(n, err, buf)
	b, _ = c.MarshalBinary()
	fmt.Printf("%x\n", b)
	fmt.Println(c2.UnmarshalBinary(b))
	buf2 := make([]byte, 5)
	c2.Read(buf)
	c.Read(buf2)
	c2.Read(buf2)
	fmt.Println(buf, buf2)
	fmt.Println(c2.UnmarshalBinary([]byte("chacha8:")))
	fmt.Println(c2.UnmarshalBinary([]byte("readbuf:")))
	fmt.Println(c2.UnmarshalBinary(append([]byte("chacha8:\x00\x00\x00\x00\x00\x00\x00\x7d"), make([]byte, 32)...)))
	fmt.Println(c2.UnmarshalBinary(append([]byte("chacha8:\x00\x00\x00\x00\x00\x00\x00\x7c"), make([]byte, 32)...)), c2.Uint64())
	c.Seed(seed)
	fmt.Println(c.Uint64())
	p := rand.NewPCG(5, 6)
	p.Uint64()
	pb, err := p.MarshalBinary()
	fmt.Printf("%q %v\n", pb, err)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(pb), q.Uint64() == p.Uint64())
	fmt.Println(q.UnmarshalBinary(pb[:19]))
	p.Seed(1, 2)
	fmt.Println(p.Uint64())
	fmt.Println(rand.NewZipf(rand.New(p), 1, 1, 10) == nil, rand.NewZipf(rand.New(p), 2, 0.5, 10) == nil)
	r := rand.New(rand.NewPCG(1, 1))
	try("IntN", func() { r.IntN(0) })
	try("Int64N", func() { r.Int64N(-1) })
	try("Int32N", func() { r.Int32N(0) })
	try("Uint64N", func() { r.Uint64N(0) })
	try("Uint32N", func() { r.Uint32N(0) })
	try("UintN", func() { r.UintN(0) })
	try("Shuffle", func() { r.Shuffle(-1, nil) })
	try("N", func() { rand.N(0) })
	try("Perm", func() { r.Perm(-1) })
	try("Zipf", func() { var z *rand.Zipf; z.Uint64() })
	// Top-level functions are randomly seeded: check only ranges.
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(5); v < 0 || v >= 5 {
			ok = false
		}
		if v := rand.N(int8(3)); v < 0 || v >= 3 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int64() < 0 || rand.Int32() < 0 || rand.Int() < 0 {
			ok = false
		}
		if rand.Uint32N(10) >= 10 || rand.Uint64N(10) >= 10 || rand.UintN(10) >= 10 || rand.Int64N(3) >= 3 || rand.Int32N(3) >= 3 {
			ok = false
		}
	}
	fmt.Println("ranges ok:", ok, len(rand.Perm(20)))
	d := rand.N(1000 * 1000)
	fmt.Println(d >= 0 && d < 1000000)
}
