// Struct-tag driven defaults and validation, as configuration libraries do it: tags are
// parsed with StructTag.Lookup, defaults are set through addressable Values (converting
// strings to the field's kind), nested and embedded structs are walked, and errors name
// the field path.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

type Limits struct {
	MaxConns int     `default:"100" validate:"min=1,max=1000"`
	Ratio    float64 `default:"0.5" validate:"max=1"`
}

type Meta struct {
	Owner string `validate:"required"`
}

type Config struct {
	Meta
	Name     string        `default:"service" validate:"required,max=12"`
	Port     uint16        `default:"8080" validate:"min=1024"`
	Debug    bool          `default:"true"`
	Timeout  time.Duration `default:"1500"`
	Tags     []string      `validate:"max=3"`
	Limits   Limits
	Backup   *Limits
	internal string `default:"ignored"`
}

func setDefaults(v reflect.Value) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct {
			if err := setDefaults(fv); err != nil {
				return err
			}
			continue
		}
		if fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct {
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			if err := setDefaults(fv.Elem()); err != nil {
				return err
			}
			continue
		}
		def, ok := f.Tag.Lookup("default")
		if !ok || !fv.CanSet() || !fv.IsZero() {
			continue
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(def)
		case reflect.Int, reflect.Int64:
			n, err := strconv.ParseInt(def, 10, 64)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			fv.SetInt(n)
		case reflect.Uint16:
			n, err := strconv.ParseUint(def, 10, 16)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			if fv.OverflowUint(n) {
				return fmt.Errorf("%s: %d overflows %s", f.Name, n, fv.Type())
			}
			fv.SetUint(n)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(def, 64)
			fv.SetFloat(x)
		case reflect.Bool:
			b, _ := strconv.ParseBool(def)
			fv.SetBool(b)
		}
	}
	return nil
}

func number(v reflect.Value) (float64, bool) {
	switch {
	case v.CanInt():
		return float64(v.Int()), true
	case v.CanUint():
		return float64(v.Uint()), true
	case v.CanFloat():
		return v.Float(), true
	case v.Kind() == reflect.String, v.Kind() == reflect.Slice:
		return float64(v.Len()), true
	}
	return 0, false
}

func validate(v reflect.Value, path string) []error {
	var errs []error
	for _, f := range reflect.VisibleFields(v.Type()) {
		if !f.IsExported() {
			continue
		}
		fv := v.FieldByIndex(f.Index)
		name := path + f.Name
		if f.Type.Kind() == reflect.Struct && !f.Anonymous {
			errs = append(errs, validate(fv, name+".")...)
			continue
		}
		rules, ok := f.Tag.Lookup("validate")
		if !ok {
			continue
		}
		for _, rule := range strings.Split(rules, ",") {
			key, arg, _ := strings.Cut(rule, "=")
			switch key {
			case "required":
				if fv.IsZero() {
					errs = append(errs, fmt.Errorf("%s is required", name))
				}
			case "min", "max":
				lim, _ := strconv.ParseFloat(arg, 64)
				n, ok := number(fv)
				if !ok {
					errs = append(errs, fmt.Errorf("%s: %s does not apply to %s", name, key, fv.Kind()))
				} else if key == "min" && n < lim || key == "max" && n > lim {
					errs = append(errs, fmt.Errorf("%s: %v violates %s", name, fv.Interface(), rule))
				}
			}
		}
	}
	return errs
}

func main() {
	var c Config
	if err := setDefaults(reflect.ValueOf(&c).Elem()); err != nil {
		fmt.Println("defaults:", err)
	}
	bk := c.Backup
	c.Backup = nil
	fmt.Printf("%+v %+v\n", c, *bk)
	c.Backup = bk
	fmt.Println(errors.Join(validate(reflect.ValueOf(c), "")...))

	c.Owner = "ops"
	c.Name = "a-very-long-service-name"
	c.Port = 80
	c.Tags = []string{"a", "b", "c", "d"}
	c.Limits.Ratio = 1.5
	for _, err := range validate(reflect.ValueOf(c), "") {
		fmt.Println(" -", err)
	}
	type Bad struct {
		P uint16 `default:"70000"`
	}
	var b Bad
	fmt.Println(setDefaults(reflect.ValueOf(&b).Elem()))
}
