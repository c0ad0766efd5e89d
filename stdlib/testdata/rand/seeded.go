package main

import (
	"fmt"
	"math"
	"math/rand"
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
		fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	}
	fmt.Println(r.Intn(10), r.Intn(1000000007), r.Intn(1<<40+3), r.Int63n(1<<62), r.Int63n(1000), r.Int31n(7), r.Int31n(1<<30), r.Int31n(1000))
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
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	r.Read(buf[:3])
	r.Read(buf[3:5])
	fmt.Println(buf)
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
}

// A source without Uint64, so Rand combines two Int63 values.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x123456789; return c.n & math.MaxInt64 }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	exercise("seed 42", rand.New(rand.NewSource(42)))
	exercise("seed 1", rand.New(rand.NewSource(1)))
	exercise("seed 0", rand.New(rand.NewSource(0)))
	exercise("seed -7", rand.New(rand.NewSource(-7)))
	exercise("seed maxint", rand.New(rand.NewSource(math.MaxInt64)))
	exercise("counter", rand.New(&counter{}))
	src := rand.NewSource(99)
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64(), src.Int63())
	src.Seed(99)
	fmt.Println(s64.Uint64(), src.Int63())
	r := rand.New(rand.NewSource(5))
	buf := make([]byte, 3)
	r.Read(buf)
	r.Seed(5)
	r.Read(buf)
	fmt.Println(buf)
	// Long run.
	var x uint64
	for i := 0; i < 100000; i++ {
		x ^= r.Uint64()
	}
	fmt.Println(x)
	// Deprecated global seeding gives the Go 1 sequence.
	rand.Seed(42)
	fmt.Println(rand.Int63(), rand.Intn(100), rand.Float64(), rand.Perm(5), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int31n(5), rand.Int63n(5), rand.Int(), rand.Float32())
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	b := make([]byte, 9)
	rand.Read(b)
	fmt.Println(b)
	rand.Seed(42)
	fmt.Println(rand.Int63())
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	try("Intn", func() { r.Intn(0) })
	try("Int63n", func() { r.Int63n(-1) })
	try("Int31n", func() { r.Int31n(0) })
	try("Shuffle", func() { r.Shuffle(-1, nil) })
	try("Perm", func() { r.Perm(-1) })
	try("Zipf", func() { var z *rand.Zipf; z.Uint64() })
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil)
}
