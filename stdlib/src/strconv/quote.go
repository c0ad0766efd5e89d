// Quoted string and rune literals: quoting with Go escapes, and reading literals back.
package strconv

// Quote returns s as a double-quoted Go string literal; bytes that are not valid UTF-8 and
// runes that are not printable (IsPrint) are escaped.
func Quote(s string) string

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote that keeps graphic runes (IsGraphic) unescaped.
func QuoteToGraphic(s string) string

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with non-ASCII runes escaped.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is QuoteRune that keeps graphic runes unescaped.
func QuoteRuneToGraphic(r rune) string

// CanBackquote reports whether s can be written as a raw string literal unchanged.
func CanBackquote(s string) bool

// IsPrint reports whether r is printable as Go defines it: letters, marks, numbers,
// punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool

// IsGraphic is IsPrint plus the other Unicode space characters (category Zs).
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)
func quotedPrefix(s string) (string, bool)

// Unquote interprets s as a single-quoted, double-quoted or back-quoted Go literal and
// returns the value it denotes (for a rune literal, the rune as UTF-8).
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// UnquoteChar decodes the first character or escape of s, a literal's body quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}

// QuotedPrefix returns the quoted literal at the start of s.
func QuotedPrefix(s string) (string, error) {
	v, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}
