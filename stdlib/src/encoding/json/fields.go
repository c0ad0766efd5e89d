// Which fields of a struct type take part in JSON, under which names: the json struct tag
// (name, omitempty, string, "-"), fields promoted from embedded structs, and Go's
// visibility rules for names that occur more than once (the shallowest wins; at equal
// depth a tagged field wins; otherwise the name is dropped). Computed once per type.
package json

import (
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A field is one JSON member of a struct type.
type field struct {
	name      string
	tagged    bool  // the name came from a tag
	index     []int // path of field indexes from the struct, through embedded structs
	typ       reflect.Type
	omitEmpty bool
	quoted    bool   // ",string": the value is written inside a JSON string
	opts      encOpts
	keyEsc    string // `"name":` with HTML characters escaped
	keyRaw    string // `"name":`
	enc       encoderFunc
}

// structInfo is the fields of a struct type in declaration order, with lookups by exact
// and case-folded name for decoding.
type structInfo struct {
	list   []field
	exact  map[string]int
	folded map[string]int
}

var fieldCache = map[reflect.Type]*structInfo{}

func cachedFields(t reflect.Type) *structInfo {
	if si := fieldCache[t]; si != nil {
		return si
	}
	si := computeFields(t)
	fieldCache[t] = si
	return si
}

// splitTag separates a tag's name from its comma-separated options.
func splitTag(tag string) (string, string) {
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// validTagName: a tag name is used only if it is made of letters, digits and the
// punctuation Go allows in one (no quotes, backslashes or commas).
func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// quotable kinds accept the ",string" option.
func quotable(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

func computeFields(t reflect.Type) *structInfo {
	type level struct {
		typ   reflect.Type
		index []int
	}
	var all []field
	seen := map[reflect.Type]bool{}
	cur := []level{{typ: t}}
	// times[T]: how often struct T was reached at the current depth. A struct reached twice
	// at one depth contributes each of its fields twice, so that they cancel out below.
	var times map[reflect.Type]int
	for len(cur) > 0 {
		var next []level
		nextTimes := map[reflect.Type]int{}
		for _, lv := range cur {
			if seen[lv.typ] {
				continue
			}
			seen[lv.typ] = true
			for i := 0; i < lv.typ.NumField(); i++ {
				sf := lv.typ.Field(i)
				if sf.Anonymous {
					et := sf.Type
					if et.Kind() == reflect.Pointer {
						et = et.Elem()
					}
					// Unexported embedded structs still promote their exported fields.
					if !sf.IsExported() && et.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := splitTag(tag)
				if !validTagName(name) {
					name = ""
				}
				index := make([]int, len(lv.index)+1)
				copy(index, lv.index)
				index[len(lv.index)] = i

				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
					// An untagged embedded struct: its fields are considered one level down.
					nextTimes[ft]++
					if nextTimes[ft] == 1 {
						next = append(next, level{ft, index})
					}
					continue
				}
				f := field{
					name:      name,
					tagged:    name != "",
					index:     index,
					typ:       ft,
					omitEmpty: hasOption(opts, "omitempty"),
					quoted:    hasOption(opts, "string") && quotable(ft.Kind()),
				}
				if f.name == "" {
					f.name = sf.Name
				}
				f.keyRaw = `"` + f.name + `":`
				f.keyEsc = `"` + string(appendHTMLEscape(nil, []byte(f.name))) + `":`
				all = append(all, f)
				if times[lv.typ] > 1 {
					all = append(all, f)
				}
			}
		}
		cur = next
		times = nextTimes
	}

	// Group by name, best candidate first: shallowest, then tagged, then declaration order.
	slices.SortFunc(all, func(a, b field) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if len(a.index) != len(b.index) {
			return len(a.index) - len(b.index)
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	kept := all[:0]
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		// The best candidate wins unless the runner-up is just as good.
		if j-i == 1 || len(all[i].index) != len(all[i+1].index) || all[i].tagged != all[i+1].tagged {
			kept = append(kept, all[i])
		}
		i = j
	}
	slices.SortFunc(kept, func(a, b field) int { return slices.Compare(a.index, b.index) })

	si := &structInfo{list: kept, exact: map[string]int{}, folded: map[string]int{}}
	for i := range kept {
		f := &kept[i]
		si.exact[f.name] = i
		k := foldName(f.name)
		if _, dup := si.folded[k]; !dup {
			si.folded[k] = i
		}
	}
	// Encoders last: a field's type may lead back to t itself.
	fieldCache[t] = si
	for i := range kept {
		kept[i].enc = typeEncoder(fieldType(t, kept[i].index))
		if kept[i].quoted {
			kept[i].opts = optQuoted
		}
	}
	return si
}

// fieldType is the type of the field at index, looking through embedded pointers.
func fieldType(t reflect.Type, index []int) reflect.Type {
	for _, i := range index {
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		t = t.Field(i).Type
	}
	return t
}

// foldName maps a name to a key shared by every name equal to it under Unicode case
// folding: ASCII letters upper-cased, other runes mapped to the smallest rune of their
// folding orbit.
func foldName(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	b := make([]byte, 0, len(s))
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
		}
		return string(b)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, smallestFold(r))
		i += n
	}
	return string(b)
}

// smallestFold walks r's SimpleFold orbit to its smallest member.
func smallestFold(r rune) rune {
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
}
