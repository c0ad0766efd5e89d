// Checksums and digests of the same inputs through every hash in the standard library
// subset (crc32 IEEE and Castagnoli, adler32, fnv 32/64 and their "a" variants, md5,
// sha1, sha256, sha224), one-shot and incremental through the hash.Hash interface.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("gots", 1000)}
	for _, in := range inputs {
		label := in
		if len(label) > 20 {
			label = label[:17] + "..."
		}
		fmt.Printf("%q len=%d\n", label, len(in))
		fmt.Printf("  crc32  %08x castagnoli %08x adler32 %08x\n", crc32.ChecksumIEEE([]byte(in)),
			crc32.Checksum([]byte(in), crc32.MakeTable(crc32.Castagnoli)), adler32.Checksum([]byte(in)))
		fmt.Printf("  md5    %x\n  sha1   %x\n  sha256 %x\n  sha224 %x\n", md5.Sum([]byte(in)), sha1.Sum([]byte(in)), sha256.Sum256([]byte(in)), sha256.Sum224([]byte(in)))
	}
	makers := []struct {
		name string
		new  func() hash.Hash
	}{
		{"fnv32", func() hash.Hash { return fnv.New32() }}, {"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }}, {"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"crc32", func() hash.Hash { return crc32.NewIEEE() }}, {"adler32", func() hash.Hash { return adler32.New() }},
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha224", sha256.New224},
	}
	text := inputs[3]
	for _, m := range makers {
		one := m.new()
		one.Write([]byte(text))
		inc := m.new()
		for i := 0; i < len(text); i += 7 {
			end := min(i+7, len(text))
			fmt.Fprint(inc, text[i:end])
		}
		sum1 := one.Sum(nil)
		sum2 := inc.Sum([]byte("prefix:"))
		fmt.Printf("%-8s size=%2d block=%3d %x same=%t\n", m.name, one.Size(), one.BlockSize(), sum1, string(sum2[7:]) == string(sum1))
		inc.Reset()
		fmt.Printf("         empty after reset %x\n", inc.Sum(nil))
	}
	h32 := fnv.New32a()
	h32.Write([]byte("key"))
	fmt.Println(h32.Sum32(), h32.Sum32()%16)
	tab := crc32.MakeTable(crc32.Koopman)
	c := crc32.Update(0, tab, []byte("hello "))
	c = crc32.Update(c, tab, []byte("world"))
	fmt.Printf("%08x %08x\n", c, crc32.Checksum([]byte("hello world"), tab))
}
