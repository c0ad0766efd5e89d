// Base64 decoding: the general quantum decoder (newlines, padding, strictness, exact error
// offsets) and the fast paths for runs of plain alphabet characters.
package base64

import "slices"

// quantum decodes one group of up to four characters of src starting at si into dst,
// skipping '\r' and '\n' anywhere, and returns the index after the group and the number of
// bytes written. Errors are CorruptInputError at the offending offset: a group cut short
// (at the first character of the unfinished group when padding is expected), a foreign byte,
// padding too early or incomplete, anything but newlines after padding, and (strict) nonzero
// unused bits.
func (enc *Encoding) quantum(dst, src []byte, si int) (next, n int, err error) {
	var v [4]byte
	got := 4
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			got = j
			break
		}
		c := src[si]
		si++
		if x := enc.decode[c]; x != none {
			v[j] = x
			continue
		}
		if c == '\n' || c == '\r' {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			// "xx=" must be followed by a second pad, newlines allowed in between.
			for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		got = j
		break
	}
	b0 := v[0]<<2 | v[1]>>4
	b1 := v[1]<<4 | v[2]>>2
	b2 := v[2]<<6 | v[3]
	// Bytes are stored from the last one down; a strict check fails on the first byte the
	// group does not fill but whose bits are set.
	switch got {
	case 4:
		dst[2] = b2
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, got - 1, err
}

// Decode decodes src into dst (which needs DecodedLen(len(src)) bytes) and returns the
// number of bytes written; newlines in src are ignored. On an error, n counts the bytes
// decoded before it.
//
// Runs of 8 (then 4) alphabet characters are decoded directly while dst has room for 8 (4)
// more bytes; like gc's word-at-a-time stores, they also zero the 2 (1) bytes after the
// ones they decode.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	si := 0
	for _, group := range [2]int{8, 4} {
		for len(src)-si >= group && len(dst)-n >= group {
			if si, n = decodeRun(&enc.decode, dst, src, si, n, group); len(src)-si < group || len(dst)-n < group {
				break
			}
			// The next group holds something else than alphabet characters.
			var k int
			si, k, err = enc.quantum(dst[n:], src, si)
			n += k
			if err != nil {
				return n, err
			}
		}
	}
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// decodeRun decodes groups of group (8 or 4) alphabet characters of src[si:] into dst[n:]
// while both have room for a group and the group is plain, zeroing the 2 (1) bytes after
// each group's output; it returns where it stopped (native).
func decodeRun(decode *[256]uint8, dst, src []byte, si, n, group int) (int, int)

// AppendDecode appends the decoding of src to dst; on an error, what was decoded before it.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = slices.Grow(dst, n)
	n, err := enc.Decode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes s encodes (on an error, those decoded before it).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}
