// Methods that block (a channel receive in MarshalJSON, a mutex in UnmarshalJSON) called
// by the encoder and decoder, and decoders used from several goroutines at once.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

type Slow struct{ ch chan int }

func (s Slow) MarshalJSON() ([]byte, error) {
	v := <-s.ch
	return []byte(fmt.Sprint(v)), nil
}

type Locked struct {
	mu sync.Mutex
	N  int
}

func (l *Locked) UnmarshalJSON(b []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var n int
	err := json.Unmarshal(b, &n)
	l.N = n * 2
	return err
}

type Item struct {
	S    Slow
	Name string
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i * 10
		}
	}()
	b, err := json.Marshal([]Item{{Slow{ch}, "a"}, {Slow{ch}, "b"}, {Slow{ch}, "c"}})
	fmt.Println(string(b), err)
	var ls []*Locked
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &ls), ls[0].N, ls[2].N)
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			dec := json.NewDecoder(strings.NewReader(fmt.Sprintf(`{"Name":"g%d"} {"Name":"h%d"}`, i, i)))
			var it1, it2 Item
			dec.Decode(&it1)
			dec.Decode(&it2)
			results[i] = it1.Name + it2.Name
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
