package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"prog", "-count=4", "--words", "a b", "file1", "-notaflag"}
	count := flag.Int("count", 0, "")
	words := flag.String("words", "", "")
	flag.Parse()
	fmt.Println(*count, *words, flag.Args(), flag.NArg(), flag.Arg(0), flag.Arg(1), flag.NFlag(), flag.Parsed())
	flag.Func("late", "", func(string) error { return nil })
	fmt.Println(flag.Lookup("late") != nil)
}
