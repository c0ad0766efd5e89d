// An unrecovered panic with a custom error value: the message comes from its Error method.
package main

import "fmt"

type ValidationError struct {
	Field string
	Line  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid field %q on line %d", e.Field, e.Line)
}

func validate(line int) error {
	if line > 2 {
		return &ValidationError{"name", line}
	}
	return nil
}

func main() {
	for i := 1; i < 5; i++ {
		if err := validate(i); err != nil {
			panic(err)
		}
		fmt.Println("line", i, "ok")
	}
}
