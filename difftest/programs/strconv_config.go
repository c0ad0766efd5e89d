// Parses a key=value configuration with typed values through strconv (integers in several
// bases, floats, booleans, quoted strings), reports each error as strconv's NumError prints
// it, and writes the values back in canonical forms.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const config = `
# server settings
port = 8080
mask = 0x7f
mode = 0o755
flags = 0b1011
big = 18446744073709551615
toobig = 18446744073709551616
neg8 = -129
ratio = 0.75
tiny = 4.9e-324
huge = 1e400
enabled = true
verbose = T
name = "gots \"server\"\t1"
raw = ` + "`C:\\path`" + `
bad = 12abc
under = 1_000_000
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(config))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch key {
		case "port", "mask", "mode", "flags", "bad", "under":
			n, err := strconv.ParseInt(val, 0, 64)
			report(key, strconv.FormatInt(n, 10)+" hex="+strconv.FormatInt(n, 16)+" bin="+strconv.FormatInt(n, 2), err)
		case "big", "toobig":
			n, err := strconv.ParseUint(val, 10, 64)
			report(key, strconv.FormatUint(n, 36), err)
		case "neg8":
			n, err := strconv.ParseInt(val, 10, 8)
			report(key, strconv.Itoa(int(n)), err)
		case "ratio", "tiny", "huge":
			f, err := strconv.ParseFloat(val, 64)
			report(key, strconv.FormatFloat(f, 'g', -1, 64)+" "+strconv.FormatFloat(f, 'e', 3, 64)+" "+strconv.FormatFloat(f, 'f', 2, 32), err)
		case "enabled", "verbose":
			b, err := strconv.ParseBool(val)
			report(key, strconv.FormatBool(b), err)
		case "name", "raw":
			s, err := strconv.Unquote(val)
			report(key, strconv.Quote(s)+" ascii="+strconv.QuoteToASCII(s+"é")+" len="+strconv.Itoa(len(s)), err)
		}
	}
	b := []byte("values:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'g', 5, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteRuneToASCII('\u263a'), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
}

func report(key, val string, err error) {
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-8s error: %v (func=%s range=%t syntax=%t)\n", key, err, ne.Func, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		} else {
			fmt.Printf("%-8s error: %v\n", key, err)
		}
		return
	}
	fmt.Printf("%-8s %s\n", key, val)
}
