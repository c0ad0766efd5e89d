package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "f: ", log.Lmsgprefix)
	defer fmt.Println("deferred calls do not run")
	l.Fatalln("bye", 1)
}
