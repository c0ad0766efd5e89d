// Marshaler, Unmarshaler, TextMarshaler and TextUnmarshaler on values and pointers:
// which one is used where (addressable values get pointer methods), map keys through
// MarshalText/UnmarshalText, errors wrapped in MarshalerError, invalid output from
// MarshalJSON, null passed to UnmarshalJSON, and methods of embedded types.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Celsius marshals as a string with a unit (value receiver).
type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(strconv.FormatFloat(float64(c), 'f', 1, 64) + "C")), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = -273.15
		return nil
	}
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("celsius: %w", err)
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	if err != nil {
		return err
	}
	*c = Celsius(f)
	return nil
}

// PtrOnly has MarshalJSON on its pointer only.
type PtrOnly struct{ N int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"ptr":%d}`, p.N)), nil
}

// Level is a TextMarshaler, used also as a map key.
type Level int

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalText() ([]byte, error) {
	if int(l) < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return []byte(levelNames[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return errors.New("unknown level " + strconv.Quote(string(b)))
}

// PtrText has MarshalText on its pointer only.
type PtrText struct{ S string }

func (p *PtrText) MarshalText() ([]byte, error) { return []byte("<" + p.S + ">"), nil }

// Bad returns errors or invalid JSON.
type Bad int

func (b Bad) MarshalJSON() ([]byte, error) {
	switch b {
	case 0:
		return nil, errors.New("boom")
	case 1:
		return []byte(`{bad json}`), nil
	case 2:
		return []byte(``), nil
	case 3:
		return []byte(` [ 1 , 2 ] `), nil
	case 4:
		return []byte(`"<tag>&"`), nil
	case 5:
		return []byte(`1 2`), nil
	}
	return []byte(`null`), nil
}

type BadText int

func (b BadText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

// Both has both kinds of method: MarshalJSON wins.
type Both struct{}

func (Both) MarshalJSON() ([]byte, error) { return []byte(`"json"`), nil }
func (Both) MarshalText() ([]byte, error) { return []byte("text"), nil }

// Recorder notes what UnmarshalJSON received.
type Recorder struct{ Got []string }

func (r *Recorder) UnmarshalJSON(b []byte) error {
	r.Got = append(r.Got, string(b))
	return nil
}

type FailUnmarshal struct{}

func (*FailUnmarshal) UnmarshalJSON([]byte) error { return errors.New("refused") }

type TypeErrUnmarshal struct{}

func (*TypeErrUnmarshal) UnmarshalJSON(b []byte) error {
	var n int
	return json.Unmarshal(b, &n)
}

type Embeds struct {
	Celsius
	Other int
}

type Holder struct {
	Temp     Celsius
	TempP    *Celsius
	Ptr      PtrOnly
	PtrP     *PtrOnly
	Lvl      Level
	LvlP     *Level
	Levels   map[Level]int
	PT       PtrText
	Stamp    time.Time
	Dur      time.Duration
	Rec      Recorder
	RecP     *Recorder
	Iface    json.Marshaler
	TextList []Level
}

type Key struct{ A, B int }

func (k Key) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d-%d", k.A, k.B)), nil }
func (k *Key) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d-%d", &k.A, &k.B)
	return err
}

type PtrKey struct{ S string }

func (k *PtrKey) MarshalText() ([]byte, error) {
	if k == nil {
		return []byte("nilkey"), nil
	}
	return []byte("k:" + k.S), nil
}

type StrKey string

func (s StrKey) MarshalText() ([]byte, error) { return []byte("text-" + string(s)), nil }
func (s *StrKey) UnmarshalText(b []byte) error {
	*s = StrKey("from-" + string(b))
	return nil
}

type IntKey int

func (i IntKey) MarshalText() ([]byte, error) { return []byte("n" + strconv.Itoa(int(i))), nil }

func main() {
	c := Celsius(21.5)
	lv := Level(2)
	h := Holder{Temp: 20, TempP: &c, Ptr: PtrOnly{1}, PtrP: &PtrOnly{2}, Lvl: 1, LvlP: &lv,
		Levels: map[Level]int{0: 1, 2: 3}, PT: PtrText{"x"}, Stamp: time.Date(2024, 2, 29, 12, 30, 0, 5, time.UTC),
		Dur: time.Second, Iface: Celsius(1), TextList: []Level{0, 1}}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&h)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]PtrOnly{{3}})
	fmt.Println("slice elems are addressable:", string(b), err)
	b, err = json.Marshal(map[string]PtrOnly{"a": {4}})
	fmt.Println("map values are not:", string(b), err)
	b, err = json.Marshal([1]PtrText{{"arr"}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(&[1]PtrText{{"arr"}})
	fmt.Println(string(b), err)
	var back Holder
	in := `{"Temp":"19.0C","TempP":null,"Ptr":{"N":5},"Lvl":"warn","LvlP":"info","Levels":{"debug":4,"warn":5},"Stamp":"2020-01-02T03:04:05Z","Dur":7,"Rec":[1, 2],"RecP":null,"TextList":["info","debug"]}`
	err = json.Unmarshal([]byte(in), &back)
	fmt.Println(err, back.Temp, back.TempP == nil, back.Ptr, back.Lvl, *back.LvlP, back.Levels, back.Stamp, back.Dur, back.Rec.Got, back.RecP, back.TextList)
	err = json.Unmarshal([]byte(`{"Rec":null}`), &back)
	fmt.Println(err, back.Rec.Got)
	err = json.Unmarshal([]byte(`{"Lvl":"loud"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Lvl":3}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Lvl":true}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Lvl":null}`), &back)
	fmt.Println(err, back.Lvl)
	err = json.Unmarshal([]byte(`{"Lvl":[1]}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Lvl":{}}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Levels":{"nope":1}}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Temp":"hot"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Temp":5}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Stamp":"yesterday"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Stamp":12}`), &back)
	fmt.Println(err)

	for i := 0; i <= 6; i++ {
		b, err := json.Marshal(struct{ V Bad }{Bad(i)})
		fmt.Printf("Bad(%d): %s %v\n", i, b, err)
		var me *json.MarshalerError
		if errors.As(err, &me) {
			fmt.Println("  MarshalerError", me.Type, me.Err, errors.Unwrap(err) == me.Err)
		}
	}
	b, err = json.Marshal([]BadText{1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[BadText]int{1: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[Level]int{7: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Level(9))
	fmt.Println(string(b), err)
	b, err = json.Marshal(Both{})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[Both]int{{}: 1})
	fmt.Println(string(b), err)
	enc := json.NewEncoder(&strings.Builder{})
	enc.SetEscapeHTML(false)
	var sb strings.Builder
	enc = json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.Encode(struct{ V Bad }{4})
	fmt.Print(sb.String())

	// Map keys.
	b, err = json.Marshal(map[Key]string{{1, 2}: "a", {0, 9}: "b"})
	fmt.Println(string(b), err)
	var km map[Key]string
	fmt.Println(json.Unmarshal(b, &km), km)
	fmt.Println(json.Unmarshal([]byte(`{"x":"y"}`), &km))
	b, err = json.Marshal(map[*PtrKey]int{{"a"}: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[*PtrKey]int{nil: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[StrKey]int{"s": 1})
	fmt.Println("string kind wins over MarshalText:", string(b), err)
	var sk map[StrKey]int
	fmt.Println("UnmarshalText wins over string kind:", json.Unmarshal([]byte(`{"q":1}`), &sk), sk)
	b, err = json.Marshal(map[IntKey]int{1: 1, 10: 2, 2: 3})
	fmt.Println(string(b), err)
	var ik map[IntKey]int
	fmt.Println(json.Unmarshal([]byte(`{"5":1}`), &ik), ik)

	// Unmarshaler at the top level and inside containers.
	var r Recorder
	fmt.Println(json.Unmarshal([]byte(` {"a": [1, 2]} `), &r), r.Got)
	fmt.Println(json.Unmarshal([]byte(`null`), &r), r.Got)
	var rs []Recorder
	fmt.Println(json.Unmarshal([]byte(`[1, "two", null, {}]`), &rs), len(rs), rs)
	var rm map[string]*Recorder
	fmt.Println(json.Unmarshal([]byte(`{"a":true,"b":null}`), &rm), rm["a"].Got, rm["b"])
	var fu struct{ F FailUnmarshal; G int }
	fmt.Println(json.Unmarshal([]byte(`{"G":1,"F":2}`), &fu), fu.G)
	var te struct{ T TypeErrUnmarshal `json:"tee"` }
	err = json.Unmarshal([]byte(`{"tee":"str"}`), &te)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Struct, ute.Field, ute.Offset)
	}
	var ce Celsius
	fmt.Println(json.Unmarshal([]byte(`"bad"`), &ce), ce)
	var cp *Celsius
	fmt.Println(json.Unmarshal([]byte(`null`), &cp), cp)
	var e Embeds
	b, err = json.Marshal(Embeds{3, 4})
	fmt.Println("embedded marshaler promotes:", string(b), err)
	fmt.Println(json.Unmarshal([]byte(`"7.0C"`), &e), e)
	var anyM any = &Recorder{}
	fmt.Println(json.Unmarshal([]byte(`[9]`), &anyM), anyM.(*Recorder).Got)
	var anyV any = Recorder{}
	fmt.Println(json.Unmarshal([]byte(`[9]`), &anyV), anyV)
	var tm time.Time
	fmt.Println(json.Unmarshal([]byte(`"2023-06-01T10:00:00+02:00"`), &tm), tm)
	var d time.Duration
	fmt.Println(json.Unmarshal([]byte(`"1s"`), &d), d)
}
