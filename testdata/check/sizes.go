package main

var c chan [2 << 16]byte

type T [1 << 17]byte

var x chan T

type V [1 << 50]byte

var X [1 << 50]byte

func main() {
	ch := make(chan struct{ v [65536]byte })
	close(ch)
}
