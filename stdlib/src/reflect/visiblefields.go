// VisibleFields: every field a selector could reach in a struct type, promoted fields of
// embedded structs included, in declaration order with each embedded field followed by the
// fields it promotes.
package reflect

// VisibleFields returns the fields of struct type t that FieldByName can name: a field
// hides deeper fields of the same name, and two fields of one name at the same depth hide
// each other. Each field's Index is its full path from t.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	c := &fieldCollector{best: map[string]int{}, onPath: map[Type]bool{}}
	c.collect(t, nil)
	out := make([]StructField, 0, len(c.fields))
	for _, f := range c.fields {
		if !c.dead[f.Name+"\x00"+itoaPath(f.Index)] {
			out = append(out, f)
		}
	}
	return out
}

type fieldCollector struct {
	// best maps a name to the position in fields of the shallowest field seen with it.
	best   map[string]int
	fields []StructField
	// dead marks fields (by name and path) that lost to another field.
	dead   map[string]bool
	onPath map[Type]bool
}

func itoaPath(p []int) string {
	b := make([]byte, 0, 4*len(p))
	for _, x := range p {
		for x >= 128 {
			b = append(b, byte(x&127|128))
			x >>= 7
		}
		b = append(b, byte(x))
	}
	return string(b)
}

func (c *fieldCollector) kill(f StructField) {
	if c.dead == nil {
		c.dead = map[string]bool{}
	}
	c.dead[f.Name+"\x00"+itoaPath(f.Index)] = true
}

func (c *fieldCollector) collect(t Type, path []int) {
	// An embedded struct reached again through its own fields adds nothing new.
	if c.onPath[t] {
		return
	}
	c.onPath[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		f.Index = append(append([]int(nil), path...), i)
		keep := true
		if at, seen := c.best[f.Name]; seen {
			old := c.fields[at]
			switch {
			case len(f.Index) == len(old.Index):
				// Same depth: neither is visible, and later ones of this depth neither.
				c.kill(old)
				keep = false
			case len(f.Index) < len(old.Index):
				c.kill(old)
			default:
				keep = false
			}
		}
		if keep {
			c.best[f.Name] = len(c.fields)
			c.fields = append(c.fields, f)
		}
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				c.collect(ft, f.Index)
			}
		}
	}
	delete(c.onPath, t)
}
