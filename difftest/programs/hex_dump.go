// Hex dumps of a generated binary record in hexdump -C format, whole and streamed.
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	var rec []byte
	rec = append(rec, "GOTSDATA"...)
	for i := uint32(0); i < 12; i++ {
		v := i * i * 2654435761
		rec = append(rec, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
	}
	rec = append(rec, "\ttail\n\x00\x7f\x80end"...)
	fmt.Print(hex.Dump(rec))
	fmt.Println("--- streamed in odd pieces")
	d := hex.Dumper(os.Stdout)
	for i := 0; i < len(rec); i += 5 {
		end := i + 5
		if end > len(rec) {
			end = len(rec)
		}
		d.Write(rec[i:end])
	}
	d.Close()
	fmt.Println("--- encoded")
	s := hex.EncodeToString(rec)
	for i := 0; i < len(s); i += 64 {
		end := i + 64
		if end > len(s) {
			end = len(s)
		}
		fmt.Println(s[i:end])
	}
	back, err := hex.DecodeString(s)
	fmt.Println(len(back), err, string(back[:8]))
}
