package main

import (
	"fmt"
	"log"
	"os"
)

// The standard logger writes to standard error until redirected.
func main() {
	fmt.Println(log.Writer() == os.Stderr, log.Flags() == log.LstdFlags)
	log.Print("to stderr")
	log.Fatal("fatal to stderr")
}
