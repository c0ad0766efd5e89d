// Deals card hands with reproducible shuffles and draws lottery numbers with rand.N-like
// helpers on a seeded generator.
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

type card struct {
	rank int
	suit byte
}

func (c card) String() string { return fmt.Sprintf("%c%c", "23456789TJQKA"[c.rank], c.suit) }

func main() {
	var deck []card
	for _, s := range []byte("shdc") {
		for r := 0; r < 13; r++ {
			deck = append(deck, card{r, s})
		}
	}
	for game := uint64(1); game <= 3; game++ {
		r := rand.New(rand.NewPCG(game, game*31))
		d := append([]card(nil), deck...)
		r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
		for p := 0; p < 4; p++ {
			hand := d[p*5 : p*5+5]
			sort.Slice(hand, func(i, j int) bool { return hand[i].rank > hand[j].rank })
			fmt.Println("game", game, "player", p, hand)
		}
	}
	var seed [32]byte
	copy(seed[:], "lottery")
	r := rand.New(rand.NewChaCha8(seed))
	picks := r.Perm(49)[:6]
	sort.Ints(picks)
	fmt.Println("lottery", picks, "bonus", r.IntN(10))
	fmt.Println("delay", time.Duration(r.Int64N(int64(5*time.Second))))
	fmt.Println("bytes", r.Uint32(), r.Uint64N(1e18), r.Int32N(1000))
	z := rand.NewZipf(r, 1.2, 1, 1000)
	counts := map[uint64]int{}
	for i := 0; i < 5000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println("zipf top:", counts[0], counts[1], counts[2], counts[10])
}
