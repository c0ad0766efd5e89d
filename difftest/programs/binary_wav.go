// Writes a small WAV file into memory with encoding/binary, then parses it back.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type riffHeader struct {
	ChunkID   [4]byte
	ChunkSize uint32
	Format    [4]byte
}

type fmtChunk struct {
	ID            [4]byte
	Size          uint32
	AudioFormat   uint16
	Channels      uint16
	SampleRate    uint32
	ByteRate      uint32
	BlockAlign    uint16
	BitsPerSample uint16
}

func main() {
	const rate = 8000
	samples := make([]int16, 400)
	for i := range samples {
		samples[i] = int16(math.Round(12000 * math.Sin(2*math.Pi*440*float64(i)/rate)))
	}
	var buf bytes.Buffer
	dataSize := uint32(binary.Size(samples))
	binary.Write(&buf, binary.LittleEndian, riffHeader{[4]byte{'R', 'I', 'F', 'F'}, 36 + dataSize, [4]byte{'W', 'A', 'V', 'E'}})
	binary.Write(&buf, binary.LittleEndian, fmtChunk{[4]byte{'f', 'm', 't', ' '}, 16, 1, 1, rate, rate * 2, 2, 16})
	buf.WriteString("data")
	binary.Write(&buf, binary.LittleEndian, dataSize)
	binary.Write(&buf, binary.LittleEndian, samples)
	fmt.Println("file size:", buf.Len())
	fmt.Printf("head: % x\n", buf.Bytes()[:44])

	r := bytes.NewReader(buf.Bytes())
	var rh riffHeader
	var fc fmtChunk
	if err := binary.Read(r, binary.LittleEndian, &rh); err != nil {
		panic(err)
	}
	binary.Read(r, binary.LittleEndian, &fc)
	fmt.Printf("%s size=%d %s\n", rh.ChunkID[:], rh.ChunkSize, rh.Format[:])
	fmt.Printf("%+v\n", fc)
	var id [4]byte
	var n uint32
	binary.Read(r, binary.LittleEndian, &id)
	binary.Read(r, binary.LittleEndian, &n)
	got := make([]int16, n/2)
	binary.Read(r, binary.LittleEndian, got)
	peak, sum := int16(0), 0
	for _, s := range got {
		peak = max(peak, s)
		sum += int(s)
	}
	fmt.Printf("%s %d samples, peak %d, sum %d, first %v\n", id[:], len(got), peak, sum, got[:8])
	var extra uint16
	fmt.Println("trailing read:", binary.Read(r, binary.LittleEndian, &extra))
}
