package tui

import (
	"math"
	"strings"

	"github.com/warroom-dev/warroom/aggregate"
)

// eighthBlock is the partial block of e eighths, e in [0, 8].
func eighthBlock(e int) rune {
	return []rune(" ▁▂▃▄▅▆▇█")[min(max(e, 0), 8)]
}

// blockChart draws values as h rows of w columns of eighth blocks, the
// newest value in the rightmost column, top row first. scale is the value
// of a full column.
func blockChart(values []int64, w, h int, scale float64) []string {
	if w <= 0 || h <= 0 {
		return nil
	}
	heights := make([]int, w) // in eighths of a row
	off := w - len(values)
	for i, v := range values {
		if i+off < 0 || scale <= 0 {
			continue
		}
		heights[i+off] = int(math.Round(float64(v) / scale * float64(h*8)))
	}
	rows := make([]string, h)
	var b strings.Builder
	for r := range h {
		floor := (h - 1 - r) * 8
		b.Reset()
		for _, e := range heights {
			b.WriteRune(eighthBlock(e - floor))
		}
		rows[r] = b.String()
	}
	return rows
}

// niceCeil rounds v up to a round figure (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6
// or 8 times a power of ten), so the axis reads well and the tallest column
// fills most of the chart; it is at least 1.
func niceCeil(v float64) float64 {
	if v <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// rollup sums bins into groups of step, aligned on the newest bin, and
// returns at most cols groups, oldest first.
func rollup(bins []aggregate.Bin, step, cols int) []aggregate.Bin {
	if step < 1 || cols < 1 {
		return nil
	}
	n := min((len(bins)+step-1)/step, cols)
	out := make([]aggregate.Bin, n)
	for g := range n {
		end := len(bins) - g*step
		acc := &out[n-1-g]
		for _, b := range bins[max(end-step, 0):end] {
			acc.Merge(b)
		}
		acc.Start = bins[max(end-step, 0)].Start
	}
	return out
}

// counts extracts the mention counts of bins.
func counts(bins []aggregate.Bin) []int64 {
	out := make([]int64, len(bins))
	for i, b := range bins {
		out[i] = b.Count
	}
	return out
}
