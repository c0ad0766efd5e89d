// The Decoder's token API: Token returns delimiters, keys and literal values one at a time,
// checking the structure as it goes, and may be mixed with Decode for whole values.
package json

// A Token is a Delim, bool, float64, Number, string or nil.
type Token any

// A Delim is one of [ ] { }.
type Delim rune

func (d Delim) String() string { return string(d) }

// Where the token reader is: what the next token may be.
const (
	tokTop         = iota // a top-level value
	tokArrayStart         // after '[': a value or ']'
	tokArrayValue         // after ',' in an array: a value
	tokArrayComma         // after an element: ',' or ']'
	tokObjectStart        // after '{': a key or '}'
	tokObjectKey          // after ',' in an object: a key
	tokObjectColon        // after a key: ':'
	tokObjectValue        // after ':': a value
	tokObjectComma        // after a member: ',' or '}'
)

// tokenPrepareForDecode consumes the separator Decode may be called after.
func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokState {
	case tokArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokState = tokArrayValue
	case tokObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokState = tokObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokState {
	case tokTop, tokArrayStart, tokArrayValue, tokObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokState {
	case tokArrayStart, tokArrayValue:
		dec.tokState = tokArrayComma
	case tokObjectValue:
		dec.tokState = tokObjectComma
	}
}

func (dec *Decoder) push(state int) {
	dec.tokStack = append(dec.tokStack, dec.tokState)
	dec.tokState = state
}

func (dec *Decoder) pop() {
	dec.tokState = dec.tokStack[len(dec.tokStack)-1]
	dec.tokStack = dec.tokStack[:len(dec.tokStack)-1]
	dec.tokenValueEnd()
}

// Token returns the next token: a Delim for brackets and braces, and for literals a bool,
// float64 (or Number), string or nil. Commas and colons are checked and skipped.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			if c == '[' {
				dec.push(tokArrayStart)
			} else {
				dec.push(tokObjectStart)
			}
			return Delim(c), nil
		case ']':
			if dec.tokState != tokArrayStart && dec.tokState != tokArrayComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			return Delim(c), nil
		case '}':
			if dec.tokState != tokObjectStart && dec.tokState != tokObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			return Delim(c), nil
		case ':':
			if dec.tokState != tokObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokState = tokObjectValue
			continue
		case ',':
			switch dec.tokState {
			case tokArrayComma:
				dec.scanp++
				dec.tokState = tokArrayValue
				continue
			case tokObjectComma:
				dec.scanp++
				dec.tokState = tokObjectKey
				continue
			}
			return dec.tokenError(c)
		case '"':
			if dec.tokState == tokObjectStart || dec.tokState == tokObjectKey {
				var key string
				saved := dec.tokState
				dec.tokState = tokTop
				err := dec.Decode(&key)
				dec.tokState = saved
				if err != nil {
					return nil, err
				}
				dec.tokState = tokObjectColon
				return key, nil
			}
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	var context string
	switch dec.tokState {
	case tokTop, tokArrayStart, tokArrayValue, tokObjectValue:
		context = " looking for beginning of value"
	case tokArrayComma:
		context = " after array element"
	case tokObjectKey:
		context = " looking for beginning of object key string"
	case tokObjectColon:
		context = " after object key"
	case tokObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}
