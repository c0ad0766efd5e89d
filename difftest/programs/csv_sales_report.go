// Reads a sales CSV (with comments, quoted names and a header), aggregates by region, and
// writes a summary CSV.
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `# exported 2024-05-01
region,rep,"amount, USD",units
North,"Smith, Ann",1200.50,3
South,Bob "the builder" Lee,99.99,1
North,"O""Brien",300,2

East,"multi
line",45.5,7
South,Chen,1000,10
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.Comment = '#'
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Printf("header: %q\n", header)
	totals := map[string]float64{}
	units := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		line, col := r.FieldPos(1)
		amt, _ := strconv.ParseFloat(rec[2], 64)
		n, _ := strconv.Atoi(rec[3])
		totals[rec[0]] += amt
		units[rec[0]] += n
		fmt.Printf("rep %q at %d:%d, offset %d\n", rec[1], line, col, r.InputOffset())
	}
	var regions []string
	for k := range totals {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "total", "units", "note"})
	for _, reg := range regions {
		w.Write([]string{reg, strconv.FormatFloat(totals[reg], 'f', 2, 64), strconv.Itoa(units[reg]), " avg " + strconv.FormatFloat(totals[reg]/float64(units[reg]), 'f', 1, 64)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}
}
