package main

import (
	"flag"
	"fmt"
	"os"
)

// -h with ExitOnError exits with status 0 after the usage.
func main() {
	os.Args = []string{"prog", "-v", "-h", "rest"}
	flag.CommandLine.SetOutput(os.Stdout)
	v := flag.Bool("v", false, "verbose")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "custom usage of %s\n", os.Args[0])
		flag.PrintDefaults()
	}
	flag.Parse()
	fmt.Println("not reached", *v)
}
