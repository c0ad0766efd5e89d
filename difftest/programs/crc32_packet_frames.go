// A framed packet protocol: each frame is a big-endian header (type, sequence, payload
// length) with the payload and a CRC-32 (Castagnoli) trailer. Frames are written to a
// buffer, one is corrupted, and a reader parses the stream, verifying checksums and
// resynchronizing after a bad frame.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

var table = crc32.MakeTable(crc32.Castagnoli)

const magic = 0xC0DE

type frame struct {
	Type    uint8
	Seq     uint32
	Payload []byte
}

func writeFrame(w io.Writer, f frame) error {
	var hdr [9]byte
	binary.BigEndian.PutUint16(hdr[0:], magic)
	hdr[2] = f.Type
	binary.BigEndian.PutUint32(hdr[3:], f.Seq)
	binary.BigEndian.PutUint16(hdr[7:], uint16(len(f.Payload)))
	crc := crc32.Update(crc32.Checksum(hdr[:], table), table, f.Payload)
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	w.Write(f.Payload)
	return binary.Write(w, binary.BigEndian, crc)
}

var errChecksum = errors.New("checksum mismatch")

func readFrame(r *bytes.Reader) (frame, error) {
	var hdr [9]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return frame{}, err
	}
	if binary.BigEndian.Uint16(hdr[0:]) != magic {
		return frame{}, fmt.Errorf("bad magic %#04x", binary.BigEndian.Uint16(hdr[0:]))
	}
	f := frame{Type: hdr[2], Seq: binary.BigEndian.Uint32(hdr[3:])}
	f.Payload = make([]byte, binary.BigEndian.Uint16(hdr[7:]))
	if _, err := io.ReadFull(r, f.Payload); err != nil {
		return frame{}, fmt.Errorf("payload: %w", err)
	}
	var crc uint32
	if err := binary.Read(r, binary.BigEndian, &crc); err != nil {
		return frame{}, fmt.Errorf("trailer: %w", err)
	}
	want := crc32.Update(crc32.Checksum(hdr[:], table), table, f.Payload)
	if crc != want {
		return f, fmt.Errorf("frame %d: %w (got %08x want %08x)", f.Seq, errChecksum, crc, want)
	}
	return f, nil
}

func main() {
	var buf bytes.Buffer
	msgs := []string{"hello", "", "temperature=21.5C", "bye", "a longer payload with\x00binary\xffbytes"}
	for i, m := range msgs {
		if err := writeFrame(&buf, frame{Type: uint8(i % 3), Seq: uint32(100 + i), Payload: []byte(m)}); err != nil {
			fmt.Println(err)
		}
	}
	data := buf.Bytes()
	fmt.Println("stream bytes:", len(data), "crc of stream:", fmt.Sprintf("%08x", crc32.ChecksumIEEE(data)))
	data[9+5+4+9+2] ^= 0x20
	r := bytes.NewReader(data)
	for {
		f, err := readFrame(r)
		if err == io.EOF {
			fmt.Println("end of stream")
			break
		}
		if errors.Is(err, errChecksum) {
			fmt.Println("skip:", err)
			continue
		}
		if err != nil {
			fmt.Println("fatal:", err, errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
		fmt.Printf("type=%d seq=%d len=%d %q\n", f.Type, f.Seq, len(f.Payload), f.Payload)
	}
	r = bytes.NewReader(data[:len(data)-3])
	for {
		_, err := readFrame(r)
		if err != nil {
			fmt.Println("truncated stream:", err, errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
	}
	_, err := readFrame(bytes.NewReader([]byte{0xde, 0xad, 1, 2, 3, 4, 5, 6, 7}))
	fmt.Println(err)
}
