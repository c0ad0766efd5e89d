// MIME-style base64: encodes a payload through base64.NewEncoder into a writer that wraps
// lines at 76 characters, decodes it back through base64.NewDecoder (which skips the line
// breaks), and checks the round trip and the decoder's error on a corrupted body.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

type lineWrapper struct {
	w     io.Writer
	width int
	col   int
}

func (l *lineWrapper) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		room := l.width - l.col
		chunk := p
		if len(chunk) > room {
			chunk = chunk[:room]
		}
		m, err := l.w.Write(chunk)
		n += m
		l.col += m
		if err != nil {
			return n, err
		}
		p = p[len(chunk):]
		if l.col == l.width {
			l.w.Write([]byte("\r\n"))
			l.col = 0
		}
	}
	return n, nil
}

func main() {
	var payload bytes.Buffer
	for i := 0; i < 300; i++ {
		payload.WriteByte(byte(i * 7))
	}
	payload.WriteString("Grüße aus Zürich — 日本")
	var body bytes.Buffer
	lw := &lineWrapper{w: &body, width: 76}
	enc := base64.NewEncoder(base64.StdEncoding, lw)
	for i := 0; i < payload.Len(); i += 50 {
		enc.Write(payload.Bytes()[i:min(i+50, payload.Len())])
	}
	enc.Close()
	text := body.String()
	lines := strings.Split(strings.TrimRight(text, "\r\n"), "\r\n")
	fmt.Println("lines:", len(lines), "last len:", len(lines[len(lines)-1]))
	fmt.Println(lines[0])
	fmt.Println(lines[len(lines)-1])
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(text))
	back, err := io.ReadAll(dec)
	fmt.Println(len(back), err, bytes.Equal(back, payload.Bytes()))
	corrupt := strings.Replace(text, "A", "*", 1)
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(corrupt)))
	fmt.Println("corrupt:", err)
	short := text[:len(text)-5]
	n, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(short)))
	fmt.Println("truncated:", len(n), err)
	url := base64.URLEncoding.WithPadding('~')
	s := url.EncodeToString([]byte{0xfb, 0xff, 0xbf, 0x01})
	d, err := url.DecodeString(s)
	fmt.Println(s, d, err)
	strict := base64.StdEncoding.Strict()
	_, err = strict.DecodeString("YWJjZB==")
	_, err2 := base64.StdEncoding.DecodeString("YWJjZB==")
	fmt.Println(err, err2)
	dst := make([]byte, base64.StdEncoding.DecodedLen(8))
	m, err := base64.StdEncoding.Decode(dst, []byte("aGk=\naGk="))
	fmt.Println(m, err, dst[:m])
	fmt.Println(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte("hi")))
}
