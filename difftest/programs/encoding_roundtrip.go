// Encodes a record as binary (encoding/binary, big and little endian, varints), then as hex
// and as base64 in its four variants, decodes each back and checks the round trips,
// including the errors for corrupt input.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Length  int32
	Scale   float32
	Offset  float64
}

func main() {
	h := Header{Magic: [4]byte{'G', 'O', 'T', 'S'}, Version: 3, Flags: 0x81, Length: -12345, Scale: 1.5, Offset: -2.25e-3}
	var be, le bytes.Buffer
	if err := binary.Write(&be, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	binary.Write(&le, binary.LittleEndian, &h)
	fmt.Println(binary.Size(h), be.Len(), le.Len())
	fmt.Println(hex.EncodeToString(be.Bytes()))
	fmt.Println(hex.EncodeToString(le.Bytes()))
	var back Header
	if err := binary.Read(bytes.NewReader(be.Bytes()), binary.BigEndian, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v %t\n", back, back == h)
	var short Header
	fmt.Println(binary.Read(bytes.NewReader(be.Bytes()[:10]), binary.BigEndian, &short))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, &short) == io.EOF)

	var vb []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -1 << 40, 1<<63 - 1} {
		vb = binary.AppendVarint(vb, v)
	}
	vb = binary.AppendUvarint(vb, 1<<64-1)
	fmt.Println(hex.EncodeToString(vb))
	for rest := vb; len(rest) > 0; {
		v, n := binary.Varint(rest)
		if len(rest) == 10 && rest[0] == 0xff {
			u, m := binary.Uvarint(rest)
			fmt.Println("uvarint", u, m)
			break
		}
		fmt.Print(v, "/", n, " ")
		rest = rest[n:]
	}
	fmt.Println()
	b8 := make([]byte, 8)
	binary.BigEndian.PutUint64(b8, 0x0102030405060708)
	fmt.Println(b8, binary.LittleEndian.Uint64(b8), binary.BigEndian.Uint16(b8[6:]), binary.LittleEndian.Uint32(b8))
	fmt.Println(binary.BigEndian.AppendUint32(nil, 0xdeadbeef), binary.LittleEndian, binary.BigEndian)

	payload := append(be.Bytes(), "\xfb\xff\xfe?>"...)
	for _, enc := range []struct {
		name string
		e    *base64.Encoding
	}{{"std", base64.StdEncoding}, {"url", base64.URLEncoding}, {"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding}} {
		s := enc.e.EncodeToString(payload)
		d, err := enc.e.DecodeString(s)
		fmt.Printf("%-6s %d %s %t %v\n", enc.name, enc.e.EncodedLen(len(payload)), s, bytes.Equal(d, payload), err)
	}
	for _, bad := range []string{"abc", "ab=c", "a!bc", "YWJj\nZA==", "YW=="} {
		d, err := base64.StdEncoding.DecodeString(bad)
		var ce base64.CorruptInputError
		fmt.Printf("%q -> %q %v %t\n", bad, d, err, errors.As(err, &ce))
	}
	for _, bad := range []string{"abc", "zz", "0g"} {
		d, err := hex.DecodeString(bad)
		fmt.Printf("hex %q -> %v %v %t\n", bad, d, err, errors.Is(err, hex.ErrLength))
	}
	fmt.Print(hex.Dump([]byte("binary\x00\x01\x02 data with a longer tail")))
}
