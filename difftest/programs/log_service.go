// A small service with per-component loggers: prefixes, Lmsgprefix, file positions, a
// buffered audit log, and a panic recovered from log.Panicf.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type server struct {
	log   *log.Logger
	audit *log.Logger
}

func (s *server) handle(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	s.log.Printf("GET %s", path)
	if strings.Contains(path, "..") {
		s.log.Panicf("refusing path %q", path)
	}
	s.audit.Println("served", path, len(path))
	return nil
}

func main() {
	var auditBuf bytes.Buffer
	s := &server{
		log:   log.New(os.Stdout, "http: ", log.Lshortfile|log.Lmsgprefix),
		audit: log.New(&auditBuf, "[audit] ", 0),
	}
	for _, p := range []string{"/", "/index.html", "/../etc/passwd", "/api/v1"} {
		if err := s.handle(p); err != nil {
			s.log.Println("error:", err)
		}
	}
	fmt.Print(auditBuf.String())
	db := log.New(os.Stdout, "db ", 0)
	db.SetFlags(log.Lshortfile)
	db.Print("connected")
	db.SetPrefix("db(replica) ")
	db.Printf("lag %dms", 12)
	fmt.Println(db.Prefix(), db.Flags()&log.Lshortfile != 0)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger now on stdout")
}
