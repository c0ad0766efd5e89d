// Round trips through the four standard base64 encodings, plus strict-mode and error cases.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	encodings := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	}
	data := make([]byte, 0, 40)
	x := uint32(2463534242)
	for i := 0; i < 40; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		data = append(data, byte(x))
	}
	for n := 0; n <= len(data); n += 3 {
		for _, e := range encodings {
			s := e.enc.EncodeToString(data[:n])
			back, err := e.enc.DecodeString(s)
			ok := err == nil && string(back) == string(data[:n])
			fmt.Printf("%2d %-6s %-56s %v\n", n, e.name, s, ok)
		}
	}
	tokens := []string{"eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiIxMjM0NTY3ODkwIn0", "SGVsbG8=", "SGVsbG8", "SGVsbG9=", "SGVsbG9", "a+b/", "a-b_", "!!!!", "SGVs\nbG8="}
	for _, t := range tokens {
		for _, e := range encodings {
			b, err := e.enc.DecodeString(t)
			fmt.Printf("%-28q %-6s %q %v\n", t, e.name, b, err)
		}
		b, err := base64.StdEncoding.Strict().DecodeString(t)
		fmt.Printf("%-28q strict %q %v\n", t, b, err)
	}
}
