// Parsing hex strings from "user input": error texts, partial results and the stream decoder.
package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	inputs := []string{
		"cafebabe", "CAFEBABE", "cafe babe", "0xff", "abc", "xyz", "12345g", "ÿÿ", "00ff00ff00", "",
	}
	for _, in := range inputs {
		b, err := hex.DecodeString(in)
		if err != nil {
			fmt.Printf("%-12q error: %v (decoded so far %x)\n", in, err, b)
			continue
		}
		fmt.Printf("%-12q ok: % x\n", in, b)
	}
	for _, in := range []string{"68656c6c6f20776f726c64", "68656c6c6f2", "68656c6c6f2x", "68656c6c6fzz"} {
		r := hex.NewDecoder(strings.NewReader(in))
		out, err := io.ReadAll(r)
		fmt.Printf("stream %q -> %q err=%v\n", in, out, err)
	}
	var sb strings.Builder
	w := hex.NewEncoder(&sb)
	for _, word := range []string{"one", " ", "two", "\x00\xff"} {
		n, err := w.Write([]byte(word))
		fmt.Println("wrote", n, err, sb.String())
	}
}
