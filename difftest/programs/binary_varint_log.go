// A tiny append-only log: records are length-prefixed with uvarints, keys delta-encoded
// with zig-zag varints, and a checksum trailer in big-endian.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type record struct {
	key   int64
	value string
}

func encode(recs []record) []byte {
	var out []byte
	prev := int64(0)
	for _, r := range recs {
		var body []byte
		body = binary.AppendVarint(body, r.key-prev)
		body = append(body, r.value...)
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
		prev = r.key
	}
	var sum uint32
	for _, b := range out {
		sum = sum*31 + uint32(b)
	}
	return binary.BigEndian.AppendUint32(out, sum)
}

func decode(data []byte) ([]record, error) {
	body, trailer := data[:len(data)-4], data[len(data)-4:]
	var sum uint32
	for _, b := range body {
		sum = sum*31 + uint32(b)
	}
	if sum != binary.BigEndian.Uint32(trailer) {
		return nil, fmt.Errorf("checksum mismatch")
	}
	br := bufio.NewReader(bytes.NewReader(body))
	var recs []record
	prev := int64(0)
	for {
		n, err := binary.ReadUvarint(br)
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(br, buf); err != nil {
			return recs, err
		}
		d, k := binary.Varint(buf)
		if k <= 0 {
			return recs, fmt.Errorf("bad key varint %d", k)
		}
		prev += d
		recs = append(recs, record{prev, string(buf[k:])})
	}
}

func main() {
	recs := []record{{1000, "alpha"}, {1001, "beta"}, {-5, "negative"}, {1 << 40, "far"}, {1<<40 + 1, ""}, {-1 << 62, "very far"}}
	data := encode(recs)
	fmt.Printf("%d bytes: % x\n", len(data), data)
	got, err := decode(data)
	fmt.Println(got, err)
	data[3] ^= 1
	_, err = decode(data)
	fmt.Println(err)
	// Truncated input: patch the checksum so only the varints fail.
	short := encode(recs)[:7]
	var sum uint32
	for _, b := range short {
		sum = sum*31 + uint32(b)
	}
	short = binary.BigEndian.AppendUint32(short, sum)
	got, err = decode(short)
	fmt.Println(got, err)
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})))
}
