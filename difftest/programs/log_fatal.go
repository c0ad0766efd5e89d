// Configuration validation that stops with log.Fatalf on standard error (exit status 1).
package main

import (
	"fmt"
	"log"
	"strconv"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("config: ")
	settings := map[string]string{"port": "8080", "workers": "four"}
	for _, key := range []string{"port", "workers"} {
		n, err := strconv.Atoi(settings[key])
		if err != nil {
			log.Fatalf("bad %s: %v", key, err)
		}
		fmt.Println(key, "=", n)
		log.Printf("%s ok", key)
	}
	fmt.Println("unreachable")
}
