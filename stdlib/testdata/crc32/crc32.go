package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/crc32"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", strings.Repeat("\x00", 32), strings.Repeat("\xff", 33)}
	tabs := []struct {
		name string
		t    *crc32.Table
	}{
		{"IEEE", crc32.IEEETable},
		{"Castagnoli", crc32.MakeTable(crc32.Castagnoli)},
		{"Koopman", crc32.MakeTable(crc32.Koopman)},
		{"custom", crc32.MakeTable(0x04c11db7)},
		{"zero", crc32.MakeTable(0)},
	}
	for _, s := range inputs {
		fmt.Printf("%-14.14q ieee=%08x", s, crc32.ChecksumIEEE([]byte(s)))
		for _, t := range tabs {
			fmt.Printf(" %s=%08x", t.name, crc32.Checksum([]byte(s), t.t))
		}
		fmt.Println()
	}
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli),
		crc32.MakeTable(crc32.Koopman) == crc32.MakeTable(crc32.Koopman), *crc32.MakeTable(crc32.Koopman) == *crc32.MakeTable(crc32.Koopman))
	t := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x %08x %08x %08x\n", t[0], t[1], t[128], t[255])
	fmt.Printf("%08x %08x\n", crc32.IEEETable[1], crc32.IEEETable[255])
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman)

	// Incremental updates equal one-shot.
	data := []byte(strings.Repeat("incremental crc data ", 50))
	for _, tb := range tabs {
		c := uint32(0)
		for i := 0; i < len(data); i += 7 {
			c = crc32.Update(c, tb.t, data[i:min(i+7, len(data))])
		}
		fmt.Println(tb.name, c == crc32.Checksum(data, tb.t), c)
	}
	fmt.Println(crc32.Update(0x12345678, crc32.IEEETable, nil), crc32.Update(1, nil, nil))

	// hash.Hash32.
	var h hash.Hash32 = crc32.NewIEEE()
	fmt.Println(h.Size(), h.BlockSize(), h.Sum32())
	n, err := h.Write([]byte("hello "))
	fmt.Println(n, err)
	h.Write([]byte("world"))
	fmt.Printf("%08x %x %x\n", h.Sum32(), h.Sum(nil), h.Sum([]byte("prefix")))
	h.Reset()
	fmt.Printf("%08x\n", h.Sum32())
	fmt.Fprintf(h, "%d-%s", 42, "fmt")
	fmt.Printf("%08x\n", h.Sum32())

	hc := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	hc.Write([]byte("123456789"))
	fmt.Printf("castagnoli %08x\n", hc.Sum32())

	// Marshaling state.
	m := h.(encoding.BinaryMarshaler)
	state, err := m.MarshalBinary()
	fmt.Printf("%q %d %d %v\n", state, len(state), cap(state), err)
	h2 := crc32.NewIEEE()
	u := h2.(encoding.BinaryUnmarshaler)
	fmt.Println(u.UnmarshalBinary(state), h2.Sum32() == h.Sum32())
	h.Write([]byte("more"))
	h2.Write([]byte("more"))
	fmt.Println(h.Sum32() == h2.Sum32())
	fmt.Println(u.UnmarshalBinary([]byte("crc")))
	fmt.Println(u.UnmarshalBinary([]byte("xyz\x01aaaaaaaa")))
	fmt.Println(u.UnmarshalBinary(append(state, 0)))
	fmt.Println(u.UnmarshalBinary(state[:11]))
	hk := crc32.New(crc32.MakeTable(crc32.Koopman))
	fmt.Println(hk.(encoding.BinaryUnmarshaler).UnmarshalBinary(state))
	ks, _ := hk.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%x\n", ks)
	hn := crc32.New(nil)
	ns, _ := hn.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%x %d\n", ns, hn.Sum32())

	// Larger data.
	big := make([]byte, 1<<20)
	x := uint32(1)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = byte(x >> 24)
	}
	fmt.Printf("%08x %08x %08x\n", crc32.ChecksumIEEE(big), crc32.Checksum(big, tabs[1].t), crc32.Checksum(big, tabs[2].t))
	defer func() { fmt.Println("recovered:", recover()) }()
	crc32.Checksum([]byte("x"), nil)
}
